"""The guided steps' names and states: constants only, so the window can draw its navigator and
menus before the calculation modules (pandas, numpy) are loaded. `core.steps` computes the
states; everything here is re-exported there."""

from __future__ import annotations

from enum import StrEnum

STEP_SECTORS = {"stationary": "I", "transport": "II", "waste": "III", "ippu": "IV", "afolu": "V"}
SECTOR_STEPS = tuple(STEP_SECTORS)
STEP_IDS = ("profile", *SECTOR_STEPS, "review", "results", "export")
REQUEST_SECTORS = (*SECTOR_STEPS, "all")  # what a data-request workbook can ask for (exchange/request_content.py)


class StepState(StrEnum):
    """Where a step stands."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    NEEDS_ATTENTION = "needs_attention"
