"""Coverage analytics: trends, rankings, distribution, comparison and regulation before/after."""

import pandas as pd
import streamlit as st

from analytics.charts import coverage as charts
from analytics import coverage_analytics as ca
from analytics import i18n
from analytics.i18n import fmt_int, fmt_pct, fmt_period, t
from analytics.web.url_widgets import url_multiselect, url_select
from analytics.web.data import has_demo_data, run_query
from analytics.presentation.tables import col, points_text
from analytics.presentation.texts import data_text
from analytics.web.downloads import show_chart
from analytics.web.tables import show_table
from analytics.web.frame import demo_notice, metric_row, end_page, no_public_data, require_dashboard_frame

require_dashboard_frame()

st.title(t("cov.title"))
demo_notice()
st.caption(t("cov.intro"))
sep = ",." if i18n.language() == "id" else None

periods = [p.date() for p in pd.to_datetime(run_query("cov_periods")["period"])]
if not periods:
    st.info(t("cov.no_data"))
    end_page()

VIEWS = ["trends", "rankings", "distribution", "compare", "effect"]
view = url_select(st, t("cov.view"), VIEWS, "cov_view", default="trends", widget="segmented_control",
                  format_func=lambda v: t(f"cov.view.{v}"), required=True)

provinces = run_query("provinces")
province_names = {"": t("cov.national"), **dict(zip(provinces["code"], provinces["name"]))}
c1, c2, c3, c4 = st.columns([2, 2, 2, 2])
province = url_select(c1, t("cov.scope"), list(province_names), "cov_province", default="",
                      format_func=province_names.get)
region = ""
if province and view == "trends":
    kab = run_query("regions_of_province", [province])
    region_names = {"": t("cov.whole_province"), **dict(zip(kab["code"], kab["name"]))}
    region = url_select(c2, t("cov.region"), list(region_names), "cov_region", default="",
                        format_func=region_names.get)
    scope_name = region_names[region] if region else province_names[province]
else:
    scope_name = province_names[province]
scope = region or province

if view == "trends":
    # a month is a total of the scope only when all its kab/kota report (public data: Ketapang alone)
    total = int(run_query("cov_kabkota_total", {"scope": scope})["regions"].iloc[0])
    segments, left_out = ca.complete_months(run_query("cov_segment_trend", {"scope": scope}), total)
    seg_labels = {s: t(f"segment.{s}") for s in segments["segment"].unique()}
    st.subheader(t("cov.segments", scope=scope_name))
    if ca.has_values(segments, "active_participants"):
        show_chart(charts.segment_trend(segments, seg_labels, t("cov.active_axis"), sep),
                   f"cakupan_segmen_{scope or 'nasional'}", key="cov_chart_segments", data=segments)
        if left_out:
            st.caption(t("cov.partial_months", n=left_out, total=total))
    else:
        no_public_data(t("cov.nodata.segments", scope=scope_name), "cov_segments")
    groups = run_query("cov_group_trend", {"scope": scope})
    st.subheader(t("cov.groups", scope=scope_name))
    if ca.has_values(groups, "coverage_pct"):
        group_labels = {g: t(f"group.{g}") for g in groups["worker_group"].unique()}
        show_chart(charts.group_coverage_trend(groups, group_labels, t("cov.coverage_axis"), sep),
                   f"cakupan_kelompok_{scope or 'nasional'}", key="cov_chart_groups", data=groups)
        st.caption(t("cov.cycle_note"))
    else:  # coverage of a worker group needs its target headcount: no public source gives one
        no_public_data(t("cov.nodata.groups", scope=scope_name), "cov_groups")

elif view == "rankings":
    # opens on what has data: the month most provinces report (public data: December 2023), and
    # provinces when that month has no kabupaten/kota figure (public data has none)
    opening = ca.opening_month(run_query("ucj_default_period"), periods)
    kab_first = ca.count_values(run_query("cov_ranking", {"level": "kabupaten_kota", "province": "",
                                                           "period": opening}), "active_participants") >= \
        ca.count_values(run_query("cov_ranking", {"level": "provinsi", "province": "", "period": opening}),
                        "active_participants")
    level = url_select(c2, t("cov.level"), ["kabupaten_kota", "provinsi"], "cov_level",
                       default="kabupaten_kota" if kab_first else "provinsi",
                       format_func=lambda v: t(f"cov.level.{v}"))
    metric = url_select(c3, t("cov.rank_by"), list(ca.RANK_METRICS), "cov_rank_by",
                        format_func=lambda v: t(f"cov.metric.{v}"))
    period = url_select(c4, t("cov.period"), periods[::-1], "cov_period", default=opening,
                        format_func=fmt_period)
    order = url_select(st, t("cov.order"), ["top", "bottom"], "cov_order", widget="segmented_control",
                       format_func=lambda v: t(f"cov.order.{v}"), required=True)
    frame = run_query("cov_ranking", {"level": level, "province": province if level == "kabupaten_kota" else "",
                                      "period": period})
    ranked = ca.rank_regions(frame, metric, lowest_first=(order == "bottom"))
    st.subheader(t("cov.ranking_chart", metric=t(f"cov.metric.{metric}")))
    if not ca.has_values(ranked, metric):
        no_public_data(t("cov.nodata.ranking", metric=t(f"cov.metric.{metric}"), level=t(f"cov.level.{level}").lower(),
                         period=fmt_period(period)), "cov_ranking")
        end_page()
    show_chart(charts.ranking_bar(ranked, metric, t(f"cov.metric.{metric}"), separators=sep),
               f"peringkat_{level}_{metric}_{period:%Y-%m}", key="cov_chart_ranking",
               data=ranked.drop(columns=["active_trend", "ucj_trend"]))
    editions = ", ".join(sorted({str(data_text(e)) for e in frame["edition"].dropna()})[:3]) or t("common.no_data")
    st.caption(t("cov.ranking_note", edition=editions))
    show_table(ranked, [
        col("rank", "cov.col.rank", "count"), col("name", "cov.col.name"), col("province", "cov.col.province"),
        col("ucj_pct", "cov.col.ucj", "pct", missing="missing.employed"), col("ucj_trend", "cov.col.ucj_trend", "chart"),
        col("growth_pct", "cov.col.growth", "pct", missing="missing.previous"),
        col("active_participants", "cov.col.active", "count", missing="missing.no_report"),
        col("active_trend", "cov.col.active_trend", "chart"),
        col("gap_workers", "cov.col.gap", "count", missing="missing.employed"),
        col("employed", "cov.col.employed", "count", missing="missing.employed"),
        col("ucj_change_pts", "cov.col.ucj_change", "points", missing="missing.previous"),
    ], key="cov_ranking_table", height=460, stem=f"peringkat_{level}_{metric}_{period:%Y-%m}",
        raw=ranked.drop(columns=["active_trend", "ucj_trend"]))

elif view == "distribution":
    period = url_select(c2, t("cov.period"), periods[::-1], "cov_period", default=periods[-1],
                        format_func=fmt_period)
    frame = run_query("cov_ranking", {"level": "kabupaten_kota", "province": province, "period": period})
    flagged = ca.iqr_outliers(frame, "ucj_pct", by="province")
    group_col = "province" if not province else "level"
    st.subheader(t("cov.distribution", period=fmt_period(period)))
    if not ca.has_values(flagged, "ucj_pct"):
        no_public_data(t("cov.nodata.distribution", period=fmt_period(period)), "cov_distribution")
        end_page()
    show_chart(charts.distribution(flagged, "ucj_pct", group_col, t("cov.col.ucj"), separators=sep,
                                   outlier_label=t("cov.col.outlier")),
               f"sebaran_ucj_{province or 'nasional'}_{period:%Y-%m}", key="cov_chart_distribution",
               data=flagged.drop(columns=["active_trend", "ucj_trend"]))
    outliers = flagged[flagged["outlier"].notna()]
    st.markdown(t("cov.outliers", n=len(outliers)))
    if len(outliers):
        show_table(outliers, [
            col("name", "cov.col.name"), col("province", "cov.col.province"), col("ucj_pct", "cov.col.ucj", "pct"),
            col("q1", "Q1", "pct"), col("q3", "Q3", "pct"), col("lower", "cov.col.lower", "pct"),
            col("upper", "cov.col.upper", "pct"), col("outlier", "cov.col.outlier", "code", vocab="outlier"),
        ], key="cov_outliers_table", stem=f"pencilan_ucj_{period:%Y-%m}",
            raw=outliers.drop(columns=["active_trend", "ucj_trend"]))

elif view == "compare":
    choices = run_query("cov_compare_choices")
    if province:
        choices = choices[(choices["province_code"] == province)]
    names = dict(zip(choices["code"], choices["name"]))
    default = list(names)[:3]
    chosen = url_multiselect(c2, t("cov.compare_regions"), list(names), "cov_compare", default=default,
                             format_func=names.get, max_selections=8)
    metric = url_select(c3, t("cov.compare_metric"), ["ucj_pct", "active_participants"], "cov_compare_metric",
                        format_func=lambda v: t(f"cov.metric.{v}"))
    if not chosen:
        st.info(t("cov.compare_empty"))
    else:
        series = run_query("cov_compare", {"codes": list(chosen)})
        if not ca.has_values(series, metric):
            no_public_data(t("cov.nodata.compare", metric=t(f"cov.metric.{metric}")), "cov_compare")
            end_page()
        show_chart(charts.compare_lines(series, metric, t(f"cov.metric.{metric}"), separators=sep),
                   "perbandingan_wilayah", key="cov_chart_compare", data=series)

elif view == "effect":
    group = url_select(c2, t("cov.group"), ["all", "non_asn", "pekerja_rentan", "perangkat_desa"], "cov_group",
                       default="non_asn", format_func=lambda g: t(f"group.{g}"))
    growth = run_query("cov_regulation_growth", {"group": group})
    per, summary = ca.regulation_effect(growth, province)
    st.subheader(t("cov.effect_title"))
    st.warning(t("cov.effect_disclaimer"), icon=":material/info:")
    st.caption(t("cov.effect_method"))
    if per.empty and not has_demo_data():  # no monthly kab/kota series in public sources
        no_public_data(t("cov.nodata.effect"), "cov_effect")
    elif per.empty:
        st.info(t("cov.effect.none"))
    else:
        m = metric_row()
        m.metric(t("cov.effect.n"), fmt_int(summary.treated_regions))
        m.metric(t("cov.effect.diff"), points_text(summary.median_difference))
        m.metric(t("cov.effect.share"), fmt_pct(100 * summary.share_rose_more, 0))
        labels = {"treated": t("cov.effect.treated"), "control": t("cov.effect.control"),
                  "before": t("cov.effect.before"), "after": t("cov.effect.after"), "axis": t("cov.effect.axis")}
        show_chart(charts.regulation_effect(summary, labels, separators=sep), f"efek_regulasi_{group}",
                   key="cov_chart_effect", data=per)
        show_table(per, [
            col("reg_month", "cov.col.reg_month", "month"), col("name", "cov.col.name"),
            col("instrument", "cov.col.instrument", "code", vocab="instrument"),
            col("date_is_known_by", "cov.col.known_by", "bool"),
            col("growth_before_pct", "cov.col.growth_before", "pct"), col("growth_after_pct", "cov.col.growth_after", "pct"),
            col("control_before_pct", "cov.col.control_before", "pct"),
            col("control_after_pct", "cov.col.control_after", "pct"),
            col("difference_pts", "cov.col.difference", "points"),
        ], key="cov_effect_table", stem=f"efek_regulasi_{group}")
