"""Source tables laid out as departments send them (title rows, a unit line, merged two-row
headers, totals rows; CP949 CSV), written by the tests, and helpers shared by the profile tests."""

from __future__ import annotations

import csv
import io

import openpyxl
import pandas as pd

from gcomdesk.core.calculate import calculate
from gcomdesk.core.model import RECORD_FIELDS
from tests.core.helpers import REF, profile


def write_csv(path, rows, encoding="cp949"):
    """A CSV file as Korean Excel saves it (CP949 by default)."""
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(rows)
    path.write_bytes(text.getvalue().encode(encoding))
    return path


def merge(ws, r1, c1, r2, c2):
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def kepco_xlsx(path, night=True, amount_title="판매량"):
    """A KEPCO regional sales table: title merged across, a unit line, 계약종별 merged down over a
    two-row header whose 판매량 spans kWh / 호수, a zero row, a 합계 row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "계약종별"
    ws.append(["2022년 한빛시 계약종별 전력 판매현황"])
    merge(ws, 1, 1, 1, 4)
    ws.append(["(단위: kWh, 호)"])
    ws.append([])
    ws.append(["계약종별", amount_title, None, "판매수입(천원)"])
    ws.append([None, "kWh", "호수", None])
    merge(ws, 4, 1, 5, 1)
    merge(ws, 4, 2, 4, 3)
    merge(ws, 4, 4, 5, 4)
    rows = [("주택용", 1_234_567, 1000, 150_000), ("일반용", 2_000_000, 200, 260_000), ("교육용", 300_000, 12, 30_000),
            ("가로등", 10_000, 50, 1_000), ("산업용", 5_000_000, 30, 500_000), ("농사용", 0, 4, 0)]
    if night:
        rows.append(("심야전력(갑)", 400_000, 80, 30_000))
    for row in rows:
        ws.append(list(row))
    ws.append(["합 계", sum(r[1] for r in rows), sum(r[2] for r in rows), None])
    wb.save(path)
    return path


def with_all_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """A records table as the store returns it (every record column; extra '{}' where absent)."""
    full = frame.reindex(columns=[*RECORD_FIELDS, "extra"])
    full["extra"] = full["extra"].astype(object).where(full["extra"].notna(), "{}")
    return full


def tonnes(frame: pd.DataFrame, **changes) -> pd.DataFrame:
    """The calculated tonnes of a records table (a 2022 profile: AR5, kets, KR-GIR-2022)."""
    return calculate(with_all_columns(frame), profile(**changes), REF)


def petroleum_xlsx(path, sectors=("가정", "상업", "수송", "산업", "농림어업")):
    """A petroleum sales table (Petronet regional sales shape): sectors as rows, products across a
    two-row header (중유 over 경질중유 / 벙커C유, LPG over 프로판(톤) / 부탄(톤)), 단위: kL in the
    title block, a 나프타 column, a 합계 column and a 합계 row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2022년 한빛시 부문별 석유제품 판매량"])
    merge(ws, 1, 1, 1, 9)
    ws.append(["단위: kL (LPG: 톤)"])
    ws.append(["부문", "휘발유", "경유", "중유", None, "LPG", None, "나프타", "합계"])
    ws.append([None, None, None, "경질중유", "벙커C유", "프로판(톤)", "부탄(톤)", None, None])
    for first, last in ((1, 1), (2, 2), (3, 3), (8, 8), (9, 9)):
        merge(ws, 3, first, 4, last)
    merge(ws, 3, 4, 3, 5)
    merge(ws, 3, 6, 3, 7)
    data = {"가정": [0, 120.5, 0, 0, 300, 0, 0], "상업": [0, 80, 5, 0, 150, 0, 0], "수송": [50_000, 80_000, 0, 0, 0, 2_500, 0],
            "산업": [0, 20_000, 1_000, 3_000, 800, 0, 10], "농림어업": [0, 4_000, 0, 0, 0, 0, 0],
            "가정·상업": [0, 200, 0, 0, 0, 0, 0]}
    for sector in sectors:
        ws.append([sector, *data[sector], "-"])
    ws.append(["합계", None, None, None, None, None, None, None, None])
    wb.save(path)
    return path


def waste_xlsx(path, group="처리방법"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2022년 한빛시 폐기물 발생 및 처리 현황"])
    merge(ws, 1, 1, 1, 6)
    ws.append(["(단위: 톤/년)"])
    ws.append(["구분", "발생량", group, None, None, None])
    ws.append([None, None, "매립", "소각", "재활용", "기타"])
    merge(ws, 3, 1, 4, 1)
    merge(ws, 3, 2, 4, 2)
    merge(ws, 3, 3, 3, 6)
    ws.append(["생활폐기물", "100,000", "20,000", "30,000", "45,000", "5,000"])
    ws.append(["사업장배출시설계폐기물", "50,000", "10,000", "0", "38,000", "2,000"])
    ws.append(["합계", "150,000", "30,000", "30,000", "83,000", "7,000"])
    wb.save(path)
    return path


def registrations_xlsx(path, daily_title="일평균 주행거리(km)"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2022년 한빛시 차종별·연료별 자동차 등록대수 및 주행거리"])
    ws.append([])
    ws.append(["차종", "연료", "등록대수", daily_title])
    for row in (["승용", "휘발유", "100,000", "30.5"], [None, "경유", "50,000", "40"], [None, "전기", "5,000", "35"],
                ["소계", None, "155,000", None], ["버스", "CNG", "800", "200"], ["화물", "경유", "30,000", "60"]):
        ws.append(row)
    merge(ws, 4, 1, 6, 1)
    wb.save(path)
    return path


def gas_csv(path, title="용도별 판매량"):
    return write_csv(path, [
        ["2022년 한빛도시가스 용도별 공급실적"], ["단위 : 천㎥"], [],
        ["용도", "수요가수", title], ["주택용", "120,345", "12,345"], ["일반용", "3,210", "2,000.5"],
        ["업무용", "150", "800"], ["소계", "", "15,145.5"], ["산업용", "40", "9,000"], ["수송용", "3", "1,500"],
        ["합계", "", "25,645.5"]])
