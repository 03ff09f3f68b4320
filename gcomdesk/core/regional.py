"""The regions' (시·도) published inventories: the GIR's regional direct emissions by IPCC 2006
category and indirect (electricity and heat consumed) emissions, kt CO2e per region and year, with
the codes they use and the GPC rows each code feeds. Loaded from `resources/reference/` once and
validated at load, like the national inventory: a malformed file is a clear start-up error, never a
silent wrong estimate. A region the publications found do not cover simply has no figures; the
estimates then fall back to the national inventory."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from gcomdesk.core.errors import ReferenceDataError
from gcomdesk.core.reference import load_reference, parse_reference_number, read_csv_rows
from gcomdesk.paths import resource_path

INVENTORY_FILE = "regional_inventory_kr.csv"
CODES_FILE = "regional_codes.csv"
VIEWS = ("direct", "indirect")
CONFIDENCE = ("high", "medium", "low")

Key = tuple[str, str, str, int]  # (region, view, code, year)


@dataclass(frozen=True)
class RegionalCode:
    """One code of the regional tables: its view, parent code, names and the GPC rows it feeds."""

    code: str
    view: str
    parent: str  # '' for a top-level code; children of a parent never add up to more than it
    name_en: str
    name_ko: str
    gpc_rows: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class RegionalFigure:
    """One published regional figure: a region's emissions in one category and year (kt CO2e)."""

    year: int
    region: str
    view: str
    code: str
    name: str
    kt_co2e: float
    gwp: str
    source: str
    confidence: str


@dataclass(frozen=True)
class RegionalData:
    """The regional figures keyed (region, view, code, year), and the codes they use."""

    figures: dict[Key, RegionalFigure]
    code_table: dict[str, RegionalCode]

    def years(self, region: str, view: str, code: str) -> list[int]:
        """Years for which `region` publishes `code` in `view`, ascending."""
        return sorted(y for (r, v, c, y) in self.figures if (r, v, c) == (region, view, code))

    def nearest(self, region: str, view: str, code: str, year: int) -> RegionalFigure | None:
        """The figure of `year`, else of the nearest published year (earlier on a tie); None if none."""
        years = self.years(region, view, code)
        if not years:
            return None
        used = min(years, key=lambda y: (abs(y - int(year)), y))
        return self.figures[(region, view, code, used)]

    def codes(self) -> dict[str, RegionalCode]:
        """Every code of the regional tables, as listed in regional_codes.csv."""
        return self.code_table


def _read(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    return read_csv_rows(resource_path("reference", name), columns)


def _choice(text: str, allowed: Container[str], name: str, row: int, column: str) -> str:
    value = (text or "").strip()
    if value not in allowed:
        raise ReferenceDataError("reference.value", file=name, row=row, column=column, value=value)
    return value


def _load_codes() -> dict[str, RegionalCode]:
    name = CODES_FILE
    rows = _read(name, ("code", "view", "parent", "name_en", "name_ko", "gpc_rows", "note"))
    gpc = load_reference().gpc
    codes: dict[str, RegionalCode] = {}
    for i, r in enumerate(rows, start=2):
        code = r["code"].strip()
        if not code or code in codes:
            raise ReferenceDataError("reference.value", file=name, row=i, column="code", value=code)
        refs = tuple(ref.strip() for ref in r["gpc_rows"].split(";") if ref.strip())
        for ref in refs:
            _choice(ref, gpc, name, i, "gpc_rows")
        codes[code] = RegionalCode(code=code, view=_choice(r["view"], VIEWS, name, i, "view"), parent=r["parent"].strip(),
                                   name_en=r["name_en"], name_ko=r["name_ko"], gpc_rows=refs, note=r["note"])
    for i, c in enumerate(codes.values(), start=2):
        parent = codes.get(c.parent)
        if c.parent and (parent is None or parent.view != c.view):
            raise ReferenceDataError("reference.value", file=name, row=i, column="parent", value=c.parent)
    return codes


def _half_unit(text: str) -> Decimal:
    """Half a unit of the last digit a figure is published to: its rounding."""
    exponent = int(Decimal(text.strip()).as_tuple().exponent)  # the text parsed as a number before
    return Decimal(5) * Decimal(10) ** (exponent - 1)


def _load_figures(codes: dict[str, RegionalCode]) -> dict[Key, RegionalFigure]:
    name = INVENTORY_FILE
    rows = _read(name, ("year", "region", "view", "code", "name", "kt_co2eq", "gwp", "source", "confidence"))
    regions = load_reference().regions
    figures: dict[Key, RegionalFigure] = {}
    first_row: dict[Key, int] = {}
    rounding: dict[Key, Decimal] = {}
    for i, r in enumerate(rows, start=2):
        year_value = parse_reference_number(r["year"], name, i, "year")
        if year_value is None or year_value != int(year_value):
            raise ReferenceDataError("reference.number", file=name, row=i, column="year", value=r["year"])
        year = int(year_value)
        region = _choice(r["region"], regions, name, i, "region")
        view = _choice(r["view"], VIEWS, name, i, "view")
        code = _choice(r["code"], codes, name, i, "code")
        if codes[code].view != view:
            raise ReferenceDataError("regional.load.code_view", file=name, row=i, code=code, expected=codes[code].view,
                                     value=view)
        kt = parse_reference_number(r["kt_co2eq"], name, i, "kt_co2eq")
        key = (region, view, code, year)
        if key in figures:
            raise ReferenceDataError("regional.load.duplicate", file=name, row=i, first=first_row[key], region=region,
                                     view=view, code=code, year=year)
        figures[key] = RegionalFigure(year=year, region=region, view=view, code=code, name=r["name"], kt_co2e=kt,
                                      gwp=r["gwp"].strip(), source=r["source"],
                                      confidence=_choice(r["confidence"], CONFIDENCE, name, i, "confidence"))
        first_row[key], rounding[key] = i, _half_unit(r["kt_co2eq"])
    _check_children(figures, codes, rounding)
    return figures


def _check_children(figures: dict[Key, RegionalFigure], codes: dict[str, RegionalCode],
                    rounding: dict[Key, Decimal]) -> None:
    """Where a region-year publishes a parent and all its children, the children must not add up
    to more than the parent beyond the rounding of the figures involved."""
    children: dict[str, list[str]] = {}
    for c in codes.values():
        if c.parent:
            children.setdefault(c.parent, []).append(c.code)
    for (region, view, code, year), parent in figures.items():
        keys = [(region, view, child, year) for child in children.get(code, [])]
        if not keys or any(k not in figures for k in keys):
            continue
        total = sum(figures[k].kt_co2e for k in keys)
        tolerance = float(rounding[(region, view, code, year)] + sum(rounding[k] for k in keys))
        if total - parent.kt_co2e > tolerance:
            raise ReferenceDataError("regional.load.children", file=INVENTORY_FILE, region=region, view=view, year=year,
                                     parent=code, parent_kt=parent.kt_co2e, children=" + ".join(k[2] for k in keys),
                                     total=round(total, 3))


@lru_cache(maxsize=1)
def load_regional() -> RegionalData:
    """Load and validate the regional inventories and their codes (cached per process)."""
    codes = _load_codes()
    return RegionalData(figures=_load_figures(codes), code_table=codes)
