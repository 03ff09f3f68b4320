"""The guided steps of an inventory and the state of each, computed from the inventory alone.

The window shows Profile -> five sector steps -> Review -> Results -> Export. A sector step owns
the GPC rows of one sector (I..V). A GPC row is *answered* by data (activity, reported or method
records) or by a notation key; a notation key only counts with its explanation (IE also needs
where it is included). A step is complete when every row the reporting level requires is
answered and nothing in the step is wrong. Problems come with a severity: "error" and "warning"
are open problems (counted on the step's badge), "missing" is what is still to be entered.

Territorial rows (I.4.4, III.n.3) are required by neither level (they do not count in a step's
required rows), but scope 1 (territorial) and the direct total take them: until each is answered
(as core.totals judges it: data filed in or landing on the row, or an explained key) it is
"missing" in its step, `InventoryProgress.territorial_open` lists it, and those totals are marked
incomplete (the check completeness.territorial_row_empty says the same in the review).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from gcomdesk.core.messages import Message
from gcomdesk.core.model import REPORTED_GAS_COLUMNS, Profile
from gcomdesk.core.reference import GpcRow, ReferenceLibrary
from gcomdesk.core.step_ids import SECTOR_STEPS, STEP_IDS, STEP_SECTORS, StepState
from gcomdesk.core.totals import InventoryResults

DATA_KINDS = ("activity", "reported", "method")
OPEN_SEVERITIES = ("error", "warning")
# Findings of the checks (gcomdesk.core.checks) that say what is still to be entered: the steps
# show them as "missing", so that a step only needs attention once something entered is wrong.
MISSING_RULES = frozenset({
    "completeness.row_empty", "completeness.scope2_without_scope1", "completeness.territorial_row_empty", "value.missing_amount",
    "profile.population_missing", "profile.preparer_missing", "profile.year_missing", "profile.region_missing",
})
# Statuses that mean "not filled in yet" rather than "wrong" (see _record_problems).
_INCOMPLETE_STATUSES = ("no_amount",)


@dataclass(frozen=True)
class Problem:
    """Something wrong or missing, where it is, and how many records it concerns."""

    step_id: str
    gpc_ref: str
    message: Message
    severity: str = "error"  # "error", "warning", "missing" or "info"
    record_id: int = 0
    field: str = ""
    count: int = 1
    source: str = "steps"  # "steps" or "checks"
    rule: str = ""
    hint: Message | None = None

    @property
    def is_open(self) -> bool:
        """True for errors and warnings (the problems a step's badge counts)."""
        return self.severity in OPEN_SEVERITIES


@dataclass(frozen=True)
class RowProgress:
    """How one GPC row is answered."""

    gpc_ref: str
    required: bool
    answer: str  # "none", "data", "notation" or "both"
    notation_key: str
    complete: bool
    co2e_t: float
    record_count: int


@dataclass(frozen=True)
class StepProgress:
    """The state of one step, its problems and its rows."""

    step_id: str
    state: StepState
    problems: tuple[Problem, ...]
    rows: tuple[RowProgress, ...] = ()

    @property
    def problem_count(self) -> int:
        """Open problems (errors and warnings)."""
        return sum(1 for p in self.problems if p.is_open)

    @property
    def required_count(self) -> int:
        """Rows the reporting level requires in this step."""
        return sum(1 for r in self.rows if r.required)

    @property
    def required_done(self) -> int:
        """Required rows that are completely answered."""
        return sum(1 for r in self.rows if r.required and r.complete)


@dataclass(frozen=True)
class InventoryProgress:
    """Every step's progress and every GPC row's answer."""

    steps: dict[str, StepProgress]
    rows: dict[str, RowProgress]
    territorial_open: tuple[str, ...] = ()  # territorial rows not answered: scope 1 and direct are incomplete

    @property
    def totals_complete(self) -> bool:
        """True when every total can be shown as complete (no territorial row left unanswered)."""
        return not self.territorial_open

    def problems_for(self, gpc_refs: Iterable[str]) -> list[Problem]:
        """The problems (any severity) attached to these GPC rows, in step order."""
        wanted = set(gpc_refs)
        return [p for s in self.steps.values() if s.step_id != "review" for p in s.problems if p.gpc_ref in wanted]


def step_of_gpc(gpc_ref: str, ref: ReferenceLibrary) -> str | None:
    """Return the sector step a GPC row belongs to (None for VI.1 and unknown rows)."""
    row = ref.gpc.get(gpc_ref)
    if row is None:
        return None
    for step_id, sector in STEP_SECTORS.items():
        if row.sector_no == sector:
            return step_id
    return None


def gpc_rows_of_step(step_id: str, ref: ReferenceLibrary) -> list[GpcRow]:
    """The GPC rows of a sector step, in published order (empty for the other steps)."""
    sector = STEP_SECTORS.get(step_id)
    return [g for g in ref.gpc.values() if g.sector_no == sector] if sector else []


def subsectors_of_step(step_id: str, ref: ReferenceLibrary) -> list[tuple[str, list[GpcRow]]]:
    """The sub-sectors of a sector step with their GPC rows, in published order."""
    groups: dict[str, list[GpcRow]] = {}
    for row in gpc_rows_of_step(step_id, ref):
        groups.setdefault(row.subsector_no, []).append(row)
    return list(groups.items())


def is_required(row: GpcRow, reporting_level: str) -> bool:
    """True when the reporting level (BASIC or BASIC+) needs this row answered."""
    return row.in_basic_plus if reporting_level == "basic_plus" else row.in_basic


def activities_for(row: GpcRow, ref: ReferenceLibrary) -> list[str]:
    """Activity codes valid for a GPC row: grid electricity and heat for scope-2 rows (and the
    T&D losses of stationary energy), fuels for rows where fuel burns; none elsewhere (enter
    reported tonnes or use a sector method)."""
    if row.scope == 2 or (row.scope == 3 and row.sector_no == "I"):
        return list(ref.carriers)
    if row.combustion_sector:
        return list(ref.fuels)
    return []


def _blank(records: pd.DataFrame) -> np.ndarray:
    """Records the officer has not filled in at all yet (an empty row they just added)."""
    activity = records["activity"].fillna("").astype(str).str.strip() == ""
    amount = pd.to_numeric(records["amount"], errors="coerce").isna()
    gases = records[[c for c in REPORTED_GAS_COLUMNS if c in records]].apply(pd.to_numeric, errors="coerce")
    no_gas = gases.isna().all(axis=1) if not gases.empty else pd.Series(True, index=records.index)
    kind = records["kind"]
    return (((kind == "activity") & activity & amount) | ((kind == "reported") & no_gas)).to_numpy()


def _record_problems(step_id: str, gpc_ref: str, data: pd.DataFrame) -> list[Problem]:
    """Problems of a GPC row's data records: one per kind of problem, with a count."""
    problems: list[Problem] = []
    blank = _blank(data)
    if blank.any():
        problems.append(Problem(step_id, gpc_ref, Message("steps.row_blank", {"gpc_ref": gpc_ref}), "missing",
                                int(data["id"].to_numpy()[blank][0]), count=int(blank.sum())))
    rest = data[~blank]
    unit_blank = rest["unit"].fillna("").astype(str).str.strip() == ""
    no_unit = (rest["kind"] == "activity") & (rest["status"] == "unit_mismatch") & unit_blank
    if no_unit.any():
        problems.append(Problem(step_id, gpc_ref, Message("steps.no_unit", {"gpc_ref": gpc_ref}), "missing",
                                int(rest.loc[no_unit, "id"].iloc[0]), "unit", int(no_unit.sum())))
    rest = rest[~no_unit]
    for status, group in rest[rest["status"] != "ok"].groupby("status", sort=True):
        severity = "missing" if status in _INCOMPLETE_STATUSES else "error"
        field = {"no_amount": "amount", "unit_mismatch": "unit", "unknown_activity": "activity"}.get(status, "")
        problems.append(Problem(step_id, gpc_ref, Message(f"calc.status.{status}"), severity,
                                int(group["id"].iloc[0]), field, len(group)))
    return problems


def _row(step_id: str, row: GpcRow, required: bool, data: pd.DataFrame, notation: pd.DataFrame,
         co2e: float) -> tuple[RowProgress, list[Problem]]:
    problems = _record_problems(step_id, row.ref, data) if len(data) else []
    key, data_ok, key_ok = "", len(data) > 0, False
    if len(notation):
        first = notation.iloc[0]
        key = str(first["notation_key"] or "")
        explanation = str(first["explanation"] if pd.notna(first["explanation"]) else "").strip()
        where = str(first["included_in"] if pd.notna(first["included_in"]) else "").strip()
        rid = int(first["id"])
        key_ok = bool(key) and bool(explanation)
        if not explanation:
            problems.append(Problem(step_id, row.ref, Message("steps.notation_explanation", {"gpc_ref": row.ref, "key": key}),
                                    "error", rid, "explanation"))
        if key == "IE" and not where:
            key_ok = False
            problems.append(Problem(step_id, row.ref, Message("steps.ie_where", {"gpc_ref": row.ref}), "error", rid, "included_in"))
    answer = {(False, False): "none", (True, False): "data", (False, True): "notation", (True, True): "both"}[
        (data_ok, len(notation) > 0)]
    if answer == "both":
        problems.append(Problem(step_id, row.ref, Message("steps.data_and_notation", {"gpc_ref": row.ref, "key": key}), "warning"))
    if answer == "none" and required:
        problems.append(Problem(step_id, row.ref, Message("steps.row_unanswered", {"gpc_ref": row.ref}), "missing"))
    own_problems = [p for p in problems if p.severity != "info"]
    complete = answer in ("data", "notation") and (key_ok if answer == "notation" else True) and not own_problems
    progress = RowProgress(row.ref, required, answer, key, complete, co2e, int(len(data)))
    return progress, problems


def _state(rows: list[RowProgress], problems: list[Problem]) -> StepState:
    started = any(r.answer != "none" for r in rows)
    if any(p.is_open for p in problems):
        return StepState.NEEDS_ATTENTION
    if not started:
        return StepState.NOT_STARTED
    if all(r.complete for r in rows if r.required or r.answer != "none") and not any(p.severity == "missing" for p in problems):
        return StepState.COMPLETE
    return StepState.IN_PROGRESS


def _profile_step(profile: Profile, extra: list[Problem]) -> StepProgress:
    problems = list(extra)
    if not profile.population:
        problems.append(Problem("profile", "", Message("steps.profile.population"), "missing", field="population"))
    if not str(profile.preparer_name or "").strip():
        problems.append(Problem("profile", "", Message("steps.profile.preparer"), "missing", field="preparer_name"))
    if any(p.is_open for p in problems):
        state = StepState.NEEDS_ATTENTION
    else:
        state = StepState.IN_PROGRESS if any(p.severity == "missing" for p in problems) else StepState.COMPLETE
    return StepProgress("profile", state, tuple(problems))


def _finding_problem(finding, ref: ReferenceLibrary) -> Problem:
    severity = str(getattr(finding, "severity", "warning")).lower()
    if severity not in OPEN_SEVERITIES or getattr(finding, "acknowledged", None) is not None:
        severity = "info"  # information, or a warning the officer has explained
    gpc_ref = str(getattr(finding, "gpc_ref", "") or "")
    step = getattr(finding, "step", None) or step_of_gpc(gpc_ref, ref) or ("profile" if not gpc_ref else "review")
    hint = getattr(finding, "hint", None)
    return Problem(step if step in STEP_IDS else "review", gpc_ref, finding.message, severity,
                   int(getattr(finding, "record_id", 0) or 0), str(getattr(finding, "field", "") or ""),
                   source="checks", rule=str(getattr(finding, "rule", "")), hint=hint if getattr(hint, "key", "") else None)


def assess(results: InventoryResults, profile: Profile, ref: ReferenceLibrary, findings: Iterable | None = None) -> InventoryProgress:
    """Return the progress of every step from calculated results.

    Without `findings` (the checks are not available) the steps judge the records themselves: the
    calculation status of each record and the notation keys. With the checks' findings, errors
    and warnings come from the checks and the steps only add what is still missing."""
    records = results.records
    by_ref = dict(tuple(records.groupby("gpc_ref", sort=False))) if len(records) else {}
    empty = records.iloc[0:0]
    checked = findings is not None
    data_records = records[records["kind"].isin(DATA_KINDS)] if len(records) else records
    # A row the officer has just added and not filled in is "missing", not a problem of each empty field.
    blank_ids = set(data_records["id"].to_numpy()[_blank(data_records)].tolist()) if len(data_records) else set()
    extra = [_finding_problem(f, ref) for f in (findings or ())
             if getattr(f, "rule", "") not in MISSING_RULES and int(getattr(f, "record_id", 0) or 0) not in blank_ids]

    def own(problems: list[Problem]) -> list[Problem]:
        return [p for p in problems if p.severity == "missing"] if checked else problems

    steps: dict[str, StepProgress] = {"profile": _profile_step(profile, [p for p in extra if p.step_id == "profile"])}
    all_rows: dict[str, RowProgress] = {}
    for step_id in SECTOR_STEPS:
        rows, problems = [], []
        for row in gpc_rows_of_step(step_id, ref):
            mine = by_ref.get(row.ref, empty)
            data = mine[mine["kind"].isin(DATA_KINDS)]
            notation = mine[mine["kind"] == "notation"]
            co2e = float(results.by_gpc.at[row.ref, "co2e_t"]) if row.ref in results.by_gpc.index else 0.0
            progress, row_problems = _row(step_id, row, is_required(row, profile.reporting_level), data, notation, co2e)
            rows.append(progress)
            problems += own(row_problems)
            if row.ref in results.territorial_open:
                problems.append(Problem(step_id, row.ref, Message("steps.territorial_unanswered", {"gpc_ref": row.ref}), "missing"))
            all_rows[row.ref] = progress
        problems += [p for p in extra if p.step_id == step_id]
        steps[step_id] = StepProgress(step_id, _state(rows, problems), tuple(problems), tuple(rows))
    sectors = [steps[s] for s in SECTOR_STEPS]
    everything = [p for s in [steps["profile"], *sectors] for p in s.problems] + [p for p in extra if p.step_id == "review"]
    review_problems = tuple(p for p in everything if p.is_open)
    done = steps["profile"].state == StepState.COMPLETE and all(
        s.state == StepState.COMPLETE or (s.state == StepState.NOT_STARTED and s.required_count == 0) for s in sectors)
    started = any(s.state != StepState.NOT_STARTED for s in sectors)
    overall = StepState.COMPLETE if done else StepState.IN_PROGRESS if started else StepState.NOT_STARTED
    steps["review"] = StepProgress("review", StepState.NEEDS_ATTENTION if review_problems else overall, review_problems)
    steps["results"] = StepProgress("results", overall, ())
    steps["export"] = StepProgress("export", overall, ())
    return InventoryProgress({s: steps[s] for s in STEP_IDS}, all_rows, tuple(results.territorial_open))


def state_of_rows(progress: InventoryProgress, gpc_refs: Iterable[str]) -> StepState:
    """The state of a group of GPC rows (a sub-sector), judged like a step."""
    refs = list(gpc_refs)
    rows = [progress.rows[r] for r in refs if r in progress.rows]
    return _state(rows, progress.problems_for(refs))
