"""Downloads beside tables and charts: CSV/XLSX for a table, HTML/PNG/SVG for a chart, marked
demo when demo data is active; charts drawn with the UI language's separators."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analytics import exports, i18n, sources
from analytics.i18n import t
from analytics.presentation import charts as presentation_charts
from analytics.presentation import codes, colours
from analytics.web import figures, views
from analytics.web.data import has_demo_data


SOURCE_HEADERS = {"source_title": "source", "source_url": "url", "source_date": "date", "confidence": "confidence"}


def download_row():
    """Download buttons side by side at their own width: in ``st.columns`` they were cut to
    "Download C…" / "HT…" on a 1280 px screen (and a row is one element, columns several)."""
    return st.container(horizontal=True, gap="small")


def download_table(frame: pd.DataFrame, file_stem: str, key: str, demo: bool | None = None, table=None,
                   readable: pd.DataFrame | None = None) -> None:
    """CSV and XLSX downloads for a table, marked demo when demo data is active. The CSV holds
    the raw values (``*_raw.csv``: codes, dot decimals) for machines; the XLSX, given the shown
    ``table`` (analytics.presentation), holds what the reader sees: translated headers and
    labels, numbers with number formats; or, given ``readable`` (a frame already in words: headers
    and values in the UI language), that frame. Both files are built only when clicked (callables)."""
    demo = has_demo_data() if demo is None else demo
    row = download_row()
    row.download_button(t("common.download_csv"), _csv_maker(frame, demo),
                        file_name=exports.csv_name(file_stem, demo), help=t("present.csv_help"),
                        mime="text/csv", key=key, icon=":material/download:", on_click="ignore")
    lang, rows = i18n.language(), frame.copy(deep=False)

    def cited() -> tuple[pd.DataFrame, str]:
        # the rows' sources as a sheet of their own, headed in the page's language; worked out
        # when clicked (every view of the tracker spent 5-8 ms on it for a file nobody asked for)
        with i18n.using(lang):
            found = sources.sources_of(rows)
            found["confidence"] = codes.labels("confidence", found["confidence"])
            return (found.rename(columns={c: t(f"srccol.{SOURCE_HEADERS[c]}") for c in found.columns}),
                    t("srccol.sources_sheet"))

    if table is not None:
        # the table is this caller's (web.tables hands out copies) and writes in its own language
        def make() -> bytes:
            found, sheet = cited()
            return exports.xlsx_bytes(table.readable(), demo, number_formats=table.excel_formats(),
                                      sources=found, sources_sheet=sheet)
    else:
        snapshot = (frame if readable is None else readable).copy(deep=False)

        def make() -> bytes:
            found, sheet = cited()
            return exports.xlsx_bytes(snapshot, demo, sources=found, sources_sheet=sheet)
    row.download_button(t("common.download_xlsx"), make, help=t("present.xlsx_help"),
                        file_name=exports.file_name(file_stem, "xlsx", demo),
                        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        key=f"{key}_xlsx", icon=":material/download:", on_click="ignore")


def localise_figure(fig):
    """Indonesian separators (1.234.567,8) in Indonesian mode; English ones otherwise.
    (Plotly's separators: decimal mark then thousands mark.)"""
    return presentation_charts.localise(fig)


def _mark_and_localise(fig, demo: bool):
    if demo and not any("DEMO" in (a.text or "") for a in fig.layout.annotations):
        fig.add_annotation(text="DEMO", xref="paper", yref="paper", x=1, y=1.02, showarrow=False,
                           xanchor="right", yanchor="bottom", font={"color": colours.WARNING, "size": 11})
    return localise_figure(fig)


def show_chart(fig, file_stem: str, key: str, *, data: pd.DataFrame | None = None, demo: bool | None = None,
               prepared: bool = False, drawn: figures.DrawnFigure | None = None, **plotly_kwargs):
    """Draw a Plotly chart in the UI language (separators, month names: analytics.presentation.
    charts) with its downloads: HTML, PNG and SVG (rendered by kaleido only when clicked) and,
    with ``data``, the table behind it as CSV. ``demo``: whether the chart shows demo data
    (default: whether any is loaded); marked DEMO on the chart and in file names. ``prepared``:
    the figure is already marked and localised and is shared (``show_chart_view``): not changed;
    ``drawn``: its JSON, made once with it (``web/figures.py``), sent instead of encoding it again.

    Returns what ``st.plotly_chart`` returns (the selection when ``on_select`` is given)."""
    demo = has_demo_data() if demo is None else demo
    if not prepared:
        _mark_and_localise(fig, demo)
    config = presentation_charts.plotly_config(**plotly_kwargs.pop("config", {}))
    event = st.plotly_chart(fig if drawn is None else drawn, key=key, config=config, **plotly_kwargs)
    row = download_row()
    row.download_button("HTML", lambda: exports.chart_html(fig, config), file_name=exports.file_name(file_stem, "html", demo),
                        mime="text/html", key=f"{key}_html", icon=":material/download:", on_click="ignore")
    images = exports.image_export_available()  # kaleido draws through a Chromium
    for fmt, mime in (("png", "image/png"), ("svg", "image/svg+xml")):
        row.download_button(t(f"download.{fmt}"), _image_maker(fig, fmt, config) if images else b"",
                            file_name=exports.file_name(file_stem, fmt, demo), mime=mime,
                            key=f"{key}_{fmt}", icon=":material/image:", on_click="ignore",
                            disabled=not images, help=None if images else t("download.no_image_engine"))
    if data is not None:
        row.download_button("CSV", _csv_maker(data, demo), file_name=exports.csv_name(file_stem, demo),
                            help=t("present.csv_help"), mime="text/csv", key=f"{key}_csv", icon=":material/download:", on_click="ignore")
    return event


def show_chart_view(name: str, params, build, file_stem: str, key: str, *, data: pd.DataFrame | None = None,
                    demo: bool | None = None, **plotly_kwargs):
    """``show_chart`` of a figure that is the same for everyone who opens this view: ``build()``
    (a pure chart builder over the view's data) runs once per (``name``, ``params``, language,
    dataset, data version) in this process (``analytics/web/views.py``), marked and localised
    there, and every session draws that figure, never changing it. Building a Plotly figure
    (validation of every property) cost the tracker 10-20 ms of CPU a view; so did Streamlit's
    copy and JSON of it on every run (``web/figures.py``)."""
    demo = has_demo_data() if demo is None else demo
    figures.install()

    def prepared() -> tuple[go.Figure, figures.DrawnFigure]:
        fig = _mark_and_localise(build(), demo)
        return fig, figures.DrawnFigure.of(fig)

    fig, drawn = views.view(name, {"params": params, "demo": demo}, prepared, copy=False)
    return show_chart(fig, file_stem, key, data=data, demo=demo, prepared=True, drawn=drawn, **plotly_kwargs)


def show_svg(svg_text: str, file_stem: str, key: str, *, data: pd.DataFrame | None = None,
             demo: bool | None = None) -> None:
    """A chart the server drew as SVG (the brief's map), shown as an image — no Plotly bundle for
    the browser to fetch — with its downloads: the SVG itself and, with ``data``, the table
    behind it as CSV. ``demo`` marks file names as for ``show_chart``."""
    demo = has_demo_data() if demo is None else demo
    st.image(svg_text, width="stretch")
    row = download_row()
    row.download_button(t("download.svg"), svg_text.encode("utf-8"), file_name=exports.file_name(file_stem, "svg", demo),
                        mime="image/svg+xml", key=f"{key}_svg", icon=":material/image:", on_click="ignore")
    if data is not None:
        row.download_button("CSV", _csv_maker(data, demo), file_name=exports.csv_name(file_stem, demo),
                            help=t("present.csv_help"), mime="text/csv", key=f"{key}_csv", icon=":material/download:",
                            on_click="ignore")


def _csv_maker(frame: pd.DataFrame, demo: bool):
    """The CSV's bytes, made when clicked: every view used to build every table's CSV (20-40 ms
    for the tracker's records) for a download nobody asked for. A copy-on-write snapshot: the
    page may change its frame after this call."""
    snapshot = frame.copy(deep=False)
    return lambda: exports.csv_bytes(snapshot, demo)


def _image_maker(fig, fmt: str, config: dict):
    # the figure as drawn, copied when clicked (as the HTML download does): copying it on every
    # view cost 10-50 ms per chart for an image few ask for
    def make() -> bytes:
        return exports.chart_image(go.Figure(fig), fmt, config=config)

    return make
