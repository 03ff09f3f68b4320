"""Checks against GPC and the national categories: a rule catalogue (resources/checks/rules.csv),
one module per rule family, findings that say what is wrong, why and how to fix it in Korean and
English, and the reconciliation of the inventory's views with the national inventory. No Qt here."""

from gcomdesk.core.checks.catalogue import CheckData, Rule, load_check_data
from gcomdesk.core.checks.engine import apply_acknowledgements, run_checks
from gcomdesk.core.checks.finding import SEVERITIES, STEPS, Finding, count_by_severity, step_of
from gcomdesk.core.checks.reconcile import ReconciliationView, reconcile

__all__ = [
    "SEVERITIES", "STEPS", "CheckData", "Finding", "ReconciliationView", "Rule", "apply_acknowledgements",
    "count_by_severity", "load_check_data", "reconcile", "run_checks", "step_of",
]
