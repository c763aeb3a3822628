"""Paritrana: the award's official results first, then this project's own transparent score (per
province or kabupaten/kota, with breakdown, evidence and criteria), clearly apart."""

import datetime as dt

import pandas as pd
import streamlit as st

from analytics import config, i18n, paritrana
from analytics.charts.paritrana import ranking_bars
from analytics.i18n import fmt_date, fmt_decimal, fmt_period, t
from analytics.web.url_widgets import url_date, url_select, url_toggle
from analytics.web.data import run_query
from analytics.web.views import view
from analytics.presentation.tables import col
from analytics.web.downloads import show_chart_view
from analytics.web.tables import show_table
from analytics.web.frame import demo_notice, end_page, require_dashboard_frame
from analytics.web.roles import can_edit
from analytics.presentation.markup import md_text

require_dashboard_frame()

st.title(t("par.title"))
demo_notice()

# --- the award's official results: what an assessor looks for first -------------------------------
st.subheader(t("par.award.title"))
st.caption(t("par.award.intro"))
awards = view("paritrana.awards", None, lambda: paritrana.official_results(run_query), copy=False)  # only read
if awards.empty:
    st.info(t("par.award.none"))
else:
    editions = sorted({int(y) for y in awards["edition_year"].dropna()})
    st.caption(t("par.award.count", n=len(awards), editions=len(editions), first=editions[0], last=editions[-1]))
    show_table(awards, paritrana.official_columns(), key="par_awards", stem="paritrana_hasil_resmi",
               demo=bool(awards["is_demo"].any()))

# --- this project's own score, apart --------------------------------------------------------------
st.subheader(t("par.own.title"))
st.info(t("par.own.not_official"), icon=":material/info:")
st.caption(t("par.intro"))
years = paritrana.available_years(run_query)
if not years:
    st.info(t("par.no_coverage"))
    end_page()
# The award assesses the previous calendar year: default to the last complete year with data.
default_year = years[-2] if len(years) > 1 else years[-1]
c1, c2, c3, c4 = st.columns([1, 1, 2, 2])
year = url_select(c1, t("par.year"), years, "par_year", default=default_year)
# The as-of date follows the URL (par_as_of=YYYY-MM-DD, omitted while it is 31 Dec of the year);
# choosing another year starts from the URL's date when it is not before that year, else from the
# year's default.
default_as_of = dt.date(year, 12, 31)
if st.session_state.get("_par_as_of_year") != year:
    st.session_state["_par_as_of_year"] = year
    st.session_state.pop("par_as_of", None)
as_of = url_date(c2, t("par.as_of"), "par_as_of", default=default_as_of, min_value=dt.date(year, 1, 1),
                 format="DD/MM/YYYY")
level = url_select(c3, t("par.level"), list(paritrana.LEVELS), "par_level", default="kabupaten_kota",
                   format_func=lambda v: t(f"par.level.{v}"), widget="segmented_control", required=True)
provinces = run_query("provinces")
province_names = {"": t("common.all_provinces"), **dict(zip(provinces["code"], provinces["name"]))}
province = ""
if level == "kabupaten_kota":
    province = url_select(c4, t("par.province_filter"), list(province_names), "par_province", default="",
                          format_func=province_names.get)

try:
    criteria = paritrana.load_criteria()
except paritrana.CriteriaError as exc:
    st.error(t("par.criteria_error", reason=exc))
    end_page()


# Keyed by the criteria file's hash and the data version: an edit or an import recomputes.
scored = {"year": year, "as_of": as_of, "criteria": (str(criteria.path), criteria.sha256)}
scores = view("paritrana", scored, lambda: paritrana.score_all(run_query, year, paritrana.load_criteria(criteria.path), as_of),
              copy=False)  # only read (tests fingerprint shared views)
if scores.period is None:
    st.info(t("par.no_coverage"))
    end_page()
st.caption(t("par.periods", period=fmt_period(scores.period), previous=fmt_period(scores.previous),
             version=scores.data_version, sha=scores.criteria_sha256[:12]))

labels = {i: t(f"par.ind.{i}") for i in paritrana.INDICATORS}
at_level = {**scored, "level": level}
ranked = {**at_level, "province": province}  # the regions ranked: table and breakdown below


def _ranked() -> tuple[pd.DataFrame, pd.DataFrame]:
    table, breakdown = scores.levels[level], scores.breakdown[scores.breakdown["level"] == level]
    if province:
        codes = set(scores.raw.loc[scores.raw["province_code"] == province, "region_code"])
        table, breakdown = table[table["region_code"].isin(codes)], breakdown[breakdown["region_code"].isin(codes)]
    return table, breakdown


table, breakdown = view("paritrana.ranked", ranked, _ranked, copy=False)  # only read

# On public data the score has almost no inputs: say which, rather than rank regions on nothing.
inputs = view("paritrana.inputs", at_level, lambda: paritrana.input_coverage(scores, level), copy=False)  # only read
show_ranking = True
if inputs.thin and not scores.is_demo:
    sparse = inputs.sparse_indicators
    st.warning(t("par.own.thin", total=len(inputs.table), level=t(f"par.own.level.{level}"), sparse=len(sparse),
                 names=", ".join(t(f"par.ind.{i}") for i in sparse)), icon=":material/warning:")
    with st.expander(t("par.own.coverage_title")):
        show_table(inputs.table, [
            col("indicator", "par.col.indicator", "code", vocab="indicator"),
            col("regions_with", "par.own.col.regions_with", "count"),
            col("regions_nonzero", "par.own.col.regions_nonzero", "count"),
            col("regions", "par.own.col.regions", "count"),
        ], key="par_inputs")
    show_ranking = url_toggle(st, t("par.own.show_ranking"), "par_show_ranking", default=False)

indicators = list(criteria.frame.loc[criteria.frame["level"] == level, "indicator"])
if show_ranking:
    st.subheader(t("par.ranking"))
    sep = ",." if i18n.language() == "id" else None
    # the figure is built once per view (analytics/web/downloads.show_chart_view)
    show_chart_view("paritrana.chart", ranked, lambda: ranking_bars(
        table, breakdown, {**labels, "_axis": t("par.col.total"), "_raw": t("par.col.raw"),
                           "_normalised": t("par.col.normalised"), "_weight": t("par.col.weight")}, separators=sep),
        f"paritrana_{level}_{year}", key="par_chart", data=table[["rank", "region_code", "name", "total"]])

if show_ranking:  # the scores table is a ranking too
    st.subheader(t("par.table"))
    show_table(table, [
        col("rank", "par.col.rank", "count"), col("region_code", "par.col.region_code"), col("name", "par.col.name"),
        col("total", "par.col.total", "decimal"),
        *[col(f"{i}_score", f"par.ind.{i}", "decimal") for i in indicators],
    ], key="par_table", height=420, stem=f"paritrana_{level}_{year}", demo=scores.is_demo)
# the workbook (scores, criteria, evidence, provenance) whether or not the ranking is shown; without
# the ranking it has no rank column either
lang = i18n.language()
st.download_button(t("par.download"), lambda: paritrana.to_xlsx(scores, with_rank=show_ranking, lang=lang),
                   file_name=f"paritrana_{year}{'_DEMO' if scores.is_demo else ''}.xlsx",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   key="par_dl_xlsx", icon=":material/download:", on_click="ignore")

st.subheader(t("par.detail"))
region_names = dict(zip(table["region_code"], table["name"]))
if region_names:
    region = url_select(st, t("par.region"), list(region_names), "par_region", format_func=region_names.get)
    row = table[table["region_code"] == region].iloc[0]
    if show_ranking:
        st.markdown(t("par.rank_of", rank=int(row["rank"]), n=len(scores.levels[level]),
                      total=fmt_decimal(row["total"])))
    else:  # the ranking is hidden: its place in it is too
        st.markdown(t("par.total_only", total=fmt_decimal(row["total"])))
    show_table(view("paritrana.breakdown", {**ranked, "region": region},
                    lambda: breakdown[breakdown["region_code"] == region], copy=False), [
        col("indicator", "par.col.indicator", "code", vocab="indicator"),
        col("raw", "par.col.raw", "number", missing="missing.no_value"), col("normalised", "par.col.normalised", "decimal"),
        col("weight", "par.col.weight", "number"), col("contribution", "par.col.contribution", "decimal"),
        col("missing", "par.col.missing", "bool"),
    ], key="par_breakdown")
    state = scores.raw.set_index("region_code")["regulation_state"].get(region) \
        if "regulation_state" in scores.raw else None
    if isinstance(state, str):  # the tracker's five states (analytics/regulations.py)
        st.caption(t("par.regulation_state", state=t(f"reg.state.{state}"), date=fmt_date(scores.as_of)))
    st.markdown(f"**{t('par.evidence')}**")
    of_region = {**scored, "region": region}
    evidence = view("paritrana.evidence", of_region, lambda: scores.evidence_for(region), copy=False)  # only read
    if evidence.empty:
        st.caption(t("par.no_evidence"))
    else:
        show_table(evidence, [
            col("instrument", "par.col.instrument", "code", vocab="instrument"), col("number", "par.col.number"),
            col("effective_date", "par.col.effective_date", "date"), col("title", "par.col.title", width="large"),
            col("status", "par.col.status", "code", vocab="reg_status"),
            col("source_url", "par.col.source_url", "link", link_text="reg.link"),
            col("source_note", "par.col.source_note", "data"), col("batch_id", "par.col.batch_id"),
            col("is_demo", "par.col.is_demo", "bool"),
        ], key="par_evidence")

with st.expander(t("par.batches")):
    show_table(scores.batches, [
        col("batch_id", "par.col.batch_id"), col("dataset", "par.col.dataset", "code", vocab="dataset"),
        col("file_name", "par.col.file_name"), col("is_demo", "par.col.is_demo", "bool"),
    ], key="par_batches", width="content")

st.subheader(t("par.criteria"))
# the file's name in the project, not the server's path to it
st.caption(t("par.criteria_file", path=config.project_relative(criteria.path), sha=criteria.sha256[:12]))
show_table(view("paritrana.criteria", {"criteria": scored["criteria"]}, lambda: criteria.frame, copy=False), [
    col("indicator", "par.col.indicator", "code", vocab="indicator"),
    col("level", "par.level", "code", vocab="paritrana_level"), col("weight", "par.col.weight", "number"),
    col("direction", "par.col.direction", "code", vocab="direction"),
    col("normalisation", "par.col.normalisation", "code", vocab="normalisation"),
    col("description", "par.col.description", "data", width="large"), col("source", "par.col.source", "data", width="large"),
], key="par_criteria")
if can_edit():
    with st.expander(t("par.criteria_edit"), icon=":material/edit:"):
        edited = st.data_editor(
            criteria.frame, hide_index=True, num_rows="dynamic", key="par_criteria_editor", width="stretch",
            column_config={
                "indicator": st.column_config.SelectboxColumn(options=list(paritrana.INDICATORS), required=True),
                "level": st.column_config.SelectboxColumn(options=list(paritrana.LEVELS), required=True),
                "weight": st.column_config.NumberColumn(min_value=0.0, required=True),
                "direction": st.column_config.SelectboxColumn(options=list(paritrana.DIRECTIONS), required=True),
                "normalisation": st.column_config.SelectboxColumn(options=list(paritrana.NORMALISATIONS), required=True),
            },
        )
        if st.button(t("par.criteria_save"), key="par_criteria_save", icon=":material/save:"):
            _, problems = paritrana.validate_criteria(pd.DataFrame(edited))
            if problems:
                st.error(t("par.criteria_invalid") + "\n" + "\n".join(f"- {md_text(p)}" for p in problems))
            else:
                paritrana.save_criteria(pd.DataFrame(edited))
                st.toast(t("par.criteria_saved"), icon=":material/check:")
                st.rerun()
else:
    st.caption(t("par.editor_only"))
