"""Downloads beside tables and charts: CSV/XLSX for a table, HTML/PNG/SVG for a chart, marked
demo when demo data is active; charts drawn with the UI language's separators."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import exports, i18n
from analytics.i18n import t
from analytics.web.data import has_demo_data


def download_row():
    """Download buttons side by side at their own width: in ``st.columns`` they were cut to
    "Download C…" / "HT…" on a 1280 px screen (and a row is one element, columns several)."""
    return st.container(horizontal=True, gap="small")


def download_table(frame: pd.DataFrame, file_stem: str, key: str, demo: bool | None = None) -> None:
    """CSV and XLSX downloads for a table, marked demo when demo data is active. The XLSX is
    built only when clicked (a callable), so reruns do not pay for it."""
    demo = has_demo_data() if demo is None else demo
    row = download_row()
    row.download_button(t("common.download_csv"), exports.csv_bytes(frame, demo),
                        file_name=exports.file_name(file_stem, "csv", demo),
                        mime="text/csv", key=key, icon=":material/download:", on_click="ignore")
    snapshot = frame.copy()
    row.download_button(t("common.download_xlsx"), lambda: exports.xlsx_bytes(snapshot, demo),
                        file_name=exports.file_name(file_stem, "xlsx", demo),
                        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        key=f"{key}_xlsx", icon=":material/download:", on_click="ignore")


def localise_figure(fig):
    """Indonesian separators (1.234.567,8) in Indonesian mode; English ones otherwise.
    (Plotly's separators: decimal mark then thousands mark.)"""
    fig.update_layout(separators=",." if i18n.language() == "id" else ".,")
    return fig


def show_chart(fig, file_stem: str, key: str, *, data: pd.DataFrame | None = None, **plotly_kwargs):
    """Draw a Plotly chart with its downloads: HTML, PNG and SVG (rendered by kaleido only when
    clicked) and, with ``data``, the table behind it as CSV.

    Returns what ``st.plotly_chart`` returns (the selection when ``on_select`` is given)."""
    demo = has_demo_data()
    if demo and not any("DEMO" in (a.text or "") for a in fig.layout.annotations):
        fig.add_annotation(text="DEMO", xref="paper", yref="paper", x=1, y=1.02, showarrow=False,
                           xanchor="right", yanchor="bottom", font={"color": "#b45309", "size": 11})
    localise_figure(fig)
    event = st.plotly_chart(fig, key=key, **plotly_kwargs)
    row = download_row()
    row.download_button("HTML", lambda: exports.chart_html(fig), file_name=exports.file_name(file_stem, "html", demo),
                        mime="text/html", key=f"{key}_html", icon=":material/download:", on_click="ignore")
    if exports.image_export_available():
        for fmt, mime in (("png", "image/png"), ("svg", "image/svg+xml")):
            row.download_button(t(f"download.{fmt}"), _image_maker(fig, fmt),
                                file_name=exports.file_name(file_stem, fmt, demo), mime=mime,
                                key=f"{key}_{fmt}", icon=":material/image:", on_click="ignore")
    if data is not None:
        row.download_button("CSV", exports.csv_bytes(data, demo), file_name=exports.file_name(file_stem, "csv", demo),
                            mime="text/csv", key=f"{key}_csv", icon=":material/download:", on_click="ignore")
    return event


def _image_maker(fig, fmt: str):
    snapshot = fig.to_dict()

    def make() -> bytes:
        import plotly.graph_objects as go

        return exports.chart_image(go.Figure(snapshot), fmt)

    return make
