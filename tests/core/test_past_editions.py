"""Grid-electricity editions of past years (resources/reference/electricity_kr.csv): which edition
each inventory year takes by default, the warning when a year uses an edition published for another
period, and one MWh by hand with the 2011 approval."""

from __future__ import annotations

import pytest

from gcomdesk.core.analysis import analyse
from gcomdesk.core.model import Record, new_profile
from gcomdesk.core.reference import load_reference
from tests.core.helpers import frame

REF = load_reference()
DEFAULTS = {**{y: "KR-GIR-2011" for y in range(2010, 2017)}, **{y: "KR-GIR-2014-16" for y in range(2017, 2022)},
            2022: "KR-GIR-2022", 2023: "KR-2023", 2024: "KR-2023", 2025: "KR-2023"}


@pytest.mark.parametrize("year, edition", sorted(DEFAULTS.items()))
def test_each_year_takes_the_edition_published_for_it(year, edition):
    assert REF.default_electricity_edition(year) == edition


def test_the_2011_approval_is_marked_unverified_and_published_for_2011_to_2017():
    edition = REF.electricity["KR-GIR-2011"]
    assert edition.confidence.startswith("unverified") and edition.period() == "2011-2017"
    assert REF.electricity["KR-GIR-2014-16"].period() == "2017-2021"


def findings(year: int, edition: str):
    profile = new_profile(REF, name_ko="시험시", region_code="11", year=year, population=10_000,
                          electricity_edition=edition)
    records = frame(Record("activity", "I.1.2", year=year, activity="electricity", amount=1.0, unit="MWh",
                                    data_source="KEPCO", quality="H"))
    analysis = analyse(records, profile, REF)
    return analysis, [f for f in analysis.findings if f.rule == "basis.electricity_edition"]


def test_a_year_using_an_edition_published_for_another_period_is_warned():
    _, found = findings(2014, "KR-GIR-2014-16")  # the 2014-16 average, approved in 2017, on a 2014 inventory
    text = found[0].message.render("en")
    assert "2014" in text and "KR-GIR-2014-16" in text and "2017-2021" in text and "KR-GIR-2011" in text
    assert "2017-2021년용" in found[0].message.render("ko")
    _, found = findings(2022, "KR-GIR-2011")
    assert found and "2011-2017" in found[0].message.render("en") and "KR-GIR-2022" in found[0].message.render("en")
    assert findings(2014, "KR-GIR-2011")[1] == [] and findings(2022, "KR-GIR-2022")[1] == []


def test_one_mwh_with_the_2011_approval_by_hand():
    analysis, _ = findings(2014, "KR-GIR-2011")
    # 0.4653 t CO2 + 0.0054 kg CH4 x 28 + 0.0091 kg N2O x 265 (AR5, resources/reference/gwp.csv)
    # = 0.4653 + 0.0001512 + 0.0024115 = 0.4678627 t CO2e per MWh (electricity_kr.csv KR-GIR-2011, unverified)
    assert analysis.results.by_gpc.loc["I.1.2", "co2e_t"] == pytest.approx(0.4678627, rel=1e-9)
