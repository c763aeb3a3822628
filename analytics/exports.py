"""Files users download: CSV and XLSX tables, HTML/PNG/SVG charts, safe file names.

CSV is for machines: values as stored (codes, dot decimals, ISO dates), named ``*_raw.csv``.
XLSX is for reading when given a table's number formats (``analytics.presentation.tables``):
translated headers and labels, numbers kept as numbers with Excel formats.

Every text cell (and header) that a spreadsheet could read as a formula -- starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return -- is prefixed with ``'`` (OWASP's
CSV-injection advice); XLSX is written with formula and URL conversion off as well. Demo data
is marked inside the file (first line/row) and in the file name.
"""

from __future__ import annotations

import csv
import io
import numbers
import re
import threading
import warnings
from pathlib import Path

import pandas as pd

from analytics import config

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
DEMO_LINE = "DEMO DATA - not official figures"
MAX_STEM = 80
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


# A part of a text a spreadsheet could split off as a cell of its own: after a ";" (what Excel
# set to Indonesian splits CSV on), a "," (what others split on) or a tab, after any spaces. Quoting
# protects a cell only from the separator the file was written with: read with the other one,
# a quote in the middle of a line is an ordinary character, so "aman;=1+1" in a comma file opens
# in an Indonesian Excel as the cells "aman and =1+1".
_SPLIT_PART = re.compile("([;,\t] *)(?=[" + re.escape("".join(FORMULA_STARTS)) + "])")


def neutralise_text(value: object) -> object:
    """``'=1+2`` for ``=1+2``, and ``aman;'=1+1`` for ``aman;=1+1`` (every part a spreadsheet could
    split off on ";", "," or a tab); other values unchanged."""
    if not isinstance(value, str):
        return value
    if value[:1] in FORMULA_STARTS:
        value = "'" + value
    if ";" in value or "," in value or "\t" in value:
        value = _SPLIT_PART.sub(r"\1'", value)
    return value


def restore_text(value: str) -> str:
    """What ``neutralise_text`` was given, for a text that went out and came back in (the
    follow-up register's own export imported again)."""
    if value[:1] == "'" and value[1:2] in FORMULA_STARTS:
        value = value[1:]
    if "'" in value:
        value = _NEUTRALISED_PART.sub(r"\1", value)
    return value


_NEUTRALISED_PART = re.compile("([;,\t] *)'(?=[" + re.escape("".join(FORMULA_STARTS)) + "])")


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells and column names cannot be read as formulas."""
    out = frame.copy()
    out.columns = [neutralise_text(str(c)) if isinstance(c, str) else c for c in out.columns]
    for i in range(out.shape[1]):
        col = out.iloc[:, i]
        if col.dtype == object or pd.api.types.is_string_dtype(col) or isinstance(col.dtype, pd.CategoricalDtype):
            out.isetitem(i, col.astype(object).map(neutralise_text))
    return out


def safe_stem(stem: str) -> str:
    """A file name stem with letters, digits, ``.``, ``_`` and ``-`` only, no leading dot."""
    text = re.sub(r"[^A-Za-z0-9._-]+", "_", str(stem)).strip("._-")
    return (text[:MAX_STEM] or "download").rstrip("._-") or "download"


def file_name(stem: str, extension: str, demo: bool = False) -> str:
    return f"{safe_stem(stem)}{'_DEMO' if demo else ''}.{extension}"


def csv_name(stem: str, demo: bool = False) -> str:
    """A CSV's name says it holds raw values (codes, dot decimals): ``ringkasan_raw.csv``."""
    return file_name(f"{safe_stem(stem)[:MAX_STEM - 4]}_raw", "csv", demo)


def csv_bytes(frame: pd.DataFrame, demo: bool = False) -> bytes:
    """UTF-8 (with BOM, so Excel reads accents) CSV, text fields quoted, formulas neutralised."""
    buf = io.StringIO()
    if demo:
        buf.write(f"# {DEMO_LINE}\r\n")
    # \r\n endings make the csv module quote any cell holding \r or \n (with \n alone a bare \r
    # would start a new row in Excel, and a new row can start with a formula)
    # every text field quoted (numbers are not): no separator inside a text splits it for a
    # reader using the file's own separator; ``neutralise_text`` covers the others
    neutralise_formulas(frame).to_csv(buf, index=False, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC)
    return buf.getvalue().encode("utf-8-sig")


def _excel_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Values Excel can hold: naive datetimes, nested values as text."""
    out = frame.copy()
    for i in range(out.shape[1]):
        col = out.iloc[:, i]
        if isinstance(col.dtype, pd.DatetimeTZDtype):
            out.isetitem(i, col.dt.tz_localize(None))
        elif col.dtype == object:
            out.isetitem(i, col.map(lambda v: str(v) if isinstance(v, (list, dict, tuple, set, bytes)) else v))
    return out


EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def excel_days(frame: pd.DataFrame, number_formats: dict) -> pd.DataFrame:
    """The frame with its date columns that have a format as Excel day numbers, so the column's
    format shows them ("20 Mei 2022"); written as datetimes, pandas gives every cell its own
    "YYYY-MM-DD HH:MM:SS" format, which wins over the column's ("2022-05-20 00:00:00")."""
    out = frame
    for i in number_formats:
        col = frame.iloc[:, i]
        if pd.api.types.is_datetime64_any_dtype(col):
            if out is frame:
                out = frame.copy()
            out.isetitem(i, (col - EXCEL_EPOCH) / pd.Timedelta(days=1))
    return out


def xlsx_bytes(frame: pd.DataFrame, demo: bool = False, sheet: str = "data",
               number_formats: dict[int, str | list] | None = None,
               sources: pd.DataFrame | None = None, sources_sheet: str = "sources") -> bytes:
    """A workbook with the table's sheet; with demo data the sheet is named DEMO and row 1 says
    so. ``sources`` (the distinct sources of the rows, ``analytics.sources.sources_of``), when
    not empty, is a second sheet, so a figure copied out keeps where it came from.

    ``number_formats``: column position -> an Excel number format for the column, or a list with
    one format per row (``Table.excel_formats()``). Numbers and dates stay values; a format
    only says how a spreadsheet shows them."""
    buf = io.BytesIO()
    number_formats = number_formats or {}
    table = excel_days(neutralise_formulas(_excel_ready(frame)), number_formats)
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    name = "DEMO" if demo else sheet[:31]
    first = 2 if demo else 0
    with pd.ExcelWriter(buf, engine="xlsxwriter", engine_kwargs={"options": options}) as writer:
        table.to_excel(writer, sheet_name=name, index=False, startrow=first)
        book, ws = writer.book, writer.sheets[name]
        if demo:
            ws.write_string(0, 0, DEMO_LINE)
        made: dict[str, object] = {}

        def fmt(code: str):
            if code not in made:
                made[code] = book.add_format({"num_format": code})
            return made[code]

        for i, code in number_formats.items():
            width = max(12, min(40, len(str(table.columns[i])) + 2))
            if isinstance(code, str):
                ws.set_column(i, i, width, fmt(code))
                continue
            ws.set_column(i, i, width)
            for r, (value, row_code) in enumerate(zip(table.iloc[:, i], code)):
                if row_code and isinstance(value, numbers.Number) and not pd.isna(value):
                    ws.write_number(first + 1 + r, i, float(value), fmt(row_code))
        if sources is not None and len(sources):
            listed = neutralise_formulas(_excel_ready(sources))
            listed.to_excel(writer, sheet_name=sources_sheet[:31], index=False)
            writer.sheets[sources_sheet[:31]].set_column(0, 0, 80)
            writer.sheets[sources_sheet[:31]].set_column(1, len(listed.columns) - 1, 24)
    return buf.getvalue()


# --- charts ------------------------------------------------------------------------------------
def chart_html(fig, config: dict | None = None) -> bytes:
    """A chart as a self-contained HTML file (plotly.js embedded: opens offline); ``config``
    carries the language's locale (analytics.presentation.charts.plotly_config)."""
    return fig.to_html(include_plotlyjs=True, full_html=True, config=config).encode("utf-8")


class ImageExportError(RuntimeError):
    """No browser to render with, or rendering failed."""


_kaleido_lock = threading.Lock()
_kaleido_started = False


def browser_path() -> str | None:
    """Chromium for kaleido: BROWSER_PATH (kaleido's own variable) or Debian's chromium."""
    configured = config.browser_path_setting()
    if configured:
        return configured if Path(configured).exists() else None
    return next((p for p in CHROMIUM_CANDIDATES if Path(p).exists()), None)


def image_export_available() -> bool:
    return browser_path() is not None


def chart_image(fig, fmt: str, width: int = 1200, height: int | None = None, config: dict | None = None) -> bytes:
    """PNG or SVG of a figure through kaleido. One headless Chromium per process is started on
    first use and kept (first image a few seconds, later ones well under a second). ``config``
    (a locale: month names) goes with the figure: kaleido's page hands ``figure.config`` to
    plotly.js, which ``pio.to_image`` cannot pass."""
    global _kaleido_started
    if fmt not in ("png", "svg"):
        raise ValueError(f"unsupported image format {fmt!r}")
    path = browser_path()
    if path is None:
        raise ImageExportError("no Chromium found (set BROWSER_PATH)")
    # here, not at the top: importing kaleido costs about half a second (python -X importtime), paid only by a chart image download
    import kaleido
    import plotly.io as pio

    height = height or int(fig.layout.height or 600)
    with _kaleido_lock:
        try:
            if not _kaleido_started:
                kaleido.start_sync_server(path=path, silence_warnings=True)
                _kaleido_started = True
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)  # "kopts ignored when using a server"
                if not config:
                    return pio.to_image(fig, format=fmt, width=width, height=height)
                spec = {**fig.to_dict(), "config": config}
                return kaleido.calc_fig_sync(spec, opts={"format": fmt, "width": width, "height": height, "scale": 1})
        except Exception as exc:  # kaleido/choreographer raise many kinds
            raise ImageExportError(str(exc)) from exc
