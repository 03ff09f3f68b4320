"""The reference library loads, holds what the published tables hold, and refuses malformed files."""

import shutil

import pytest

from gcomdesk.core import reference
from gcomdesk.core.errors import ReferenceDataError
from gcomdesk.paths import resource_path


def test_library_contents():
    ref = reference.load_reference()
    assert len(ref.gpc) == 53
    assert ref.gpc["I.4.4"].in_scope1_territorial and not ref.gpc["I.4.4"].in_basic
    assert ref.gpc["III.1.2"].in_basic and ref.gpc["III.1.2"].scope == 3
    assert ref.gwp["AR5"]["CH4"] == 28 and ref.gwp["SAR"]["N2O"] == 310
    assert ref.fuels["diesel"].ncv_mj_per_unit == 35.2
    assert ref.resolve_activity("경유") == "diesel"
    assert ref.resolve_activity(" 도시가스 ") == "city_gas_lng"
    assert ref.resolve_activity("전력") == "electricity"
    assert ref.resolve_activity("jet fuel?") is None
    assert len([r for r in ref.regions.values() if not r.pending]) == 17


@pytest.mark.parametrize(("year", "edition"), [(2019, "KR-GIR-2014-16"), (2021, "KR-GIR-2014-16"),
                                               (2022, "KR-GIR-2022"), (2023, "KR-2023"), (2030, "KR-2023")])
def test_default_electricity_edition(year, edition):
    assert reference.load_reference().default_electricity_edition(year) == edition


@pytest.fixture
def broken_copy(tmp_path, monkeypatch):
    """A copy of the reference folder that a test may damage; the cache is cleared around it."""
    folder = tmp_path / "reference"
    shutil.copytree(resource_path("reference"), folder)
    monkeypatch.setattr(reference, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    reference.load_reference.cache_clear()
    yield folder
    reference.load_reference.cache_clear()


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_non_numeric_factor_is_a_clear_error(broken_copy):
    _replace(broken_copy / "fuels.csv", "35.2", "35.2x")
    with pytest.raises(ReferenceDataError) as info:
        reference.load_reference()
    text = info.value.render("en")
    assert "fuels.csv" in text and "ncv_MJ_per_unit" in text and "35.2x" in text
    assert "fuels.csv" in info.value.render("ko")


def test_missing_file_is_a_clear_error(broken_copy):
    (broken_copy / "gwp.csv").unlink()
    with pytest.raises(ReferenceDataError) as info:
        reference.load_reference()
    assert "gwp.csv" in info.value.render("en")


def test_missing_gpc_row_is_detected(broken_copy):
    path = broken_copy / "gpc_rows.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(line for line in lines if not line.startswith("I.6.3,")) + "\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError) as info:
        reference.load_reference()
    assert info.value.message.key == "reference.count"


def test_missing_gas_default_is_detected(broken_copy):
    path = broken_copy / "ch4_n2o_defaults.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(line for line in lines if not line.startswith("Petroleum coke,residential")) + "\n",
                    encoding="utf-8")
    with pytest.raises(ReferenceDataError) as info:
        reference.load_reference()
    assert info.value.message.key == "reference.gas_default"
