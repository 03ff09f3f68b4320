"""The Review & checks step: every finding of the checks grouped by step and severity, a click or
Enter leads to the field, warnings can be acknowledged with an explanation, and the inventory's
IPCC view sits next to the national figures.

The findings come from the Session, which checks with every recalculation (`session.findings()`,
re-read after `results_changed`, debounced so a burst of edits redraws the tree once)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gcomdesk.app import i18n
from gcomdesk.app.commands import push
from gcomdesk.app.formatting import format_tonnes
from gcomdesk.app.navigator import step_titles
from gcomdesk.app.pages.base import StepPage
from gcomdesk.core.checks import SEVERITIES, STEPS, Finding, count_by_severity, reconcile
from gcomdesk.store.changes import Acknowledgement, ChangeSet

if TYPE_CHECKING:
    from gcomdesk.app.session import Session

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # index into the page's findings on a finding's row
PER_GROUP = 500  # findings shown per step and severity; the rest are counted
SEVERITY_COLORS = {"error": QColor("#c62828"), "warning": QColor("#ef6c00"), "info": QColor("#1565c0")}


class FindingsView(QTreeView):
    """The findings tree; Enter or Return on a row asks to go to its field."""

    enter_pressed = Signal(QModelIndex)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter_pressed.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class ReviewPage(StepPage):
    """Findings by step and severity, acknowledgement of warnings, and the national comparison."""

    findings_ready = Signal()  # the list was rebuilt from fresh findings

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._findings: list[Finding] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        self._build()
        session.results_changed.connect(self._timer.start)
        i18n.notifier.language_changed.connect(self._language_changed)  # also without a .qm installed
        self.retranslate()
        self.refresh()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.titleLabel = QLabel(self)
        self.titleLabel.setProperty("role", "title")
        self.summaryLabel = QLabel(self)
        self.summaryLabel.setObjectName("reviewSummary")
        self.recheckButton = QPushButton(self)
        self.recheckButton.clicked.connect(self.refresh)
        self.hideAcknowledged = QCheckBox(self)
        self.hideAcknowledged.toggled.connect(self._rebuild)
        header = QHBoxLayout()
        header.addWidget(self.titleLabel, 1)
        header.addWidget(self.hideAcknowledged)
        header.addWidget(self.recheckButton)

        self.model = QStandardItemModel(self)
        self.view = FindingsView(self)
        self.view.setObjectName("findingsView")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.clicked.connect(self._go)
        self.view.enter_pressed.connect(self._go)
        self.view.selectionModel().currentChanged.connect(self._show_detail)

        self.detailLabel = QLabel(self)
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasonCombo = QComboBox(self)  # why a year changed (trend.* findings only)
        self.reasonCombo.setObjectName("changeReason")
        self.explanationEdit = QLineEdit(self)
        self.explanationEdit.setObjectName("acknowledgeExplanation")
        self.explanationEdit.textChanged.connect(self._update_buttons)
        self.acknowledgeButton = QPushButton(self)
        self.acknowledgeButton.setObjectName("acknowledgeButton")
        self.acknowledgeButton.clicked.connect(self.acknowledge_current)
        self.withdrawButton = QPushButton(self)
        self.withdrawButton.clicked.connect(self.withdraw_current)
        acknowledge = QHBoxLayout()
        acknowledge.addWidget(self.reasonCombo)
        acknowledge.addWidget(self.explanationEdit, 1)
        acknowledge.addWidget(self.acknowledgeButton)
        acknowledge.addWidget(self.withdrawButton)

        findings_tab = QWidget(self)
        findings_layout = QVBoxLayout(findings_tab)
        findings_layout.addWidget(self.summaryLabel)
        findings_layout.addWidget(self.view, 1)
        findings_layout.addWidget(self.detailLabel)
        findings_layout.addLayout(acknowledge)

        self.nationalModel = QStandardItemModel(self)
        self.nationalView = QTableView(self)
        self.nationalView.setModel(self.nationalModel)
        self.nationalView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.nationalLabel = QLabel(self)
        self.nationalLabel.setWordWrap(True)
        national_tab = QWidget(self)
        national_layout = QVBoxLayout(national_tab)
        national_layout.addWidget(self.nationalLabel)
        national_layout.addWidget(self.nationalView, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(findings_tab, "")
        self.tabs.addTab(national_tab, "")
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    # -- checking -------------------------------------------------------------------------
    def findings(self) -> list[Finding]:
        """The findings shown now."""
        return list(self._findings)

    def refresh(self) -> None:
        """Show the Session's current findings (it checks with every recalculation, large
        inventories off the GUI thread)."""
        self._timer.stop()
        self._findings = list(self.session.findings())
        self._rebuild()
        self._refresh_national()
        self.findings_ready.emit()

    # -- the tree -------------------------------------------------------------------------
    def _rebuild(self) -> None:
        current = self._current()
        lang = i18n.language()
        titles = step_titles()
        names = self._severity_names()
        hide = self.hideAcknowledged.isChecked()
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Finding"), self.tr("Where"), self.tr("Rule")])
        groups: dict[tuple[str, str], list[int]] = {}
        for i, finding in enumerate(self._findings):
            if hide and finding.acknowledged is not None:
                continue
            groups.setdefault((finding.step, finding.severity), []).append(i)
        select = None
        for step in STEPS:
            present = [s for s in SEVERITIES if (step, s) in groups]
            if not present:
                continue
            counts = ", ".join(f"{names[s]} {len(groups[(step, s)])}" for s in present)
            step_item = QStandardItem(f"{titles.get(step, step)} ({counts})")
            step_item.setData(step, Qt.ItemDataRole.UserRole)
            for severity in present:
                members = groups[(step, severity)]
                group = QStandardItem(f"{names[severity]} ({len(members)})")
                group.setForeground(QBrush(SEVERITY_COLORS[severity]))
                for i in members[:PER_GROUP]:
                    row = self._finding_row(i, lang)
                    group.appendRow(row)
                    if current is not None and self._findings[i].key == current.key:
                        select = row[0]
                if len(members) > PER_GROUP:
                    group.appendRow(QStandardItem(self.tr("... and %n more", "", len(members) - PER_GROUP)))
                step_item.appendRow([group, QStandardItem(), QStandardItem()])
            self.model.appendRow([step_item, QStandardItem(), QStandardItem()])
        self.view.expandAll()
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if select is not None:
            self.view.setCurrentIndex(select.index())
        self._update_summary()
        self._show_detail(self.view.currentIndex())

    def _finding_row(self, i: int, lang: str) -> list[QStandardItem]:
        finding = self._findings[i]
        text = finding.message.render(lang)
        if finding.acknowledged is not None:
            text = f"✓ {text}"
        items = [QStandardItem(text), QStandardItem(finding.where(lang)), QStandardItem(finding.rule)]
        for item in items:
            item.setEditable(False)
            item.setData(i, FINDING_ROLE)
            item.setToolTip(finding.render(lang))
            if finding.acknowledged is not None:
                item.setForeground(QBrush(QColor("#757575")))
        return items

    def _severity_names(self) -> dict[str, str]:
        return {"error": self.tr("Errors"), "warning": self.tr("Warnings"), "info": self.tr("Notes")}

    def _update_summary(self) -> None:
        counts = count_by_severity(self._findings)
        acknowledged = sum(1 for f in self._findings if f.acknowledged is not None)
        if not self._findings:
            self.summaryLabel.setText(self.tr("No problems found."))
            return
        template = self.tr("%1 errors, %2 warnings, %3 notes, %4 acknowledged. Click a finding to go to the field.")
        values = {"%1": counts["error"], "%2": counts["warning"], "%3": counts["info"], "%4": acknowledged}
        for placeholder, value in values.items():
            template = template.replace(placeholder, str(value))
        self.summaryLabel.setText(template)

    def _finding_at(self, index: QModelIndex) -> Finding | None:
        value = index.data(FINDING_ROLE) if index.isValid() else None
        return self._findings[value] if isinstance(value, int) and 0 <= value < len(self._findings) else None

    def _current(self) -> Finding | None:
        return self._finding_at(self.view.currentIndex())

    # -- actions --------------------------------------------------------------------------
    def _go(self, index: QModelIndex) -> None:
        finding = self._finding_at(index)
        if finding is not None:
            self.go_to(finding)

    def go_to(self, finding: Finding) -> None:
        """Ask the window to show the finding's field."""
        self.session.navigate_requested.emit(finding.step, finding.gpc_ref, int(finding.record_id), finding.field)

    def _show_detail(self, index: QModelIndex, _previous=None) -> None:
        finding = self._finding_at(index)
        if finding is None:
            self.detailLabel.setText("")
        else:
            lang = i18n.language()
            fix_label, acknowledged_label = self.tr("How to fix:"), self.tr("Acknowledged:")
            lines = [f"<b>{finding.message.render(lang)}</b>", f"{fix_label} {finding.hint.render(lang)}"]
            if finding.acknowledged is not None:
                reason = self._reason_of(finding)
                lines.append(f"{acknowledged_label} {reason + ' — ' if reason else ''}{finding.acknowledged}")
            self.detailLabel.setText("<br>".join(lines))
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        finding = self._current()
        warning = finding is not None and finding.severity == "warning"
        self.reasonCombo.setEnabled(warning and finding.family == "trend")
        self.reasonCombo.setVisible(warning and finding.family == "trend")
        self.explanationEdit.setEnabled(warning)
        self.acknowledgeButton.setEnabled(warning and bool(self.explanationEdit.text().strip()))
        self.withdrawButton.setEnabled(warning and finding.acknowledged is not None)

    def acknowledge_current(self) -> None:
        """Store the typed explanation for the selected warning and re-check."""
        finding, text = self._current(), self.explanationEdit.text().strip()
        if finding is None or finding.severity != "warning" or not text:
            return
        reason = self.reasonCombo.currentData() if finding.family == "trend" else ""
        ack = Acknowledgement(finding.rule, finding.gpc_ref, int(finding.record_id), finding.field, text, reason=reason or "")
        self.explanationEdit.clear()
        push(self.session, ChangeSet(acknowledge=[ack]), self.tr("Acknowledge a warning"))

    def withdraw_current(self) -> None:
        """Withdraw the selected warning's acknowledgement and re-check."""
        finding = self._current()
        if finding is None or finding.acknowledged is None:
            return
        ack = Acknowledgement(finding.rule, finding.gpc_ref, int(finding.record_id), finding.field)
        push(self.session, ChangeSet(unacknowledge=[ack]), self.tr("Withdraw an acknowledgement"))

    # -- the national comparison ----------------------------------------------------------
    def _refresh_national(self) -> None:
        self.nationalModel.clear()
        self.nationalModel.setHorizontalHeaderLabels([
            self.tr("IPCC category"), self.tr("Name"), self.tr("Direct (tCO2e)"), self.tr("Indirect (tCO2e)"),
            self.tr("National (tCO2e)"), self.tr("Local share")])
        try:
            view = reconcile(self.session.results(), self.session.profile, self.session.ref)
        except Exception:  # an unfinished profile (no year) has no national comparison yet
            self.nationalLabel.setText(self.tr("The national comparison needs the inventory year."))
            return
        lang = i18n.language()
        for code, row in view.by_ipcc.iterrows():
            if not row["direct_t"] and not row["indirect_t"]:
                continue
            share = row["local_share"]
            cells = [code, row["name_ko"] if lang == "ko" else row["name_en"], format_tonnes(row["direct_t"]),
                     format_tonnes(row["indirect_t"]), format_tonnes(row["national_t"]),
                     "" if share is None or share != share else f"{share:.3%}"]
            items = [QStandardItem(str(c)) for c in cells]
            for item in items[2:]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.nationalModel.appendRow(items)
        agree = self.tr("The GPC, IPCC and GIR views agree.") if view.consistent else self.tr(
            "The GPC, IPCC and GIR views do not add up to the same totals.")
        self.nationalLabel.setText(self.tr("National inventory %1 (%2), in tonnes. Direct %3 t, indirect %4 t. ").replace(
            "%1", str(view.national_year)).replace("%2", view.national_basis).replace(
            "%3", format_tonnes(view.totals["direct"])).replace("%4", format_tonnes(view.totals["indirect"])) + agree)

    # -- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the current language (findings are re-rendered too)."""
        self.titleLabel.setText(step_titles()["review"])
        self.recheckButton.setText(self.tr("Check again"))
        self.hideAcknowledged.setText(self.tr("Hide acknowledged"))
        self.explanationEdit.setPlaceholderText(self.tr("Why this warning is acceptable (stored with the inventory)"))
        self.acknowledgeButton.setText(self.tr("Acknowledge"))
        self._fill_reasons()
        self.withdrawButton.setText(self.tr("Withdraw"))
        self.tabs.setTabText(0, self.tr("Findings"))
        self.tabs.setTabText(1, self.tr("National categories"))
        if self._findings or self.model.rowCount():
            self._rebuild()
            self._refresh_national()

    def _reason_of(self, finding: Finding) -> str:
        """The name of the reason given with an explained change ('' for other findings)."""
        from gcomdesk.core.checks import load_check_data

        for ack in self.session.inventory.acknowledgements:
            if (ack["rule"], ack["gpc_ref"], int(ack["record_id"]), ack["field"]) == finding.key and ack.get("reason"):
                return load_check_data().reason_name(ack["reason"], i18n.language())
        return ""

    def _fill_reasons(self) -> None:
        """The reasons a change between years can have (resources/checks/change_reasons.csv)."""
        from gcomdesk.core.checks import load_check_data

        data, current, lang = load_check_data(), self.reasonCombo.currentData(), i18n.language()
        self.reasonCombo.clear()
        for reason in data.reasons:
            self.reasonCombo.addItem(data.reason_name(reason, lang), reason)
        self.reasonCombo.setCurrentIndex(max(0, self.reasonCombo.findData(current)))
        self.reasonCombo.setAccessibleName(self.tr("Reason for the change"))
        self.reasonCombo.setToolTip(self.tr("Why the figure changed between years (asked by GCoM and CDP)"))

    def _language_changed(self, _lang: str) -> None:
        self.retranslate()
