"""Parsing an activity table a column at a time: `ActivityColumns` checks every cell of the table
over numpy arrays (look-ups that repeat made once per distinct value) and collects every bad cell,
and `lean` gives the records table of the columns that hold something."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection
from typing import Any

import numpy as np
import pandas as pd

from gcomdesk.core.errors import CellError, UnitError
from gcomdesk.core.generation import PLANT_TYPES
from gcomdesk.core.messages import Message
from gcomdesk.core.model import FACTOR_COLUMNS, GWP_SETS, QUALITY_ALIASES, NotationKey
from gcomdesk.core.numbers import (
    OUT_OF_RANGE,
    NumberTextError,
    out_of_range,
    parse_number,
    parse_numbers,
    range_params,
    shown,
    split_unit_suffix,
)
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.core.units import check_unit, unit_catalogue, with_conditions
from gcomdesk.exchange.activity_layout import KIND_COLUMNS, TEXT_COLUMNS, TONNE_COLUMNS, gpc_code
from gcomdesk.exchange.activity_layout import msg as _msg
from gcomdesk.exchange.tabular import Table, column_letter


def each_value(cells: np.ndarray, function: Callable[[str], Any]) -> np.ndarray:
    """`function` of every cell (an object array), computed once per distinct value: a province
    file repeats its codes, names, units and years over thousands of rows."""
    codes, uniques = pd.factorize(cells)
    results = np.empty(len(uniques), dtype=object)
    results[:] = [function(value) for value in uniques]
    return results[codes]


def _isna(values: np.ndarray) -> np.ndarray:
    return pd.isna(values).astype(bool)



class ActivityColumns:
    """Checks a table a column at a time (numpy arrays over all rows); `errors` collects every bad cell."""

    def __init__(self, table: Table, columns: dict[str, int], ref: ReferenceLibrary,
                 years: Collection[int] | None = None, gas_volume: str | None = None) -> None:
        self.table, self.columns, self.ref, self.years = table, columns, ref, years
        self.gas_volume = gas_volume  # 'normal' / 'standard': what a bare m3 of a gas in this file is
        self.notes: list[CellError] = []
        self.rows = table.cells.index.to_numpy()
        self.errors: list[CellError] = []
        self._blank = np.full(len(self.rows), "", dtype=object)
        self._filled: dict[str, np.ndarray] = {}

    def text(self, canon: str) -> np.ndarray:
        """The column's cells (blank everywhere when the file has no such column)."""
        index = self.columns.get(canon)
        return self._blank if index is None else self.table.cells[index].to_numpy(dtype=object)

    def filled(self, canon: str) -> np.ndarray:
        """Where the column's cells are not blank."""
        if canon not in self._filled:
            self._filled[canon] = self.text(canon) != ""
        return self._filled[canon]

    def title(self, canon: str) -> str:
        """The column's header as written in the file (the canonical name when it is absent)."""
        index = self.columns.get(canon)
        return canon if index is None else self.table.header[index]

    def flag(self, mask: np.ndarray, column: str, key: str, quote: np.ndarray | None = None,
             name: str = "value", **params: Any) -> None:
        """An error `key` in `column` (a header title) on every row where `mask` holds, quoting the
        row's text from `quote` as parameter `name`."""
        for i in np.flatnonzero(mask):
            quoted = {name: shown(str(quote[i]))} if quote is not None else {}
            self.errors.append(CellError(int(self.rows[i]), column, _msg(key, **quoted, **params)))

    def number(self, canon: str, rows: np.ndarray | None = None, text: np.ndarray | None = None) -> np.ndarray:
        """The column as floats (NaN for blanks); refused cells among `rows` (default all) are errors.
        `text`: the cells to read instead of the column's own (the amounts without a unit suffix)."""
        text = self.text(canon) if text is None else text
        if not self.filled(canon).any():
            return np.full(len(text), np.nan)
        values, keys = parse_numbers(pd.Series(text))
        keys = keys.to_numpy()
        refused = ~_isna(keys) if rows is None else ~_isna(keys) & rows
        for key in pd.unique(keys[refused]):
            self.flag(refused & (keys == key), self.title(canon), key, text)
        values = values.to_numpy()
        impossible = out_of_range(canon, values) if rows is None else out_of_range(canon, values) & rows
        if impossible.any():
            bounds = range_params(canon, "")
            self.flag(impossible, self.title(canon), OUT_OF_RANGE, text, field=self.title(canon),
                      low=bounds["low"], high=bounds["high"])
        return values

    def gpc(self, canon: str, rows: np.ndarray) -> np.ndarray:
        """GPC codes (spaces removed, upper case; 'i.1.1 ' is plainly I.1.1); unknown ones among
        `rows` are errors and come back as ''."""
        text = self.text(canon)
        known = set(self.ref.gpc)
        code = each_value(text, gpc_code)
        unknown = rows & each_value(code, lambda c: bool(c) and c not in known).astype(bool)
        self.flag(unknown, self.title(canon), "import.gpc_ref.unknown", text)
        code[unknown] = ""
        return code

    def parse(self, source: str) -> pd.DataFrame:
        """The records table of the whole file (errors collected in `self.errors`)."""
        cells, every = self.table.cells, np.ones(len(self.rows), dtype=bool)
        for index in range(len(self.table.header), cells.shape[1]):
            outside = cells[index].to_numpy(dtype=object)
            self.flag(outside != "", column_letter(index), "import.cell.outside", outside)
        out: dict[str, Any] = {}
        self.flag(~self.filled("gpc_ref"), self.title("gpc_ref"), "import.gpc_ref.required")
        out["gpc_ref"] = self.gpc("gpc_ref", every)
        out["year"] = self._year()
        out["quality"] = self._quality()
        out["extra"] = self._plant_type()
        for canon in FACTOR_COLUMNS + ("ef_co2e",) + TONNE_COLUMNS:
            out[canon] = self.number(canon)
        out["ef_co2e_gwp"] = self._co2e_factor(out)

        notation = self.filled("notation_key")
        tonnes = np.logical_or.reduce([self.filled(c) for c in TONNE_COLUMNS])
        is_activity = ~notation & (self.filled("activity") | self.filled("amount") | self.filled("unit"))
        reported = ~notation & ~is_activity & tonnes
        out["kind"] = np.select([notation, is_activity, reported], ["notation", "activity", "reported"], "").astype(object)
        self._notation(out, notation, self.filled("activity") | self.filled("amount") | tonnes)
        self._activity(out, is_activity)
        first = next((c for c in KIND_COLUMNS if c in self.columns), "activity")
        self.flag(~notation & ~is_activity & ~reported, self.title(first), "import.row.no_kind")
        for canon in TEXT_COLUMNS:
            out[canon] = self.text(canon)
        out["import_file"] = source
        out["import_row"] = self.rows
        return lean(out)

    def _year(self) -> pd.Series:
        text = self.text("year")
        year = each_value(text, _year)
        self.flag(self.filled("year") & _isna(year), self.title("year"), "import.year.invalid", text)
        if self.years is not None:  # a year the project does not hold (unless the import adds years)
            known = set(self.years)
            named = np.where(_isna(year), 0, year).astype(object)  # 0: no year (those rows go to the ChangeSet's)
            missing = each_value(named, lambda y: y != 0 and y not in known).astype(bool)
            self.flag(missing, self.title("year"), "import.year.not_in_project", text,
                      years=", ".join(map(str, sorted(known))))
        return pd.array(year, dtype="Int64")

    def _co2e_factor(self, out: dict) -> np.ndarray:
        """The GWP set a CO2e-only factor was published under (blank: not stated); a row giving a
        CO2e factor and a per-gas factor is an error (which would count?)."""
        text = self.text("ef_co2e_gwp")
        gwp = each_value(text, lambda v: next((g for g in GWP_SETS if g.casefold() == v.strip().casefold()), None))
        self.flag(self.filled("ef_co2e_gwp") & _isna(gwp), self.title("ef_co2e_gwp"), "import.ef_co2e_gwp.unknown", text,
                  allowed=", ".join(GWP_SETS))
        both = self.filled("ef_co2e") & np.logical_or.reduce([self.filled(c) for c in FACTOR_COLUMNS])
        self.flag(both, self.title("ef_co2e"), "import.ef_co2e.with_gases")
        self.flag(self.filled("ef_co2e_gwp") & ~self.filled("ef_co2e"), self.title("ef_co2e_gwp"), "import.ef_co2e_gwp.alone")
        return np.where(self.filled("ef_co2e"), gwp, None)

    def _quality(self) -> np.ndarray:
        text = self.text("quality")
        quality = each_value(text, lambda v: QUALITY_ALIASES.get(v.upper()))
        self.flag(self.filled("quality") & _isna(quality), self.title("quality"), "import.quality.unknown", text)
        return quality

    def _plant_type(self) -> np.ndarray:
        """The record's extra as JSON: {"plant_type": ...} when the optional column names one (I.4.4)."""
        plant = each_value(self.text("plant_type"), lambda v: v.strip().lower())
        unknown = each_value(plant, lambda v: bool(v) and v not in PLANT_TYPES).astype(bool)
        self.flag(unknown, self.title("plant_type"), "import.plant_type.unknown", plant, allowed=", ".join(PLANT_TYPES))
        return each_value(plant, lambda v: json.dumps({"plant_type": v}) if v in PLANT_TYPES else "{}")

    def _notation(self, out: dict, rows: np.ndarray, has_values: np.ndarray) -> None:
        text = self.text("notation_key")
        key = each_value(text, str.upper)
        column = self.title("notation_key")
        unknown = each_value(key, lambda k: k not in NotationKey.__members__).astype(bool)
        self.flag(rows & unknown, column, "import.notation.unknown", text)
        self.flag(rows & has_values, column, "import.notation.with_values", text, name="key")
        out["notation_key"] = np.where(rows, key, None)
        included = self.gpc("included_in", rows)
        self._included_from_explanation(rows & (key == "IE") & (included == ""), included)
        out["included_in"] = np.where(rows & (included != ""), included, None)

    def _included_from_explanation(self, rows: np.ndarray, included: np.ndarray) -> None:
        """IE rows without an 'included in' cell whose explanation names exactly one GPC row
        ('... already includes T&D losses (I.1.2)'): that row is where they are included, and the
        notes say so. Other IE rows keep no target (the checks warn)."""
        if not rows.any():
            return
        codes = re.compile(r"(?<![A-Za-z0-9.])(" + "|".join(re.escape(c) for c in sorted(self.ref.gpc, key=len, reverse=True))
                           + r")(?![0-9]|\.[0-9])")
        explanation = self.text("explanation")
        named = each_value(explanation, lambda text: tuple(dict.fromkeys(codes.findall(text))))
        for i in np.flatnonzero(rows):
            if len(named[i]) == 1:
                included[i] = named[i][0]
                self.notes.append(CellError(int(self.rows[i]), self.title("notation_key"),
                                            _msg("import.notation.included_in_read", row=named[i][0])))

    def _activity(self, out: dict, rows: np.ndarray) -> None:
        seen = np.zeros(len(rows), dtype=bool)
        for canon in TONNE_COLUMNS:  # which one would count? refuse rather than silently drop either
            with_tonnes = rows & ~seen & self.filled(canon)
            self.flag(with_tonnes, self.title(canon), "import.activity.with_tonnes")
            seen |= with_tonnes
        text = self.text("activity")
        code = np.where(rows, each_value(text, lambda v: self.ref.resolve_activity(v) if v else None), None)
        self.flag(rows & ~self.filled("activity"), self.title("activity"), "import.activity.required")
        self.flag(rows & self.filled("activity") & _isna(code), self.title("activity"), "import.activity.unknown", text)
        out["activity"] = code

        self.flag(rows & ~self.filled("amount"), self.title("amount"), "import.amount.required")
        amount, unit = self._amount_and_unit(rows)
        out["amount"] = np.where(rows, self.number("amount", rows, amount), np.nan)  # negative is syntax: the checks flag it

        self.flag(rows & (unit == ""), self.title("unit"), "import.unit.required")
        known = rows & (unit != "") & ~_isna(code)
        pair = np.where(known, code.astype(str) + "\x1f" + unit, "")  # one look-up per activity + unit
        read_as: dict[str, str] = {}

        def check(text: str) -> str | Message | None:
            if not text:
                return None
            activity, unit_text = text.split("\x1f", 1)  # a code holds no separator; a unit may
            try:
                return check_unit(activity, unit_text, self.ref)
            except UnitError as exc:
                if exc.message.key == "unit.gas_volume_bare" and self.gas_volume:
                    read_as[text] = with_conditions(unit_text, self.gas_volume) or ""
                    return read_as[text] or exc.message
                return exc.message

        codes, pairs = pd.factorize(pair.astype(object))
        checked = np.empty(len(pairs), dtype=object)
        checked[:] = [check(p) for p in pairs]
        result = checked[codes]
        refused = np.array([isinstance(r, Message) for r in checked], dtype=bool)[codes]
        for i in np.flatnonzero(refused):
            self.errors.append(CellError(int(self.rows[i]), self.title("unit"), result[i]))
        result[refused] = None
        out["unit"] = result
        for text, unit_name in read_as.items():  # said once per unit, at its first row
            first = int(self.rows[np.flatnonzero(pair == text)[0]])
            self.notes.append(CellError(first, self.title("unit"), _msg("import.unit.gas_volume_read_as", unit=text.split("\x1f", 1)[1],
                                                                      read_as=unit_name, rows=int((pair == text).sum()))))

    def _amount_and_unit(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The amount cells without a unit written after the number ('1,234 kWh'), and the unit of
        each row: the unit column, or that suffix where the unit column is blank. A suffix that
        disagrees with the unit column is an error."""
        amount, unit = self.text("amount"), self.text("unit")
        if not rows.any():
            return amount, unit
        # Only cells holding something besides digits, separators and signs can end in a unit (one
        # vectorised test; a province file's 100,000 plain amounts are not looked at one by one).
        candidates = rows & pd.Series(amount, dtype=object).str.contains(r"[^0-9.,+\- ]", regex=True).fillna(False).to_numpy(dtype=bool)
        if not candidates.any():
            return amount, unit
        parsed = np.full(len(amount), None, dtype=object)
        parsed[candidates] = each_value(amount[candidates], lambda v: None if _plain_number(v) else split_unit_suffix(v))
        suffixed = rows & ~_isna(parsed)
        if not suffixed.any():
            return amount, unit
        amount, unit = amount.copy(), unit.copy()
        for i in np.flatnonzero(suffixed):
            number, suffix = parsed[i]
            amount[i] = number
            if not unit[i]:
                unit[i] = suffix
            elif unit_catalogue().canonical(unit[i]) != unit_catalogue().canonical(suffix):
                self.errors.append(CellError(int(self.rows[i]), self.title("amount"), _msg(
                    "import.amount.unit_conflict", value=shown(self.text("amount")[i]), unit=shown(unit[i]))))
        return amount, unit



def _plain_number(text: str) -> bool:
    try:
        parse_number(text)
    except NumberTextError:
        return False
    return True


def _year(text: str) -> int | None:
    """A year between 1990 and 2100 ('2022' or Excel's '2022.0'), else None."""
    if re.fullmatch(r"[0-9]{4}(?:\.0*)?", text) and 1990 <= int(float(text)) <= 2100:
        return int(float(text))
    return None


def lean(columns: dict[str, Any]) -> pd.DataFrame:
    """The records table of the columns that hold something: a column that is all None, or all
    '' / '{}' where that is the stored default, is left out (the store binds only the columns a
    records table has, and the schema fills the rest). Text columns stay object columns."""
    kept = {}
    for name, values in columns.items():
        if isinstance(values, np.ndarray) and values.dtype == object:
            if name not in ("kind", "gpc_ref") and (_isna(values).all() or np.isin(values, ("", "{}")).all()):
                continue
            values = pd.Series(values, dtype=object)
        elif isinstance(values, np.ndarray) and values.dtype.kind == "f" and np.isnan(values).all():
            continue
        elif isinstance(values, pd.api.extensions.ExtensionArray) and values.isna().all():
            continue
        kept[name] = values
    return pd.DataFrame(kept)

