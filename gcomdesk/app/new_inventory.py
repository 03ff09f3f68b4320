"""The new-inventory form (ui/new_inventory.ui): region, municipality, level, year, population,
GWP set with a line on each, and where to save. It validates with the core before it closes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from gcomdesk.app import i18n, settings
from gcomdesk.app.forms import load_form
from gcomdesk.app.pages.factor_texts import gwp_explanations
from gcomdesk.app.pages.profile import level_names
from gcomdesk.core.errors import GcomdeskError
from gcomdesk.core.model import Profile, new_profile
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.store.schema import FILE_SUFFIX

GWP_BUTTONS = ("AR5", "AR4", "SAR", "AR6")


def default_folder() -> Path:
    """Where new files go unless the officer chooses: the last folder used, else Documents."""
    last = settings.get(settings.LAST_FOLDER)
    if last and Path(last).is_dir():
        return Path(last)
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


class NewInventoryDialog(QDialog):
    """Asks for the few answers a new inventory needs."""

    def __init__(self, ref: ReferenceLibrary, parent=None) -> None:
        super().__init__(parent)
        self.ref = ref
        load_form("new_inventory.ui", self)
        self.profile: Profile | None = None
        self._path_touched = False
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.browseButton.clicked.connect(self._browse)
        self.pathEdit.textEdited.connect(lambda _t: setattr(self, "_path_touched", True))
        for widget in (self.municipalityEdit, ):
            widget.textChanged.connect(self._suggest_path)
        self.regionCombo.currentIndexChanged.connect(self._suggest_path)
        self.yearSpin.valueChanged.connect(self._suggest_path)
        self.retranslate()
        self._suggest_path()

    def retranslate(self) -> None:
        """Texts with values, and the lists (the form's texts retranslate themselves)."""
        lang = i18n.language()
        region = self.regionCombo.currentData()
        level = self.levelCombo.currentData()
        self.regionCombo.blockSignals(True)
        self.regionCombo.clear()
        for code, r in self.ref.regions.items():
            if not r.pending:
                self.regionCombo.addItem(r.name_ko if lang == "ko" else f"{r.name_en} ({r.name_ko})", code)
        self.regionCombo.setCurrentIndex(max(self.regionCombo.findData(region), 0))
        self.regionCombo.blockSignals(False)
        self.levelCombo.clear()
        for code, name in level_names().items():
            self.levelCombo.addItem(name, code)
        self.levelCombo.setCurrentIndex(max(self.levelCombo.findData(level or "municipal"), 0))
        for gwp_set, text in gwp_explanations(self.ref).items():
            getattr(self, f"gwp{gwp_set}Label").setText(text)
            getattr(self, f"gwp{gwp_set}").setAccessibleDescription(text)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("NewInventory", "&Create"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == event.Type.LanguageChange and hasattr(self, "regionCombo"):
            self.retranslate()
        super().changeEvent(event)

    def gwp_set(self) -> str:
        """The chosen GWP set."""
        return next((s for s in GWP_BUTTONS if getattr(self, f"gwp{s}").isChecked()), "AR5")

    def name_ko(self) -> str:
        """The municipality, or the region's own name for a whole-region inventory."""
        name = self.municipalityEdit.text().strip()
        return name or self.ref.regions[self.regionCombo.currentData()].name_ko

    def _suggest_path(self, *_args) -> None:
        if self._path_touched or self.regionCombo.currentData() is None:
            return
        self.pathEdit.setText(str(default_folder() / f"{self.name_ko()} {self.yearSpin.value()}{FILE_SUFFIX}"))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, QCoreApplication.translate("NewInventory", "Save the new inventory as"),
                                                    self.pathEdit.text(), QCoreApplication.translate(
                                                        "NewInventory", "gcomdesk inventories (*{suffix})").format(suffix=FILE_SUFFIX))
        if path:
            self._path_touched = True
            self.pathEdit.setText(path if path.endswith(FILE_SUFFIX) else path + FILE_SUFFIX)

    def path(self) -> Path:
        """The file to create."""
        text = self.pathEdit.text().strip()
        return Path(text if text.endswith(FILE_SUFFIX) else text + FILE_SUFFIX)

    def accept(self) -> None:
        """Validate with the core; stay open with the reason if anything is wrong."""
        if not self.pathEdit.text().strip():
            self.errorLabel.setText(QCoreApplication.translate("NewInventory", "Choose where to save the file."))
            return
        if self.path().exists():
            self.errorLabel.setText(QCoreApplication.translate("NewInventory", "{path} already exists; choose another name.").format(path=self.path()))
            return
        if not self.path().parent.is_dir():
            self.errorLabel.setText(QCoreApplication.translate("NewInventory", "The folder {folder} does not exist.").format(folder=self.path().parent))
            return
        try:
            self.profile = new_profile(self.ref, name_ko=self.name_ko(), name_en=self.nameEnEdit.text().strip(),
                                       region_code=self.regionCombo.currentData(), level=self.levelCombo.currentData(),
                                       year=self.yearSpin.value(), population=self.populationSpin.value() or None,
                                       gwp_set=self.gwp_set())
        except GcomdeskError as exc:
            self.errorLabel.setText(exc.render(i18n.language()))
            return
        settings.put(settings.LAST_FOLDER, str(self.path().parent))
        super().accept()
