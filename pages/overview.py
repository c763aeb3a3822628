"""Overview: national headline figures and a table per province."""

import pandas as pd
import streamlit as st

from analytics import i18n
from analytics.charts.overview import province_ucj_bar, segment_donut
from analytics.i18n import fmt_int, fmt_pct, fmt_period, fmt_rp, fmt_rp_short, t
from analytics.web.data import run_query
from analytics.web.url_widgets import url_select
from analytics.presentation import formats
from analytics.presentation.tables import col
from analytics.web.downloads import show_chart
from analytics.web.tables import show_table
from analytics.web.frame import PHONE_FIRST, PHONE_TITLE, demo_notice, end_page, metric_row, require_dashboard_frame

require_dashboard_frame()

with st.container(key=PHONE_TITLE):  # on a phone: title and demo mark, then the figures
    st.title(t("overview.title"))
    demo_notice()

latest = run_query("latest_coverage_period").iloc[0, 0]
if latest is None or str(latest) in ("NaT", "None", "<NA>"):
    st.info(t("overview.no_coverage"))
    end_page()

# the month shown, in the URL (ov_period=YYYY-MM) so a link reopens it; latest by default
months = [f"{p:%Y-%m}" for p in run_query("coverage_periods")["period"] if p <= latest][::-1]
# url_select keeps the month's code in the URL whatever the label says ("Juni 2025" / "June 2025")
# (the label's language is bound here: Streamlit may format options outside this run's thread)
chosen = url_select(st, t("common.period"), months, "ov_period", default=f"{latest:%Y-%m}",
                    format_func=lambda m, lang=i18n.language(): formats.month(f"{m}-01", lang))
period = pd.Timestamp(f"{chosen or months[0]}-01")
as_of = i18n.today()
head = st.container(key=PHONE_FIRST)  # the month and the cards: first below the title on a phone
head.caption(t("overview.period", period=fmt_period(period)))

segments = run_query("national_by_segment", {"period": period})
provinces = run_query("province_overview", {"period": period, "as_of": as_of, "year": period.year})

total_active = segments["active_participants"].sum()
employed = provinces["employed"].sum()
with head:
    cards = metric_row()
cards.metric(t("overview.active"), fmt_int(total_active))
cards.metric(
    t("overview.ucj"), fmt_pct(100 * total_active / employed) if employed else t("common.no_data"),
    help=t("overview.ucj_help", year=period.year),
)
cards.metric(
    t("overview.regulated"),
    t("overview.regulated_value", n=int(provinces["regions_with_regulation"].sum()),
      total=int(provinces["regions_total"].sum())),
    help=t("overview.regulated_help"),
)
allocated = provinces["allocated_rp"].sum()
# the exact rupiah is long for a headline card: short form, exact on hover
cards.metric(t("overview.budget", year=period.year), fmt_rp_short(allocated), help=fmt_rp(allocated))

left, right = st.columns([1, 2])
with left:
    st.subheader(t("overview.by_segment"))
    show_chart(segment_donut(segments, {s: t(f"segment.{s}") for s in segments["segment"]}),
               f"segmen_{period:%Y-%m}", key="segment_donut", data=segments)
with right:
    st.subheader(t("overview.by_province"))
    show_chart(province_ucj_bar(provinces, t("col.ucj_pct"), t("common.no_data"), lambda v: fmt_pct(v, 1)), f"ucj_provinsi_{period:%Y-%m}",
               key="province_ucj", data=provinces)

st.subheader(t("overview.table"))
show_table(provinces, [
    col("province", "col.province"),
    col("active_participants", "col.active_participants", "count", missing="missing.no_report"),
    col("employed", "col.employed", "count", missing="missing.employed"),
    col("ucj_pct", "col.ucj_pct", "pct", missing="missing.employed"),
    col("regions_with_regulation", "col.regions_with_regulation", "count"),
    col("regions_total", "col.regions_total", "count"),
    col("allocated_rp", "col.allocated_rp", "money", missing="missing.budget"),
], key="overview_table", stem=f"ringkasan_provinsi_{period:%Y-%m}")
