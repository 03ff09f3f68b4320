"""A factor published as CO2e only (ef_co2e) is reported as CO2e with the gas split unknown, never
relabelled as CO2; its GWP basis is kept and a different basis from the inventory's is said."""

import pytest

from gcomdesk.core.analysis import analyse
from gcomdesk.core.calculate import calculate
from gcomdesk.core.errors import ImportRejected
from gcomdesk.exchange.activity_import import read_activity_file
from tests.core.helpers import REF, act, frame, profile


def test_a_co2e_factor_is_reported_as_unsplit_co2e_not_as_co2():
    # "0.4541 tCO2eq/MWh" (a published CO2e-only grid factor) = 454.1 kg CO2e per MWh:
    # 1,000 MWh x 454.1 kg = 454.1 t CO2e, none of it CO2, CH4 or N2O.
    result = calculate(frame(act("I.1.2", "electricity", 1000, "MWh", ef_co2e=454.1, ef_co2e_gwp="AR4")), profile(), REF).iloc[0]
    assert result["unsplit_co2e_t"] == pytest.approx(454.1)
    assert (result["co2_t"], result["ch4_t"], result["n2o_t"]) == (0.0, 0.0, 0.0)
    assert result["co2e_t"] == pytest.approx(454.1)
    # "1 tCO2eq = 2,144 kWh": 1,000 / 2,144 = 0.466418 kg CO2e per kWh; 2,144 kWh give exactly 1 t.
    one_t = calculate(frame(act("I.2.2", "electricity", 2144, "kWh", ef_co2e=1000 / 2144)), profile(), REF).iloc[0]
    assert one_t["co2e_t"] == pytest.approx(1.0) and one_t["co2_t"] == 0.0


def test_a_factor_published_under_another_gwp_set_is_counted_as_published_and_said():
    records = frame(act("I.1.2", "electricity", 1000, "MWh", ef_co2e=454.1, ef_co2e_gwp="AR4", data_source="KEPCO", quality="M"))
    analysis = analyse(records, profile(gwp_set="AR5"), REF, [], "basic")
    found = [f for f in analysis.findings if f.rule == "value.co2e_factor_gwp"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert "AR4" in found[0].message.render("en") and "AR5" in found[0].message.render("ko")
    same = analyse(records, profile(gwp_set="AR4"), REF, [], "basic")
    assert not [f for f in same.findings if f.rule == "value.co2e_factor_gwp"]


def test_the_import_reads_ef_co2e_with_its_gwp_set_and_refuses_a_mix(tmp_path):
    good = tmp_path / "co2e.csv"
    good.write_text("year,gpc_ref,activity,amount,unit,ef_co2e,ef_co2e_gwp\n2022,I.1.2,electricity,1000,MWh,454.1,ar4\n",
                    encoding="utf-8")
    row = read_activity_file(good).iloc[0]
    assert (row["ef_co2e"], row["ef_co2e_gwp"]) == (454.1, "AR4")
    bad = tmp_path / "mix.csv"
    bad.write_text("year,gpc_ref,activity,amount,unit,ef_co2,ef_co2e,ef_co2e_gwp\n"
                   "2022,I.1.2,electricity,1000,MWh,450,454.1,AR9\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        read_activity_file(bad)
    assert sorted(e.column for e in caught.value.errors) == ["ef_co2e", "ef_co2e_gwp"]
