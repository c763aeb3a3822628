"""Regulation tracker: every regulation, completeness per province and the situation on any day."""

import datetime as dt

import pandas as pd
import streamlit as st

from analytics import i18n
from analytics import regulations as regs
from analytics.charts.regulations import completeness_bars, timeline_chart
from analytics.i18n import fmt_date, fmt_pct, t
from analytics.web.url_widgets import url_multiselect, url_select
from analytics.web.data import run_query
from analytics.web.downloads import download_table, show_chart
from analytics.web.frame import demo_notice, metric_row, require_dashboard_frame

require_dashboard_frame()

st.title(t("reg.title"))
demo_notice()
st.caption(t("reg.intro"))

records = run_query("regulation_records", {"province": None})
kabkota = run_query("regulation_kabkota", {"province": None})
snapshots = run_query("regulation_snapshots", {"province": None})
provinces = run_query("regulation_province_list")
names = dict(zip(provinces["province_code"], provinces["province_name"]))

# --- filters (all in the URL: reg_province, reg_as_of, reg_instrument, reg_status, reg_scope, reg_year)
c1, c2 = st.columns([3, 2])
province = url_select(c1, t("reg.province"), ["", *names], "reg_province", default="",
                      format_func=lambda c: names.get(c, t("reg.all_provinces")))
today = i18n.today()
as_of = c2.date_input(t("reg.as_of"), value=today, min_value=dt.date(2015, 1, 1), max_value=today + dt.timedelta(days=366),
                      key="reg_as_of", bind="query-params", help=t("reg.as_of_help"), format="DD/MM/YYYY")
as_of = as_of or today
c1, c2, c3, c4 = st.columns(4)
instruments = url_multiselect(c1, t("reg.instrument"), list(regs.SHORT_NAMES), "reg_instrument",
                              format_func=lambda i: t(f"reg.instrument.{i}"), placeholder=t("reg.any"))
statuses = url_multiselect(c2, t("reg.status"), list(regs.STATUSES_ON), "reg_status",
                           format_func=lambda s: t(f"reg.status.{s}"), placeholder=t("reg.any"))
scopes = url_multiselect(c3, t("reg.scope"), regs.scope_values(records), "reg_scope",
                         format_func=lambda g: t(f"group.{g}"), placeholder=t("reg.any"))
years = sorted({int(y) for y in records["year"].dropna()}, reverse=True)
chosen_years = url_multiselect(c4, t("reg.year"), years, "reg_year", placeholder=t("reg.any"))

# --- the situation on the day
scope_records = records[records["province_code"] == province] if province else records
scope_kabkota = kabkota[kabkota["province_code"] == province] if province else kabkota
completeness = regs.completeness(records, kabkota, snapshots, as_of, provinces)
status = regs.region_status(scope_records, scope_kabkota, as_of,
                            snapshots[snapshots["province_code"] == province] if province else snapshots)
now = regs.situation(scope_records, as_of)
shown = regs.filter_records(now, instruments, statuses, scopes, chosen_years)

m = metric_row()
if province:
    row = completeness.set_index("province_code").loc[province]
    if row["data_state"] == regs.HAS_RECORDS:
        m.metric(t("reg.m.with"), t("reg.m.with_value", n=int(row["regions_with"]), total=int(row["regions_total"])),
                 help=fmt_pct(row["share_pct"], 1))
        m.metric(t("reg.m.without"), int(row["regions_without"]))
    else:
        m.metric(t("reg.m.with"), t("reg.no_data"))
        m.metric(t("reg.m.without"), t("reg.no_data"))
    prov_text = row["province_regulation"] if isinstance(row["province_regulation"], str) else t("reg.none")
    m.metric(t("reg.m.province_reg"), prov_text,
             help=row["province_pending"] if isinstance(row["province_pending"], str) else None)
    if row["data_state"] == regs.NO_DATA:
        st.info(t("reg.no_data_province", province=names[province]))
    elif pd.notna(row["snapshot_with"]):
        key = "reg.snapshot_only" if row["data_state"] == regs.SNAPSHOT_ONLY else "reg.snapshot"
        st.info(t(key, province=names[province], n=int(row["snapshot_with"]), total=int(row["snapshot_total"]),
                  date=fmt_date(row["snapshot_as_of"]), source=row["snapshot_source"]))
else:
    # only provinces with records count: a province with no data is not "none issued"
    known = completeness[completeness["data_state"] == regs.HAS_RECORDS]
    m.metric(t("reg.m.with"), t("reg.m.with_value", n=int(known["regions_with"].sum()),
                                total=int(known["regions_total"].sum())),
             help=t("reg.m.provinces_with_data", n=len(known), total=len(completeness)))
    m.metric(t("reg.m.without"), int(known["regions_without"].sum()))
    m.metric(t("reg.m.province_reg"), int(completeness["province_regulation"].notna().sum()))
m.metric(t("reg.m.records"), len(shown))
if province:
    st.markdown(f"[{t('reg.brief_link')}](brief?brief_province={province}&brief_date={as_of:%Y-%m-%d})")

# --- completeness and timeline
left, right = st.columns([1, 1])
with left:
    st.subheader(t("reg.s.completeness"))
    st.caption(t("reg.s.completeness_caption", date=fmt_date(as_of)))
    bars = completeness if not province else completeness[completeness["province_code"] == province]
    fig = completeness_bars(bars, {"with": t("reg.chart.with"), "without": t("reg.chart.without"),
                                   "no_data": t("reg.chart.no_data"), "snapshot": t("reg.chart.snapshot"),
                                   "axis": t("reg.chart.regions_with")})
    show_chart(fig, f"kelengkapan_regulasi_{as_of:%Y-%m-%d}", key="reg_completeness_chart",
               data=bars.drop(columns=["snapshot_source"]))
with right:
    st.subheader(t("reg.s.timeline"))
    if province:
        per = regs.timeline(scope_records, scope_kabkota, until=as_of, start=regs.INPRES_IN_FORCE)
        national = None
    else:
        per = regs.timeline(records.iloc[0:0], kabkota)  # empty: the national line alone
        national = regs.national_timeline(records, kabkota, until=as_of, start=regs.INPRES_IN_FORCE)
    labels = {"national": t("reg.national"), "axis": t("reg.chart.regions_with"), "date": t("reg.chart.date")}
    if len(per) or (national is not None and len(national)):
        show_chart(timeline_chart(per, national, labels), f"linimasa_regulasi_{province or 'nasional'}",
                   key="reg_timeline_chart", data=per if province else national)
    else:
        st.info(t("reg.no_records"))

# --- regions without, province level
st.subheader(t("reg.s.without"))
without = regs.without_regulation(status)
if len(without):
    table = without.assign(
        expected=without["expected_instrument"].map(lambda i: regs.SHORT_NAMES.get(i, i)),
        level=without["level"].map(lambda lv: t(f"level.{lv}")),
    )[["province_name", "region_code", "name", "level", "expected", "pending", "other_instruments"]]
    table = table.fillna({"pending": "", "other_instruments": ""})
    st.dataframe(table, hide_index=True, width="stretch", column_config={
        "province_name": t("reg.col.province"), "region_code": "Kode", "name": t("reg.col.region"),
        "level": t("reg.col.level"), "expected": t("reg.col.expected"), "pending": t("reg.col.pending"),
        "other_instruments": t("reg.col.other"),
    })
    download_table(table, f"tanpa_regulasi_{province or 'nasional'}_{as_of:%Y-%m-%d}", key="dl_reg_without")
else:
    st.caption(t("reg.none_without"))

prov_level = regs.province_instruments(scope_records, as_of)
if len(prov_level):
    st.subheader(t("reg.s.province_level"))
    st.dataframe(pd.DataFrame({
        t("reg.col.province"): prov_level["province_name"],
        t("reg.col.instrument"): prov_level["label"],
        t("reg.col.status"): prov_level["status_on"].map(lambda s: t(f"reg.status.{s}")),
        t("reg.col.title"): prov_level["title"],
    }), hide_index=True, width="stretch")

# --- the records
st.subheader(t("reg.s.table"))


def date_text(row) -> str:
    basis = row["date_basis"]
    if basis == "issued_on":
        return fmt_date(row["issued_on"])
    if basis == "known_by":
        return t("reg.date.known_by", date=fmt_date(row["known_by"]))
    if basis == "year":
        return t("reg.date.year", year=int(row["year"]))
    return t("reg.date.none")


if shown.empty:
    st.info(t("reg.no_records"))
else:
    table = pd.DataFrame({
        "province": shown["province_name"],
        "region": shown["region_name"],
        "instrument": shown["instrument"].map(lambda i: t(f"reg.instrument.{i}")),
        "number": shown["number"],
        "year": shown["year"].astype("Int64"),
        "date": shown.apply(date_text, axis=1),
        "title": shown["title"],
        "scopes": shown["scopes"].fillna("").map(
            lambda s: ", ".join(t(f"group.{g.strip()}") for g in s.split(",") if g.strip())),
        "status": shown["status_on"].map(lambda s: t(f"reg.status.{s}")),
        "revoked_on": shown["revoked_on"],
        "amends": shown["amends"],
        "source_url": shown["source_url"],
        "source_note": shown["source_note"],
        "is_demo": shown["is_demo"],
    })
    st.dataframe(table, hide_index=True, width="stretch", column_config={
        "province": t("reg.col.province"), "region": t("reg.col.region"),
        "instrument": t("reg.col.instrument"), "number": t("reg.col.number"),
        "year": st.column_config.NumberColumn(t("reg.col.year"), format="%d"),
        "date": t("reg.col.date"), "title": st.column_config.TextColumn(t("reg.col.title"), width="large"),
        "scopes": t("reg.col.scopes"), "status": t("reg.col.status"),
        "revoked_on": st.column_config.DateColumn(t("reg.col.revoked_on"), format="DD/MM/YYYY"),
        "amends": t("reg.col.amends"),
        "source_url": st.column_config.LinkColumn(t("reg.col.source"), display_text=t("reg.link")),
        "source_note": t("reg.col.source_note"), "is_demo": st.column_config.CheckboxColumn(t("reg.col.demo")),
    })
    download_table(table, f"regulasi_{province or 'nasional'}_{as_of:%Y-%m-%d}", key="dl_reg_records")
