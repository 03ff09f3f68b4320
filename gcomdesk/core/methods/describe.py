"""The written working of a method record, as lines the export and the window print:
the method, every input with its unit and where it came from, the derivation, and the result."""

from __future__ import annotations

from gcomdesk.core.messages import Message
from gcomdesk.core.methods.base import MethodInput, Resolved, choice_label, fmt, input_label
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary


def _unit(inp: MethodInput) -> str:
    return "" if inp.unit == "-" else inp.unit


def _value_text(inp: MethodInput, value, lang: str) -> str:
    if inp.kind == "choice" and value is not None:
        return choice_label(inp.name, str(value), lang) if inp.translate_choices else str(value)
    if inp.kind == "integer" and value is not None:
        return str(value)
    return fmt(value)


def input_lines(inputs: tuple[MethodInput, ...], resolved: Resolved, lang: str) -> list[str]:
    """One line per resolved input (tables: one line per row) with unit and source."""
    lines = []
    for inp in inputs:
        if inp.name not in resolved.values:
            continue
        value = resolved.values[inp.name]
        label = input_label(inp.name, lang)
        if inp.kind == "table":
            lines.append(Message("method.line.table", {"label": label, "rows": len(value)}).render(lang))
            for number, row in enumerate(value, start=1):
                cells = "; ".join(f"{input_label(c.name, lang)} {_value_text(c, row.get(c.name), lang)}"
                                  f"{(' ' + _unit(c)) if _unit(c) else ''}" for c in inp.columns if row.get(c.name) is not None)
                lines.append(Message("method.line.row", {"row": number, "cells": cells}).render(lang))
            continue
        source = resolved.sources.get(inp.name, "")
        if source in ("profile", "record"):
            source = Message(f"method.source.{source}").render(lang)
        params = {"label": label, "value": _value_text(inp, value, lang), "unit": _unit(inp), "source": source}
        if resolved.origin.get(inp.name) == "default":
            key = "method.line.input_default" if params["source"] else "method.line.input_default_nosource"
        else:
            key = "method.line.input_entered" if params["source"] else "method.line.input_entered_nosource"
        lines.append(Message(key, params).render(lang).replace("  ", " "))
    return lines


def result_line(code: str, outputs: tuple[str, ...], gases: dict[str, float], profile: Profile, ref: ReferenceLibrary,
                lang: str) -> str:
    """'Result: CO2 … t, CH4 … t = … tCO2e (AR5)' over the method's declared outputs."""
    from gcomdesk.core.methods import co2e

    columns = [c for c in outputs if c != "biogenic_co2_t"]
    columns = [c for c in columns if gases.get(c)] or columns[:1]  # zero gases of a mixed method add nothing
    parts = [Message("method.line.gas", {"gas": Message(f"method.gas.{c}").render(lang), "value": fmt(gases.get(c, 0.0))}
                     ).render(lang) for c in columns]
    line = Message("method.line.result", {"gases": ", ".join(parts), "total": fmt(co2e(gases, profile, ref, code)),
                                          "gwp": profile.gwp_set}).render(lang)
    if "biogenic_co2_t" in outputs:
        line += " " + Message("method.line.biogenic", {"value": fmt(gases.get("biogenic_co2_t", 0.0))}).render(lang)
    return line


def describe_record(code: str, extra, profile: Profile, ref: ReferenceLibrary, lang: str) -> list[str]:
    """Return the complete working of a method record as lines of text. Never raises: an unknown
    method or bad inputs give a line that says so, in `lang`."""
    from gcomdesk.core.methods import REGISTRY, _extra, method_name, replacement

    method = REGISTRY.get(code) if isinstance(code, str) else None
    if method is None:
        return [Message("method.error.unknown_method", {"value": str(code), "input": input_label("method", lang)}).render(lang)]
    lines = [Message("method.line.method", {"name": method_name(code, lang), "code": code}).render(lang)]
    try:
        data = _extra(extra)
    except ValueError:
        return lines + [Message("method.line.problem", {"text": Message("method.error.table", {"input": "extra"}).render(lang)}
                                ).render(lang)]
    replaced = replacement(data)
    if replaced is not None:
        lines.append(Message("method.line.replaced", {"record_id": replaced.get("record_id", "?"),
                                                      "reason": replaced.get("reason", "")}).render(lang))
    resolved = method.resolve(dict(data.get("inputs") or {}), profile, data.get("sources"))
    lines += input_lines(method.inputs, resolved, lang)
    if resolved.errors:
        return lines + [Message("method.line.problem", {"text": e.render(lang)}).render(lang) for e in resolved.errors]
    try:
        working = method.work(resolved, profile, ref)
    except Exception as exc:  # the export must still print the inputs
        text = exc.render(lang) if hasattr(exc, "render") else str(exc)
        return lines + [Message("method.line.problem", {"text": text}).render(lang)]
    lines += [step.render(lang) for step in working.steps]
    lines.append(result_line(method.code, method.outputs, working.gases, profile, ref, lang))
    if replaced is not None:
        lines.append(Message("method.line.not_counted", {}).render(lang))
    return lines
