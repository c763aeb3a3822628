"""Overview: national headline figures, the national figures sources report beside the sums of
the provinces held here, and a table per province with the source of each figure."""

import pandas as pd
import streamlit as st

from analytics import i18n, national, sources
from analytics import regulations as regs
from analytics.charts.overview import (
    province_active_bar,
    province_ucj_bar,
    segment_donut,
)
from analytics.i18n import fmt_date, fmt_int, fmt_pct, fmt_period, fmt_rp, fmt_rp_short, t
from analytics.i18n import formats
from analytics.presentation import codes
from analytics.presentation.tables import col
from analytics.web.data import run_query
from analytics.web.downloads import show_chart_view
from analytics.web.frame import (
    PHONE_FIRST,
    PHONE_TITLE,
    demo_notice,
    end_page,
    metric_row,
    no_public_data,
    require_dashboard_frame,
)
from analytics.web.tables import show_table
from analytics.web.url_widgets import url_select
from analytics.web.views import view
from analytics.presentation.markup import md_text

require_dashboard_frame()

with st.container(key=PHONE_TITLE):  # on a phone: title and demo mark, then the figures
    st.title(t("overview.title"))
    demo_notice()

months = [f"{p:%Y-%m}" for p in run_query("overview_periods")["period"]]
if not months:
    no_public_data(t("overview.no_coverage_what"), key="overview")
    end_page()
# the month most provinces report (December 2023 on public data, not a later month a news item
# gave for three provinces); in the URL (ov_period=YYYY-MM) so a link reopens it
opening = run_query("ucj_default_period").iloc[0, 0]
# url_select keeps the month's code in the URL whatever the label says ("Juni 2025" / "June 2025")
# (the label's language is bound here: Streamlit may format options outside this run's thread)
chosen = url_select(st, t("common.period"), months, "ov_period", default=f"{opening:%Y-%m}",
                    format_func=lambda m, lang=i18n.language(): formats.month(f"{m}-01", lang))
period = pd.Timestamp(f"{chosen or months[0]}-01")
as_of = i18n.today()
head = st.container(key=PHONE_FIRST)  # the month and the cards: first below the title on a phone
head.caption(t("overview.period", period=fmt_period(period)))

# everything below is the same for everyone who opens this month today: built once (analytics/web/views.py)
shared = {"period": period, "as_of": as_of}
ov = view("overview", shared, lambda: national.overview(run_query, period, as_of), copy=False)  # only read
sums, reported, reported_active = ov.sums, ov.reported, ov.reported_active

with head:
    cards = metric_row()
cards.metric(t("overview.active"),
             fmt_int(sums.active_participants) if sums.active_participants is not None else t("common.no_data"),
             help=t("overview.active_help", n=sums.provinces_with_participants, total=sums.provinces_total))
if len(reported_active):
    best = reported_active.iloc[0]
    cards.metric(t("overview.reported_active"),
                 sources.reported_value_text(best["value"], best["unit"], best["value_reported"], short=True,
                                             escape=md_text),
                 help=t("overview.reported_help", source=md_text(national.short_title(best["source_title"])), date=formats.partial_date(best["source_date"]),
                        confidence=codes.label("confidence", best["confidence"])))
# a UCJ over the provinces held here is named for what it is, the one a source reports for the
# country stands beside it
cards.metric(
    t("overview.ucj_of", n=sums.provinces_with_ucj) if sums.ucj_over_part else t("overview.ucj"),
    fmt_pct(sums.ucj_pct) if sums.ucj_pct is not None else t("common.no_data"),
    help=t("overview.ucj_help", n=sums.provinces_with_ucj, total=sums.provinces_total),
)
if ov.reported_ucj:
    cards.metric(**ov.reported_ucj)
# counted as the regulation tracker counts: over the provinces with regulation records
regulated = ov.regulated
cards.metric(
    t("overview.regulated"),
    t("overview.regulated_value", n=regulated["n"], total=regulated["total"]),
    help=t("overview.regulated_help") + " " + t("reg.m.provinces_with_data", n=regulated["provinces"],
                                                 total=regulated["provinces_total"]),
)
# what is known of every kab/kota's regulation, apart from what is in force (analytics/regulations.py)
known = ov.known
cards.metric(t("overview.known"), t("overview.known_value", k=int(known["known"]), n=int(known["total"])),
             help=t("overview.known_help", date=fmt_date(as_of), in_force=int(known["with_regulation"]),
                    issued=int(known[regs.ISSUED_NOT_IN_FORCE]), draft=int(known[regs.DRAFT]),
                    none=int(known[regs.CONFIRMED_NONE]), no_record=int(known[regs.NO_RECORD])))
# no budget record is "no data", never "Rp 0"; the exact rupiah is long for a card: on hover
if sums.allocated_rp is None:
    cards.metric(t("overview.budget", year=period.year), t("common.no_data"),
                 help=t("overview.budget_none_help", year=period.year))
else:
    cards.metric(t("overview.budget", year=period.year), fmt_rp_short(sums.allocated_rp),
                 help=fmt_rp(sums.allocated_rp))
head.caption(t("overview.sums_line", n=sums.provinces_with_participants, total=sums.provinces_total,
               u=sums.provinces_with_ucj))

# --- what sources report for the whole country, beside the sums above -------------------------
st.subheader(t("overview.reported_title"))
if reported.empty:
    st.caption(t("overview.reported_none", period=fmt_period(period)))
else:
    st.caption(t("overview.reported_intro", period=fmt_period(period)))
    if national.conflicting(reported_active):
        st.warning(t("overview.conflict", indicator=codes.label("reported_indicator", "peserta_aktif"),
                     period=fmt_period(period),
                     values="; ".join(t("overview.conflict_value", value=sources.reported_value_text(r.value, r.unit, r.value_reported, short=True, escape=md_text), source=md_text(national.short_title(r.source_title)))
                                      for r in reported_active.itertuples())), icon=":material/compare_arrows:")
    if sums.active_participants is not None:
        st.caption(t("overview.beside_sum", n=sums.provinces_with_participants, value=fmt_int(sums.active_participants)))
    show_table(ov.reported_table, [
        col("indicator", "srccol.indicator", "code", vocab="reported_indicator"),
        col("segment", "srccol.segment", "code", vocab="segment"),
        col("value", "srccol.number", "number"),
        col("value_reported", "srccol.value", "data"),
        *sources.source_columns(),
        col("note", "srccol.note", "data", width="large"),  # translated: strings_curated_notes_reported_*
    ], key="overview_reported", stem=f"nasional_dilaporkan_{period:%Y-%m}")

left, right = st.columns([1, 2])
with left:
    st.subheader(t("overview.by_segment"))
    segments, origin = ov.segments, ov.segments_origin
    if origin is None:
        no_public_data(t("overview.segments_what"), key="overview_segments")
    else:
        st.caption(t("overview.segments_sum") if origin == "sum" else t(
            "overview.segments_reported", sources="; ".join(md_text(national.short_title(s)) for s in segments["source_title"].dropna().unique())))
        show_chart_view("overview.segments", shared, lambda: segment_donut(
            segments, {s: codes.label("segment", s) for s in segments["segment"]}),
            f"segmen_{period:%Y-%m}", key="segment_donut", data=segments)
with right:
    with_value, with_ucj = ov.with_value, ov.with_ucj
    if with_value.empty:
        st.subheader(t("overview.by_province"))
        no_public_data(t("overview.province_what"), key="overview_provinces")
    else:
        # UCJ where most provinces with a figure have a denominator; participants otherwise
        measures = ["ucj", "active"] if len(with_ucj) else ["active"]
        measure = url_select(st, t("overview.measure"), measures, "ov_measure",
                             default="ucj" if 2 * len(with_ucj) >= len(with_value) else "active",
                             format_func=lambda m: t(f"overview.measure.{m}"), widget="segmented_control")
        shown = with_ucj if measure == "ucj" else with_value
        st.subheader(t("overview.by_province") if measure == "ucj" else t("overview.by_province_active"))
        st.caption(t("overview.province_shown", n=len(shown), total=sums.provinces_total))
        show_chart_view("overview.provinces", {**shared, "measure": measure}, lambda: (
            province_ucj_bar(shown, t("col.ucj_pct"), t("common.no_data"), lambda v: fmt_pct(v, 1))
            if measure == "ucj" else province_active_bar(shown, t("col.active_participants"), fmt_int)),
            f"{measure}_provinsi_{period:%Y-%m}", key="province_chart", data=shown)

st.subheader(t("overview.table"))
show_table(ov.table, [  # regulation counts only where a province has records (national.overview)
    col("province", "col.province"),
    col("active_participants", "col.active_participants", "count", missing="missing.no_report"),
    col("numerator_source", "ucjcol.numerator_source", "code", vocab="numerator_source"),
    col("employed", "col.employed", "count", missing="missing.employed"),
    col("employment_year", "col.employment_year", "year"),
    col("ucj_pct", "col.ucj_pct", "pct", missing="missing.employed"),
    col("ucj_note", "ucjcol.note", width="large"),  # a rate above 100 %: why, beside it
    col("regions_with_regulation", "col.regions_with_regulation", "count", missing="missing.no_regulation_data"),
    col("regions_total", "col.regions_total", "count"),
    col("allocated_rp", "col.allocated_rp", "money", missing="missing.budget"),
    *sources.source_columns(),
], key="overview_table", stem=f"ringkasan_provinsi_{period:%Y-%m}")
