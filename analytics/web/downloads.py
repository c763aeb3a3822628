"""Downloads beside tables and charts: CSV/XLSX for a table, HTML/PNG/SVG for a chart, marked
demo when demo data is active; charts drawn with the UI language's separators."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import exports, sources
from analytics.i18n import t
from analytics.presentation import charts as presentation_charts
from analytics.presentation import codes
from analytics.web.data import has_demo_data


SOURCE_HEADERS = {"source_title": "source", "source_url": "url", "source_date": "date", "confidence": "confidence"}


def download_row():
    """Download buttons side by side at their own width: in ``st.columns`` they were cut to
    "Download C…" / "HT…" on a 1280 px screen (and a row is one element, columns several)."""
    return st.container(horizontal=True, gap="small")


def download_table(frame: pd.DataFrame, file_stem: str, key: str, demo: bool | None = None, table=None) -> None:
    """CSV and XLSX downloads for a table, marked demo when demo data is active. The CSV holds
    the raw values (``*_raw.csv``: codes, dot decimals) for machines; the XLSX, given the shown
    ``table`` (analytics.presentation), holds what the reader sees: translated headers and
    labels, numbers with number formats. The XLSX is built only when clicked (a callable)."""
    demo = has_demo_data() if demo is None else demo
    row = download_row()
    row.download_button(t("common.download_csv"), exports.csv_bytes(frame, demo),
                        file_name=exports.csv_name(file_stem, demo), help=t("present.csv_help"),
                        mime="text/csv", key=key, icon=":material/download:", on_click="ignore")
    # the rows' sources as a sheet of their own, headed in the UI language
    cited = sources.sources_of(frame)
    cited["confidence"] = codes.labels("confidence", cited["confidence"])
    cited = cited.rename(columns={c: t(f"srccol.{SOURCE_HEADERS[c]}") for c in cited.columns})
    sheet = t("srccol.sources_sheet")
    if table is not None:
        readable, formats = table.readable(), table.excel_formats()
        make = lambda: exports.xlsx_bytes(readable, demo, number_formats=formats,  # noqa: E731
                                          sources=cited, sources_sheet=sheet)
    else:
        snapshot = frame.copy()
        make = lambda: exports.xlsx_bytes(snapshot, demo, sources=cited, sources_sheet=sheet)  # noqa: E731
    row.download_button(t("common.download_xlsx"), make, help=t("present.xlsx_help"),
                        file_name=exports.file_name(file_stem, "xlsx", demo),
                        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        key=f"{key}_xlsx", icon=":material/download:", on_click="ignore")


def localise_figure(fig):
    """Indonesian separators (1.234.567,8) in Indonesian mode; English ones otherwise.
    (Plotly's separators: decimal mark then thousands mark.)"""
    return presentation_charts.localise(fig)


def show_chart(fig, file_stem: str, key: str, *, data: pd.DataFrame | None = None, demo: bool | None = None,
               **plotly_kwargs):
    """Draw a Plotly chart in the UI language (separators, month names: analytics.presentation.
    charts) with its downloads: HTML, PNG and SVG (rendered by kaleido only when clicked) and,
    with ``data``, the table behind it as CSV. ``demo``: whether the chart shows demo data
    (default: whether any is loaded); marked DEMO on the chart and in file names.

    Returns what ``st.plotly_chart`` returns (the selection when ``on_select`` is given)."""
    demo = has_demo_data() if demo is None else demo
    if demo and not any("DEMO" in (a.text or "") for a in fig.layout.annotations):
        fig.add_annotation(text="DEMO", xref="paper", yref="paper", x=1, y=1.02, showarrow=False,
                           xanchor="right", yanchor="bottom", font={"color": "#b45309", "size": 11})
    localise_figure(fig)
    config = presentation_charts.plotly_config(**plotly_kwargs.pop("config", {}))
    event = st.plotly_chart(fig, key=key, config=config, **plotly_kwargs)
    row = download_row()
    row.download_button("HTML", lambda: exports.chart_html(fig, config), file_name=exports.file_name(file_stem, "html", demo),
                        mime="text/html", key=f"{key}_html", icon=":material/download:", on_click="ignore")
    if exports.image_export_available():
        for fmt, mime in (("png", "image/png"), ("svg", "image/svg+xml")):
            row.download_button(t(f"download.{fmt}"), _image_maker(fig, fmt, config),
                                file_name=exports.file_name(file_stem, fmt, demo), mime=mime,
                                key=f"{key}_{fmt}", icon=":material/image:", on_click="ignore")
    if data is not None:
        row.download_button("CSV", exports.csv_bytes(data, demo), file_name=exports.csv_name(file_stem, demo),
                            help=t("present.csv_help"), mime="text/csv", key=f"{key}_csv", icon=":material/download:", on_click="ignore")
    return event


def _image_maker(fig, fmt: str, config: dict):
    snapshot = fig.to_dict()

    def make() -> bytes:
        import plotly.graph_objects as go

        return exports.chart_image(go.Figure(snapshot), fmt, config=config)

    return make
