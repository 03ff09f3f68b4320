"""MethodForm: a guided form for the sector methods that serve one GPC row (core.methods).

Generated from the declared inputs: choose the method, enter inputs with units (empty = the
default, shown with its source; an entered value can carry its own source), see the result and
the working live, save as a 'method' record (undoable), or replace the estimate by a
facility-reported figure with the reason recorded (see method_changes for the record layout).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gcomdesk.app import i18n
from gcomdesk.app.commands import push
from gcomdesk.app.pages.method_changes import replace_with_reported, restore_method, save_method
from gcomdesk.app.pages.method_editors import ChoiceEditor, ScalarEditor, TableEditor, to_value
from gcomdesk.core.messages import Message
from gcomdesk.core.methods import (
    REGISTRY,
    co2e,
    describe_record,
    fmt,
    input_label,
    method_inputs,
    method_name,
    method_sources,
    methods_for,
    replacement,
)
from gcomdesk.core.methods.base import Method, MethodInputError

if TYPE_CHECKING:
    from gcomdesk.app.session import Session


class MethodForm(QWidget):
    """The method form of one GPC row. `saved(record_id)` after a save or a replacement."""

    saved = Signal(int)

    def __init__(self, session: Session, gpc_ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.gpc_ref = session, gpc_ref
        self.methods: list[Method] = methods_for(gpc_ref)
        self.record_id: int | None = None
        self.lang = i18n.language()
        self.editors: dict[str, ScalarEditor | ChoiceEditor | TableEditor] = {}
        self._labels: dict[str, QLabel] = {}
        self._loading = False
        self._valid = False
        self._gases: dict[str, float] = {}

        self.record_box, self.method_box = QComboBox(self), QComboBox(self)
        self.record_label, self.method_label = QLabel(self), QLabel(self)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.data_source, self.quality = QLineEdit(self), QComboBox(self)
        self.data_source_label, self.quality_label = QLabel(self), QLabel(self)
        for code in ("", "H", "M", "L"):
            self.quality.addItem(code, code or None)
        top = QFormLayout()
        for label, field in ((self.record_label, self.record_box), (self.method_label, self.method_box),
                             (self.data_source_label, self.data_source), (self.quality_label, self.quality)):
            top.addRow(label, field)
        self.inputs_box = QGroupBox(self)
        self.inputs_layout = QFormLayout(self.inputs_box)
        self.advanced_toggle = QToolButton(self)
        self.advanced_toggle.setCheckable(True)
        self.advanced = QWidget(self)
        self.advanced_layout = QFormLayout(self.advanced)
        self.advanced.setVisible(False)
        self.advanced_toggle.toggled.connect(self.advanced.setVisible)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setProperty("role", "banner")
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.working = QPlainTextEdit(self)
        self.working.setReadOnly(True)
        self.save_button, self.replace_button, self.restore_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.replaced_label = QLabel(self)
        self.replaced_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.replace_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.reported_box = self._build_reported_box()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for widget in (self.help, self.inputs_box, self.advanced_toggle, self.advanced, self.banner, self.result):
            layout.addWidget(widget)
        layout.addWidget(self.working, 1)
        layout.addWidget(self.replaced_label)
        layout.addLayout(buttons)
        layout.addWidget(self.reported_box)

        for method in self.methods:
            self.method_box.addItem(method.code, method.code)
        self.method_box.currentIndexChanged.connect(self._method_changed)
        self.record_box.currentIndexChanged.connect(self._record_chosen)
        self.save_button.clicked.connect(self.save)
        self.replace_button.clicked.connect(lambda: self.reported_box.setVisible(self.reported_box.isHidden()))
        self.restore_button.clicked.connect(self.restore_method)
        self.session.changed.connect(self._refresh_records)
        self.session.profile_changed.connect(self._recompute)
        self._refresh_records()
        self._build_inputs()
        self.retranslate()

    # -- building ---------------------------------------------------------------------------
    def _build_reported_box(self) -> QGroupBox:
        box = QGroupBox(self)
        self.reported_form = QFormLayout(box)
        self.reported_fields: dict[str, QLineEdit] = {}
        box.setVisible(False)
        self.reported_box = box
        self._rebuild_reported_fields(None)
        return box

    def method(self) -> Method | None:
        """The chosen method."""
        return REGISTRY.get(self.method_box.currentData())

    def _build_inputs(self) -> None:
        for layout in (self.inputs_layout, self.advanced_layout):
            while layout.rowCount():
                layout.removeRow(0)
        self.editors.clear()
        self._labels.clear()
        method = self.method()
        if method is None:
            return
        for inp in method.inputs:
            if inp.kind == "table":
                editor = TableEditor(inp, lambda: self.lang, self)
            elif inp.kind == "choice":
                editor = ChoiceEditor(inp, self)
            else:
                editor = ScalarEditor(inp, self)
            editor.edited.connect(self._recompute)
            label = QLabel(self)
            label.setBuddy(editor)
            (self.advanced_layout if inp.advanced else self.inputs_layout).addRow(label, editor)
            self.editors[inp.name], self._labels[inp.name] = editor, label
        self.advanced_toggle.setVisible(any(i.advanced for i in method.inputs))
        self._rebuild_reported_fields(method)

    def _rebuild_reported_fields(self, method: Method | None) -> None:
        while self.reported_form.rowCount():
            self.reported_form.removeRow(0)
        self.reported_fields = {}
        for column in method.outputs if method is not None else ():
            line = QLineEdit(self.reported_box)
            self.reported_fields[column] = line
            self.reported_form.addRow(Message(f"method.gas.{column}").render(self.lang) + " (t)", line)
        self.reported_source, self.reported_reason = QLineEdit(self.reported_box), QLineEdit(self.reported_box)
        self.reported_source_label, self.reported_reason_label = QLabel(self.reported_box), QLabel(self.reported_box)
        self.reported_form.addRow(self.reported_source_label, self.reported_source)
        self.reported_form.addRow(self.reported_reason_label, self.reported_reason)
        self.confirm_button = QPushButton(self.reported_box)
        self.confirm_button.clicked.connect(self.replace_with_reported)
        self.reported_form.addRow(self.confirm_button)

    # -- reading and loading ----------------------------------------------------------------
    def current_inputs(self) -> dict:
        """The entered inputs (defaults are left out so they stay defaults)."""
        return {name: value for name, editor in self.editors.items() if (value := editor.get()) is not None}

    def current_sources(self) -> dict:
        """The officer's sources for entered values."""
        return {name: source for name, editor in self.editors.items() if (source := editor.get_source())}

    def current_extra(self) -> dict:
        """What a saved record stores in `extra`."""
        extra = {"inputs": self.current_inputs()}
        sources = self.current_sources()
        if sources:
            extra["sources"] = sources
        return extra

    def _method_records(self):
        frame = self.session.records_frame()
        rows = frame[(frame["kind"] == "method") & (frame["gpc_ref"] == self.gpc_ref)]
        ids = rows["id"] if "id" in rows else rows.index.to_series()
        return list(zip(ids.astype(int).tolist(), rows["activity"].tolist(), rows["extra"].tolist()))

    def _refresh_records(self) -> None:
        self.record_box.blockSignals(True)
        self.record_box.clear()
        self.record_box.addItem(self.tr("New calculation"), None)
        for record_id, code, extra in self._method_records():
            mark = " ✕" if replacement(extra) else ""
            self.record_box.addItem(f"#{record_id} {method_name(code, self.lang)}{mark}", record_id)
        index = self.record_box.findData(self.record_id) if self.record_id is not None else 0
        self.record_box.setCurrentIndex(max(index, 0))
        self.record_box.blockSignals(False)
        self._show_replacement()

    def _record_chosen(self, _index: int) -> None:
        self.load_record(self.record_box.currentData())

    def load_record(self, record_id: int | None) -> None:
        """Show a stored method record (None: a new calculation)."""
        self.record_id = record_id
        if record_id is None:
            self._recompute()
            self._show_replacement()
            return
        record = self.session.project.record(record_id)
        self._loading = True
        index = self.method_box.findData(record.activity)
        if index >= 0 and index != self.method_box.currentIndex():
            self.method_box.setCurrentIndex(index)
        inputs, sources = method_inputs(record.extra), method_sources(record.extra)
        for name, editor in self.editors.items():
            editor.set(inputs.get(name), sources.get(name, ""))
        self.data_source.setText(record.data_source or "")
        self.quality.setCurrentIndex(max(self.quality.findData(record.quality), 0))
        self._loading = False
        self._recompute()
        self._show_replacement()

    def _method_changed(self, _index: int) -> None:
        kept = self.current_inputs()
        self._build_inputs()
        for name, editor in self.editors.items():
            editor.set(kept.get(name))
        self.retranslate()

    # -- live result ------------------------------------------------------------------------
    def _recompute(self) -> None:
        if self._loading:
            return
        method = self.method()
        if method is None:
            return
        profile = self.session.profile
        resolved = method.resolve(self.current_inputs(), profile, self.current_sources())
        for inp in method.inputs:
            editor = self.editors[inp.name]
            applies = not inp.when or resolved.get(inp.when[0]) == inp.when[1]
            (self.advanced_layout if inp.advanced else self.inputs_layout).setRowVisible(editor, applies)
            if isinstance(editor, ScalarEditor):
                default = resolved.values.get(inp.name) if resolved.origin.get(inp.name) == "default" else None
                editor.show_default(default, resolved.sources.get(inp.name, "") if default is not None else "")
            elif isinstance(editor, ChoiceEditor):
                chosen = resolved.values.get(inp.name) if resolved.origin.get(inp.name) == "default" else None
                editor.show_default(chosen, resolved.sources.get(inp.name, ""), self.lang)
        errors = list(resolved.errors)
        gases: dict[str, float] = {}
        if not errors:
            try:
                gases = method.work(resolved, profile, self.session.ref).gases
            except MethodInputError as exc:
                errors.append(exc)
        self._valid, self._gases = not errors, gases
        self.banner.setText("\n".join(e.render(self.lang) for e in errors[:4]))
        self.banner.setVisible(bool(errors))
        if errors:
            self.result.setText(self.tr("No result yet: correct the inputs above."))
        else:
            shown = [c for c in method.outputs if c != "biogenic_co2_t" and gases.get(c)] or list(method.outputs[:1])
            parts = ", ".join(f"{Message(f'method.gas.{c}').render(self.lang)} {fmt(gases.get(c, 0.0))} t" for c in shown)
            total = fmt(co2e(gases, profile, self.session.ref, method.code))
            text = self.tr("Result: {total} tCO2e ({gwp}) — {parts}").format(total=total, gwp=profile.gwp_set, parts=parts)
            landed = self.landing_row(resolved)
            if landed != self.gpc_ref:  # e.g. an incinerator recovering energy: Stationary Energy, not waste
                text += "\n" + Message("method.lands", {"target": landed, "filed": self.gpc_ref}).render(self.lang)
            self.result.setText(text)
        self.working.setPlainText("\n".join(describe_record(method.code, self.current_extra(), profile,
                                                            self.session.ref, self.lang)))
        self.save_button.setEnabled(self._valid)

    def landing_row(self, resolved=None) -> str:
        """The GPC row the emissions of the inputs as they stand land on (core.methods routing)."""
        method = self.method()
        if method is None or method.route is None:
            return self.gpc_ref
        resolved = resolved or method.resolve(self.current_inputs(), self.session.profile, self.current_sources())
        return self.gpc_ref if resolved.errors else method.route(resolved, self.gpc_ref)

    def result_tonnes(self) -> dict[str, float]:
        """Tonnes per gas of the inputs as they stand (empty when they are invalid)."""
        return dict(self._gases)

    # -- actions ----------------------------------------------------------------------------
    def save(self) -> int | None:
        """Save the inputs as a method record (new or the one shown); undoable. Returns its id."""
        method = self.method()
        if method is None or not self._valid:
            return None
        extra = self.current_extra()
        if self.record_id is not None:
            stored = replacement(self.session.project.record(self.record_id).extra)
            if stored:
                extra["replaced"] = stored
        changes, record_id = save_method(self.session, self.gpc_ref, method.code, extra, self.record_id,
                                         self.data_source.text().strip(), self.quality.currentData())
        text = self.tr("Calculate {ref} with {name}").format(ref=self.gpc_ref, name=method_name(method.code, self.lang))
        if push(self.session, changes, text) is not None:
            self.record_id = record_id
            self._refresh_records()
            self.saved.emit(int(record_id))
        return self.record_id

    def replace_with_reported(self) -> int | None:
        """Replace the method by the facility-reported tonnes typed below, with the reason."""
        method = self.method()
        tonnes = {}
        for column, line in self.reported_fields.items():
            if line.text().strip():
                value = to_value(line.text())
                if not isinstance(value, float) or value < 0:
                    self._say(self.tr("Reported tonnes must be numbers of zero or more: {label}").format(
                        label=Message(f"method.gas.{column}").render(self.lang)))
                    return None
                tonnes[column] = value
        reason = self.reported_reason.text().strip()
        if method is None or not tonnes or not reason:
            self._say(self.tr("Give the reported tonnes and the reason for replacing the method."))
            return None
        changes, method_id, reported_id = replace_with_reported(
            self.session, self.gpc_ref, method.code, self.current_extra(), tonnes, self.reported_source.text().strip(),
            reason, self.record_id, self.quality.currentData())
        if push(self.session, changes, self.tr("Replace {ref} by a reported figure").format(ref=self.gpc_ref)) is None:
            return None
        self.record_id = method_id
        self.reported_box.setVisible(False)
        self._refresh_records()
        self.saved.emit(int(method_id))
        return reported_id

    def restore_method(self) -> None:
        """Use the method again instead of the reported figure (undoable)."""
        if self.record_id is None:
            return
        push(self.session, restore_method(self.session, self.record_id),
             self.tr("Use the method again for {ref}").format(ref=self.gpc_ref))
        self._refresh_records()

    def _say(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(True)

    def _show_replacement(self) -> None:
        replaced = None
        if self.record_id is not None:
            try:
                replaced = replacement(self.session.project.record(self.record_id).extra)
            except Exception:  # the record was deleted (e.g. its save undone)
                self.record_id = None
        self.replaced_label.setVisible(bool(replaced))
        self.restore_button.setVisible(bool(replaced))
        self.replace_button.setVisible(not replaced)
        if replaced:
            self.replaced_label.setText(Message("method.line.replaced", {"record_id": replaced.get("record_id", "?"),
                                                                         "reason": replaced.get("reason", "")}).render(self.lang))

    # -- language ---------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Show labels, choices and the working in `lang` ('ko' or 'en')."""
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        """All texts in the current language (called on LanguageChange)."""
        self.record_label.setText(self.tr("Calculation"))
        self.method_label.setText(self.tr("Method"))
        self.data_source_label.setText(self.tr("Data source"))
        self.quality_label.setText(self.tr("Data quality"))
        for i, text in enumerate((self.tr("(not rated)"), self.tr("High"), self.tr("Medium"), self.tr("Low"))):
            self.quality.setItemText(i, text)
        self.inputs_box.setTitle(self.tr("Inputs for {ref}").format(ref=self.gpc_ref))
        self.advanced_toggle.setText(self.tr("Factors and defaults"))
        self.save_button.setText(self.tr("Save"))
        self.replace_button.setText(self.tr("Replace with a facility-reported figure…"))
        self.restore_button.setText(self.tr("Use the method again"))
        self.reported_box.setTitle(self.tr("Facility-reported figure"))
        self.reported_source_label.setText(self.tr("Source of the figure"))
        self.reported_reason_label.setText(self.tr("Reason for replacing the method"))
        self.confirm_button.setText(self.tr("Replace the method"))
        for i in range(self.method_box.count()):
            self.method_box.setItemText(i, method_name(self.method_box.itemData(i), self.lang))
        method = self.method()
        if method is not None:
            self.help.setText(Message(f"method.help.{method.code}").render(self.lang))
        for name, label in self._labels.items():
            label.setText(input_label(name, self.lang))
            self.editors[name].retranslate(self.lang)
        self._refresh_records()
        self._recompute()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.lang = i18n.language()
            self.retranslate()
        super().changeEvent(event)
