"""The Profile step (ui/profile_page.ui): every profile field, the factor choices with the values
they imply beside them, and one click for the defaults of the inventory year. Each change is an
undoable command; typed texts are saved when typing pauses or the field is left.

The page shows the year chosen in the window's year selector: the jurisdiction, GWP set, base
year and reporting level are the project's; population, area, GRDP and the factor editions are the
year's own. Below the factor choices every year's editions stand side by side, with the explicit
choice between each year's own editions and the same editions for every year."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QComboBox, QHeaderView, QPlainTextEdit, QTableWidgetItem

from gcomdesk.app import i18n
from gcomdesk.app.banner import ProblemBanner
from gcomdesk.app.commands import push
from gcomdesk.app.forms import load_form
from gcomdesk.app.help_texts import step_intro
from gcomdesk.app.pages.base import StepPage
from gcomdesk.app.pages.factor_texts import (
    electricity_text,
    fuel_set_names,
    fuel_text,
    gwp_text,
    heat_text,
    side_names,
    side_text,
)
from gcomdesk.core.model import GWP_SETS, REPORTING_LEVELS
from gcomdesk.core.reference import ELECTRICITY_SIDES, FUEL_FACTOR_SETS
from gcomdesk.store.changes import ChangeSet

if TYPE_CHECKING:
    from gcomdesk.app.session import Session

TEXT_FIELDS = {"nameKoEdit": "name_ko", "nameEnEdit": "name_en", "preparerNameEdit": "preparer_name",
               "preparerContactEdit": "preparer_contact", "boundaryEdit": "boundary_notes"}
COMBO_FIELDS = {"regionCombo": "region_code", "levelCombo": "level", "reportingCombo": "reporting_level",
                "gwpCombo": "gwp_set", "fuelSetCombo": "fuel_factor_set", "electricityCombo": "electricity_edition",
                "electricitySideCombo": "electricity_side", "heatCombo": "heat_edition"}
SPIN_FIELDS = {"yearSpin": "year", "baseYearSpin": "base_year", "populationSpin": "population", "areaSpin": "area_km2",
               "grdpSpin": "grdp_billion_krw"}
POLICY_FIELDS = {"ownEditionsRadio": "each_year", "sameEditionsRadio": "same"}  # factor_policy (shared_editions: the combos)


def published_for(ref, edition: str) -> str:
    """The inventory years an electricity edition was published for ('' when the library does not say)."""
    ed = ref.electricity.get(edition)
    return ed.period() if ed is not None else ""


def level_names() -> dict[str, str]:
    """Levels of government in the current language."""
    return {"provincial": QCoreApplication.translate("Profile", "Province or metropolitan city (광역)"), "municipal": QCoreApplication.translate("Profile", "City, county or district (기초)")}


def reporting_names() -> dict[str, str]:
    """Reporting levels in the current language."""
    return {"basic": QCoreApplication.translate("Profile", "BASIC (energy, transport, waste)"), "basic_plus": QCoreApplication.translate("Profile", "BASIC+ (adds IPPU, AFOLU, losses, trips outside)")}


class ProfilePage(StepPage):
    """Edits the inventory's profile."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        load_form("profile_page.ui", self)
        self.banner = ProblemBanner(self)
        self.pageLayout.insertWidget(2, self.banner)
        self._timers: dict[str, QTimer] = {}
        self._filling = False
        for name in TEXT_FIELDS:
            widget = getattr(self, name)
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(600)
            timer.timeout.connect(lambda n=name: self._save_text(n))
            self._timers[name] = timer
            if isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(lambda t=timer: None if self._filling else t.start())
            else:
                widget.textEdited.connect(lambda _text, t=timer: t.start())
                widget.editingFinished.connect(lambda n=name: self._save_text(n))
        for name in COMBO_FIELDS:
            getattr(self, name).activated.connect(lambda _i, n=name: self._save_combo(n))
        for name in ("populationSpin", "areaSpin", "grdpSpin"):
            getattr(self, name).setGroupSeparatorShown(True)
        for name in SPIN_FIELDS:
            getattr(self, name).valueChanged.connect(lambda _v, n=name: None if self._filling else self._save_spin(n))
        self.defaultsButton.clicked.connect(self.use_defaults)
        for name, policy in POLICY_FIELDS.items():
            getattr(self, name).clicked.connect(lambda _checked=False, p=policy: self._save_policy(p))
        self.editionsTable.verticalHeader().setVisible(False)
        session.profile_changed.connect(self.refresh)
        session.years_changed.connect(self.refresh)
        session.results_changed.connect(self._refresh_problems)
        self.retranslate()

    # -- filling -----------------------------------------------------------------------------
    def _fill_combos(self) -> None:
        ref, lang = self.session.ref, i18n.language()
        options = {
            "regionCombo": [(c, f"{r.name_ko if lang == 'ko' else r.name_en} ({c})") for c, r in ref.regions.items()],
            "levelCombo": list(level_names().items()),
            "reportingCombo": [(k, reporting_names()[k]) for k in REPORTING_LEVELS],
            "gwpCombo": [(g, g) for g in GWP_SETS],
            "fuelSetCombo": [(s, fuel_set_names()[s]) for s in FUEL_FACTOR_SETS],
            "electricityCombo": [(e, f"{ed.name_ko if lang == 'ko' else ed.name_en}") for e, ed in ref.electricity.items()],
            "electricitySideCombo": [(k, side_names()[k]) for k in ELECTRICITY_SIDES],
            "heatCombo": [(h, ed.name_ko if lang == "ko" else ed.name_en) for h, ed in ref.heat.items()],
        }
        for name, items in options.items():
            combo: QComboBox = getattr(self, name)
            combo.blockSignals(True)
            combo.clear()
            for value, label in items:
                combo.addItem(label, value)
            combo.blockSignals(False)

    def retranslate(self) -> None:
        """Texts in the current language (the form's own texts retranslate themselves)."""
        self.introLabel.setText(step_intro("profile", i18n.language()))
        self._fill_combos()
        self.refresh()

    def refresh(self) -> None:
        """Show the stored profile."""
        profile = self.session.profile
        self._filling = True
        try:
            for name, field in TEXT_FIELDS.items():
                widget = getattr(self, name)
                value = str(getattr(profile, field) or "")
                if widget.hasFocus() or self._timers[name].isActive():
                    continue
                if isinstance(widget, QPlainTextEdit):
                    if widget.toPlainText() != value:
                        widget.setPlainText(value)
                elif widget.text() != value:
                    widget.setText(value)
            for name, field in COMBO_FIELDS.items():
                combo = getattr(self, name)
                combo.setCurrentIndex(max(combo.findData(getattr(profile, field)), 0))
            for name, field in SPIN_FIELDS.items():
                spin = getattr(self, name)
                value = getattr(profile, field)
                spin.setValue(spin.minimum() if value in (None, "") else value)
        finally:
            self._filling = False
        ref = self.session.ref
        self.gwpValues.setText(gwp_text(ref, profile.gwp_set))
        self.fuelValues.setText(fuel_text(ref, profile.fuel_factor_set))
        self.electricityValues.setText(electricity_text(ref, profile.electricity_edition, int(profile.year)))
        self.electricitySideValues.setText(side_text(ref, profile.electricity_edition, profile.electricity_side))
        self._enable_sides(profile.electricity_edition)
        self.heatValues.setText(heat_text(ref, profile.heat_edition))
        default = ref.default_electricity_edition(int(profile.year))
        self.defaultsButton.setText(QCoreApplication.translate("Profile", "&Use the defaults for {year}").format(year=profile.year))
        self.defaultsButton.setToolTip(QCoreApplication.translate(
            "Profile", "GWP AR5, the emissions-trading fuel factors and the electricity factor meant for {year} ({edition})").format(
            year=profile.year, edition=default))
        at_defaults = (profile.gwp_set, profile.fuel_factor_set, profile.electricity_edition) == ("AR5", "kets", default)
        self.defaultsNote.setText(QCoreApplication.translate("Profile", "These are the defaults for {year}.").format(year=profile.year)
                                  if at_defaults else "")
        self._refresh_editions()
        self._refresh_problems()

    def _refresh_editions(self) -> None:
        """Every year's editions side by side, and which policy the project follows."""
        inventory, ref, lang = self.session.inventory, self.session.ref, i18n.language()
        profile = self.session.profile
        for name, policy in POLICY_FIELDS.items():
            getattr(self, name).setChecked(profile.factor_policy == policy)
        headers = [QCoreApplication.translate("Profile", "Year"), QCoreApplication.translate("Profile", "Electricity"),
                   QCoreApplication.translate("Profile", "Side"), QCoreApplication.translate("Profile", "Heat"),
                   QCoreApplication.translate("Profile", "Fuel factors"),
                   QCoreApplication.translate("Profile", "Electricity edition published for")]
        table = self.editionsTable
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(inventory.years))
        sides, fuel_sets = side_names(), fuel_set_names()
        for row, year in enumerate(inventory.years):
            p = inventory.profile_of(year)
            edition = ref.electricity.get(p.electricity_edition)
            name = (edition.name_ko if lang == "ko" else edition.name_en) if edition else ""
            heat = ref.heat.get(p.heat_edition)
            cells = [str(year), f"{p.electricity_edition} — {name}" if name else p.electricity_edition,
                     sides.get(p.electricity_side, p.electricity_side),
                     (heat.name_ko if lang == "ko" else heat.name_en) if heat else p.heat_edition,
                     fuel_sets.get(p.fuel_factor_set, p.fuel_factor_set), published_for(ref, p.electricity_edition)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if year == self.session.year:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        if profile.factor_policy == "same":
            note = QCoreApplication.translate("Profile", "Every year is calculated with the editions chosen above; each "
                                              "year's own editions are kept and come back with the other choice.")
        else:
            note = QCoreApplication.translate("Profile", "The factor choices above are those of {year}; choose another "
                                              "year in the toolbar's year selector to see or change its own.").format(year=profile.year)
        self.editionsNote.setText(note)

    def _save_policy(self, policy: str) -> None:
        self._change({"factor_policy": policy}, QCoreApplication.translate("Profile", "the editions of every year"))

    def _enable_sides(self, edition: str) -> None:
        """The generation side can be chosen only for an edition that publishes it."""
        item = self.electricitySideCombo.model().item(self.electricitySideCombo.findData("generation"))
        if item is not None:
            item.setEnabled(edition in self.session.ref.electricity_generation)

    def _refresh_problems(self) -> None:
        self.banner.set_problems(list(self.session.progress().steps["profile"].problems))

    # -- saving ------------------------------------------------------------------------------
    def _change(self, changes: dict, label: str, merge_key: str = "") -> None:
        profile = self.session.profile
        if all(getattr(profile, k) == v for k, v in changes.items()):
            return
        text = QCoreApplication.translate("Profile", "Change {field}").format(field=label)
        if push(self.session, ChangeSet(profile=changes), text, merge_key) is None:
            self.refresh()

    def _save_text(self, name: str) -> None:
        self._timers[name].stop()
        widget = getattr(self, name)
        value = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        field = TEXT_FIELDS[name]
        if field == "name_ko" and not value.strip():
            return  # the name is required: keep the stored one until a name is typed
        self._change({field: value}, self._label_of(name), merge_key=f"profile:{field}")

    def _save_combo(self, name: str) -> None:
        changes = {COMBO_FIELDS[name]: getattr(self, name).currentData()}
        if name == "electricityCombo" and changes["electricity_edition"] not in self.session.ref.electricity_generation:
            changes["electricity_side"] = "consumption"  # that edition publishes one side only
        self._change(changes, self._label_of(name))

    def _save_spin(self, name: str) -> None:
        spin = getattr(self, name)
        field = SPIN_FIELDS[name]
        value = spin.value()
        if field in ("population", "area_km2", "grdp_billion_krw") and value == spin.minimum():
            value = None
        elif field in ("year", "base_year", "population"):
            value = int(value)
        self._change({field: value}, self._label_of(name), merge_key=f"profile:{field}")

    def _label_of(self, name: str) -> str:
        label = getattr(self, name.replace("Edit", "Label").replace("Combo", "Label").replace("Spin", "Label"), None)
        return label.text().replace("&", "").rstrip(":") if label is not None else name

    def flush(self) -> None:
        """Save texts still waiting for their typing pause."""
        for name, timer in self._timers.items():
            if timer.isActive():
                self._save_text(name)

    def use_defaults(self) -> None:
        """GWP AR5, fuel set kets, the electricity and heat editions meant for the year: one undo step."""
        ref, profile = self.session.ref, self.session.profile
        edition = ref.default_electricity_edition(int(profile.year))
        changes = {"gwp_set": "AR5", "fuel_factor_set": "kets", "electricity_edition": edition, "heat_edition": next(iter(ref.heat))}
        if edition not in ref.electricity_generation:
            changes["electricity_side"] = "consumption"
        self._change(changes, QCoreApplication.translate("Profile", "the factor defaults"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == event.Type.LanguageChange and hasattr(self, "banner"):
            self.retranslate()
        super().changeEvent(event)

