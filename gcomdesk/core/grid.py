"""Grid electricity by side — consumption side (소비단) or generation side (발전단) — and the
T&D loss rows (I.x.3, II.x.3) that follow from the choice.

One approval of the national grid factor publishes both sides from the same emissions E:
EF_c = E / C per MWh consumed and EF_g = E / G per MWh generated, with C = G - L (L: transmission
and distribution losses). The losses' emissions are L x EF_g = (G - C) x E / G = C x (EF_c - EF_g),
so for a consumption C:

- consumption side: the scope-2 row (I.x.2) is C x EF_c and holds the losses; the stationary loss
  rows I.x.3 are IE ("included in I.x.2") unless the officer answered them.
- generation side: the scope-2 row is C x EF_g and a derived record puts C x (EF_c - EF_g) per gas
  into the loss row (resources/reference/td_loss_rows.csv: I.x.2 -> I.x.3, II.x.2 -> II.x.3).
  I.x.2 + I.x.3 = C x EF_c, so the Korean indirect (간접) field counts stationary losses exactly once.
  The implied loss rate is 1 - EF_g / EF_c (2022 approval: 1 - 0.4403 / 0.4747 = 7.2 %).

Transport losses go to II.x.3 as GPC Table 7.1 asks; that row also holds trips outside the city
and is outside the Korean direct/indirect views, so on the generation side the Korean indirect total
leaves out the transport losses (the national sheet says how much). Off-road electricity (II.5.2)
has no loss row in GPC v1.1 and stays on the consumption side. A
record with its own factor is the officer's figure and gets no derived loss record. Only editions
that publish both sides with a gas split can be used on the generation side (Profile.validate).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pandas as pd

from gcomdesk.core.messages import Message
from gcomdesk.core.model import FACTOR_COLUMNS, Profile, extra_of
from gcomdesk.core.reference import ElectricityEdition, ReferenceLibrary

DERIVED_LOSS, DERIVED_KEY = "td_loss", "td_loss_ie"  # extra["derived"] of the records added here


@dataclass(frozen=True)
class GridFactor:
    """What one MWh of grid electricity emits in one GPC row: kg per gas, or t CO2e unsplit."""

    co2_kg: float
    ch4_kg: float
    n2o_kg: float
    unsplit_t: float
    label: str  # the edition(s), e.g. 'KR-GIR-2022-GEN' or 'KR-GIR-2022 - KR-GIR-2022-GEN'


def _of(ed: ElectricityEdition) -> GridFactor:
    if ed.has_gas_split:
        return GridFactor(ed.co2_t_per_mwh * 1000.0, ed.ch4_kg_per_mwh or 0.0, ed.n2o_kg_per_mwh or 0.0, 0.0, ed.edition)
    return GridFactor(0.0, 0.0, 0.0, ed.co2e_t_per_mwh_published or 0.0, ed.edition)


def loss_factor(profile: Profile, ref: ReferenceLibrary) -> GridFactor | None:
    """EF_c - EF_g per gas of the chosen approval, or None when it publishes one side only."""
    cons = ref.electricity.get(profile.electricity_edition)
    gen = ref.electricity_generation.get(profile.electricity_edition)
    if cons is None or gen is None:
        return None
    c, g = _of(cons), _of(gen)
    return GridFactor(c.co2_kg - g.co2_kg, c.ch4_kg - g.ch4_kg, c.n2o_kg - g.n2o_kg, 0.0, f"{cons.edition} - {gen.edition}")


def grid_factor(gpc_ref: str, profile: Profile, ref: ReferenceLibrary) -> GridFactor:
    """The factor grid electricity gets in `gpc_ref`: the loss factor in a loss row, the generation
    side in a scope-2 row that has a loss row (when chosen), the consumption side otherwise."""
    if gpc_ref in ref.td_loss_rows.values():
        losses = loss_factor(profile, ref)
        if losses is not None:
            return losses
    if profile.electricity_side == "generation" and gpc_ref in ref.td_loss_rows:
        gen = ref.electricity_generation.get(profile.electricity_edition)
        if gen is not None:
            return _of(gen)
    return _of(ref.electricity[profile.electricity_edition])


def editions_used(gpc_ref: str, profile: Profile, ref: ReferenceLibrary) -> list[ElectricityEdition]:
    """The editions behind grid_factor() of a row (one, or both sides for a loss row)."""
    label = grid_factor(gpc_ref, profile, ref).label
    cons = ref.electricity[profile.electricity_edition]
    gen = ref.electricity_generation.get(profile.electricity_edition)
    return [ed for ed in (cons, gen) if ed is not None and ed.edition in label.split(" - ")]


def _text(lang_key: str, **params) -> str:
    message = Message(lang_key, params)
    return f"{message.render('ko')} / {message.render('en')}"


def with_td_losses(records: pd.DataFrame, profile: Profile, ref: ReferenceLibrary) -> pd.DataFrame:
    """The records plus what the side implies: derived loss records (generation side) or IE keys
    for unanswered stationary loss rows (consumption side). Stored records are never changed;
    added rows get new index labels after the last one and id 0 (no stored record)."""
    if records.empty or profile.electricity_edition not in ref.electricity:
        return records
    kind = records["kind"].astype(str)
    electricity = (kind == "activity") & (records["activity"].astype(str) == "electricity")
    in_scope2 = records["gpc_ref"].isin(list(ref.td_loss_rows))
    if profile.electricity_side == "generation" and loss_factor(profile, ref) is not None:
        own_factor = records[list(FACTOR_COLUMNS)].notna().any(axis=1)
        source = records[electricity & in_scope2 & ~own_factor]
        rows = source["gpc_ref"].astype(str).tolist()
        notes = {r: _text("calc.td_loss.note", row=r, id="\x1f") for r in set(rows)}
        ids = pd.to_numeric(source["id"], errors="coerce").fillna(0).astype(int).astype(str).tolist()
        extra = {r: json.dumps({"derived": DERIVED_LOSS, "from_row": r, "from_index": 0})[:-2] for r in set(rows)}
        losses = source.assign(  # the JSON of extra is built per row text and index (the same dict as json.dumps)
            gpc_ref=source["gpc_ref"].map(ref.td_loss_rows), id=0, import_file=None, import_row=None,
            notes=[notes[r].replace("\x1f", i) for r, i in zip(rows, ids)],
            extra=[f"{extra[r]}{int(label)}}}" for label, r in zip(source.index.tolist(), rows)])
        return _append(records, losses)
    added: list[dict] = []
    answered = set(records["gpc_ref"].astype(str))
    used = set(records.loc[electricity, "gpc_ref"].astype(str))
    for scope2, loss_row in ref.td_loss_rows.items():
        if ref.gpc[loss_row].sector_no != "I" or loss_row in answered or scope2 not in used:
            continue  # II.x.3 also holds trips outside the city: never keyed for the officer
        row = {c: None for c in records.columns}
        row.update(kind="notation", id=0, gpc_ref=loss_row, year=profile.year, notation_key="IE", included_in=scope2,
                   explanation=_text("calc.td_loss.ie", row=scope2, edition=profile.electricity_edition),
                   extra=json.dumps({"derived": DERIVED_KEY}))
        added.append(row)
    return _append(records, pd.DataFrame(added, columns=records.columns))


def _append(records: pd.DataFrame, added: pd.DataFrame) -> pd.DataFrame:
    """The records with `added` after them under new index labels."""
    if added.empty:
        return records
    start = int(records.index.max()) + 1 if pd.api.types.is_integer_dtype(records.index) else len(records)
    added = added.set_axis(range(start, start + len(added)))
    return pd.concat([records, added.astype(records.dtypes.to_dict(), errors="ignore")])


def is_derived(extra) -> str:
    """'td_loss' / 'td_loss_ie' for a record added by with_td_losses, '' for a stored one."""
    return str(extra_of(extra).get("derived", ""))
