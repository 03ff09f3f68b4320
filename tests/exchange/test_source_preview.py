"""The import preview of a source table: a KEPCO sales sheet is recognised, 심야 waits for an
answer naming its row, and the answer makes the file importable with the profile's report."""

from __future__ import annotations

from gcomdesk.core.model import new_profile
from gcomdesk.exchange.import_preview import preview
from tests.core.helpers import REF
from tests.exchange.profiles.sources import gas_csv, kepco_xlsx

PROFILE = new_profile(REF, name_ko="한빛시", region_code="11", year=2022)


def test_a_kepco_sheet_is_recognised_and_asks_where_the_night_tariff_goes(tmp_path):
    path = kepco_xlsx(tmp_path / "kepco.xlsx")
    first = preview(path, profile=PROFILE)
    assert first.source_profile == "kepco-sales" and not first.needs_mapping
    assert not first.importable
    asked = [e for e in first.errors if "심야" in e.render("ko")]
    assert asked and first.status[asked[0].row] == "error"
    answered = preview(path, profile=PROFILE, answers={"심야": "I.1.2"})
    assert answered.importable and set(answered.frame["gpc_ref"]) >= {"I.1.2", "I.2.2", "I.3.2"}
    assert answered.report is not None and "kepco-sales" in "\n".join(answered.report.lines("en"))
    assert answered.count("skipped") >= 1  # the 합계 row


def test_the_officer_can_refuse_a_recognised_profile_and_choose_another(tmp_path):
    path = gas_csv(tmp_path / "gas.csv")
    assert preview(path, profile=PROFILE).source_profile == "city-gas-sales"
    plain = preview(path, profile=PROFILE, source_profile="")  # gcomdesk's own layout: the columns must be mapped
    assert plain.source_profile is None and plain.needs_mapping and not plain.importable
