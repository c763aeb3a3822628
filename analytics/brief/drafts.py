"""The follow-ups a brief drafts from its figures (split from ``content``): regions without
their regulation, the province's pending Pergub, regions whose status nobody recorded, budget
gaps and likely payment cycles; as lines for the printed brief and as items a meeting adopts
into the register (``analytics.followups``)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analytics import regulations as regs
from analytics.followups import Draft
from analytics.i18n import fmt_int, fmt_period, fmt_rp, t

FOLLOWUP_GROUP = "non_asn"  # the group named in "1.200 pekerja Non-ASN belum terlindungi"
MAX_FOLLOWUPS = 10


def draft_followups(province_name: str, regulation: dict, regions: pd.DataFrame, budget: dict,
                    cycles: pd.DataFrame, limit: int = MAX_FOLLOWUPS) -> list[str]:
    """Follow-ups in the current language, most pressing first: regions without their regulation
    (with their uncovered Non-ASN headcount when known), the province's pending Pergub, budget
    gaps, and drops that are likely payment cycles (not lost coverage)."""
    head, region_lines, budget_lines, cycle_lines = _drafted(province_name, regulation, regions, budget, cycles)
    items = [line for line, _ in head]
    region_items = [line for line, _ in region_lines]
    budget_items = [line for line, _ in budget_lines]
    cycle_items = [line for line, _ in cycle_lines]
    # regions without a regulation first, but always leave room for budget and cycle items
    room = max(limit - len(items) - len(budget_items) - len(cycle_items), 3)
    if len(region_items) > room:
        region_items = region_items[: room - 1] + [t("brief.fu.more", n=len(region_items) - room + 1)]
    items += region_items + budget_items + cycle_items
    return items


def draft_items(province_name: str, regulation: dict, regions: pd.DataFrame, budget: dict,
                cycles: pd.DataFrame) -> list[Draft]:
    """The same follow-ups as items a meeting can adopt into the register (analytics/followups),
    every region included (the printed list shortens them), in the current language."""
    return [d for part in _drafted(province_name, regulation, regions, budget, cycles) for _, drafts in part
            for d in drafts]


def _drafted(province_name: str, regulation: dict, regions: pd.DataFrame, budget: dict, cycles: pd.DataFrame):
    """(head, region, budget, cycle) lists of (line of the brief, drafts behind that line)."""
    head: list[tuple[str, list[Draft]]] = []
    for state, key in ((regs.NO_DATA, "brief.fu.no_regulation_data"), (regs.SNAPSHOT_ONLY, "brief.fu.snapshot_only")):
        if regulation.get("data_state") == state:
            line = t(key, province=province_name)
            head.append((line, [Draft("other", line)]))
    if regulation.get("province_pending") and not regulation.get("province_regulation"):
        pending = pending_text(regulation.get("province"))
        head.append((t("brief.fu.province_pending", province=province_name, pending=pending),
                     [Draft("regulation", t("fu.draft.province_pending", province=province_name, pending=pending))]))
    elif not regulation.get("province_regulation") and not regulation.get("province_pending") \
            and regulation.get("data_state") == regs.HAS_RECORDS:
        head.append((t("brief.fu.province_none", province=province_name),
                     [Draft("regulation", t("fu.draft.province_regulation", province=province_name))]))

    states = regulation.get("states")
    if states is not None and len(states) and states["status"].eq(regs.NO_RECORD).any() \
            and (states["status"].ne(regs.NO_RECORD).any() or regulation.get("data_state") == regs.HAS_RECORDS):
        # what nobody has recorded yet: a follow-up the meeting can adopt (fill in the status sheet)
        unknown = regs.to_confirm(states)
        names = ", ".join(unknown["name"].head(5))
        if len(unknown) > 5:  # the brief stays one page: the tracker lists them all
            names += " " + t("brief.fu.to_confirm_more", n=len(unknown) - 5)
        head.append((t("brief.fu.to_confirm", n=len(unknown), total=len(states), regions=names),
                     [Draft("regulation", t("fu.draft.to_confirm", province=province_name, n=len(unknown),
                                            regions=names))]))
    without = regions[regions["has_regulation"].eq(False).fillna(False).astype(bool)].copy()
    without = without.sort_values("uncovered", ascending=False, na_position="last")
    group = t(f"group.{FOLLOWUP_GROUP}")
    region_lines = []
    for row in without.itertuples(index=False):
        code = getattr(row, "region_code", None)
        instrument = regs.SHORT_NAMES.get(row.expected_instrument, row.expected_instrument)
        drafts = [Draft("regulation", t("fu.draft.regulation", instrument=instrument, region=row.name), code)]
        if pd.notna(row.uncovered) and row.uncovered > 0:
            line = t("brief.fu.no_regulation_uncovered", region=row.name, instrument=instrument,
                     n=fmt_int(row.uncovered), group=group)
            target = getattr(row, "target", np.nan)
            if pd.notna(target) and target > 0:
                drafts.append(Draft("coverage", t("fu.draft.coverage", n=fmt_int(row.uncovered), group=group,
                                                  region=row.name),
                                    code, FOLLOWUP_GROUP, float(target), "workers"))
        else:
            line = t("brief.fu.no_regulation", region=row.name, instrument=instrument)
        region_lines.append((line, drafts))
    budget_lines = []
    if budget.get("available"):
        gaps = regions[pd.to_numeric(regions["gap_rp"], errors="coerce") > 0].sort_values("gap_rp", ascending=False)
        for row in gaps.head(3).itertuples(index=False):
            if pd.notna(row.allocated_rp):
                needed = getattr(row, "needed_rp", np.nan)
                drafts = [Draft("budget", t("fu.draft.budget", region=row.name, year=budget["year"], group=group,
                                            needed=fmt_rp(needed)),
                                getattr(row, "region_code", None), FOLLOWUP_GROUP, float(needed), "rupiah",
                                int(budget["year"]))] if pd.notna(needed) and needed > 0 else []
                budget_lines.append((t("brief.fu.budget_gap", region=row.name, gap=fmt_rp(row.gap_rp),
                                       year=budget["year"], group=group), drafts))
    likely = cycles[cycles["likely_cycle"].astype(bool)] if len(cycles) else cycles
    cycle_lines = []
    for row in likely.head(2).itertuples(index=False):
        line = t("brief.fu.cycle", region=row.name, group=t(f"group.{row.worker_group}"),
                 months=_months_text(row.flagged_months))
        cycle_lines.append((line, [Draft("other", line, getattr(row, "region_code", None))]))
    return head, region_lines, budget_lines, cycle_lines


def _months_text(flagged) -> str:
    """"2024-01, 2024-02" -> "Januari 2024, Februari 2024"."""
    if not isinstance(flagged, str) or not flagged:
        return "–"
    return ", ".join(fmt_period(pd.Timestamp(f"{m.strip()}-01")) for m in flagged.split(","))


def pending_text(province: pd.DataFrame | None) -> str:
    """"Pergub dalam fasilitasi Kemendagri" from the province's pending records."""
    if province is None or province.empty:
        return ""
    pending = regs.pending_records(province)
    return "; ".join(t(f"reg.pending.{s}", label=lbl) for lbl, s in zip(pending["label"], pending["status_on"]))


# --- building from a store -------------------------------------------------------------------
