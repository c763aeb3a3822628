"""Regulation tracker: every regulation, completeness per province and the situation on any day."""

import datetime as dt
from functools import partial

import pandas as pd
import streamlit as st

from analytics import i18n, regulation_sheet, sources
from analytics import regulations as regs
from analytics.charts.regulations import completeness_bars, timeline_chart
from analytics.i18n import fmt_date, fmt_pct, t
from analytics.web.url_widgets import url_date, url_multiselect, url_select
from analytics.web.data import run_query
from analytics.presentation.tables import col
from analytics.presentation.markup import md_text
from analytics.web.downloads import show_chart_view
from analytics.web.tables import show_table
from analytics.web import views
from analytics.web.frame import PHONE_FIRST, PHONE_TITLE, demo_notice, metric_row, require_dashboard_frame

require_dashboard_frame()

# this page only reads the views it is handed, uncopied (tests fingerprint them: analytics/web/views.py)
view = partial(views.view, copy=False)


def _sheet(states, province, as_of, name, lang) -> bytes:
    with i18n.using(lang):  # made when clicked, in the page's language whatever thread runs it
        return regulation_sheet.status_sheet_bytes(states, province, as_of, name)


with st.container(key=PHONE_TITLE):  # on a phone: title and demo mark, then the figures
    st.title(t("reg.title"))
    demo_notice()
st.caption(t("reg.intro"))

records = run_query("regulation_records", {"province": None})
kabkota = run_query("regulation_kabkota", {"province": None})
snapshots = run_query("regulation_snapshots", {"province": None})
confirmations = run_query("regulation_status_rows", {"province": None})  # the filled status sheets
provinces = run_query("regulation_province_list")
names = dict(zip(provinces["province_code"], provinces["province_name"]))

# --- filters (all in the URL: reg_province, reg_as_of, reg_instrument, reg_status, reg_scope, reg_year)
c1, c2 = st.columns([3, 2])
province = url_select(c1, t("reg.province"), ["", *names], "reg_province", default="",
                      format_func=lambda c: names.get(c, t("reg.all_provinces")))
today = i18n.today()
as_of = url_date(c2, t("reg.as_of"), "reg_as_of", default=today, min_value=dt.date(2015, 1, 1),
                 max_value=today + dt.timedelta(days=366), help=t("reg.as_of_help"), format="DD/MM/YYYY")
c1, c2, c3, c4 = st.columns(4)
instruments = url_multiselect(c1, t("reg.instrument"), list(regs.SHORT_NAMES), "reg_instrument",
                              format_func=lambda i: t(f"reg.instrument.{i}"), placeholder=t("reg.any"))
statuses = url_multiselect(c2, t("reg.status"), list(regs.STATUSES_ON), "reg_status",
                           format_func=lambda s: t(f"reg.status.{s}"), placeholder=t("reg.any"))
# the choices the records offer (worker groups, years): the same until a publish
scope_choices, years = view("reg.choices", None, lambda: (
    regs.scope_values(records), sorted({int(y) for y in records["year"].dropna()}, reverse=True)))
scopes = url_multiselect(c3, t("reg.scope"), scope_choices, "reg_scope",
                         format_func=lambda g: t(f"group.{g}"), placeholder=t("reg.any"))
chosen_years = url_multiselect(c4, t("reg.year"), years, "reg_year", placeholder=t("reg.any"))

# --- the situation on the day
scope_records = records[records["province_code"] == province] if province else records
scope_kabkota = kabkota[kabkota["province_code"] == province] if province else kabkota
# the same for everyone who opens this province and day: built once (analytics/web/views.py)
completeness = view("reg.completeness", as_of, lambda: regs.completeness(records, kabkota, snapshots, as_of, provinces))
status = view("reg.status", (province, as_of), lambda: regs.region_status(
    scope_records, scope_kabkota, as_of, snapshots[snapshots["province_code"] == province] if province else snapshots))
now = view("reg.situation", (province, as_of), lambda: regs.situation(scope_records, as_of))
chosen = (province, as_of, instruments, statuses, scopes, chosen_years)  # the records table's view
shown = view("reg.shown", chosen, lambda: regs.filter_records(now, instruments, statuses, scopes, chosen_years))

without = view("reg.without", (province, as_of), lambda: regs.without_regulation(status))
# the five states of every kab/kota (analytics/regulations.py: records and filled status sheets)
states = view("reg.states", (province, as_of), lambda: regs.region_states(
    scope_records, scope_kabkota, as_of,
    confirmations[confirmations["region_code"].str[:2] == province] if province else confirmations))
# "status diketahui k dari n", national and per province (counting takes pandas 10 ms a call)
known_all, known_by_province = view("reg.known", (province, as_of), lambda: (
    regs.known_counts(states, by_province=False), regs.known_counts(states)))
known_now = known_all.iloc[0]
# "no regulation in force on record" is all the data can say of a region nobody recorded
without_help = t("reg.m.without_help", no_record=int(without["record_state"].eq("no_record").sum()),
                 not_in_force=int(without["record_state"].eq("not_in_force").sum()))
m = metric_row(key=PHONE_FIRST)  # on a phone, right below the title
if province:
    row = completeness.set_index("province_code").loc[province]
    if row["data_state"] == regs.HAS_RECORDS:
        m.metric(t("reg.m.with"), t("reg.m.with_value", n=int(row["regions_with"]), total=int(row["regions_total"])),
                 help=fmt_pct(row["share_pct"], 1))
        m.metric(t("reg.m.without"), int(row["regions_without"]), help=without_help)
    else:
        m.metric(t("reg.m.with"), t("reg.no_data"))
        m.metric(t("reg.m.without"), t("reg.no_data"))
    # metric values render markdown: data text is escaped
    prov_text = md_text(row["province_regulation"]) if isinstance(row["province_regulation"], str) else t("reg.none")
    pending = regs.pending_records(view("reg.province_level", (province, as_of),
                                        lambda: regs.province_instruments(scope_records, as_of)))
    m.metric(t("reg.m.province_reg"), prov_text,
             help="; ".join(t(f"reg.pending.{s}", label=md_text(lbl)) for lbl, s in zip(pending["label"], pending["status_on"]))
             or None)
    if row["data_state"] == regs.NO_DATA:
        st.info(t("reg.no_data_province", province=md_text(names[province])))
    elif pd.notna(row["snapshot_with"]):
        key = "reg.snapshot_only" if row["data_state"] == regs.SNAPSHOT_ONLY else "reg.snapshot"
        st.info(t(key, province=md_text(names[province]), n=int(row["snapshot_with"]), total=int(row["snapshot_total"]),
                  date=fmt_date(row["snapshot_as_of"]), source=md_text(row["snapshot_source"])))
else:
    # only provinces with records count: a province with no data is not "none issued"
    known = completeness[completeness["data_state"] == regs.HAS_RECORDS]
    m.metric(t("reg.m.with"), t("reg.m.with_value", n=int(known["regions_with"].sum()),
                                total=int(known["regions_total"].sum())),
             help=t("reg.m.provinces_with_data", n=len(known), total=len(completeness)))
    m.metric(t("reg.m.without"), int(known["regions_without"].sum()), help=without_help)
    m.metric(t("reg.m.province_reg"), int(completeness["province_regulation"].notna().sum()))
m.metric(t("reg.known.label") if province else t("reg.known.national"),
         t("reg.known.value", k=int(known_now["known"]), n=int(known_now["total"])), help=t("reg.known.help"))
m.metric(t("reg.m.records"), len(shown))
if province:
    st.markdown(f"[{t('reg.brief_link')}](brief?brief_province={province}&brief_date={as_of:%Y-%m-%d})")
    # the sheet those who hold the facts fill in (imported back on the Data page)
    st.download_button(t("reg.sheet.download", province=names[province]),
                       partial(_sheet, states.copy(), province, as_of, names[province], i18n.language()),
                       file_name=f"status_regulasi_{province}_{as_of:%Y-%m-%d}.xlsx",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       key="reg_status_sheet", icon=":material/table_view:",
                       help=t("reg.sheet.help", date=fmt_date(as_of)), on_click="ignore")

# --- completeness and timeline
left, right = st.columns([1, 1])
with left:
    st.subheader(t("reg.s.completeness"))
    st.caption(t("reg.s.completeness_caption", date=fmt_date(as_of)))
    bars = completeness if not province else completeness[completeness["province_code"] == province]
    # the figure is built once per view (analytics/web/downloads.show_chart_view)
    show_chart_view("reg.completeness_chart", (province, as_of), lambda: completeness_bars(bars, {
        "with": t("reg.chart.with"), "without": t("reg.chart.without"), "no_data": t("reg.chart.no_data"),
        "snapshot": t("reg.chart.snapshot"), "axis": t("reg.chart.regions_with")}),
        f"kelengkapan_regulasi_{as_of:%Y-%m-%d}", key="reg_completeness_chart",
        data=view("reg.completeness_csv", (province, as_of), lambda: bars.drop(columns=["snapshot_source"])))
with right:
    st.subheader(t("reg.s.timeline"))
    if province:
        per = view("reg.timeline", (province, as_of), lambda: regs.timeline(
            scope_records, scope_kabkota, until=as_of, start=regs.INPRES_IN_FORCE))
        national = None
    else:
        per = view("reg.timeline_none", None, lambda: regs.timeline(records.iloc[0:0], kabkota))  # the national line alone
        national = view("reg.national_timeline", as_of, lambda: regs.national_timeline(
            records, kabkota, until=as_of, start=regs.INPRES_IN_FORCE))
    labels = {"national": t("reg.national"), "axis": t("reg.chart.regions_with"), "date": t("reg.chart.date")}
    if len(per) or (national is not None and len(national)):
        show_chart_view("reg.timeline_chart", (province, as_of), lambda: timeline_chart(per, national, labels),
                        f"linimasa_regulasi_{province or 'nasional'}", key="reg_timeline_chart",
                        data=per if province else national)
    else:
        st.info(t("reg.no_records"))

# --- the records
st.subheader(t("reg.s.table"))

if shown.empty:
    st.info(t("reg.no_records"))
else:
    st.caption(t("reg.s.table_caption"))
    show_table(view("reg.records_table", chosen, lambda: sources.with_date_text(
        shown.assign(date_text=regs.date_texts(shown)))), [
        col("province_name", "reg.col.province"), col("region_name", "reg.col.region"),
        col("instrument", "reg.col.instrument", "code", vocab="instrument"), col("number", "reg.col.number"),
        col("year", "reg.col.year", "year"),
        col("effective_date", "reg.col.date", "date", text="date_text", missing="reg.date.none"),
        col("title", "reg.col.title", "data", width="large"), col("scopes", "reg.col.scopes", "codes", vocab="worker_group"),
        col("status_on", "reg.col.status", "code", vocab="status_on"),
        col("revoked_on", "reg.col.revoked_on", "date", missing="missing.not_revoked"),
        col("amends", "reg.col.amends"),
        col("follows_inpres", "reg.col.follows_inpres", "code", vocab="follows_inpres", help="reg.follows_help"),
        col("source_title", "reg.col.source_title", "data", width="large"),
        col("source_url", "reg.col.source", "link", link_text="reg.link"),
        col("source_date", "reg.col.source_date", "text", text="source_date_text", missing="src.missing_date"),
        col("confidence", "reg.col.confidence", "code", vocab="confidence"),
        col("source_note", "reg.col.source_note", "data"), col("is_demo", "reg.col.demo", "bool"),
    ], key="reg_records_table", stem=f"regulasi_{province or 'nasional'}_{as_of:%Y-%m-%d}",
        raw=view("reg.records_csv", chosen, lambda: shown.drop(
            columns=[c for c in ("counts", "in_force") if c in shown.columns])))

# --- regions without, province level
st.subheader(t("reg.s.without"))
# every kab/kota with no regulation in force, with its state: where the data has anything for its
# province (or a province is chosen), so a meeting sees what is confirmed and what is to ask
without_states = view("reg.without_states", (province, as_of), lambda: regs.states_without_regulation(
    states, without, known_by_province, bool(province)))
if len(without_states):
    st.caption(t("reg.s.without_caption") + " " + t("reg.s.states_caption", date=fmt_date(as_of)))
    show_table(without_states, [
        col("province_name", "reg.col.province"), col("region_code", "reg.col.code"), col("name", "reg.col.region"),
        col("level", "reg.col.level", "code", vocab="level"),
        col("expected_instrument", "reg.col.expected", "code", vocab="instrument"),
        col("status", "reg.col.state", "code", vocab="region_state"),
        col("confirmed_by", "reg.col.confirmed_by", "data", width="medium"),
        col("confirmed_on", "reg.col.confirmed_on", "date"),
        col("evidence", "reg.col.evidence", "data", width="large"),
        col("pending", "reg.col.pending"), col("other_instruments", "reg.col.other"),
    ], key="reg_without_table", stem=f"tanpa_regulasi_{province or 'nasional'}_{as_of:%Y-%m-%d}")
else:
    st.caption(t("reg.none_without"))

prov_level = view("reg.province_level", (province, as_of), lambda: regs.province_instruments(scope_records, as_of))
if len(prov_level):
    st.subheader(t("reg.s.province_level"))
    show_table(prov_level, [
        col("province_name", "reg.col.province"), col("label", "reg.col.instrument"),
        col("status_on", "reg.col.status", "code", vocab="status_on"), col("title", "reg.col.title", width="large"),
    ], key="reg_province_table")
