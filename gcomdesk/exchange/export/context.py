"""Everything the sheets share, computed once per export: results, check findings, the national
view, the header block and the reader's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from gcomdesk import __version__
from gcomdesk.core.analysis import Analysis
from gcomdesk.core.checks import count_by_severity
from gcomdesk.core.estimates.totals import EstimatedPart, estimated_part
from gcomdesk.core.messages import Message
from gcomdesk.core.model import Profile
from gcomdesk.core.reference import ReferenceLibrary
from gcomdesk.core.totals import InventoryResults
from gcomdesk.exchange.export.national import NationalView, national_view
from gcomdesk.exchange.export.options import ExportInput
from gcomdesk.exchange.export.years import YearsView
from gcomdesk.store.inventory import Snapshot

LEVEL_LABELS = {"basic": "BASIC", "basic_plus": "BASIC+"}


@dataclass
class ExportContext:
    """One export's shared state. Build it with `build_context`."""

    data: ExportInput
    lang: str
    results: InventoryResults
    findings: list
    analysis: Analysis
    generated_at: str
    draft: bool = False

    @property
    def profile(self) -> Profile:
        """The inventory's profile."""
        return self.data.profile

    @property
    def ref(self) -> ReferenceLibrary:
        """The reference library."""
        return self.data.ref

    def t(self, key: str, /, **params) -> str:
        """Render a catalogue message in the export language."""
        return Message(key, params).render(self.lang)

    @cached_property
    def severity_counts(self) -> dict[str, int]:
        """Findings by severity (error, warning, info), acknowledged warnings included; see `acknowledged`."""
        return count_by_severity(self.findings, include_acknowledged=True)

    @property
    def acknowledged(self) -> int:
        """How many warnings the officer has explained."""
        return sum(1 for f in self.findings if f.acknowledged is not None)

    @property
    def errors(self) -> int:
        """How many findings are errors (errors cannot be acknowledged)."""
        return int(self.severity_counts.get("error", 0))

    @cached_property
    def years(self) -> YearsView:
        """The project's years: figures, the exported year's changes and their explanations."""
        base = int(self.profile.base_year) if self.profile.base_year else None
        return YearsView(self.analysis, int(self.profile.year), base, self.data.acknowledgements, self.lang)

    @cached_property
    def estimated(self) -> EstimatedPart:
        """The rows holding top-down estimates and their share of BASIC (core/estimates/totals.py)."""
        return estimated_part(self.results)

    def estimate_note(self, refs) -> str:
        """'estimated (top-down): I.1.1, I.2.1' for those of `refs` holding estimates, else ''."""
        chosen = [r for r in refs if r in self.estimated.by_row]
        return self.t("export.flag.estimated", refs=", ".join(chosen)) if chosen else ""

    @cached_property
    def national(self) -> NationalView:
        """The national comparison (nearest national year when the inventory year is missing)."""
        return national_view(self.results, self.profile, self.ref)

    def jurisdiction(self) -> str:
        """The jurisdiction's name in the export language (Korean name as fallback)."""
        p = self.profile
        if self.lang == "en" and p.name_en:
            return f"{p.name_en} ({p.name_ko})"
        return p.name_ko

    def level_label(self) -> str:
        """BASIC or BASIC+."""
        return LEVEL_LABELS.get(self.profile.reporting_level, self.profile.reporting_level)

    def gpc_name(self, gpc_ref: str) -> str:
        """The sub-sector name of a GPC row in the export language."""
        row = self.ref.gpc[gpc_ref]
        return row.subsector_ko if self.lang == "ko" else row.subsector_en

    def sector_name(self, sector_no: str) -> str:
        """The name of a GPC sector (I..VI) in the export language."""
        row = next(g for g in self.ref.gpc.values() if g.sector_no == sector_no)
        return row.sector_ko if self.lang == "ko" else row.sector_en

    def header_lines(self) -> list[str]:
        """The header block every sheet starts with."""
        p = self.profile
        region = self.ref.regions.get(p.region_code)
        region_name = (region.name_ko if self.lang == "ko" else region.name_en) if region else p.region_code
        lines = [
            self.t("export.header.identity", name=self.jurisdiction(), region=region_name, year=p.year,
                   gwp=p.gwp_set, level=self.level_label()),
            self.t("export.header.factors", fuel=p.fuel_factor_set, electricity=p.electricity_edition, heat=p.heat_edition),
            self.t("export.header.generated", at=self.generated_at, version=__version__),
        ]
        if self.draft:
            lines.insert(0, self.t("export.draft_banner", count=self.errors))
        return lines

    def print_header(self) -> str:
        """Short text for the printed page header."""
        return f"{self.jurisdiction()} {self.profile.year}"


def build_context(data: ExportInput, lang: str, now: datetime | None = None) -> ExportContext:
    """The inventory's analysis (the one pipeline of core.analysis, with the project's other years),
    once for every sheet of an export."""
    analysis = data.analysis or Snapshot(data.records, data.profile, data.ref, tuple(data.acknowledgements),
                                         dict(data.other_years)).analyse()
    stamp = (now or datetime.now().astimezone()).strftime("%Y-%m-%d %H:%M %z").strip()
    ctx = ExportContext(data=data, lang=lang, results=analysis.results, findings=list(analysis.findings),
                        analysis=analysis, generated_at=stamp)
    ctx.draft = ctx.errors > 0
    return ctx

