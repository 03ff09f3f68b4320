"""waste-treatment: a waste statistics table (treatments across a merged two-row header, t/yr in the
title block) into landfill, incineration and composting method records; 재활용 left out with its
reason; 기타 must be answered; a broken header named."""

from __future__ import annotations

import json

import openpyxl
import pytest

from gcomdesk.core.errors import ImportRejected
from gcomdesk.core.methods import evaluate_methods
from gcomdesk.exchange.profiles import apply_profile
from tests.core.helpers import REF, profile
from tests.exchange.profiles.sources import waste_xlsx, with_all_columns


def test_landfill_incineration_and_answered_other_become_method_records(tmp_path):
    frame, report = apply_profile("waste-treatment", waste_xlsx(tmp_path / "waste.xlsx"), year=2022,
                                  answers={"기타": "III.2.1"})
    got = [(r.import_row, r.gpc_ref, r.activity, json.loads(r.extra)["inputs"]["waste_t"]) for r in frame.itertuples()]
    assert sorted(got) == [(5, "III.1.1", "swds_commitment", 20_000.0), (5, "III.2.1", "biological_treatment", 5_000.0),
                           (5, "III.3.1", "incineration", 30_000.0), (6, "III.1.1", "swds_commitment", 10_000.0),
                           (6, "III.2.1", "biological_treatment", 2_000.0)]
    assert set(frame["kind"]) == {"method"} and set(frame["year"]) == {2022}
    first = frame[(frame["import_row"] == 5) & (frame["activity"] == "swds_commitment")].iloc[0]
    assert "생활폐기물" in first["notes"] and "'처리방법 매립' -> III.1.1" in first["notes"]
    reasons = {(n.row, n.message.key) for n in report.skipped}
    assert {(5, "profile.skip.recycling"), (6, "profile.skip.recycling"), (5, "profile.skip.generation"),
            (6, "profile.skip.zero"), (7, "import.row.totals_skipped")} <= reasons
    assert "recycled waste" in "\n".join(report.lines("en"))
    assert [n.message.key for n in report.notes].count("profile.waste.defaults") == 1
    # Hand calculation, landfill commitment (resources/methods/solid_waste.csv defaults, IPCC 2006 Vol.5):
    # DOC = 0.262x0.15 + 0.188x0.40 + 0.035x0.43 + 0.035x0.24 = 0.13795 (Table 2.3 East Asia shares, Table 2.4 DOC);
    # 20,000 t x 0.13795 x DOCf 0.5 x MCF 1.0 (managed anaerobic) x F 0.5 x 16/12 x (1 - OX 0) = 919.67 t CH4.
    # Composting (biological.csv, Table 4.1 wet basis): 5,000 t x 4 g/kg = 20 t CH4; x 0.3 g/kg = 1.5 t N2O.
    result = evaluate_methods(with_all_columns(frame), profile(), REF)
    landfill = result.loc[first.name]
    assert landfill["status"] == "ok"
    assert landfill["ch4_t"] == pytest.approx(20_000 * 0.13795 * 0.5 * 1.0 * 0.5 * 16 / 12, rel=1e-9)
    compost = result.loc[frame[(frame["import_row"] == 5) & (frame["activity"] == "biological_treatment")].index[0]]
    assert (compost["ch4_t"], compost["n2o_t"]) == (pytest.approx(20.0), pytest.approx(1.5))


def test_other_treatment_without_an_answer_names_each_row(tmp_path):
    with pytest.raises(ImportRejected) as caught:
        apply_profile("waste-treatment", waste_xlsx(tmp_path / "waste.xlsx"))
    assert [(e.row, e.column) for e in caught.value.errors] == [(5, "F (처리방법 기타)"), (6, "F (처리방법 기타)")]
    assert "III.1.1, III.2.1, III.3.1, skip" in caught.value.errors[0].render("en")
    assert "--map 기타=III.1.1" in caught.value.errors[0].render("ko")  # the profile's name: no quoting needed
    frame, report = apply_profile("waste-treatment", waste_xlsx(tmp_path / "waste.xlsx"), answers={"기타": "skip"})
    assert len(frame) == 3 and sum(n.message.key == "profile.skip.answered" for n in report.skipped) == 2


def test_landfilled_outside_the_city_is_an_answer_too(tmp_path):
    frame, _ = apply_profile("waste-treatment", waste_xlsx(tmp_path / "waste.xlsx"),
                             answers={"매립": "III.1.2", "기타": "skip"})
    assert set(frame.loc[frame["activity"] == "swds_commitment", "gpc_ref"]) == {"III.1.2"}


def test_a_table_without_treatments_names_the_amount_column(tmp_path):
    path = waste_xlsx(tmp_path / "waste.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    for cell, text in zip(ws[4][2:], ["수집", "운반", "보관", "이송"]):
        cell.value = text
    wb.save(path)
    with pytest.raises(ImportRejected) as caught:
        apply_profile("waste-treatment", path)
    rendered = " ".join(e.render("en") for e in caught.value.errors)
    assert "'amount treated'" in rendered and "처리량" in rendered
