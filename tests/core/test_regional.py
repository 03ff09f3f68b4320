"""The regions' published inventories: loaded, validated, looked up by the nearest year."""

import pytest

from gcomdesk.core import regional
from gcomdesk.core.errors import ReferenceDataError
from gcomdesk.core.reference import load_reference
from gcomdesk.core.regional import load_regional

DATA = load_regional()
GYEONGNAM = "48"


def test_figures_against_the_source():
    # GIR regional inventory (06 KRF) as shown on the Gyeongnam carbon-neutrality portal,
    # github cmaruWeb/gcnc www/gyeongnam/emissions_b.php @17f8fea: 경남 광역, 2018,
    # 총배출량 64,448.60, 에너지 60,738.89, 간접(전력, 열) 합계 19,791.12 = 전력 19,648.80 + 열 142.32 Gg CO2eq.
    fig = DATA.figures[(GYEONGNAM, "direct", "TOTAL_EXCL_LULUCF", 2018)]
    assert fig.kt_co2e == pytest.approx(64_448.60)
    assert fig.confidence == "medium" and "cmaruWeb/gcnc" in fig.source and fig.gwp == "unstated"
    assert DATA.figures[(GYEONGNAM, "direct", "1", 2018)].kt_co2e == pytest.approx(60_738.89)
    electricity, heat = (DATA.figures[(GYEONGNAM, "indirect", c, 2018)].kt_co2e for c in ("ind.electricity", "ind.heat"))
    assert electricity + heat == pytest.approx(DATA.figures[(GYEONGNAM, "indirect", "ind.total", 2018)].kt_co2e)
    # the same page's 2010 sectors add up to its total: 71,499.47 + 560.56 + 2,526.82 + 1,153.26 = 75,740.11
    sectors = sum(DATA.figures[(GYEONGNAM, "direct", c, 2010)].kt_co2e for c in ("1", "2", "3", "5"))
    assert sectors == pytest.approx(75_740.10, abs=0.02)
    # the 2016-2020 trial (cmaruWeb/gcnc www/inc/map_info.php @0c59c76): 2018 residential fuel combustion 2,092.79
    assert DATA.figures[(GYEONGNAM, "direct", "1.A.4.b", 2018)].kt_co2e == pytest.approx(2_092.79)


def test_years_and_the_nearest_year_rule():
    # the page's 2013-2016 totals disagree with its own sectors, so they are not in the file
    assert DATA.years(GYEONGNAM, "direct", "TOTAL_EXCL_LULUCF") == [2010, 2011, 2012, 2017, 2018, 2019, 2020, 2021, 2022]
    assert DATA.nearest(GYEONGNAM, "direct", "TOTAL_EXCL_LULUCF", 2018).year == 2018
    assert DATA.nearest(GYEONGNAM, "direct", "TOTAL_EXCL_LULUCF", 2015).year == 2017  # 2 years off beats 3
    assert DATA.nearest(GYEONGNAM, "direct", "TOTAL_EXCL_LULUCF", 2030).year == 2022
    assert 2013 not in DATA.years(GYEONGNAM, "direct", "4")
    assert DATA.nearest(GYEONGNAM, "direct", "4", 2013).year == 2012  # 2012 and 2014 tie: the earlier wins
    assert DATA.nearest(GYEONGNAM, "direct", "1.A.4.a", 2023).year == 2020
    assert DATA.nearest("11", "direct", "1", 2020) is None  # no figure found for Seoul: the national figures apply


def test_codes_name_gpc_rows_and_every_figure_uses_them():
    codes = DATA.codes()
    assert codes["1.A.4.b"].gpc_rows == ("I.1.1",) and codes["ind.residential"].gpc_rows == ("I.1.2",)
    assert codes["1.A.4.a"].parent == "1.A.4" and codes["ind.electricity"].parent == "ind.total"
    gpc = load_reference().gpc
    assert all(ref in gpc for c in codes.values() for ref in c.gpc_rows)
    assert {(f.view, f.code) for f in DATA.figures.values()} <= {(c.view, c.code) for c in codes.values()}
    assert {f.region for f in DATA.figures.values()} <= set(load_reference().regions)


def _load_edited(tmp_path, monkeypatch, edit, name=regional.INVENTORY_FILE):
    for file in (regional.INVENTORY_FILE, regional.CODES_FILE):
        text = regional.resource_path("reference", file).read_text(encoding="utf-8")
        (tmp_path / "reference").mkdir(exist_ok=True)
        (tmp_path / "reference" / file).write_text(edit(text) if file == name else text, encoding="utf-8")
    monkeypatch.setattr(regional, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(ReferenceDataError) as err:
        regional._load_figures(regional._load_codes())
    return err.value


ROW_2018_ENERGY = "2018,48,direct,1,Energy (에너지),60738.89"


def _row_of(text: str, start: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if line.startswith(start))


def test_a_malformed_figure_names_file_row_and_column(tmp_path, monkeypatch):
    text = regional.resource_path("reference", regional.INVENTORY_FILE).read_text(encoding="utf-8")
    err = _load_edited(tmp_path, monkeypatch, lambda t: t.replace(ROW_2018_ENERGY, "2018,48,direct,1,Energy (에너지),6O738.89"))
    row = _row_of(text, ROW_2018_ENERGY)
    assert err.render("en") == (f"Reference file {regional.INVENTORY_FILE}, row {row}, column kt_co2eq: "
                                "'6O738.89' is not a number.")
    assert f"{row}행" in err.render("ko") and "kt_co2eq" in err.render("ko")


@pytest.mark.parametrize("edit, words", [
    (lambda t: t.replace("2018,48,direct,1,Energy", "2018,99,direct,1,Energy"), ("column region", "'99'")),
    (lambda t: t.replace("2018,48,direct,1,Energy", "2018,48,sideways,1,Energy"), ("column view", "'sideways'")),
    (lambda t: t.replace("2018,48,direct,1,Energy", "2018,48,direct,9.Z,Energy"), ("column code", "'9.Z'")),
    (lambda t: t.replace("2018,48,direct,1,Energy", "2018,48,indirect,1,Energy"), ("column view", "direct code")),
    (lambda t: t.replace("2018,48,direct,1,Energy", "2012,48,direct,1,Energy"), ("2012 is already given in row",)),
    (lambda t: t.replace(ROW_2018_ENERGY, "2018,48,direct,1,Energy (에너지),70738.89"),  # 1 + 2 + 3 + 5 > total
     ("2018", "1 + 2 + 3 + 5", "TOTAL_EXCL_LULUCF")),
])
def test_inconsistent_regional_file_is_a_clear_error(tmp_path, monkeypatch, edit, words):
    message = _load_edited(tmp_path, monkeypatch, edit).render("en")
    assert regional.INVENTORY_FILE in message and all(w in message for w in words), message


def test_children_within_rounding_pass_and_beyond_rounding_fail(tmp_path, monkeypatch):
    # 2018 electricity 19,648.80 + heat 142.32 = 19,791.12 = ind.total: a cent more is still rounding
    # (three figures to 0.01 may be off by 0.015 together); ten cents more is not
    ok = regional.resource_path("reference", regional.INVENTORY_FILE).read_text(encoding="utf-8")
    ok = ok.replace("ind.heat,Heat (열),142.32", "ind.heat,Heat (열),142.33")
    (tmp_path / "reference").mkdir()
    for file, text in ((regional.INVENTORY_FILE, ok), (regional.CODES_FILE, None)):
        text = text or regional.resource_path("reference", file).read_text(encoding="utf-8")
        (tmp_path / "reference" / file).write_text(text, encoding="utf-8")
    monkeypatch.setattr(regional, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    assert regional._load_figures(regional._load_codes())[("48", "indirect", "ind.heat", 2018)].kt_co2e == 142.33
    (tmp_path / "reference" / regional.INVENTORY_FILE).write_text(ok.replace("142.33", "142.42"), encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="ind.electricity \\+ ind.heat"):
        regional._load_figures(regional._load_codes())


def test_a_code_with_an_unknown_parent_or_gpc_row_is_a_clear_error(tmp_path, monkeypatch):
    for edit, column in ((lambda t: t.replace("1.A.4.b,direct,1.A.4,", "1.A.4.b,direct,1.A.9,"), "parent"),
                         (lambda t: t.replace("Residential,가정,I.1.1,", "Residential,가정,I.9.9,"), "gpc_rows")):
        message = _load_edited(tmp_path, monkeypatch, edit, name=regional.CODES_FILE).render("en")
        assert regional.CODES_FILE in message and f"column {column}" in message, message
