"""SQL explorer: one read-only SELECT over the documented tables and views, with the schema
beside the editor, example queries, the result as a table and an automatic chart, downloads.
The query lives in the URL (``sql_q``) so a link reopens it."""

import streamlit as st

from analytics.explorer import readonly as sql_readonly
from analytics.charts.explorer import auto_chart
from analytics.i18n import fmt_decimal, fmt_int, t
from analytics.queries import all_queries
from analytics.explorer.readonly import QueryRefused
from analytics.web.data import explore, explorer_schema
from analytics.web.downloads import download_table, show_chart
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
    query = st.text_area(t("explorer.query"), key="sql_q", bind="query-params", height=220,
                         max_chars=sql_readonly.MAX_QUERY_CHARS,
                         placeholder="SELECT name, population FROM region WHERE level = 'provinsi'")
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
    except QueryRefused as refusal:
        st.error(f"{t('explorer.refused_title')}: {refusal.localized()}", icon=":material/block:")
if result is not None:
    frame = result.frame
    st.caption(t("explorer.rows", n=fmt_int(len(frame)), seconds=fmt_decimal(result.elapsed_s, 2)))
    if result.truncated:
        st.warning(t("explorer.truncated", n=fmt_int(len(frame))))
    if frame.empty:
        st.info(t("explorer.empty_result"))
    else:
        st.dataframe(frame, hide_index=True, width="stretch")
        download_table(frame, "sql_explorer", key="explorer_download")
        st.subheader(t("explorer.chart"))
        figure = auto_chart(frame)
        if figure is None:
            st.caption(t("explorer.no_chart"))
        else:
            show_chart(figure, "sql_explorer_chart", key="explorer_chart")
