"""Korea's national figures the checks compare a local inventory with: the national inventory by
IPCC 2006 category (kt CO2e, AR5, 2006-Guidelines basis) and the population proxies (national and
the 17 regions'). Loaded from `resources/reference/` once and validated at load, like the reference
library: a malformed file is a clear start-up error, never a silent wrong comparison."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from gcomdesk.core.errors import ReferenceDataError
from gcomdesk.core.reference import ReferenceLibrary, load_reference, parse_reference_number, read_csv_rows
from gcomdesk.paths import resource_path

INVENTORY_FILE = "national_inventory_kr.csv"
PROXIES_FILE = "proxies_kr.csv"
POPULATION_INDICATOR = "population_resident_registration_yearend"
NATIONAL_REGION = "KR"
# The national total excluding LULUCF must equal the sum of these sector totals (checked at load).
TOTAL_CODE, SECTOR_CODES = "TOTAL_EXCL_LULUCF", ("1", "2", "3", "5")
TOTAL_TOLERANCE = 1e-4  # relative; the published sector totals are rounded to 1 t


@dataclass(frozen=True)
class NationalFigure:
    """One published national figure: a category's emissions in one year (kt CO2e)."""

    year: int
    code: str
    name: str
    kt_co2e: float | None  # None where the publication leaves the cell blank
    basis: str
    gwp: str
    source: str
    confidence: str


@dataclass(frozen=True)
class NationalData:
    """The national inventory and population proxies, keyed for lookup."""

    figures: dict[tuple[int, str], NationalFigure]
    population: dict[int, int]  # national resident population by year
    region_population: dict[tuple[str, int], int]  # (region code, year) -> persons

    @property
    def years(self) -> list[int]:
        """Years the national inventory covers, ascending."""
        return sorted({year for year, _ in self.figures})

    def nearest_year(self, year: int) -> int:
        """The inventory year itself if the nation published it, else the nearest one (earlier on a tie)."""
        return min(self.years, key=lambda y: (abs(y - int(year)), y))

    def figure(self, code: str, year: int) -> NationalFigure | None:
        """The national figure of `code` in `year` (exact year), or None."""
        return self.figures.get((int(year), code))

    def tonnes(self, codes: tuple[str, ...] | list[str], year: int) -> float | None:
        """Sum of the national figures of `codes` in `year`, in tonnes CO2e; None if any is unknown."""
        total = 0.0
        for code in codes:
            fig = self.figure(code, year)
            if fig is None or fig.kt_co2e is None:
                return None
            total += fig.kt_co2e * 1000.0
        return total

    def basis_of(self, year: int) -> tuple[str, str]:
        """(guidelines basis, GWP set) of the figures of `year`, e.g. ('2006', 'AR5')."""
        fig = self.figure(TOTAL_CODE, year) or next(f for (y, _), f in self.figures.items() if y == year)
        return fig.basis, fig.gwp

    def national_population(self, year: int) -> tuple[int, int] | None:
        """(year used, persons): the nation's population in `year`, or the nearest year published."""
        return _nearest(self.population, year)

    def region_population_of(self, region_code: str, year: int) -> tuple[int, int] | None:
        """(year used, persons) of a region in `year` or the nearest year published, or None."""
        series = {y: v for (code, y), v in self.region_population.items() if code == region_code}
        return _nearest(series, year)


def _nearest(series: dict[int, int], year: int) -> tuple[int, int] | None:
    if not series:
        return None
    used = min(series, key=lambda y: (abs(y - int(year)), y))
    return used, series[used]


def _read(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    return read_csv_rows(resource_path("reference", name), columns)


def _int(text: str, name: str, row: int, column: str) -> int:
    try:
        return int(str(text).strip())
    except ValueError:
        raise ReferenceDataError("reference.number", file=name, row=row, column=column, value=text) from None


def _load_figures() -> dict[tuple[int, str], NationalFigure]:
    name = INVENTORY_FILE
    rows = _read(name, ("year", "basis", "gwp", "code", "name", "kt_co2eq", "source", "confidence"))
    figures: dict[tuple[int, str], NationalFigure] = {}
    for i, r in enumerate(rows, start=2):
        year = _int(r["year"], name, i, "year")
        code = r["code"].strip()
        if not code or (year, code) in figures:
            raise ReferenceDataError("reference.value", file=name, row=i, column="code", value=code)
        figures[(year, code)] = NationalFigure(
            year=year, code=code, name=r["name"], kt_co2e=parse_reference_number(r["kt_co2eq"], name, i, "kt_co2eq", optional=True),
            basis=r["basis"].strip(), gwp=r["gwp"].strip(), source=r["source"], confidence=r["confidence"])
    for year in sorted({y for y, _ in figures}):
        parts = [figures.get((year, c)) for c in (TOTAL_CODE, *SECTOR_CODES)]
        if any(p is None or p.kt_co2e is None for p in parts):
            raise ReferenceDataError("national.load.sectors", file=name, year=year,
                                     codes=", ".join((TOTAL_CODE, *SECTOR_CODES)))
        total, sectors = parts[0].kt_co2e, sum(p.kt_co2e for p in parts[1:])
        if abs(total - sectors) > TOTAL_TOLERANCE * abs(total):
            raise ReferenceDataError("national.load.total", file=name, year=year, total=total, sectors=round(sectors, 3))
    return figures


def region_short_names(ref: ReferenceLibrary) -> dict[str, str]:
    """Map the short region names statistics use (서울, 충북, 전남...) to region codes.

    A short name is the start of the full name (서울 -> 서울특별시) or, for provinces, its first and
    third syllables (충북 -> 충청북도). Pending regions (a merger not yet in force) are left out."""
    candidates: dict[str, set[str]] = {}
    for region in ref.regions.values():
        if region.pending:
            continue
        full = region.name_ko
        forms = {full[:2]} | ({full[0] + full[2]} if len(full) == 4 and full.endswith("도") else set())
        for form in forms:
            candidates.setdefault(form, set()).add(region.code)
    names = {form: codes.pop() for form, codes in candidates.items() if len(codes) == 1}  # 충청 is ambiguous
    return names


def _load_population(ref: ReferenceLibrary) -> tuple[dict[int, int], dict[tuple[str, int], int]]:
    name = PROXIES_FILE
    rows = _read(name, ("year", "region", "indicator", "value", "unit", "source", "confidence"))
    short = region_short_names(ref)
    national: dict[int, int] = {}
    regional: dict[tuple[str, int], int] = {}
    for i, r in enumerate(rows, start=2):
        if r["indicator"].strip() != POPULATION_INDICATOR:
            continue  # other proxies (households, vehicles...) are not used by the checks
        year = _int(r["year"], name, i, "year")
        value = parse_reference_number(r["value"], name, i, "value")
        if value is None or value <= 0:
            raise ReferenceDataError("reference.number", file=name, row=i, column="value", value=r["value"])
        region = r["region"].strip()
        if region == NATIONAL_REGION:
            national[year] = int(value)
        elif region in short:
            regional[(short[region], year)] = int(value)
        else:
            raise ReferenceDataError("reference.value", file=name, row=i, column="region", value=region)
    if not national:
        raise ReferenceDataError("reference.count", file=name, expected="national population rows", found=0)
    return national, regional


@lru_cache(maxsize=1)
def load_national() -> NationalData:
    """Load and validate the national inventory and population proxies (cached per process)."""
    national, regional = _load_population(load_reference())
    return NationalData(figures=_load_figures(), population=national, region_population=regional)
