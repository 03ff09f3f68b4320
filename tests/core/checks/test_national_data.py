"""The national inventory and population proxies: loaded, validated, looked up."""

import pytest

from gcomdesk.core import national
from gcomdesk.core.errors import ReferenceDataError
from gcomdesk.core.national import load_national, region_short_names
from tests.core.checks.builders import REF

DATA = load_national()


def test_years_and_nearest_year():
    assert DATA.years == [2018, 2019, 2020, 2021, 2022]
    assert (DATA.nearest_year(2022), DATA.nearest_year(2024), DATA.nearest_year(2010)) == (2022, 2022, 2018)


def test_figures_in_tonnes_and_basis():
    assert DATA.tonnes(("1.A.3.b",), 2022) == pytest.approx(95_093_354)
    assert DATA.tonnes(("1.A.2.d",), 2022) == pytest.approx(2_673_303)
    assert DATA.tonnes(("1.A.3.b", "9.Z"), 2022) is None  # a code the nation does not publish: no comparison
    assert DATA.basis_of(2022) == ("2006", "AR5")


def test_every_region_has_populations_and_short_names_map_to_codes():
    short = region_short_names(REF)
    assert (short["서울"], short["충북"], short["충남"], short["전남"], short["경남"]) == ("11", "43", "44", "46", "48")
    regions = {code for code, _ in DATA.region_population}
    assert regions == {r.code for r in REF.regions.values() if not r.pending}
    assert DATA.region_population_of("44", 2022) == (2021, DATA.region_population[("44", 2021)])
    assert DATA.region_population_of("12", 2022) is None  # the pending merger has no figures


def test_regions_sum_to_the_nation():
    for year in (2018, 2019, 2020, 2021):
        total = sum(v for (_, y), v in DATA.region_population.items() if y == year)
        assert total == DATA.population[year]


@pytest.mark.parametrize("edit, message", [
    (lambda t: t.replace("2022,2006,AR5,1,Energy,551889.326", "2022,2006,AR5,1,Energy,651889.326"), "2022"),
    (lambda t: t.replace("2022,2006,AR5,5,Waste,18189.174", "2022,2006,AR5,5,Waste,lots"), "lots"),
])
def test_inconsistent_national_file_is_a_clear_error(tmp_path, monkeypatch, edit, message):
    original = national.resource_path("reference", national.INVENTORY_FILE).read_text(encoding="utf-8")
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / national.INVENTORY_FILE).write_text(edit(original), encoding="utf-8")
    monkeypatch.setattr(national, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(ReferenceDataError) as err:
        national._load_figures()
    assert message in err.value.render("en") and national.INVENTORY_FILE in err.value.render("ko")


def test_unknown_region_in_proxies_is_a_clear_error(tmp_path, monkeypatch):
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / national.PROXIES_FILE).write_text(
        "year,region,indicator,value,unit,source,confidence\n"
        "2021,KR,population_resident_registration_yearend,100,persons,x,high\n"
        "2021,한빛,population_resident_registration_yearend,10,persons,x,high\n", encoding="utf-8")
    monkeypatch.setattr(national, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(ReferenceDataError) as err:
        national._load_population(REF)
    assert "한빛" in err.value.render("en")
