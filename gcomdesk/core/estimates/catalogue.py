"""What each GPC row is estimated from, as data: resources/estimates/rows.csv (the method, the
national categories, the proxies in order of preference, the KEPCO sales of a scope-2 row, the
notation key of a row no share describes), resources/estimates/proxies.csv (each proxy's national
series in reference/proxies_kr.csv and where the local value comes from). Validated at load like
the reference library: a malformed row is a clear start-up error, never a silent wrong estimate."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from gcomdesk.core.csvfiles import read_csv_rows
from gcomdesk.core.errors import ReferenceDataError
from gcomdesk.core.national import NATIONAL_REGION, PROXIES_FILE, NationalData, load_national
from gcomdesk.core.reference import ReferenceLibrary, load_reference, parse_reference_number
from gcomdesk.paths import resource_path

ROWS_FILE, PROXIES_DEF_FILE = "rows.csv", "proxies.csv"
METHODS = ("scale", "grid_sales", "notation")
SALES_UNIT = "GWh"  # KEPCO's sales in proxies_kr.csv; an estimate enters MWh


@dataclass(frozen=True)
class EstimateRow:
    """How one GPC row is estimated."""

    gpc_ref: str
    method: str  # METHODS
    national_codes: tuple[str, ...]  # scale: the national (and regional) categories summed; '-' subtracts one
    proxies: tuple[str, ...]  # in order of preference; the first with a local value is used
    sales: tuple[str, ...]  # grid_sales: the KEPCO sales indicators summed
    included_in: str  # notation: the row an IE key points to (NE when that row holds nothing)
    reason_en: str
    reason_ko: str
    source: str

    def reason(self, lang: str) -> str:
        """Why this row is estimated this way, in `lang`."""
        return self.reason_ko if lang == "ko" else self.reason_en


@dataclass(frozen=True)
class ProxyDef:
    """A proxy: its national series and where the local value comes from."""

    name: str
    indicator: str
    national_factor: float  # national value x factor is in the local value's unit (GDP trillion -> billion)
    profile_field: str  # the profile field holding the local value ('' = the officer gives it)
    unit_en: str
    unit_ko: str
    label_en: str
    label_ko: str

    def label(self, lang: str) -> str:
        """The proxy's name in `lang`."""
        return self.label_ko if lang == "ko" else self.label_en

    def unit(self, lang: str) -> str:
        """The local value's unit in `lang`."""
        return self.unit_ko if lang == "ko" else self.unit_en


@dataclass(frozen=True)
class SeriesPoint:
    """One published national value of an indicator."""

    year: int
    value: float
    unit: str
    source: str


@dataclass(frozen=True)
class EstimateCatalogue:
    """The rows, the proxies and the national series they need."""

    rows: dict[str, EstimateRow]
    proxies: dict[str, ProxyDef]
    series: dict[str, dict[int, SeriesPoint]]  # indicator -> year -> national value

    def nearest(self, indicator: str, year: int) -> SeriesPoint:
        """The national value of `indicator` in `year`, else the nearest year (earlier on a tie)."""
        points = self.series[indicator]
        return points[min(points, key=lambda y: (abs(y - int(year)), y))]


def signed(code: str) -> tuple[float, str]:
    """(+1 or -1, the category) of a code of rows.csv ('-1.A.2.g.v' subtracts 1.A.2.g.v)."""
    return (-1.0, code[1:]) if code.startswith("-") else (1.0, code)


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in (text or "").split(";") if part.strip())


def _rows(ref: ReferenceLibrary, national: NationalData, proxies: dict[str, ProxyDef]) -> dict[str, EstimateRow]:
    name = ROWS_FILE
    rows: dict[str, EstimateRow] = {}
    columns = ("gpc_ref", "method", "national_codes", "proxies", "sales", "included_in", "reason_en", "reason_ko", "source")
    codes = {code for _, code in national.figures}
    for i, r in enumerate(read_csv_rows(resource_path("estimates", name), columns), start=2):
        row = EstimateRow(r["gpc_ref"].strip(), r["method"].strip(), _split(r["national_codes"]), _split(r["proxies"]),
                          _split(r["sales"]), r["included_in"].strip(), r["reason_en"].strip(), r["reason_ko"].strip(),
                          r["source"].strip())

        def bad(column: str, value: str, row_no: int = i) -> ReferenceDataError:
            return ReferenceDataError("reference.value", file=name, row=row_no, column=column, value=value)

        if row.gpc_ref not in ref.gpc or row.gpc_ref in rows:
            raise bad("gpc_ref", row.gpc_ref)
        if row.method not in METHODS:
            raise bad("method", row.method)
        if row.method == "scale" and not row.national_codes:
            raise bad("national_codes", "")
        if unknown := [c for c in row.national_codes if c.lstrip("-") not in codes]:
            raise bad("national_codes", unknown[0])
        if row.method != "notation" and not row.proxies:
            raise bad("proxies", "")
        if unknown := [p for p in row.proxies if p not in proxies]:
            raise bad("proxies", unknown[0])
        if row.method == "grid_sales" and not row.sales:
            raise bad("sales", "")
        if row.included_in and row.included_in not in ref.gpc:
            raise bad("included_in", row.included_in)
        if not (row.reason_en and row.reason_ko):
            raise bad("reason_en" if not row.reason_en else "reason_ko", "")
        rows[row.gpc_ref] = row
    return rows


def _proxies() -> dict[str, ProxyDef]:
    name = PROXIES_DEF_FILE
    columns = ("name", "indicator", "national_factor", "profile_field", "unit_en", "unit_ko", "label_en", "label_ko")
    out = {}
    for i, r in enumerate(read_csv_rows(resource_path("estimates", name), columns), start=2):
        factor = parse_reference_number(r["national_factor"], name, i, "national_factor")
        out[r["name"].strip()] = ProxyDef(r["name"].strip(), r["indicator"].strip(), factor, r["profile_field"].strip(),
                                          r["unit_en"], r["unit_ko"], r["label_en"], r["label_ko"])
    return out


def _series(indicators: set[str]) -> dict[str, dict[int, SeriesPoint]]:
    name = PROXIES_FILE
    rows = read_csv_rows(resource_path("reference", name), ("year", "region", "indicator", "value", "unit", "source"))
    series: dict[str, dict[int, SeriesPoint]] = {indicator: {} for indicator in indicators}
    for i, r in enumerate(rows, start=2):
        indicator = r["indicator"].strip()
        if r["region"].strip() != NATIONAL_REGION or indicator not in series:
            continue
        value = parse_reference_number(r["value"], name, i, "value")
        if value is None or value <= 0:
            raise ReferenceDataError("reference.number", file=name, row=i, column="value", value=r["value"])
        series[indicator][int(r["year"])] = SeriesPoint(int(r["year"]), value, r["unit"].strip(), r["source"].strip())
    for indicator, points in series.items():
        if not points:
            raise ReferenceDataError("reference.count", file=name, expected=f"national '{indicator}'", found=0)
    return series


@lru_cache(maxsize=1)
def load_catalogue() -> EstimateCatalogue:
    """Load and validate the estimate rows, the proxies and their national series (cached)."""
    proxies = _proxies()
    rows = _rows(load_reference(), load_national(), proxies)
    indicators = {p.indicator for p in proxies.values()} | {s for row in rows.values() for s in row.sales}
    series = _series(indicators)
    for row in rows.values():
        for indicator in row.sales:
            if any(p.unit.split()[0] != SALES_UNIT for p in series[indicator].values()):
                raise ReferenceDataError("reference.value", file=PROXIES_FILE, row=0, column="unit", value=indicator)
    return EstimateCatalogue(rows, proxies, series)
