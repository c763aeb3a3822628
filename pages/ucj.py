"""UCJ page: national figure vs target, per-province and per-kabupaten/kota tables with numerator,
denominator, edition, band and distance to target; budget cycles; budget by funding source.
Layout only: figures come from named queries, analytics.ucj / analytics.cycles and chart builders.
Every filter is bound to the URL (keys ucj_*)."""

import pandas as pd
import streamlit as st

from analytics import cycles, i18n, national, ucj
from analytics.charts import ucj as charts_ucj
from analytics.i18n import fmt_int, fmt_pct, fmt_period, fmt_rp, fmt_rp_short, t
from analytics.web.data import run_query
from analytics.i18n import formats
from analytics.i18n.formats import month_list
from analytics.presentation.tables import col
from analytics.presentation.texts import data_text
from analytics.web import views
from analytics.web.downloads import show_chart, show_chart_view
from analytics.web.tables import show_table
from analytics.web.frame import demo_notice, metric_row, end_page, no_public_data, require_dashboard_frame
from analytics.web.url_widgets import url_select
from analytics.presentation.markup import md_text

require_dashboard_frame()

st.title(t("ucj.title"))
demo_notice()
st.caption(t("ucj.definition"))

try:
    bands = ucj.load_bands()
except ucj.BandsError as exc:
    st.error(t("ucj.bands_error", error=str(exc)))
    end_page()

periods = run_query("ucj_periods")["period"]
if periods.empty:
    st.info(t("ucj.no_data_at_all"))
    end_page()

decimal = "," if i18n.language() == "id" else "."
# Bound widgets put their displayed label in the URL when given a format_func (Streamlit 1.67):
# months and provinces go through url_select, which keeps the code (2025-06, 35) in the URL and
# shows the label ("Juni 2025"); the cycles' region box keeps names (unique in a province).
months = [f"{p:%Y-%m}" for p in periods]  # newest first


def _month(code: str, lang: str = i18n.language()) -> str:
    """'2025-06' as the reader says it: 'Juni 2025' (the language bound when the page runs:
    Streamlit may format options outside this run's thread)."""
    return formats.month(f"{code}-01", lang)
provinces = run_query("provinces")
province_names = dict(zip(provinces["code"], provinces["name"]))
province_codes = {name: code for code, name in province_names.items()}


def _province_select(container, label: str, key: str, *, default: str | None = None, with_all: bool = False) -> str:
    """A province box that keeps the code in the URL (``?ucj_province=35``). Links made before
    carried the name ("Jawa Timur"); they still open the same province."""
    if st.query_params.get(key) in province_codes:
        st.query_params[key] = province_codes[st.query_params[key]]
    options = (["all"] if with_all else []) + list(province_names)
    return url_select(container, label, options, key, default=default,
                      format_func=lambda c: t("common.all_provinces") if c == "all" else province_names.get(c, c))


def region_table(frame: pd.DataFrame, stem: str, key: str) -> None:
    """Numerator, denominator, edition, rate, band and distance to target, side by side; the
    shown form of a shared view's ``frame`` is a view of its own."""
    shown = views.derived("ucj.shown", frame, lambda: frame.assign(
        numerator_source=[ucj.numerator_source_text(s, n, total) for s, n, total in zip(
            frame["numerator_source"], frame["regions_reporting"], frame["regions_total"])],
        ucj_note=ucj.rate_notes(frame)), copy=False)
    show_table(shown, [
        col("name", "ucjcol.region"),
        col("active_participants", "ucjcol.active", "count", missing="missing.no_report"),
        col("employed", "ucjcol.employed", "count", missing="missing.employed"),
        col("edition", "ucjcol.edition", "data"),
        col("ucj_pct", "ucjcol.ucj", "pct", missing="missing.employed"),
        col("ucj_note", "ucjcol.note", width="large"),  # a rate above 100 %: why, beside it
        col("band_label", "ucjcol.band"),
        col("target_pct", "ucjcol.target", "pct", missing="ucj.no_target_short"),
        col("gap_pp", "ucjcol.gap", "points", missing="missing.employed"),
        col("numerator_source", "ucjcol.numerator_source"),
        col("is_demo", "ucjcol.demo", "bool"),
    ], key=f"{key}_table", stem=stem, raw=frame.drop(columns=["band_colour"]))


VIEWS = ["ucj", "cycles", "funding"]
view = url_select(st, " ", VIEWS, "ucj_view", default="ucj", widget="segmented_control",
                  format_func=lambda v: t(f"ucj.tab.{v}"), label_visibility="collapsed") or "ucj"

# --- UCJ ------------------------------------------------------------------------------------
if view == "ucj":
    c1, c2 = st.columns(2)
    # opens on the newest month most provinces report (public data: December 2023), not a month
    # one report gave for a few provinces
    opening = run_query("ucj_default_period").iloc[0, 0]
    default_index = months.index(f"{opening:%Y-%m}") if pd.notna(opening) and f"{opening:%Y-%m}" in months else 0
    chosen = url_select(c1, t("ucj.period"), months, "ucj_period", default=months[default_index],
                        format_func=_month) or months[default_index]
    period = pd.Timestamp(f"{chosen}-01")
    province = _province_select(c2, t("ucj.province"), "ucj_province", default="35")

    # the same for everyone until a publish: built once per view (analytics/web/views.py), only read
    national_all = views.view("ucj.national", {"bands": bands}, lambda: ucj.annotate(
        run_query("ucj_national_series"), bands), copy=False)
    current = national_all[national_all["period"] == period]
    cards = metric_row()
    if current.empty or pd.isna(current["ucj_pct"].iloc[0]):
        cards.metric(t("ucj.national"), t("common.no_data"))
        st.info(t("ucj.no_national"))
    else:
        row = current.iloc[0]
        gap = row["gap_pp"]
        partial = int(row["provinces_included"]) < int(row["provinces_total"])
        cards.metric(
            # over some provinces only: named for what it is ("UCJ 7 provinsi"), not the country's
            t("overview.ucj_of", n=int(row["provinces_included"])) if partial else t("ucj.national"),
            fmt_pct(row["ucj_pct"]),
            delta=t("ucj.national_delta", gap=f"{gap:+.2f}".replace(".", decimal)) if pd.notna(gap) else None,
            delta_color="normal",
            help=t("ucj.national_help", n=int(row["provinces_included"]), total=int(row["provinces_total"]),
                   editions=data_text(row["editions"]) or "–"),
        )
        reported_ucj = national.reported_ucj_card(run_query, period) if partial else None
        if reported_ucj:  # the country's, as a source reports it
            cards.metric(**reported_ucj)
        cards.metric(
            t("ucj.target", year=period.year),
            fmt_pct(row["target_pct"]) if pd.notna(row["target_pct"]) else t("ucj.no_target_short"),
            help=(t("ucj.target_source", source=md_text(data_text(row["target_source"]))) if pd.notna(row["target_pct"])
                  else t("ucj.no_target", year=period.year)),
        )
        cards.metric(t("ucj.numerator"), fmt_int(row["active_participants"]))
        cards.metric(t("ucj.denominator"), fmt_int(row["employed"]),
                     help=t("ucjcol.edition") + ": " + (md_text(data_text(row["editions"])) or "–"))
        st.caption(t("ucj.provinces_included") + ": " + t(
            "ucj.provinces_included_value", n=int(row["provinces_included"]), total=int(row["provinces_total"])))
        if row["provinces_included"] < row["provinces_total"]:
            st.warning(t("ucj.partial", n=int(row["provinces_included"]), total=int(row["provinces_total"])))
        if pd.notna(row["target_pct"]):
            st.caption(t("ucj.target_source", source=md_text(data_text(row["target_source"]))))

    st.subheader(t("ucj.trend"))
    trend_labels = {"axis": t("ucj.axis"), "series": t("ucj.series_name"), "target": t("ucj.target_line")}
    show_chart_view("ucj.trend_chart", {"bands": bands}, lambda: charts_ucj.national_trend(
        national_all, trend_labels, decimal), "ucj_nasional", key="ucj_trend",
        data=national_all.drop(columns=["band_colour"]))

    target_now = current["target_pct"].iloc[0] if not current.empty else None
    bar_labels = {"axis": t("ucj.axis"), "no_data": t("common.no_data"), "target": t("ucj.target_line")}
    by_province = views.view("ucj.by_province", {"bands": bands, "period": chosen}, lambda: ucj.annotate(
        run_query("ucj_regions", {"codes": list(province_names), "period": period.date()}), bands), copy=False)
    st.subheader(t("ucj.by_province"))
    st.caption(t("ucj.bands_note"))
    show_chart_view("ucj.province_bars", {"bands": bands, "period": chosen}, lambda: charts_ucj.ucj_bars(
        by_province, bar_labels, target_now, decimal), f"ucj_provinsi_{chosen}",
        key="ucj_province_bars", data=by_province.drop(columns=["band_colour"]))
    region_table(by_province, f"ucj_provinsi_{chosen}", key="ucj_dl_provinces")

    kab_codes = list(run_query("ucj_kabkota_codes", {"province": province})["code"])
    kab_view = {"bands": bands, "period": chosen, "province": province}
    by_kab = views.view("ucj.by_kab", kab_view, lambda: ucj.annotate(
        run_query("ucj_regions", {"codes": kab_codes, "period": period.date()}), bands), copy=False)
    st.subheader(t("ucj.by_kabkota", province=province_names.get(province, province)))
    if by_kab["ucj_pct"].notna().any():
        show_chart_view("ucj.kab_bars", kab_view, lambda: charts_ucj.ucj_bars(by_kab, bar_labels, target_now, decimal),
                        f"ucj_kabkota_{province}_{chosen}", key="ucj_kab_bars", data=by_kab.drop(columns=["band_colour"]))
        region_table(by_kab, f"ucj_kabkota_{province}_{chosen}", key="ucj_dl_kab")
    else:  # a bar chart of "no data" labels is no chart: say what is missing
        no_public_data(t("ucj.nodata.kabkota", province=province_names.get(province, province),
                         period=_month(chosen)), "ucj_kab")

# --- budget cycles ------------------------------------------------------------------------------
elif view == "cycles":
    st.subheader(t("cycles.title"))
    st.caption(t("cycles.intro"))
    c1, c2 = st.columns(2)
    province = _province_select(c1, t("cycles.province"), "ucj_cprov")
    as_of_month = url_select(c2, t("cycles.as_of"), months, "ucj_asof", default=months[0], format_func=_month) or months[0]
    as_of = pd.Timestamp(f"{as_of_month}-01")
    series = run_query("group_monthly_series", {"province": province, "region": None, "as_of": as_of.date()})
    if not cycles.has_series(series):  # nothing to judge is no finding of "no cycle"
        no_public_data(t("cycles.nodata.what", province=province_names.get(province, province)), "ucj_cycles")
        end_page()
    flags = cycles.flag_frame(series, as_of)
    st.markdown(f"**{t('cycles.flagged')}**")
    if flags.empty:
        st.info(t("cycles.none"))
    else:
        show_table(flags.assign(months_text=flags["flagged_months"].map(month_list)), [
            col("name", "cycles.region"), col("worker_group", "cycles.group", "code", vocab="worker_group"),
            col("latest", "cyclecol.latest", "count"),
            col("like_month", "cyclecol.like_month", "count", missing="missing.previous"),
            col("year_max", "cyclecol.year_max", "count"), col("year_avg", "cyclecol.year_avg", "count"),
            col("likely_cycle", "cyclecol.likely_cycle", "bool"),
            col("months_text", "cyclecol.flagged_months"), col("note", "cyclecol.note", width="large"),
        ], key="ucj_cycles_table", stem=f"siklus_anggaran_{province}_{as_of_month}", raw=flags)

    # region detail: flagged regions first, then the rest of the province
    names = series.drop_duplicates("region_code").set_index("region_code")["name"]
    code_of = {name: code for code, name in names.items()}  # names are unique within a province
    flagged_codes = list(dict.fromkeys(flags["region_code"])) if not flags.empty else []
    region_names = [names[c] for c in flagged_codes] + [n for c, n in names.items() if c not in flagged_codes]
    if region_names:
        c3, c4 = st.columns(2)
        region_codes = [code_of[n] for n in region_names]
        region = url_select(c3, t("cycles.region"), region_codes, "ucj_region", default=region_codes[0],
                            format_func=names.get)
        groups = sorted(series.loc[series["region_code"] == region, "worker_group"].unique())
        flagged_groups = list(flags.loc[flags["region_code"] == region, "worker_group"]) if not flags.empty else []
        groups = flagged_groups + [g for g in groups if g not in flagged_groups]
        group = url_select(c4, t("cycles.group"), groups, "ucj_group", default=groups[0],
                           format_func=lambda g: t(f"group.{g}"))
        part = series[(series["region_code"] == region) & (series["worker_group"] == group)]
        values = pd.Series(part["active_participants"].to_numpy(), index=pd.to_datetime(part["period"]))
        scanned = cycles.scan(values)
        summary = cycles.like_month(values)
        m = metric_row()
        m.metric(t("cycles.latest", period=fmt_period(summary["latest_period"])), fmt_int(summary["latest"]))
        m.metric(t("cycles.like", period=fmt_period(summary["like_period"])),
                 fmt_int(summary["like_month"]) if summary["like_month"] is not None else t("common.no_data"),
                 delta=fmt_int(summary["change"]) if summary["change"] is not None else None)
        m.metric(t("cycles.year_max"), fmt_int(summary["year_max"]))
        m.metric(t("cycles.year_avg"), fmt_int(summary["year_avg"]))
        chart_labels = {
            "title": t("cycles.chart_title", region=names.get(region, region), group=t(f"group.{group}")),
            "series": t("cycles.series"), "like": t("cycles.like_series"), "axis": t("cycles.series"),
            "cycle": t("cycles.annotation"), "decline": t("cycles.decline_annotation"),
            "pending": t("cycles.pending_annotation"),
        }
        show_chart(charts_ucj.cycle_chart(scanned, chart_labels), f"siklus_{region}_{group}", key="ucj_cycle_chart",
                   data=scanned)
        reasons = scanned.loc[scanned["is_low"], "reason"].tolist()
        for reason in reasons[-6:]:
            st.caption(md_text(reason))

# --- funding sources -------------------------------------------------------------------------
else:
    st.subheader(t("funding.title"))
    st.caption(t("funding.intro"))
    funding = run_query("funding_by_source", {"province": None})
    if funding.empty:
        no_public_data(t("funding.nodata.what"), "ucj_funding")
        end_page()
    years = [str(y) for y in sorted(funding["year"].unique(), reverse=True)]
    c1, c2 = st.columns(2)
    year = url_select(c1, t("funding.year"), years, "ucj_fyear", default=years[0])
    fprov = _province_select(c2, t("cycles.province"), "ucj_fprov", default="all", with_all=True)
    source_labels = {s: t(f"source.{s}") for s in charts_ucj.SOURCE_COLOURS}
    of_year = funding[funding["year"] == int(year)]
    totals = of_year.groupby("funding_source", as_index=False)[["allocated_rp", "realised_rp", "workers_funded"]].sum()
    cards = metric_row()
    for row in totals.sort_values("allocated_rp", ascending=False).itertuples(index=False):
        cards.metric(source_labels.get(row.funding_source, row.funding_source), fmt_rp_short(row.allocated_rp),
                     help=fmt_rp(row.allocated_rp))
    show_chart(charts_ucj.funding_by_province(of_year, source_labels, t("funding.axis"),
                                              t("funding.by_province", year=year)),
               f"anggaran_sumber_dana_{year}", key="ucj_funding_prov", data=of_year)
    chosen_rows = funding if fprov == "all" else funding[funding["province_code"] == fprov]
    title = t("funding.by_year", province=t("common.all_provinces") if fprov == "all" else province_names.get(fprov, fprov))
    show_chart(charts_ucj.funding_by_year(chosen_rows, source_labels, t("funding.axis"), title),
               f"anggaran_sumber_dana_{fprov}", key="ucj_funding_year", data=chosen_rows)
    table = (chosen_rows.groupby(["year", "funding_source"], as_index=False)
             [["allocated_rp", "realised_rp", "workers_funded", "regions"]].sum())
    show_table(table, [
        col("year", "common.year", "year"), col("funding_source", "fundcol.source", "code", vocab="funding_source"),
        col("allocated_rp", "fundcol.allocated", "money", missing="missing.no_value"),
        col("realised_rp", "fundcol.realised", "money", missing="missing.no_value"),
        col("workers_funded", "fundcol.workers", "count", missing="missing.no_value"),
        col("regions", "fundcol.regions", "count"),
    ], key="ucj_funding_table", stem=f"anggaran_sumber_dana_{fprov}")
