"""What the brief page shows beside the brief's own figures (headline cards, the states' lists,
the kab/kota table's rows, the budget's notes), worked out from a built brief once per view."""

from __future__ import annotations

from analytics.brief import content, render
from analytics.brief.content import Brief
from analytics.i18n import fmt_int, fmt_period, t
from analytics.presentation.markup import md_text


def page_texts(brief: Brief) -> dict:
    """What the brief page shows beside the brief's own figures, worked out from it: the same
    for everyone who opens this province and date, so the page keeps it per view
    (``analytics/web/views.py``; counting the states and formatting took 25-40 ms a view)."""
    reg = brief.regulation
    return {
        "data_line": content.data_line(brief),
        "headline": content.headline(brief),
        "state_lists": content.state_lists(reg),
        "known": content.known_text(reg),
        "pending": content.pending_text(reg.get("province")),
        "region_rows": render.region_rows(brief),
        "region_columns": content.region_columns(brief.regions),
        "budget_note": render.budget_note(brief),
        "budget_sources": render.sources_text(brief.budget["sources"]) if len(brief.budget.get("sources", [])) else None,
        "reported": reported_line(brief),
    }


def reported_line(brief: Brief) -> str | None:
    """The nationally reported figures under the coverage tables, each with its source's title
    and date (a curated note is not shown: the source is the fact's ground); markdown."""
    if not len(brief.reported):
        return None
    return t("brief.s.reported") + ": " + "; ".join(
        f"{render.reported_label(r.worker_group, r.segment)} {fmt_int(r.active_participants)}, "
        f"{fmt_period(r.period)}, {md_text(render.source_line(r))}" for r in brief.reported.itertuples(index=False))
