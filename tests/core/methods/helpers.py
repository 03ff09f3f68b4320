"""Shared builders for method tests: the reference library and a 2022 AR5 profile."""

from gcomdesk.core.methods import REGISTRY
from gcomdesk.core.model import new_profile
from gcomdesk.core.reference import load_reference

REF = load_reference()


def make_profile(**changes):
    """A valid 2022 profile (AR5, kets) for a city of 352,400 people, with changes applied."""
    values = {"name_ko": "테스트시", "region_code": "44", "year": 2022, "population": 352400} | changes
    return new_profile(REF, **values)


def run(code, inputs, **profile_changes):
    """Tonnes per gas of one method on `inputs`."""
    return REGISTRY[code].compute(inputs, make_profile(**profile_changes), REF)
