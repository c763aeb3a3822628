"""Sumber data: every source of the facts on screen, what it supports and how sure it is; the
figures sources report differently, side by side; the pinned reference data."""

import streamlit as st

from analytics import sources
from analytics.i18n import fmt_int, t
from analytics.web.data import demo_chosen, run_query
from analytics.presentation.markup import md_text
from analytics.presentation.tables import col
from analytics.web import views
from analytics.web.tables import show_table
from analytics.web.frame import require_dashboard_frame

require_dashboard_frame()

st.title(t("src.title"))
st.write(t("src.intro"))
st.caption(t("src.confidence_help"))
if demo_chosen():
    st.info(t("src.demo_note"), icon=":material/science:")

# the same for everyone on this data and language: built once (analytics/web/views.py), only read
shown = views.view("sources", None, lambda: sources.sources_page(run_query), copy=False)
st.subheader(t("src.table"))
st.caption(t("src.count", n=fmt_int(shown.titles), facts=fmt_int(shown.facts)))
# through the presentation layer: labels for codes, "–" for a missing cell, titles the project
# wrote (e.g. "Berita daerah ..., February 2024") in the UI language, others as published
show_table(shown.listed, [
    *sources.source_columns(),
    col("dataset", "srccol.dataset", "code", vocab="source_dataset"),
    col("facts", "srccol.facts", "count"),
    col("regions", "srccol.regions", "count"),
    col("national_facts", "srccol.national", "count"),
], key="sources_table", stem="sumber_data", demo=False)

if not shown.unsourced.empty:
    st.warning(t("src.unsourced", n=fmt_int(shown.unsourced["facts"].sum()),
                 datasets=", ".join(t(f"dataset.{d}") for d in shown.unsourced["dataset"])))

if not shown.conflicts.empty:
    st.subheader(t("src.conflicts"))
    st.caption(t("src.conflicts_intro"))
    # periods as months and values written the UI language's way ("Desember 2022", "47,00%"); the
    # curation's note in the UI language (analytics/i18n/strings_curated_notes_reported_*.py)
    show_table(shown.conflicts_shown, [
        col("region", "srccol.region"),
        col("period", "srccol.period", text="period_text"),
        col("indicator", "srccol.indicator", "code", vocab="reported_indicator"),
        col("value_text", "srccol.value"),
        col("source_title", "srccol.source", "data", width="large"),
        col("source_url", "srccol.url", "link"),
        col("other_value_text", "srccol.other_value"),
        col("other_source_title", "srccol.other_source", "data", width="large"),
        col("note", "srccol.note", "data", width="large"),
    ], key="conflicts_table", stem="sumber_berbeda", raw=shown.conflicts, demo=False)

st.subheader(t("src.reference"))
st.write(t("src.reference_intro"))
st.markdown("\n".join([
    "- " + t("src.ref.regions"),
    "- " + t("src.ref.boundaries", commit=shown.pinned.get("wilayah_boundaries", "?")[:12],
             files=shown.boundary_files),
    "- " + t("src.ref.population", commit=shown.pinned.get("wilayah", "?")[:12]),
    "- " + t("src.ref.rates", sources=md_text("; ".join(shown.rate_sources))),
]))
