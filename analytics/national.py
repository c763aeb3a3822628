"""National figures on the overview: the sums of the provinces this dashboard holds, and the
national figures sources report, side by side and never mixed.

The data model has no national row of its own: a national sum is the sum of province figures
(with how many provinces it covers), while a reported national figure (``reported_figure`` with
no region) keeps its source. Where two sources disagree, both are shown; nothing is averaged.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analytics.i18n import fmt_pct, fmt_period, formats, t
from analytics.presentation import codes

# the segment sum stands for the nation only when it covers (nearly) the provinces' total:
# public data holds segments for one kabupaten, not for 28 provinces
SEGMENTS_COVER = 0.9
SEGMENT_ORDER = ("PU", "BPU", "JAKON", "PMI", "JAKON_PMI")
CONFIDENCE_RANK = {"high": 3, "medium": 2, "low": 1}


@dataclass(frozen=True)
class ProvinceSums:
    """What the provinces held here add up to, and how many of them each sum covers."""

    active_participants: int | None
    provinces_with_participants: int
    employed: int | None
    provinces_with_ucj: int
    ucj_pct: float | None
    provinces_total: int
    allocated_rp: float | None  # None: no budget record at all (not zero)
    provinces_with_budget: int

    @property
    def ucj_over_part(self) -> bool:
        """A UCJ over some of the provinces only: named for what it is, beside the reported one."""
        return self.ucj_pct is not None and self.provinces_with_ucj < self.provinces_total


def province_sums(provinces: pd.DataFrame) -> ProvinceSums:
    """Sums over the ``province_overview`` rows; a sum of nothing is None, never 0. The UCJ sum
    counts only provinces with both a numerator and a denominator."""
    active = provinces["active_participants"].dropna()
    both = provinces.dropna(subset=["active_participants", "employed"])
    both = both[both["employed"] > 0]
    budget = provinces["allocated_rp"].dropna()
    employed = int(both["employed"].sum()) if len(both) else None
    return ProvinceSums(
        active_participants=int(active.sum()) if len(active) else None,
        provinces_with_participants=len(active),
        employed=employed,
        provinces_with_ucj=len(both),
        ucj_pct=100.0 * both["active_participants"].sum() / employed if employed else None,
        provinces_total=len(provinces),
        allocated_rp=float(budget.sum()) if len(budget) else None,
        provinces_with_budget=len(budget),
    )


def segment_breakdown(segment_sums: pd.DataFrame, active_total: int | None,
                      reported: pd.DataFrame) -> tuple[pd.DataFrame, str | None]:
    """The participants by segment to chart, and where they come from:
    - ``"sum"``: the kabupaten/kota rows summed, when they cover the provinces' total;
    - ``"reported"``: a national figure per segment that a source reports for the month;
    - ``None``: neither (the page says there is no such data).
    Returns (segment, active_participants[, source_title, source_url, source_date, confidence])."""
    summed = segment_sums[segment_sums["active_participants"].fillna(0) > 0]
    if len(summed) and active_total and summed["active_participants"].sum() >= SEGMENTS_COVER * active_total:
        return summed.reset_index(drop=True), "sum"
    rows = reported[(reported["indicator"] == "peserta_aktif") & reported["segment"].notna()
                    & (reported["segment"] != "ALL") & reported["value"].notna()]
    if len(rows) < 2:
        return summed.iloc[0:0].reset_index(drop=True), None
    # one figure per segment: the most confident source's
    rows = rows.assign(_rank=rows["confidence"].map(CONFIDENCE_RANK).fillna(0))
    rows = rows.sort_values("_rank", ascending=False).drop_duplicates("segment")
    rows = rows.assign(_order=rows["segment"].map({s: i for i, s in enumerate(SEGMENT_ORDER)}).fillna(99))
    picked = rows.sort_values("_order").rename(columns={"value": "active_participants"})
    return picked[["segment", "active_participants", "source_title", "source_url", "source_date",
                   "confidence"]].reset_index(drop=True), "reported"


def reported_total(reported: pd.DataFrame, indicator: str = "peserta_aktif") -> pd.DataFrame:
    """The national totals sources report for ``indicator`` (segment ALL or none), most
    confident first: more than one row means the sources disagree (or repeat each other)."""
    rows = reported[(reported["indicator"] == indicator)
                    & (reported["segment"].isna() | (reported["segment"] == "ALL"))]
    rows = rows.assign(_rank=rows["confidence"].map(CONFIDENCE_RANK).fillna(0))
    return rows.sort_values(["_rank", "figure_id"], ascending=[False, True]).drop(columns="_rank") \
        .reset_index(drop=True)


def conflicting(rows: pd.DataFrame) -> bool:
    """True when the rows report different values for the same figure."""
    return rows["value"].dropna().nunique() > 1


def short_title(title: object, limit: int = 90) -> str:
    """A source's title short enough for a sentence (cut at a word, "…"); tables keep it whole."""
    text = "" if formats.is_missing(title) else str(title)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:(")
    return cut + " …"


def reported_ucj_card(query, period) -> dict | None:
    """The national UCJ as a source reports it for ``period``, shown beside a sum over part of
    the provinces (the overview's and the UCJ page's card): ``label``, ``value`` and ``help`` of
    ``st.metric`` in the UI language, with the source, its date and confidence; None when no
    source reports one."""
    rows = query("national_reported_ucj", {"period": period})
    if not len(rows):
        return None
    r = rows.iloc[0]
    return {"label": t("overview.ucj_reported", period=fmt_period(pd.Timestamp(f"{r['period']}-01"))),
            "value": fmt_pct(r["value"]),
            "help": t("overview.reported_help", source=short_title(r["source_title"]),
                      date=formats.partial_date(r["source_date"]), confidence=codes.label("confidence", r["confidence"]))}


def kabkota_with_regulation(query, as_of) -> dict:
    """Kab/kota with a regulation in force on ``as_of``, counted as the regulation tracker counts
    them (``analytics.regulations.completeness``): over the provinces with regulation records
    only, a province without any being "no data", not zero. Keys: n, total (kab/kota of those
    provinces), provinces (with records), provinces_total. The overview and the tracker say the
    same "n of total"."""
    from analytics import regulations as regs

    table = regs.completeness(regs.load_records(query), regs.load_kabkota(query), regs.load_snapshots(query),
                              as_of, regs.load_provinces(query))
    known = table[table["data_state"] == regs.HAS_RECORDS]
    return {"n": int(known["regions_with"].sum()), "total": int(known["regions_total"].sum()),
            "provinces": len(known), "provinces_total": len(table), "known": set(known.index)}


@dataclass(frozen=True)
class Overview:
    """What the overview shows for one month and day, worked out from the data: the same for
    everyone who opens it, so the page keeps it per view (``analytics/web/views.py``; the
    regulation counts alone redid the tracker's completeness on every view)."""

    provinces: pd.DataFrame  # the province_overview rows of the month
    sums: ProvinceSums
    reported: pd.DataFrame  # national figures sources report for the month
    reported_active: pd.DataFrame  # of those, the active participants, best source first
    reported_ucj: dict | None  # the reported national UCJ card, beside a sum over part of the provinces
    regulated: dict  # kabkota_with_regulation
    known: pd.Series  # every kab/kota's regulation state, counted (regulations.known_counts)
    segments: pd.DataFrame
    segments_origin: str | None  # "sum", "reported" or None (segment_breakdown)
    with_value: pd.DataFrame  # provinces with participants
    with_ucj: pd.DataFrame  # of those, with a UCJ
    reported_table: pd.DataFrame  # ``reported`` with its dates as text
    table: pd.DataFrame  # the provinces table as shown: regulation counts only where known, rate notes


def overview(query, period: pd.Timestamp, as_of) -> Overview:
    """The overview of ``period`` (a month) with regulations as of ``as_of``, in the UI language."""
    from analytics import regulations as regs
    from analytics import sources, ucj

    provinces = query("province_overview", {"period": period, "as_of": as_of, "year": period.year})
    sums = province_sums(provinces)
    reported = query("national_reported", {"period": period, "year": None})
    regulated = kabkota_with_regulation(query, as_of)
    segments, origin = segment_breakdown(query("national_by_segment", {"period": period}),
                                         sums.active_participants, reported)
    with_value = provinces[provinces["active_participants"].notna()]
    # a province without regulation records is "no data" in the table too, not 0 (the card's and the tracker's rule)
    shown = provinces.assign(regions_with_regulation=provinces["regions_with_regulation"].where(
        provinces["province_code"].isin(regulated["known"])))
    return Overview(
        provinces=provinces, sums=sums, reported=reported, reported_active=reported_total(reported),
        reported_ucj=reported_ucj_card(query, period) if sums.ucj_over_part else None, regulated=regulated,
        known=regs.known_counts(regs.load_region_states(query, None, as_of), by_province=False).iloc[0],
        segments=segments, segments_origin=origin, with_value=with_value,
        with_ucj=with_value[with_value["ucj_pct"].notna()], reported_table=sources.with_date_text(reported),
        table=sources.with_date_text(shown).assign(ucj_note=ucj.rate_notes(shown)))
