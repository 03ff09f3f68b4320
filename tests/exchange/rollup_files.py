"""Three municipal inventories of 충청남도 (region 44), 2022, for the roll-up tests.

Hand figures (KR-GIR-2022 consumption-side grid factor, resources/reference/electricity_kr.csv:
0.4747 t CO2, 0.0125 kg CH4, 0.0100 kg N2O per MWh; GIR approval 2022):
  가시: I.1.2 1,000 MWh -> CO2 474.7 t, CH4 0.0125 t, N2O 0.0100 t;
        I.3.1 reported 한빛제철: CO2 5,000 t, CH4 1 t, N2O 0.5 t
  나시: I.1.2 2,000 MWh -> CO2 949.4 t, CH4 0.025 t, N2O 0.020 t; I.3.1 reported 나공장: CO2 300 t
  다시: I.2.2 500 MWh  -> CO2 237.35 t, CH4 0.00625 t, N2O 0.005 t;
        I.4.4 reported 다발전소: CO2 100,000 t (territorial only: the province's own, never summed)
"""

from __future__ import annotations

from pathlib import Path

from gcomdesk.core.model import Record, new_profile
from gcomdesk.core.reference import load_reference
from gcomdesk.store.changes import ChangeSet
from gcomdesk.store.project import Project

EDITION = "KR-GIR-2022"


def municipal_file(path: Path, name: str, records: list[Record], year: int = 2022, gwp: str = "AR5",
                   region: str = "44", population: int = 100_000) -> Path:
    """A municipal inventory holding `records` in `year`."""
    profile = new_profile(load_reference(), name_ko=name, region_code=region, year=year, population=population,
                          gwp_set=gwp, electricity_edition=EDITION)
    with Project.create(path, profile, user="test") as project:
        project.apply(ChangeSet(add=records), user="test")
    return path


def electricity(ref_no: str, mwh: float, year: int = 2022) -> Record:
    return Record(kind="activity", gpc_ref=ref_no, year=year, activity="electricity", amount=mwh, unit="MWh",
                  data_source="KEPCO", quality="M")


def reported(ref_no: str, facility: str, year: int = 2022, **gases) -> Record:
    return Record(kind="reported", gpc_ref=ref_no, year=year, facility=facility, data_source="명세서", quality="M", **gases)


def three(folder: Path, ga_mwh: float = 1000.0, na_facility: str = "나공장", da_gwp: str = "AR5",
          da_year: int = 2022) -> list[Path]:
    """가시, 나시, 다시 as above (options plant the findings the tests look for)."""
    return [
        municipal_file(folder / "ga.gcdx", "가시", [electricity("I.1.2", ga_mwh),
                                                      reported("I.3.1", "한빛제철", co2_t=5000.0, ch4_t=1.0, n2o_t=0.5)]),
        municipal_file(folder / "na.gcdx", "나시", [electricity("I.1.2", 2000.0), reported("I.3.1", na_facility, co2_t=300.0)]),
        municipal_file(folder / "da.gcdx", "다시", [electricity("I.2.2", 500.0, da_year),
                                                      reported("I.4.4", "다발전소", da_year, co2_t=100_000.0)],
                       year=da_year, gwp=da_gwp),
    ]
