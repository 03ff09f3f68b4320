"""One national mapping and one share rule for the national check and the workbook's national sheet.

resources/checks/national_comparison.csv compares GPC II.5.1 (off-road, IPCC 1.A.3.e) with the
national sum 1.A.3.e + 1.A.2.g.v + 1.A.4.c.i-ii, because Korea's inventory reports construction and
farm machinery under construction and agriculture. 2022 (GIR national inventory 1990-2022, final,
2006 GL, AR5; national_inventory_kr.csv): 69.649 + 1,966.307 + 1,421.259 = 3,457.215 kt CO2e.
"""

import pytest

from gcomdesk.core.checks.reconcile import local_share, reconcile
from gcomdesk.core.totals import summarize
from gcomdesk.exchange.export.national import national_view
from tests.core.helpers import REF, act, frame, profile

NATIONAL_OFFROAD_T = (69.649 + 1966.307 + 1421.259) * 1000.0


def test_sheet_and_check_compare_off_road_with_the_same_national_sum():
    p = profile(population=352400)
    results = summarize(frame(act("II.5.1", "diesel", 7500, "kL")), p, REF)
    local = float(results.by_gpc.at["II.5.1", "co2e_t"])
    check_row = reconcile(results, p, REF).by_ipcc.loc["1.A.3.e"]
    sheet_row = next(r for r in national_view(results, p, REF).ipcc_rows if r["code"] == "1.A.3.e")
    assert check_row["national_t"] == pytest.approx(NATIONAL_OFFROAD_T)
    assert sheet_row["national_t"] == pytest.approx(NATIONAL_OFFROAD_T)
    assert sheet_row["share"] == pytest.approx(check_row["local_share"]) == pytest.approx(local / NATIONAL_OFFROAD_T)
    # about 20 kt of off-road diesel is some 0.6 % of the national machinery, not 30 % of 1.A.3.e alone
    assert 0.004 < sheet_row["share"] < 0.01
    assert sheet_row["national_codes"] == "1.A.3.e+1.A.2.g.v+1.A.4.c.i-ii"


def test_gir_fields_use_the_mapping_file_too():
    p = profile(population=352400)
    results = summarize(frame(act("I.1.1", "city_gas_lng", 1000, "천㎥")), p, REF)
    energy = next(r for r in national_view(results, p, REF).gir_rows if r["field"] == "에너지")
    assert energy["national_code"] == "1"
    assert energy["share"] == pytest.approx(reconcile(results, p, REF).by_gir.at["에너지", "local_share"])


def test_one_share_rule_for_missing_zero_and_net_sink_national_figures():
    assert local_share(5.0, 100.0) == pytest.approx(0.05)
    assert local_share(5.0, None) is None
    assert local_share(5.0, float("nan")) is None
    assert local_share(5.0, 0.0) is None
    assert local_share(-5.0, -100.0) is None  # LULUCF is a national net sink: no meaningful share


def test_national_view_says_where_transport_losses_went_on_the_generation_side():
    # II.2.2 10,000 MWh on the 2022 approval: losses 10,000 x 0.0344 t CO2 = 344 t, + CH4 9 kg x 28 + N2O 7 kg x 265
    records = frame(act("II.2.2", "electricity", 10000, "MWh"))
    gen = profile(population=352400, electricity_side="generation")
    notes = dict(national_view(summarize(records, gen, REF), gen, REF).notes)
    assert notes["export.national.td_transport"]["value"] == f"{344 + 0.009 * 28 + 0.007 * 265:,.1f}"
    cons = profile(population=352400)
    assert "export.national.td_transport" not in dict(national_view(summarize(records, cons, REF), cons, REF).notes)
