"""The province meeting brief as data: what a provincial secretariat brings to a coordination
meeting with BPJS branch heads on a given day.

For (province, date) it gathers, using only data on or before that date:
- coverage by segment and by worker group at the latest month with data (the "data date") and
  the change since the month before; figures reported for the province as a whole (curated
  facts) are listed apart and never added to the kabupaten/kota sums;
- UCJ of the province with its denominator's edition and the year's target;
- kabupaten/kota with and without their regulation (analytics/regulations.py), the province's
  own Pergub/Instruksi Gubernur apart;
- budget allocated vs needed for the groups regions pay for (analytics/budget.py), with the
  uncovered headcount taken at the data date;
- the kabupaten/kota table with status and gaps, budget-cycle notes (analytics/cycles.py), and
  follow-ups drafted from all of that;
- the import batches (ids, files) the figures come from and whether any is demo data.

Texts (follow-ups, notes) are in the current UI language (analytics.i18n). Rendering to HTML
and PDF is analytics/brief/render.py; the map figure is analytics/charts/brief.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analytics import budget as budget_mod
from analytics import cycles, i18n
from analytics import regulations as regs
from analytics import ucj as ucj_mod
from analytics.followups import Draft, earlier_items
# the drafted follow-ups live in drafts.py; re-exported here for the brief's callers
from analytics.brief.drafts import (  # noqa: F401
    FOLLOWUP_GROUP, MAX_FOLLOWUPS, draft_followups, draft_items, pending_text,
)
from analytics.i18n import fmt_date, fmt_int, fmt_pct, fmt_period, fmt_rp_short, t
from analytics import national
from analytics.i18n import formats
from analytics.i18n.formats import is_missing
from analytics.presentation.tables import col as column
from analytics.presentation.texts import data_text
from analytics.queries import Query

SEGMENTS = ("PU", "BPU", "JAKON", "PMI")
# Worker groups regions pay for, in the order the brief lists them.
BRIEF_GROUPS = ("non_asn", "pekerja_rentan", "perangkat_desa")


# How the brief's tables show (analytics.presentation; the page draws them with show_table).
SEGMENT_COLUMNS = (
    column("segment", "brief.col.segment", "code", vocab="segment"),
    column("active", "brief.col.active", "count", missing="missing.no_report"),
    column("change", "brief.col.change", "signed", missing="missing.previous"),
)
GROUP_COLUMNS = (
    column("worker_group", "brief.col.group", "code", vocab="worker_group"),
    column("active", "brief.col.active", "count", missing="missing.no_report"),
    column("target", "brief.col.target", "count", missing="missing.target"),
    column("coverage_pct", "brief.col.coverage", "pct", missing="missing.target"),
    column("change", "brief.col.change", "signed", missing="missing.previous"),
)
REGION_COLUMNS = (  # rows from render.region_rows
    column("name", "brief.col.region"),
    column("status_text", "brief.col.status", width="medium"),
    column("ucj_pct", "brief.col.ucj", "pct", missing="missing.employed"),
    column("active", "brief.col.non_asn", "count", text="active_text"),
    column("uncovered", "brief.col.uncovered", "count", missing="missing.target"),
    column("needed_rp", "brief.col.needed", "money", missing="missing.target"),
    column("allocated_rp", "brief.col.allocated", "money", missing="missing.budget"),
    column("gap_rp", "brief.col.gap", "gap"),
)


def region_columns(regions: pd.DataFrame) -> tuple:
    """REGION_COLUMNS without the figure columns no region has a figure in (public data has no
    kab/kota coverage or budgets: a column of dashes says nothing a line above it does not)."""
    figures = {"ucj_pct": "ucj_pct", "active": "active", "uncovered": "uncovered", "needed_rp": "needed_rp",
               "allocated_rp": "allocated_rp", "gap_rp": "gap_rp"}
    return tuple(c for c in REGION_COLUMNS if c.name not in figures
                 or pd.to_numeric(regions.get(figures[c.name]), errors="coerce").notna().any())


BUDGET_COLUMNS = (
    column("worker_group", "brief.col.group", "code", vocab="worker_group"),
    column("monthly_contribution_rp", "brief.col.monthly", "money"),
    column("uncovered_workers", "brief.col.uncovered_all", "count", missing="missing.target"),
    column("needed_rp", "brief.col.needed", "money", missing="missing.target"),
    column("allocated_rp", "brief.col.allocated", "money", missing="missing.budget"),
    column("gap_rp", "brief.col.gap", "gap"),
)
BATCH_COLUMNS = (
    column("batch_id", "brief.col.batch"),
    column("dataset", "brief.col.dataset", "code", vocab="dataset"),
    column("file_name", "brief.col.file"),
    column("imported_at", "brief.col.imported", "datetime"),
    column("is_demo", "demo.mark", "bool"),
)


class BriefError(ValueError):
    """The brief cannot be made for these inputs; the message says why."""


@dataclass
class Brief:
    province_code: str
    province_name: str
    as_of: dt.date
    period: pd.Timestamp | None  # the data date: latest coverage month on or before as_of
    previous_period: pd.Timestamp | None
    segments: pd.DataFrame  # segment, active, previous, change, change_pct
    groups: pd.DataFrame  # worker_group, active, target, coverage_pct, previous, change
    reported: pd.DataFrame  # figures reported for the whole province (curated), apart
    ucj: dict | None  # ucj_pct, active_participants, employed, edition, target_pct, period
    regulation: dict  # regulations.province_completeness(...)
    budget: dict  # year, available, reason, groups (DataFrame), allocated_rp, needed_rp, gap_rp
    regions: pd.DataFrame  # one row per kabupaten/kota: status and gaps
    cycles: pd.DataFrame  # cycles.flag_regions rows for the province, likely payment cycles
    followups: list[str]
    batches: pd.DataFrame  # batch_id, dataset, file_name, imported_at, is_demo
    is_demo: bool
    notes: list[str] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)  # the follow-ups as items to adopt
    # what the brief opens with: items agreed at earlier meetings, judged on as_of (analytics/followups)
    earlier: pd.DataFrame = field(default_factory=pd.DataFrame)
    lang: str = "id"  # the language its texts were written in; HTML, PDF and image follow it
    # the public sources of its facts: source_title, source_url, source_date, confidence, datasets, facts
    sources: pd.DataFrame = field(default_factory=pd.DataFrame)
    # UCJ a source reports for the province itself (period, ucj_pct, source_title, source_date...)
    reported_ucj: dict | None = None
    # region code -> URL of that kab/kota's brief (set by the page; empty in files without a server)
    links: dict = field(default_factory=dict)

    @property
    def data_date(self) -> pd.Timestamp | None:
        return self.period


# --- pure parts ------------------------------------------------------------------------------
def change_table(frame: pd.DataFrame, key: str, period, previous) -> pd.DataFrame:
    """Per ``key``: active at ``period``, at ``previous``, change and change in %. A key with no
    row in a month has NaN there (no data), never 0."""
    columns = [key, "active", "previous", "change", "change_pct"]
    if frame.empty or period is None:
        return pd.DataFrame(columns=columns)
    stamp = pd.to_datetime(frame["period"])
    now = frame[stamp == pd.Timestamp(period)].set_index(key)["active_participants"]
    before = (frame[stamp == pd.Timestamp(previous)].set_index(key)["active_participants"]
              if previous is not None else pd.Series(dtype="float64"))
    keys = list(dict.fromkeys([*now.index, *before.index]))
    out = pd.DataFrame({key: keys})
    out["active"] = pd.to_numeric(now.reindex(keys).to_numpy(), errors="coerce")
    out["previous"] = pd.to_numeric(before.reindex(keys).to_numpy(), errors="coerce") if len(before) else np.nan
    out["change"] = out["active"] - out["previous"]
    out["change_pct"] = (100.0 * out["change"] / out["previous"].where(out["previous"] > 0)).round(2)
    return out[columns]


def state_lists(regulation: dict) -> list[tuple[str, list[str]]]:
    """The brief's regulation lists: for each of the five states that has regions, its heading
    with the count ("belum ada (dikonfirmasi) (1)") and the names; then "status known k of n"
    is ``known_text``. Empty when nothing is known of the province (the brief says "no data")."""
    states = regulation.get("states")
    if states is None or not len(states):
        return []
    if regulation.get("data_state") != regs.HAS_RECORDS and not states["status"].ne(regs.NO_RECORD).any():
        return []
    out = []
    for state in regs.REGION_STATES:
        names = list(states.loc[states["status"].eq(state), "name"])
        if names or state == regs.IN_FORCE:
            out.append((t("brief.state_heading", state=t(f"reg.state.{state}"), n=len(names)), names))
    return out


def known_text(regulation: dict) -> str | None:
    states = regulation.get("states")
    if states is None or not len(states):
        return None
    counts = regs.known_counts(states, by_province=False).iloc[0]
    return t("brief.known", k=int(counts["known"]), n=int(counts["total"]))


def _periods(query: Query, province_code: str, as_of: dt.date) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    found = query("brief_periods", {"province": province_code, "as_of": as_of})
    stamps = [pd.Timestamp(p) for p in found["period"]]
    return (stamps[0] if stamps else None, stamps[1] if len(stamps) > 1 else None)


def _month(stamp) -> dt.date | None:
    return None if stamp is None else pd.Timestamp(stamp).date()


def _group_tables(query: Query, province_code: str, period, previous) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(per region and group at period/previous, province totals per group with coverage %)."""
    rows = query("brief_region_groups", {
        "province": province_code, "period": _month(period), "previous": _month(previous) or _month(period)})
    return rows, group_table(rows, period, previous, BRIEF_GROUPS)


def group_table(rows: pd.DataFrame, period, previous, order: Sequence[str]) -> pd.DataFrame:
    """Per worker group, summed over ``rows`` (worker_group, period, active_participants,
    target_workers): active at ``period``, the change since ``previous`` (``change_table``), the
    target headcount at ``period`` and coverage %, in ``order`` (others last)."""
    totals = (rows.groupby(["worker_group", "period"], as_index=False)
              .agg(active_participants=("active_participants", "sum"),
                   target_workers=("target_workers", lambda s: s.sum(min_count=1))))
    groups = change_table(totals, "worker_group", period, previous)
    if len(groups):
        now = totals[pd.to_datetime(totals["period"]) == pd.Timestamp(period)].set_index("worker_group")
        groups["target"] = pd.to_numeric(groups["worker_group"].map(now["target_workers"]), errors="coerce")
        groups["coverage_pct"] = (100.0 * groups["active"] / groups["target"].where(groups["target"] > 0)).round(2)
        rank = {g: i for i, g in enumerate(order)}
        groups = groups.sort_values("worker_group", key=lambda s: s.map(rank).fillna(99)).reset_index(drop=True)
    else:
        groups = groups.assign(target=pd.Series(dtype="float64"), coverage_pct=pd.Series(dtype="float64"))
    return groups


def _budget(query: Query, province_code: str, year: int, period) -> tuple[dict, pd.DataFrame]:
    """Budget needed vs allocated per group for the province (and per region for Non-ASN).

    Everything comes from analytics.budget.province_budget_table with ``as_of`` = the brief's
    data month, so the brief shows what the budget page and CLI show for that date."""
    per_group, region_table = [], pd.DataFrame()
    notes = []
    as_of = pd.Timestamp(period).date() if period is not None else None
    for group in BRIEF_GROUPS:
        try:
            # the same function as the budget page and CLI, at the brief's data month
            table = budget_mod.province_budget_table(query, province_code, year, group, as_of=as_of)
        except (budget_mod.BudgetError, budget_mod.RateError) as exc:  # e.g. no rate for the year: say so, go on
            notes.append(f"{t('group.' + group)}: {exc}")
            continue
        monthly = float(table["monthly_contribution_rp"].dropna().iloc[0]) if table["monthly_contribution_rp"].notna().any() else None
        if group == FOLLOWUP_GROUP:
            region_table = table
        per_group.append({
            "worker_group": group,
            "monthly_contribution_rp": monthly,
            "uncovered_workers": table["uncovered_workers"].sum(min_count=1),
            "needed_rp": table["needed_rp"].sum(min_count=1),
            "allocated_rp": table["allocated_rp"].sum(min_count=1),
            "regions_with_allocation": int(table["allocated_rp"].notna().sum()),
            "regions": len(table),
        })
    groups = pd.DataFrame(per_group)
    if len(groups):
        groups["gap_rp"] = groups["needed_rp"] - groups["allocated_rp"]
    allocated = groups["allocated_rp"].sum(min_count=1) if len(groups) else np.nan
    needed = groups["needed_rp"].sum(min_count=1) if len(groups) else np.nan
    sources = query("brief_budget_sources", {"province": province_code, "year": int(year),
                                                            "groups": list(BRIEF_GROUPS)})
    return {
        "year": year, "available": bool(len(groups)), "reason": "; ".join(notes) or None, "sources": sources,
        "apbd_rp": sources.loc[sources["funding_source"] == "apbd", "allocated_rp"].sum(min_count=1),
        "groups": groups, "allocated_rp": allocated, "needed_rp": needed,
        "gap_rp": needed - allocated if pd.notna(needed) and pd.notna(allocated) else np.nan,
        "has_allocations": bool(len(groups) and groups["regions_with_allocation"].sum() > 0),
    }, region_table


def _ucj(query: Query, province_code: str, period) -> tuple[dict | None, pd.DataFrame]:
    if period is None:
        return None, pd.DataFrame(columns=["region_code", "ucj_pct"])
    prov = ucj_mod.region_ucj(query, [province_code], period)
    kab = ucj_mod.kabkota_ucj(query, province_code, period)
    row = prov.iloc[0].to_dict() if len(prov) else {}
    clean = {k: (None if is_missing(v) else v) for k, v in row.items()}
    return (clean if clean.get("active_participants") is not None else None), kab


def _cycles(query: Query, province_code: str, as_of: dt.date) -> pd.DataFrame:
    try:
        found = cycles.flag_regions(query, province_code, as_of)
    except Exception:  # budget-cycle notes are an aid; the brief stands without them
        return pd.DataFrame(columns=["region_code", "name", "worker_group", "likely_cycle", "note"])
    return found[found["likely_cycle"].astype(bool)].reset_index(drop=True) if len(found) else found


def default_date(query: Query, today: dt.date) -> dt.date:
    """The meeting date a brief opens on: the last day of the latest month with coverage data
    (a brief dated today, months after the data, showed empty budget tables), never after
    ``today``; ``today`` when there is no coverage data."""
    latest = query("latest_coverage_period", {}).iloc[0, 0]
    if latest is None or pd.isna(latest):
        return today
    return min((pd.Timestamp(latest) + pd.offsets.MonthEnd(0)).date(), today)


def budget_year(query: Query, province_code: str, day: dt.date) -> int:
    """The budget year the brief shows: the latest year up to the meeting date's with budget
    records for the province (the current year's budget is often not entered yet)."""
    found = query("brief_budget_year", {"province": province_code, "year": day.year, "groups": list(BRIEF_GROUPS)})
    year = found.iloc[0, 0] if len(found) else None
    return day.year if year is None or pd.isna(year) else int(year)


def build(query: Query, province_code: str, as_of) -> Brief:
    """The brief for a province (Kemendagri code, e.g. "62") on a date, in the current UI
    language (``Brief.lang``)."""
    try:
        day = regs.as_date(as_of)
    except ValueError as exc:
        raise BriefError(str(exc)) from None
    provinces = regs.load_provinces(query)
    names = dict(zip(provinces["province_code"], provinces["province_name"]))
    if province_code not in names:
        raise BriefError(f"unknown province code {province_code!r}; use a Kemendagri code such as 62")
    name = names[province_code]

    regulation = regs.province_completeness(query, province_code, day)
    # the five states of every kab/kota, sheets included (analytics/regulations.py)
    regulation["states"] = regs.load_region_states(query, province_code, day)
    period, previous = _periods(query, province_code, day)
    seg_rows = query("brief_segments", {
        "province": province_code, "period": _month(period), "previous": _month(previous) or _month(period)})
    segments = change_table(seg_rows, "segment", period, previous)
    if len(segments):
        order = {s: i for i, s in enumerate(SEGMENTS)}
        segments = segments.sort_values("segment", key=lambda s: s.map(order).fillna(99)).reset_index(drop=True)
    region_groups, groups = _group_tables(query, province_code, period, previous)
    reported = query("brief_reported", {"province": province_code, "as_of": day})
    ucj, kab_ucj = _ucj(query, province_code, period)
    budget, budget_regions = _budget(query, province_code, budget_year(query, province_code, day), period)
    cycles = _cycles(query, province_code, day)

    regions = regulation["regions"][["region_code", "name", "level", "has_regulation", "regulation", "since",
                                     "since_basis", "other_instruments", "pending", "expected_instrument"]].copy()
    regions["ucj_pct"] = regions["region_code"].map(kab_ucj.set_index("region_code")["ucj_pct"]) \
        if len(kab_ucj) else np.nan
    now = region_groups[(region_groups["worker_group"] == FOLLOWUP_GROUP)
                        & (pd.to_datetime(region_groups["period"]) == pd.Timestamp(period))] \
        if period is not None else region_groups.iloc[0:0]
    now = now.set_index("region_code")
    regions["active"] = pd.to_numeric(regions["region_code"].map(now["active_participants"]), errors="coerce")
    regions["target"] = pd.to_numeric(regions["region_code"].map(now["target_workers"]), errors="coerce")
    regions["uncovered"] = (regions["target"] - regions["active"].fillna(0)).clip(lower=0)
    for col in ("needed_rp", "allocated_rp", "gap_rp"):
        regions[col] = (pd.to_numeric(regions["region_code"].map(budget_regions.set_index("region_code")[col]),
                                      errors="coerce") if len(budget_regions) else np.nan)
    cycle_regions = set(cycles["region_code"]) if len(cycles) else set()
    regions["likely_cycle"] = regions["region_code"].isin(cycle_regions)

    sources, batches = sources_and_batches(query, province_code, day)
    # (no kab/kota data is said in the line under the title; reported figures are apart by their heading)
    notes = []
    if budget.get("reason"):
        notes.append(budget["reason"])
    followups = draft_followups(name, regulation, regions, budget, cycles)
    return Brief(
        province_code=province_code, province_name=name, as_of=day, period=period, previous_period=previous,
        segments=segments, groups=groups, reported=reported, ucj=ucj, regulation=regulation, budget=budget,
        regions=regions, cycles=cycles, followups=followups, batches=batches,
        is_demo=bool(batches["is_demo"].any()) if len(batches) else False, notes=notes,
        drafts=draft_items(name, regulation, regions, budget, cycles),
        earlier=earlier_items(query, province_code, day), lang=i18n.language(),
        sources=sources,
        reported_ucj=_reported_ucj(query, province_code, day),
    )


# the datasets whose public sources the province brief cites (the kab/kota brief adds its own)
SOURCE_DATASETS = ("coverage", "regulation", "employment", "budget")


def sources_and_batches(query: Query, province_code: str, day: dt.date, region_code: str | None = None,
                        datasets: tuple[str, ...] = SOURCE_DATASETS) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The public sources and the active import batches of a brief's facts: the province and its
    kab/kota, or one kab/kota (``region_code``)."""
    params = {"province": province_code, "region": region_code, "as_of": day}
    return query("brief_sources", {**params, "datasets": list(datasets)}), query("brief_batches", params)


def _reported_ucj(query: Query, region_code: str, day: dt.date) -> dict | None:
    found = query("brief_reported_ucj", {"region": region_code, "as_of": day})
    if found.empty or pd.isna(found["ucj_pct"].iloc[0]):
        return None
    return {k: (None if is_missing(v) else v) for k, v in found.iloc[0].to_dict().items()}


def reported_total(brief: Brief) -> dict | None:
    """The latest figure reported for the province as a whole for all workers (segment ALL, or
    the sum of its segment rows of one month), as a dict with period and source: what the cards
    show, marked as reported, when no kabupaten/kota figures exist."""
    rows = brief.reported
    if rows is None or rows.empty:
        return None
    rows = rows[rows["worker_group"] == "all"]
    if rows.empty:
        return None
    latest = pd.to_datetime(rows["period"]).max()
    now = rows[pd.to_datetime(rows["period"]) == latest]
    total = now[now["segment"] == "ALL"]
    first = (total if len(total) else now).iloc[0]
    value = (total["active_participants"].iloc[0] if len(total)
             else now["active_participants"].sum(min_count=1))
    if pd.isna(value):
        return None
    return {"active": float(value), "period": latest, "source_title": first["source_title"],
            "source_date": first["source_date"], "source_note": first["source_note"]}


def source_short(title, date) -> str:
    """A source named on a card: its title, shortened and quoted (data, in its own language), and
    its date as precise as the source gives it."""
    text = f"“{national.short_title(title, 60)}”" if isinstance(title, str) and title else ""
    if not formats.is_missing(date):
        text += f" ({formats.partial_date(date)})" if text else formats.partial_date(date)
    return text


def _reported_detail(period, title, date) -> str:
    return t("brief.h.reported", period=fmt_period(period), source=source_short(title, date) or "–")


def data_line(brief: Brief) -> str:
    """The line under the title: the data month, or that there is no kab/kota data and what
    there is instead (the province's reported figures and their month)."""
    if brief.period is not None:
        return t("brief.data_date", period=fmt_period(brief.period), date=fmt_date(brief.as_of))
    reported = reported_total(brief)
    months = [reported["period"]] if reported else []
    if brief.reported_ucj:
        months.append(pd.Timestamp(f"{brief.reported_ucj['period']}-01"))
    if months:
        return t("brief.reported_data_date", date=fmt_date(brief.as_of), period=fmt_period(max(months)))
    return t("brief.no_data_date", date=fmt_date(brief.as_of))


def _no_figure(detail: str | None = None) -> tuple[str, str]:
    # a dash on the card and the words below it: "tidak ada data" as the card's figure was cut
    # to "tidak ada…" on a 1280 px screen
    return "–", t("common.no_data") + (" · " + detail if detail else "")


def headline(brief: Brief) -> list[tuple[str, str, str | None]]:
    """(label, value, detail) for the headline boxes, formatted in the current language. A
    missing figure is a dash, with "no data" in the detail."""
    reg = brief.regulation
    reg_detail = t("brief.h.regulation_detail", date=fmt_date(brief.as_of))
    if reg.get("data_state") == regs.HAS_RECORDS:
        reg_value = t("brief.of", n=reg["regions_with"], total=reg["regions_total"])
    elif reg.get("snapshot_with") is not None:
        reg_value = t("brief.of", n=reg["snapshot_with"], total=reg["snapshot_total"]) + "*"
    else:
        reg_value, reg_detail = _no_figure(reg_detail)
    total_active = brief.segments["active"].sum(min_count=1) if len(brief.segments) else np.nan
    total_prev = brief.segments["previous"].sum(min_count=1) if len(brief.segments) else np.nan
    reported = reported_total(brief) if pd.isna(total_active) else None
    if reported is not None:  # no kab/kota sums: the province's own reported figure, marked as such
        items = [(t("brief.h.active_reported"), fmt_int(reported["active"]),
                  _reported_detail(reported["period"], reported["source_title"], reported["source_date"]))]
    elif pd.isna(total_active):
        items = [(t("brief.h.active"), *_no_figure())]
    else:
        change = None
        if pd.notna(total_prev):
            change = t("brief.change", change=_signed(total_active - total_prev),
                       period=fmt_period(brief.previous_period))
        items = [(t("brief.h.active"), fmt_int(total_active), change)]
    if brief.ucj and brief.ucj.get("ucj_pct") is not None:
        detail = t("brief.ucj_detail", edition=data_text(brief.ucj.get("edition")) or "–")
        if brief.ucj.get("target_pct") is not None:
            detail += " · " + t("brief.ucj_target", target=fmt_pct(brief.ucj["target_pct"]))
        items.append((t("brief.h.ucj"), fmt_pct(brief.ucj["ucj_pct"]), detail))
    elif brief.reported_ucj:
        r = brief.reported_ucj
        items.append((t("brief.h.ucj_reported"), fmt_pct(r["ucj_pct"]),
                      _reported_detail(pd.Timestamp(f"{r['period']}-01"), r.get("source_title"), r.get("source_date"))))
    else:
        items.append((t("brief.h.ucj"), *_no_figure()))
    items.append((t("brief.h.regulation"), reg_value, reg_detail))
    b = brief.budget
    if not b.get("available"):
        items.append((t("brief.h.budget", year=b.get("year")), "–", b.get("reason") or t("common.not_yet")))
    elif not b.get("has_allocations") and brief.period is None:
        # nothing recorded and no coverage to measure a need against: one line, no dashes
        items.append((t("brief.h.budget", year=b["year"]), "–", t("brief.budget_no_alloc", year=b["year"])))
    else:
        needed = b.get("needed_rp")
        detail = t("brief.h.needed", needed=fmt_rp_short(needed)) if pd.notna(needed) else None
        if pd.notna(b.get("apbd_rp")):
            detail = " · ".join(filter(None, [t("brief.h.apbd", apbd=fmt_rp_short(b["apbd_rp"])), detail]))
        allocated = b.get("allocated_rp")
        if pd.isna(allocated):
            items.append((t("brief.h.budget", year=b["year"]), *_no_figure(detail)))
        else:
            items.append((t("brief.h.budget", year=b["year"]), fmt_rp_short(allocated), detail))
    return items


def _signed(value: float) -> str:
    text = fmt_int(abs(value))
    return ("+" if value > 0 else "−" if value < 0 else "±") + text
