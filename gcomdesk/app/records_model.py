"""The data table of a sub-sector card: a QAbstractTableModel over the Session's records.

No per-row widgets and no copy of the records: the model keeps the ids of its rows and reads
values from the Session's cached table (a small per-row cache is dropped on every change), so a
row set of 100,000 records scrolls as fast as ten. What an edit or a paste writes comes from
`app/record_edits.py` (CellRules), one ChangeSet pushed as one undo step; what the officer
may choose (activity, unit, GPC row, quality) comes from `choices()`, used by the delegates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from gcomdesk.app import i18n
from gcomdesk.app.commands import push
from gcomdesk.app.formatting import format_amount, format_tonnes
from gcomdesk.app.record_edits import (
    COLUMNS,
    GAS_COLUMNS,
    NUMBER_COLUMNS,
    REPORTED,
    CellRules,
    empty,
)
from gcomdesk.core.generation import GENERATION_ROW, PLANT_TYPES, default_plant_type, stated_plant_type
from gcomdesk.core.messages import Message
from gcomdesk.core.model import Record
from gcomdesk.core.steps import activities_for
from gcomdesk.core.units import fitting_units, unit_note
from gcomdesk.store.changes import ChangeSet

if TYPE_CHECKING:
    from gcomdesk.app.session import Session

KINDS = ("activity", "reported", "method")
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 10
INVALID_ROLE = Qt.ItemDataRole.UserRole + 11
_RESULT_FIELDS = ("co2e_t", "co2_t", "ch4_t", "n2o_t", "other_co2e_t", "unsplit_co2e_t", "biogenic_co2_t", "energy_tj",
                  "activity_mwh", "factor_co2", "factor_ch4", "factor_n2o", "status")


def headers() -> dict[str, str]:
    """Column titles in the current language."""
    return {
        "gpc_ref": QCoreApplication.translate("RecordsTable", "GPC row"), "activity": QCoreApplication.translate("RecordsTable", "Activity"),
        "amount": QCoreApplication.translate("RecordsTable", "Amount"), "unit": QCoreApplication.translate("RecordsTable", "Unit"),
        "co2_t": QCoreApplication.translate("RecordsTable", "CO2 (t)"), "ch4_t": QCoreApplication.translate("RecordsTable", "CH4 (t)"), "n2o_t": QCoreApplication.translate("RecordsTable", "N2O (t)"),
        "data_source": QCoreApplication.translate("RecordsTable", "Data source"), "quality": QCoreApplication.translate("RecordsTable", "Quality"),
        "notes": QCoreApplication.translate("RecordsTable", "Notes"), "co2e_t": QCoreApplication.translate("RecordsTable", "Result (tCO2e)"),
        "status": QCoreApplication.translate("RecordsTable", "Status"),
        "plant_type": Message("method.input.plant_type").render(i18n.language()),
    }


def plant_type_label(code: str) -> str:
    """A plant type of energy generation (core.generation) in the current language."""
    return Message(f"method.choice.plant_type.{code}").render(i18n.language())


def quality_labels() -> dict[str, str]:
    """H/M/L with their meaning."""
    return {"H": QCoreApplication.translate("RecordsTable", "H · high"), "M": QCoreApplication.translate("RecordsTable", "M · medium"), "L": QCoreApplication.translate("RecordsTable", "L · low")}


class RecordsTableModel(QAbstractTableModel):
    """The activity, reported and method records of some GPC rows."""

    def __init__(self, session: Session, gpc_refs: list[str], parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.gpc_refs = list(gpc_refs)
        self.rules = CellRules(session.ref, self.gpc_refs)
        self._ids = session.record_ids(self.gpc_refs, KINDS)
        self._row_of: dict[int, int] | None = None
        self._cache: dict[int, dict] = {}
        self._results: pd.DataFrame | None = None
        session.records_changed.connect(self._on_records_changed)
        session.results_changed.connect(self._on_results_changed)
        i18n.notifier.language_changed.connect(self._on_language_changed)

    # -- structure ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def record_id(self, row: int) -> int:
        """The record id shown in a row."""
        return int(self._ids[row])

    def row_of(self, record_id: int) -> int:
        """The row of a record id (-1 when not shown here)."""
        if self._row_of is None:
            self._row_of = {int(i): r for r, i in enumerate(self._ids)}
        return self._row_of.get(int(record_id), -1)

    def column_of(self, name: str) -> int:
        """Column number of a field."""
        return COLUMNS.index(name) if name in COLUMNS else 0

    def _values(self, row: int) -> dict:
        values = self._cache.get(row)
        if values is None:
            rid = int(self._ids[row])
            values = self.session.records_frame().loc[rid].to_dict()
            results = self._result_table()
            if rid in results.index:
                values["result"] = results.loc[rid].to_dict()
            self._cache[row] = values
        return values

    def _result_table(self) -> pd.DataFrame:
        if self._results is None:
            records = self.session.results().records
            self._results = records.loc[records.index.intersection(self._ids), list(_RESULT_FIELDS)]
        return self._results

    # -- reading ------------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return headers()[COLUMNS[section]]
        return str(section + 1)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base
        if self.rules.editable(self._values(index.row()), COLUMNS[index.column()]):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        values = self._values(index.row())
        column = COLUMNS[index.column()]
        if role == RECORD_ID_ROLE:
            return int(self._ids[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(values, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(values, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(values, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS + ("co2e_t",):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not self.rules.editable(values, column) and column != "status":
            return QBrush(QColor("#666666"))
        if role == Qt.ItemDataRole.BackgroundRole and self._invalid(values, column):
            return QBrush(QColor("#fdecea"))
        if role == INVALID_ROLE:
            return self._invalid(values, column)
        return None

    def _status(self, values: dict) -> str:
        return str(values.get("result", {}).get("status") or "")

    def _invalid(self, values: dict, column: str) -> bool:
        status = self._status(values)
        return (status == "unit_mismatch" and column == "unit") or (status == "unknown_activity" and column == "activity") or (
            status == "no_amount" and column == "amount") or (column == "status" and status not in ("", "ok"))

    def _display(self, values: dict, column: str) -> str:
        kind = values.get("kind")
        lang = i18n.language()
        result = values.get("result", {})
        if column == "activity":
            if kind == "reported":
                return QCoreApplication.translate("RecordsTable", "Reported tonnes")
            if kind == "method":
                return QCoreApplication.translate("RecordsTable", "Method: {code}").format(code=values.get("activity") or "")
            code = values.get("activity")
            return "" if empty(code) else self.session.ref.activity_name(str(code), lang)
        if column == "amount":
            return format_amount(values.get("amount"))
        if column in GAS_COLUMNS:
            value = values.get(column) if kind == "reported" else result.get(column)
            return format_tonnes(value) if kind == "reported" or result else ""
        if column == "quality":
            code = values.get("quality")
            return "" if empty(code) else quality_labels().get(str(code), str(code))
        if column == "co2e_t":
            return format_tonnes(result.get("co2e_t")) if result else "…"
        if column == "status":
            status = self._status(values)
            if not status:
                return "…"
            return "✓" if status == "ok" else Message(f"calc.status.{status}").render(lang)
        if column == "plant_type":
            if values.get("gpc_ref") != GENERATION_ROW:
                return ""
            stated = stated_plant_type(values.get("extra"))
            code = stated or default_plant_type(str(kind), values.get("activity"), self.session.ref)
            return plant_type_label(code) if stated else f"{plant_type_label(code)} ({Message('method.default_mark').render(lang)})"
        value = values.get(column)
        return "" if empty(value) else str(value)

    def _edit_value(self, values: dict, column: str):
        if column == "plant_type":
            return stated_plant_type(values.get("extra")) or ""
        if column == "activity":
            return REPORTED if values.get("kind") == "reported" else (values.get("activity") or "")
        if column in NUMBER_COLUMNS:
            value = values.get(column)
            return "" if empty(value) else format_amount(value)
        value = values.get(column)
        return "" if empty(value) else str(value)

    def _tooltip(self, values: dict, column: str) -> str | None:
        result = values.get("result")
        if column in ("co2e_t", "status") and result:
            lines = [QCoreApplication.translate("RecordsTable", "CO2 {co2} t · CH4 {ch4} t · N2O {n2o} t").format(
                co2=format_tonnes(result.get("co2_t")), ch4=format_tonnes(result.get("ch4_t")), n2o=format_tonnes(result.get("n2o_t")))]
            if result.get("unsplit_co2e_t"):
                lines.append(QCoreApplication.translate("RecordsTable", "CO2e without a split by gas: {value} t").format(value=format_tonnes(result["unsplit_co2e_t"])))
            if result.get("biogenic_co2_t"):
                lines.append(QCoreApplication.translate("RecordsTable", "Biogenic CO2 (reported apart): {value} t").format(value=format_tonnes(result["biogenic_co2_t"])))
            if self._status(values) not in ("", "ok"):
                lines.append(Message(f"calc.status.{self._status(values)}").render(i18n.language()))
            return "\n".join(lines)
        if column == "amount" and values.get("kind") == "activity":
            return QCoreApplication.translate("RecordsTable", "A number; thousands separators are fine (1,234.5)")
        return None

    def detail(self, row: int) -> str:
        """The working of one row: amount, energy, tonnes per gas, factors and status."""
        values = self._values(row)
        result = values.get("result", {})
        lines = [f"{values.get('gpc_ref')} · {self._display(values, 'activity')}"]
        if values.get("kind") == "activity" and not empty(values.get("amount")):
            line = f"{format_amount(values.get('amount'))} {values.get('unit') or ''}".strip()
            if result and not empty(result.get("energy_tj")):
                line += " = " + QCoreApplication.translate("RecordsTable", "{value} TJ").format(value=format_tonnes(result["energy_tj"]))
            lines[0] += f": {line}"
            note = unit_note(str(values.get("activity") or ""), str(values.get("unit") or ""), self.session.ref, i18n.language())
            if note:  # the calorific basis of an energy amount, or m3 read as Nm3
                lines.append(note)
        if result:
            lines.append(QCoreApplication.translate("RecordsTable", "CO2 {co2} t · CH4 {ch4} t · N2O {n2o} t → {total} tCO2e ({gwp})").format(
                co2=format_tonnes(result.get("co2_t")), ch4=format_tonnes(result.get("ch4_t")), n2o=format_tonnes(result.get("n2o_t")),
                total=format_tonnes(result.get("co2e_t")), gwp=self.session.profile.gwp_set))
            if values.get("kind") == "activity" and not empty(result.get("factor_co2")):
                lines.append(QCoreApplication.translate("RecordsTable", "Factors per {unit}: CO2 {co2} kg · CH4 {ch4} kg · N2O {n2o} kg").format(
                    unit=values.get("unit") or "", co2=format_tonnes(result.get("factor_co2")),
                    ch4=format_tonnes(result.get("factor_ch4")), n2o=format_tonnes(result.get("factor_n2o"))))
            if self._status(values) not in ("", "ok"):
                lines.append(Message(f"calc.status.{self._status(values)}").render(i18n.language()))
        return "\n".join(lines)

    # -- choices for the delegates --------------------------------------------------------------
    def choices(self, index: QModelIndex) -> list[tuple[str, str]]:
        """(value, label) pairs an editor may offer for a cell; empty for free text and numbers."""
        values = self._values(index.row())
        column = COLUMNS[index.column()]
        lang = i18n.language()
        if column == "gpc_ref":
            return [(r, f"{r} · {self.session.ref.gpc[r].subsector_ko if lang == 'ko' else self.session.ref.gpc[r].subsector_en}")
                    for r in self.gpc_refs]
        if column == "activity":
            row = self.session.ref.gpc[str(values.get("gpc_ref"))]
            options = [(code, self.session.ref.activity_name(code, lang)) for code in activities_for(row, self.session.ref)]
            return options + [(REPORTED, QCoreApplication.translate("RecordsTable", "Reported tonnes per gas"))]
        if column == "unit":
            code = values.get("activity")
            return [] if empty(code) else [(u, u) for u in fitting_units(str(code), self.session.ref)]
        if column == "quality":
            return [("", "")] + list(quality_labels().items())
        if column == "plant_type":
            return [(code, plant_type_label(code)) for code in PLANT_TYPES]
        return []

    # -- writing ------------------------------------------------------------------------------
    def new_record(self, gpc_ref: str) -> Record:
        """A new table row for a GPC row: grid electricity for scope-2 rows, reported tonnes where no
        activity fits, otherwise an activity still to be chosen."""
        ref = self.session.ref
        allowed = activities_for(ref.gpc[gpc_ref], ref)
        year = int(self.session.profile.year)
        if not allowed:
            return Record("reported", gpc_ref, year=year)
        if "electricity" in allowed:
            return Record("activity", gpc_ref, year=year, activity="electricity", unit="MWh")
        return Record("activity", gpc_ref, year=year)

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt override
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        values = self._values(index.row())
        column = COLUMNS[index.column()]
        changes = self.cell_changes(values, column, value)
        if changes is None:
            return False
        if not changes:
            return True  # nothing changed: no undo step
        text = QCoreApplication.translate("RecordsTable", "Edit {column} of {gpc_ref}").format(
            column=headers()[column], gpc_ref=values.get("gpc_ref"))
        return push(self.session, ChangeSet(update=[(int(self._ids[index.row()]), changes)]), text) is not None

    def cell_changes(self, values: dict, column: str, value) -> dict | None:
        """The fields a typed value changes ({} none, None refused): see CellRules."""
        return self.rules.cell_changes(values, column, value)

    def paste(self, first_row: int, first_column: int, lines: list[list[str]], new_record) -> tuple[ChangeSet, int, int]:
        """One ChangeSet for lines pasted at a cell, with the cells written and refused: see CellRules."""
        return self.rules.paste(self._values, self._ids, first_row, first_column, lines, new_record)

    # -- following the session ----------------------------------------------------------------
    def _on_records_changed(self, kind: str, ids: list) -> None:
        if kind == "updated":  # the results table stays: results change only with results_changed
            rows = [self.row_of(i) for i in ids]
            if all(r >= 0 for r in rows) and all(
                    self.session.records_frame().at[int(i), "gpc_ref"] in self.gpc_refs for i in ids):
                for row in rows:
                    self._cache.pop(row, None)
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return
        self._sync_structure()

    def _sync_structure(self) -> None:
        new = self.session.record_ids(self.gpc_refs, KINDS)
        old = self._ids
        self._cache.clear()
        self._results = None
        self._row_of = None
        if np.array_equal(new, old):
            return
        old_set, new_set = set(old.tolist()), set(new.tolist())
        added = [i for i, v in enumerate(new.tolist()) if v not in old_set]
        removed = [i for i, v in enumerate(old.tolist()) if v not in new_set]
        if added and not removed and added == list(range(added[0], added[-1] + 1)):
            self.beginInsertRows(QModelIndex(), added[0], added[-1])
            self._ids = new
            self.endInsertRows()
        elif removed and not added and removed == list(range(removed[0], removed[-1] + 1)):
            self.beginRemoveRows(QModelIndex(), removed[0], removed[-1])
            self._ids = new
            self.endRemoveRows()
        else:
            self.beginResetModel()
            self._ids = new
            self.endResetModel()

    def _on_results_changed(self) -> None:
        self._cache.clear()
        self._results = None
        if len(self._ids):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def _on_language_changed(self, _lang: str) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._on_results_changed()
