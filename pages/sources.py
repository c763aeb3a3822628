"""Sumber data: every source of the facts on screen, what it supports and how sure it is; the
figures sources report differently, side by side; the pinned reference data."""

import streamlit as st

from analytics import sources
from analytics.i18n import fmt_int, t
from analytics.web.data import demo_chosen, run_query
from analytics.web.downloads import download_table
from analytics.web.frame import require_dashboard_frame

require_dashboard_frame()

st.title(t("src.title"))
st.write(t("src.intro"))
st.caption(t("src.confidence_help"))
if demo_chosen():
    st.info(t("src.demo_note"), icon=":material/science:")

listed = sources.all_sources(run_query)
st.subheader(t("src.table"))
st.caption(t("src.count", n=fmt_int(listed["source_title"].nunique()), facts=fmt_int(listed["facts"].sum())))
shown = listed.assign(
    confidence=listed["confidence"].map(lambda c: t(f"confidence.{c}") if isinstance(c, str) else "–"),
    dataset=listed["dataset"].map(lambda d: t(f"dataset.{d}")),
)
st.dataframe(
    shown, hide_index=True, width="stretch",
    column_config={
        "source_title": st.column_config.TextColumn(t("srccol.source"), width="large"),
        "source_url": st.column_config.LinkColumn(t("srccol.url")),
        "source_date": t("srccol.date"),
        "confidence": t("srccol.confidence"),
        "dataset": t("srccol.dataset"),
        "facts": st.column_config.NumberColumn(t("srccol.facts"), format="%d"),
        "regions": st.column_config.NumberColumn(t("srccol.regions"), format="%d"),
        "national_facts": st.column_config.NumberColumn(t("srccol.national"), format="%d"),
    },
)
download_table(listed, "sumber_data", key="dl_sources", demo=False)

missing = sources.unsourced(run_query)
if not missing.empty:
    st.warning(t("src.unsourced", n=fmt_int(missing["facts"].sum()),
                 datasets=", ".join(t(f"dataset.{d}") for d in missing["dataset"])))

differ = sources.conflicts(run_query)
if not differ.empty:
    st.subheader(t("src.conflicts"))
    st.caption(t("src.conflicts_intro"))
    table = differ.assign(indicator=differ["indicator"].map(lambda i: t(f"indicator.{i}")))[
        ["region", "period", "indicator", "value_reported", "source_title", "source_url", "other_value_reported",
         "other_source_title", "conflicts_with"]]
    st.dataframe(table, hide_index=True, width="stretch", column_config={
        "region": t("srccol.region"), "period": t("srccol.period"), "indicator": t("srccol.indicator"),
        "value_reported": t("srccol.value"), "source_title": t("srccol.source"),
        "source_url": st.column_config.LinkColumn(t("srccol.url")),
        "other_value_reported": t("srccol.other_value"), "other_source_title": t("srccol.other_source"),
        "conflicts_with": None,
    })
    download_table(differ, "sumber_berbeda", key="dl_conflicts", demo=False)

st.subheader(t("src.reference"))
st.write(t("src.reference_intro"))
pinned = sources.reference_sources()
rates = run_query("budget_rates")
st.markdown("\n".join([
    "- " + t("src.ref.regions"),
    "- " + t("src.ref.boundaries", commit=pinned.get("wilayah_boundaries", "?")[:12],
             files=sources.reference_file_count("wilayah_boundaries")),
    "- " + t("src.ref.population", commit=pinned.get("wilayah", "?")[:12]),
    "- " + t("src.ref.rates", sources="; ".join(sources.rate_sources(rates))),
]))
