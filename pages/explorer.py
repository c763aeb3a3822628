"""SQL explorer: one read-only SELECT over the documented tables and views, with the schema
beside the editor, example queries, the result as a table and an automatic chart, downloads.
The query lives in the URL (``sql_q``) so a link reopens it."""

import streamlit as st

from analytics.explorer import readonly as sql_readonly
from analytics.charts.explorer import auto_chart, measures
from analytics.explorer.provenance import holds_demo
from analytics.i18n import fmt_decimal, fmt_int, t
from analytics.queries import all_queries
from analytics.explorer.readonly import QueryRefused
from analytics.presentation.markup import md_text
from analytics.presentation.tables import infer_columns
from analytics.explorer import links as explorer_links
from analytics.web.data import explore, explorer_queries, explorer_schema, has_demo_data
from analytics.web.downloads import show_chart
from analytics.web.tables import show_table
from analytics.web.frame import demo_notice, require_dashboard_frame

require_dashboard_frame()

st.title(t("explorer.title"))
demo_notice()
st.caption(t("explorer.intro", rows=fmt_int(sql_readonly.DEFAULT_MAX_ROWS),
             seconds=fmt_decimal(sql_readonly.DEFAULT_TIMEOUT_S, 0),
             memory=f"{fmt_int(sql_readonly.WORKER_MEMORY_MB)} MB"))

examples = {name: text for name, text in all_queries().items() if name.startswith("example_")}


def _use_example() -> None:
    chosen = st.session_state.get("explorer_example")
    if chosen in examples:
        st.session_state["sql_q"] = examples[chosen]


editor, schema_col = st.columns([3, 2])
with editor:
    st.selectbox(t("explorer.examples"), list(examples), index=None, key="explorer_example",
                 format_func=lambda n: t(f"explorer.example.{n}"), on_change=_use_example,
                 placeholder=t("explorer.use_example"))
    # The query lives in the link: as sql_q, or, when too long for a URL, as the id of a stored
    # copy (sql_id; analytics/explorer/links.py). Opening a link seeds the box once per session.
    if "sql_q" not in st.session_state:
        linked_id = st.query_params.get("sql_id")
        linked = st.query_params.get("sql_q") or (explorer_queries().get(linked_id) if linked_id else None)
        if linked_id and linked is None and not st.query_params.get("sql_q"):
            st.warning(t("explorer.link_unknown"), icon=":material/link_off:")
        st.session_state["sql_q"] = (linked or "")[:sql_readonly.MAX_QUERY_CHARS]
    query = st.text_area(t("explorer.query"), key="sql_q", height=220,
                         max_chars=sql_readonly.MAX_QUERY_CHARS,
                         placeholder="SELECT name, population FROM region WHERE level = 'provinsi'")
    if not query.strip():
        for name in ("sql_q", "sql_id"):
            st.query_params.pop(name, None)
    elif explorer_links.fits_link(query):
        st.query_params.pop("sql_id", None)
        st.query_params["sql_q"] = query
    else:
        st.query_params.pop("sql_q", None)
        st.query_params["sql_id"] = explorer_queries().put(query)
        st.caption(t("explorer.link_stored"))
    st.button(t("explorer.run"), type="primary", key="explorer_run", icon=":material/play_arrow:")

with schema_col:
    st.markdown(f"**{t('explorer.schema')}**", help=t("explorer.schema_help"))
    schema = explorer_schema()
    for table, columns in schema.groupby("table_name", sort=False):
        with st.expander(f"`{table}` ({len(columns)})"):
            st.dataframe(
                columns[["column_name", "data_type"]], hide_index=True, width="stretch",
                column_config={"column_name": t("explorer.col.column"), "data_type": t("explorer.col.type")},
            )

result = None
if query and query.strip():
    st.subheader(t("explorer.result"))
    try:
        result = explore(query)
    except QueryRefused as refusal:  # the reason in the UI language; what it quotes shown as text
        st.error(f"{t('explorer.refused_title')}: {refusal.localized(escape=md_text)}", icon=":material/block:")
    except Exception as exc:  # noqa: BLE001  whatever else goes wrong: a reason, never a traceback
        st.error(f"{t('explorer.refused_title')}: {t('explorer.refused.unexpected', name=type(exc).__name__)}",
                 icon=":material/block:")
if result is not None:
    frame = result.frame
    st.caption(t("explorer.rows", n=fmt_int(len(frame)), seconds=fmt_decimal(result.elapsed_s, 2)))
    if result.cut == "cells":
        st.warning(t("explorer.cut_cells", n=fmt_int(len(frame)),
                     cells=fmt_int(sql_readonly.MAX_RESULT_CELLS)))
    elif result.truncated:
        st.warning(t("explorer.truncated", n=fmt_int(len(frame))))
    if frame.empty:
        st.info(t("explorer.empty_result"))
    else:
        demo = holds_demo(query, frame, has_demo_data())  # reference data is not demo
        frame = frame.set_axis([str(c) for c in frame.columns], axis=1)
        show_table(frame, infer_columns(frame), key="explorer_result", stem="sql_explorer", demo=demo, keep=False)
        st.subheader(t("explorer.chart"))
        groups = measures(frame)
        measure = None
        if len(groups) > 1:  # different units never share an axis: the reader picks one
            names = [", ".join(g) for g in groups]
            chosen = st.segmented_control(t("explorer.measure"), names, default=names[0], key="sql_measure",
                                          help=t("explorer.measure_help")) or names[0]
            measure = groups[names.index(chosen)]
        figure = auto_chart(frame, measure=measure)
        if figure is None:
            st.caption(t("explorer.no_chart"))
        else:
            show_chart(figure, "sql_explorer_chart", key="explorer_chart", demo=demo)
