"""The kab/kota meeting brief ("Bahan rapat kabupaten/kota") as data: what a kabupaten or kota
brings to its own Inpres 2/2021 follow-up meeting on a given day (Tanah Laut's coordination
meeting, Lamongan's FGD, Sidrap's cooperation meeting, Lubuklinggau's APBD meeting).

For (kab/kota, date), using only data on or before that date, each item with its source:
- its regulation status and instruments with the worker groups they cover (analytics/regulations.py:
  ``region_status`` and ``situation``, the tracker's rules);
- coverage by segment and worker group at the latest month with data, its change since the month
  before and the last 24 months (trend);
- UCJ where employment figures exist (analytics/ucj.py);
- the budget needed next year for its uncovered groups (analytics/budget.py: the simulator's rules
  and rates) against what it has allocated, by funding source;
- its place among the kab/kota of its province (rank and median of UCJ and of Non-ASN coverage);
- its official Paritrana Award results;
- follow-ups of earlier meetings about it, and the ones this meeting may adopt.

What does not exist is one line in ``missing`` (never a table of dashes). Rendering: render.py
(``render_region_html``), share.py; the page is pages/brief.py with ``brief_region``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analytics import i18n
from analytics import regulations as regs
from analytics.brief.content import SEGMENTS, SOURCE_DATASETS, BriefError, change_table, group_table, \
    source_short, sources_and_batches
from analytics.followups import Draft, earlier_items
from analytics.i18n import fmt_int, fmt_pct, fmt_period, fmt_rp, fmt_rp_short, t
from analytics.queries import Query

# groups a kab/kota pays for, in the order the brief lists them (analytics/budget.py's groups)
REGION_GROUPS = ("non_asn", "gtt_ptt", "perangkat_desa", "rt_rw", "pekerja_rentan", "nelayan", "petani")


@dataclass
class RegionBrief:
    region_code: str
    region_name: str
    level: str  # kabupaten / kota
    province_code: str
    province_name: str
    as_of: dt.date
    period: pd.Timestamp | None  # latest coverage month on or before as_of
    previous_period: pd.Timestamp | None
    status: dict  # the region's row of regulations.region_status: has_regulation, regulation, since, pending...
    instruments: pd.DataFrame  # regulations.situation rows of the region known by as_of
    segments: pd.DataFrame  # segment, active, previous, change, change_pct
    groups: pd.DataFrame  # worker_group, active, target, coverage_pct, previous, change
    trend: pd.DataFrame  # period, worker_group, active (24 months)
    coverage_source: str  # "title (date)" of the coverage figures, or ""
    ucj: dict | None  # ucj_pct, active_participants, employed, edition
    budget: dict  # year, groups (DataFrame), needed_rp, allocated_rp, by_source (DataFrame), allocated_year
    ranks: list[dict]  # measure, value, rank, of, median
    awards: pd.DataFrame  # official Paritrana results
    earlier: pd.DataFrame  # follow-ups of earlier meetings about the region, judged on as_of
    drafts: list[Draft]
    followups: list[str]
    sources: pd.DataFrame
    batches: pd.DataFrame
    is_demo: bool
    missing: list[str] = field(default_factory=list)  # one line per thing that does not exist
    lang: str = "id"
    links: dict = field(default_factory=dict)  # "province" -> URL of the province brief (the page sets it)
    # every kab/kota of the province in the five states on as_of (the province's status sheet)
    province_states: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def title(self) -> str:
        return t("kbrief.title", region=self.region_name)


def _columns():
    from analytics import sources
    from analytics.presentation.tables import col

    instruments = (col("label", "kbrief.col.instrument"), col("status_text", "kbrief.col.status"),
                   col("groups_text", "kbrief.col.groups", width="medium"),
                   col("title", "reg.col.title", "data", width="large"), *sources.source_columns())
    ranks = (col("measure_text", "kbrief.col.measure"), col("value", "kbrief.col.value", "pct"),
             col("rank_text", "kbrief.col.rank"), col("median", "kbrief.col.median", "pct"))
    awards = (col("edition_year", "common.year", "year"), col("level", "par.level"),
              col("category", "kbrief.col.award"), col("rank_or_title", "kbrief.col.rank"),
              *sources.source_columns())
    allocations = (col("worker_group", "brief.col.group", "code", vocab="worker_group"),
                   col("funding_source", "bud.col.funding_source", "code", vocab="funding_source"),
                   col("allocated_rp", "brief.col.allocated", "money"),
                   col("realised_rp", "bud.col.realised_rp", "money", missing="missing.budget"))
    return instruments, ranks, awards, allocations


INSTRUMENT_COLUMNS, RANK_COLUMNS, AWARD_COLUMNS, ALLOCATION_COLUMNS = _columns()


def instrument_label(instrument: str, number, year, title) -> str:
    """"Perbup 62/2020". A record whose source gives no number is named by its title as well, in
    quotes (the project's own titles in the UI language): "Perbup" alone would pass for one act
    when the record stands for two (Sidenreng Rappang), or hide that it is a draft's working title."""
    from analytics.presentation.texts import data_text

    label = regs.label(instrument, number, year)
    numbered = not (number is None or (not isinstance(number, str) and pd.isna(number)) or str(number).strip() == "")
    if numbered or not isinstance(title, str) or not title.strip():
        return label
    return f"{label} — “{data_text(title)}”"


def instruments_frame(brief: "RegionBrief") -> pd.DataFrame:
    """The region's instruments for a table: label ("Perbup 62/2020"), the printed brief's label
    (``instrument_label``: with the title when the source gives no number), status on the date and
    worker groups in words, title, source."""
    from analytics import sources
    from analytics.presentation import codes

    rows = brief.instruments
    return sources.with_date_text(rows.assign(
        label=[regs.label(i, n, y) for i, n, y in zip(rows["instrument"], rows["number"], rows["year"])],
        label_long=[instrument_label(i, n, y, title) for i, n, y, title
                    in zip(rows["instrument"], rows["number"], rows["year"], rows["title"])],
        status_text=[t(f"reg.status.{s}") for s in rows["status_on"]],
        groups_text=[codes.list_labels("worker_group", g) if isinstance(g, str) and g else t("kbrief.groups_none")
                     for g in rows["scopes"]]))


def unnumbered(brief: "RegionBrief") -> list[str]:
    """The records whose source gives no number, each named by its title (the page says them under
    its table, whose cells cut a long title): one record may stand for several acts."""
    frame = instruments_frame(brief)
    return [long for short, long in zip(frame["label"], frame["label_long"]) if long != short]


def ranks_frame(brief: "RegionBrief") -> pd.DataFrame:
    return pd.DataFrame([{"measure_text": t(f"kbrief.measure.{r['measure']}"), "value": r["value"],
                          "rank_text": t("kbrief.rank_of", rank=r["rank"], of=r["of"]), "median": r["median"]}
                         for r in brief.ranks])


def region_regulation_status(status: dict) -> str:
    """The region's regulation status in words, from its ``regulations.region_status`` row: the
    tracker's states (in force with since when, pending, none on record, no data)."""
    from analytics.brief.render import status_text

    return status_text(status)


def _row(frame: pd.DataFrame, code: str) -> dict:
    found = frame[frame["region_code"] == code]
    return found.iloc[0].to_dict() if len(found) else {}


def _rank(values: pd.Series, code: str) -> dict | None:
    """Rank (1 = highest) and median of ``values`` (indexed by region code) among the regions
    having one; None when the region has none."""
    values = pd.to_numeric(values, errors="coerce").dropna()
    if code not in values.index:
        return None
    return {"value": float(values[code]), "rank": int((values > values[code]).sum() + 1), "of": len(values),
            "median": float(values.median())}


def _next_year_budget(query: Query, region: dict, period, as_of: dt.date) -> dict:
    """Budget needed next year for the uncovered workers of each group (target − active at the data
    month × the monthly contribution of next year's rates × 12: analytics/budget.py) and what is
    allocated for next year by funding source (or, when nothing is recorded for it yet, this year)."""
    from analytics import budget as budget_mod
    from analytics import rates as rates_mod

    year = as_of.year + 1
    rows, notes = [], []
    rates = rates_mod.load_rates(query)
    for group in REGION_GROUPS:
        if period is None:
            break
        frame = budget_mod._coverage(query, region["province_code"], region["code"], pd.Timestamp(period).year,
                                     group, as_of=pd.Timestamp(period).date())
        if frame.empty or frame["target_workers"].isna().all():
            continue
        try:
            monthly = budget_mod.monthly_contribution(rates, group, year).monthly_rp
        except (budget_mod.BudgetError, budget_mod.RateError) as exc:
            notes.append(f"{t('group.' + group)}: {exc}")
            continue
        need = budget_mod.budget_rows(frame.assign(allocated_rp=np.nan), monthly).iloc[0]
        rows.append({"worker_group": group, "monthly_contribution_rp": monthly,
                     "uncovered_workers": need["uncovered_workers"], "needed_rp": need["needed_rp"]})
    groups = pd.DataFrame(rows, columns=["worker_group", "monthly_contribution_rp", "uncovered_workers", "needed_rp"])
    allocated_year = year
    by_source = query("brief_kab_allocations", {"region": region["code"], "year": year})
    if by_source.empty:  # next year's budget is often not entered yet: what this year has
        allocated_year = as_of.year
        by_source = query("brief_kab_allocations", {"region": region["code"], "year": as_of.year})
    if len(groups):
        alloc = by_source.groupby("worker_group")["allocated_rp"].sum(min_count=1) if len(by_source) else pd.Series()
        groups["allocated_rp"] = pd.to_numeric(groups["worker_group"].map(alloc), errors="coerce") \
            if allocated_year == year else np.nan
        groups["gap_rp"] = groups["needed_rp"] - groups["allocated_rp"]
    return {"year": year, "groups": groups, "by_source": by_source, "allocated_year": allocated_year,
            "needed_rp": groups["needed_rp"].sum(min_count=1) if len(groups) else np.nan,
            "allocated_rp": by_source["allocated_rp"].sum(min_count=1) if len(by_source) else np.nan,
            "notes": notes}


def _drafts(name: str, status: dict, groups: pd.DataFrame, budget: dict, code: str) -> tuple[list[str], list[Draft]]:
    """Follow-ups this meeting may adopt: its regulation when none is in force, the uncovered of
    each group, next year's budget gap."""
    lines, drafts = [], []
    if status.get("has_regulation") is not True and status.get("expected_instrument"):
        instrument = regs.SHORT_NAMES.get(status["expected_instrument"], status["expected_instrument"])
        line = t("brief.fu.no_regulation", region=name, instrument=instrument)
        lines.append(line)
        drafts.append(Draft("regulation", t("fu.draft.regulation", instrument=instrument, region=name), code))
    for r in groups.itertuples(index=False):
        if pd.notna(r.target) and r.target > 0 and pd.notna(r.active) and r.target > r.active:
            uncovered = r.target - r.active
            group = t(f"group.{r.worker_group}")
            lines.append(t("kbrief.fu.uncovered", n=fmt_int(uncovered), group=group))
            drafts.append(Draft("coverage", t("fu.draft.coverage", n=fmt_int(uncovered), group=group, region=name),
                                code, r.worker_group, float(r.target), "workers"))
    b = budget["groups"]
    if len(b) and budget["allocated_year"] == budget["year"]:
        for r in b.itertuples(index=False):
            if pd.notna(r.needed_rp) and r.needed_rp > 0 and (pd.isna(r.allocated_rp) or r.allocated_rp < r.needed_rp):
                group = t(f"group.{r.worker_group}")
                lines.append(t("kbrief.fu.budget", year=budget["year"], group=group, needed=fmt_rp_short(r.needed_rp)))
                drafts.append(Draft("budget", t("fu.draft.budget", region=name, year=budget["year"], group=group,
                                                needed=fmt_rp(r.needed_rp)),
                                    code, r.worker_group, float(r.needed_rp), "rupiah", int(budget["year"])))
    elif len(b) and pd.notna(budget["needed_rp"]) and budget["needed_rp"] > 0:
        lines.append(t("kbrief.fu.budget_total", year=budget["year"], needed=fmt_rp_short(budget["needed_rp"])))
        drafts.append(Draft("budget", t("kbrief.fu.budget_total", year=budget["year"],
                                        needed=fmt_rp(budget["needed_rp"])), code, None,
                            float(budget["needed_rp"]), "rupiah", int(budget["year"])))
    return lines, drafts


def is_region_code(code: str) -> bool:
    """A kab/kota code ("62.06") rather than a province's ("62")."""
    return isinstance(code, str) and code.count(".") == 1


def build_region(query: Query, region_code: str, as_of) -> RegionBrief:
    """The brief of a kabupaten/kota (Kemendagri code, e.g. "73.14") on a date, in the current UI
    language."""
    from analytics import ucj as ucj_mod

    try:
        day = regs.as_date(as_of)
    except ValueError as exc:
        raise BriefError(str(exc)) from None
    province_code = region_code.split(".")[0] if isinstance(region_code, str) else ""
    kabkota = regs.load_kabkota(query, province_code) if province_code else pd.DataFrame()
    if kabkota.empty or region_code not in set(kabkota["region_code"]):
        raise BriefError(f"unknown kabupaten/kota code {region_code!r}; use a Kemendagri code such as 73.14")
    records = regs.load_records(query, province_code)
    snapshots = regs.load_snapshots(query, province_code)
    status_frame = regs.region_status(records, kabkota, day, snapshots)
    status = _row(status_frame, region_code)
    # the five states (in force, issued not in force, draft, confirmed none, no record): regulations.py
    states = regs.load_region_states(query, province_code, day)
    state = _row(states, region_code).get("status") if len(states) else None
    if isinstance(state, str):
        status["state"] = state
    name, level = status["name"], status["level"]
    province_name = status["province_name"]
    now = regs.situation(records[records["region_code"] == region_code], day)
    known = pd.to_datetime(now["known_by"], errors="coerce")
    instruments = now[(known.isna() | (known <= pd.Timestamp(day))).to_numpy()].reset_index(drop=True)

    found = query("brief_kab_periods", {"region": region_code, "as_of": day})
    stamps = [pd.Timestamp(p) for p in found["period"]]
    period, previous = (stamps[0] if stamps else None), (stamps[1] if len(stamps) > 1 else None)
    months = [p.date() for p in stamps]
    rows = query("brief_kab_coverage", {"region": region_code, "periods": months}) if months else pd.DataFrame(
        columns=["segment", "worker_group", "period", "active_participants", "target_workers", "source_title",
                 "source_date", "source_note", "is_demo"])
    all_rows = rows[(rows["worker_group"] == "all") & (rows["segment"] != "ALL")]
    segments = change_table(all_rows, "segment", period, previous)
    if len(segments):
        order = {s: i for i, s in enumerate(SEGMENTS)}
        segments = segments.sort_values("segment", key=lambda s: s.map(order).fillna(99)).reset_index(drop=True)
    groups = group_table(rows[rows["worker_group"] != "all"], period, previous, REGION_GROUPS)
    source_row = rows[pd.to_datetime(rows["period"]) == period].head(1) if period is not None else rows.iloc[0:0]
    coverage_source = ""
    if len(source_row):
        r = source_row.iloc[0]
        coverage_source = source_short(r["source_title"], r["source_date"]) if isinstance(r["source_title"], str) \
            else ""
    trend = query("brief_kab_trend", {"region": region_code, "as_of": day})

    ucj, ranks = None, []
    if period is not None:
        own = ucj_mod.region_ucj(query, [region_code], period)
        if len(own) and pd.notna(own["ucj_pct"].iloc[0]):
            ucj = {k: (None if _missing(v) else v) for k, v in own.iloc[0].to_dict().items()}
        kab = ucj_mod.kabkota_ucj(query, province_code, period)
        if len(kab):
            found_rank = _rank(kab.set_index("region_code")["ucj_pct"], region_code)
            if found_rank:
                ranks.append({"measure": "ucj", **found_rank})
        peers = query("brief_region_groups", {"province": province_code, "period": period.date(),
                                              "previous": period.date()})
        peers = peers[peers["worker_group"] == "non_asn"].set_index("region_code")
        if len(peers):
            pct = 100.0 * peers["active_participants"] / peers["target_workers"].where(peers["target_workers"] > 0)
            found_rank = _rank(pct, region_code)
            if found_rank:
                ranks.append({"measure": "non_asn", **found_rank})

    region = {"code": region_code, "province_code": province_code}
    budget = _next_year_budget(query, region, period, day)
    awards = query("region_awards", {"code": region_code})
    earlier = earlier_items(query, province_code, day)
    if len(earlier):
        earlier = earlier[earlier["region_code"] == region_code].reset_index(drop=True)
    lines, drafts = _drafts(name, status, groups, budget, region_code)
    sources, batches = sources_and_batches(query, province_code, day, region_code,
                                           (*SOURCE_DATASETS, "paritrana", "reported"))

    missing = []
    if period is None:
        missing.append(t("kbrief.missing.coverage", date=i18n.fmt_date(day)))
    if period is not None and ucj is None:
        missing.append(t("kbrief.missing.ucj"))
    if period is not None and budget["groups"].empty:
        missing.append(t("kbrief.missing.targets"))
    if budget["by_source"].empty:
        missing.append(t("kbrief.missing.allocations", year=budget["year"], this_year=day.year))
    if awards.empty:
        missing.append(t("kbrief.missing.awards"))
    if not ranks and period is not None:
        missing.append(t("kbrief.missing.ranks"))
    return RegionBrief(
        region_code=region_code, region_name=name, level=level, province_code=province_code,
        province_name=province_name, as_of=day, period=period, previous_period=previous, status=status,
        instruments=instruments, segments=segments, groups=groups, trend=trend, coverage_source=coverage_source,
        ucj=ucj, budget=budget, ranks=ranks, awards=awards, earlier=earlier, drafts=drafts, followups=lines,
        sources=sources, batches=batches,
        is_demo=bool(batches["is_demo"].any()) if len(batches) else False, missing=missing, lang=i18n.language(),
        province_states=states,
    )


def _missing(value) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def data_line(brief: RegionBrief) -> str:
    if brief.period is not None:
        return t("brief.data_date", period=fmt_period(brief.period), date=i18n.fmt_date(brief.as_of))
    return t("kbrief.no_coverage_line", date=i18n.fmt_date(brief.as_of))


def headline(brief: RegionBrief) -> list[tuple[str, str, str | None]]:
    """(label, value, detail) cards: only those with a figure (what is missing is said once, in a line)."""
    items = [(t("kbrief.h.regulation"), _status_short(brief), region_regulation_status(brief.status))]
    if len(brief.segments) and brief.segments["active"].notna().any():
        total = brief.segments["active"].sum(min_count=1)
        prev = brief.segments["previous"].sum(min_count=1)
        detail = (t("brief.change", change=_signed(total - prev), period=fmt_period(brief.previous_period))
                  if pd.notna(prev) and brief.previous_period is not None else brief.coverage_source or None)
        items.append((t("brief.h.active"), fmt_int(total), detail))
    if brief.ucj:
        from analytics.presentation.texts import data_text

        items.append((t("kbrief.h.ucj"), fmt_pct(brief.ucj["ucj_pct"]),
                      t("brief.ucj_detail", edition=data_text(brief.ucj.get("edition")) or "–")))
    b = brief.budget
    if pd.notna(b.get("needed_rp")):
        detail = (t("kbrief.h.allocated", amount=fmt_rp_short(b["allocated_rp"]), year=b["allocated_year"])
                  if pd.notna(b.get("allocated_rp")) else None)
        items.append((t("kbrief.h.needed", year=b["year"]), fmt_rp_short(b["needed_rp"]), detail))
    return items


def _status_short(brief: RegionBrief) -> str:
    if isinstance(brief.status.get("state"), str):  # the five states of analytics/regulations.py
        return t(f"reg.state.{brief.status['state']}")
    has = brief.status.get("has_regulation")
    if has is True:
        return t("kbrief.status.in_force")
    if brief.status.get("pending"):
        return t("kbrief.status.pending")
    if has is False:
        return t("kbrief.status.none_on_record")
    return t("brief.status.no_data")


def _signed(value: float) -> str:
    text = fmt_int(abs(value))
    return ("+" if value > 0 else "−" if value < 0 else "±") + text
