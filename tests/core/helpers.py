"""Small builders for core tests."""

from dataclasses import asdict

import pandas as pd

from gcomdesk.core.model import RECORD_FIELDS, Record, new_profile
from gcomdesk.core.reference import load_reference

REF = load_reference()


def frame(*records: Record) -> pd.DataFrame:
    """A records table from Record objects, as the store returns it."""
    rows = [{k: v for k, v in asdict(r).items() if k in RECORD_FIELDS} | {"extra": "{}"} for r in records]
    return pd.DataFrame(rows, columns=[*RECORD_FIELDS, "extra"])


def profile(**changes):
    """A valid 2022 profile (AR5, kets, KR-GIR-2022) with changes applied."""
    values = {"name_ko": "테스트시", "region_code": "44", "year": 2022} | changes
    return new_profile(REF, **values)


def act(gpc_ref, activity, amount, unit, **kw) -> Record:
    """An activity record."""
    return Record("activity", gpc_ref, activity=activity, amount=amount, unit=unit, **kw)


def rep(gpc_ref, **tonnes) -> Record:
    """A reported-emissions record."""
    return Record("reported", gpc_ref, **tonnes)
