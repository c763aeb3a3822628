"""Tables on the pages: ``st.dataframe`` of a presented table (analytics/presentation/tables.py)
with its column headers, help and downloads. Pages declare the columns; this draws them.

``st.dataframe`` draws on a canvas and shows raw values unless told otherwise; given the
presentation's Styler it draws each cell's formatted text and still sorts by the value (a
browser test sorts one: 5 before 20 before 1.000)."""

from __future__ import annotations

import copy
import hashlib
import weakref
from collections.abc import Sequence

import pandas as pd
import streamlit as st

from analytics import i18n
from analytics.i18n import formats, t
from analytics.presentation.tables import NUMERIC_KINDS, TIME_KINDS, Column, Table, present
from analytics.web import downloads
from analytics.web import views
from analytics.web.views import ViewCache

# Above this many cells the Styler costs more than a page should wait (about 0.7 s on the test
# machine; benchmarks/bench_presentation.py): the values are shown as they are, sortable.
MAX_STYLED_CELLS = 20_000
LINK_HOST = r"^https?://([^/?#]+)"  # a link column shows the address's host (its first group)


def column_config(table: Table) -> dict:
    config: dict = {}
    for c in table.columns:
        label, help_text = c.label(), c.help_text()
        if c.kind == "bool":
            config[c.name] = st.column_config.CheckboxColumn(label, help=help_text, width=c.width)
        elif c.kind == "link":
            # present() keeps only checked http(s) addresses; the link shows its host, so the
            # reader sees where it goes (never a word standing for an unseen address)
            config[c.name] = st.column_config.LinkColumn(label, help=help_text, width=c.width,
                                                         display_text=LINK_HOST)
        elif c.kind == "chart":
            config[c.name] = st.column_config.LineChartColumn(label, help=help_text, width=c.width)
        else:
            numeric = c.kind in NUMERIC_KINDS or c.kind in TIME_KINDS or c.kind == "by"
            config[c.name] = st.column_config.Column(label, help=help_text, width=c.width,
                                                     alignment="right" if numeric else None)
    return config


# A table shown in a view is the same for everyone who opens that view: its presented form and
# Styler are kept by the table's content (not the page's parameters: a page may show the same
# table under many), so the next session skips present() and the Styler's formats. Worked-out
# cell texts take about 1 KB a cell (7 MB for the tracker's 533 x 14 records): bounded by cells.
MAX_CACHED_CELLS = 60_000
_presented = ViewCache(max_entries=128, cost=lambda kept: kept[0].data.size, max_cost=MAX_CACHED_CELLS)


hashed_tables = 0  # tables keyed by hashing their cells since start (tests: view tables are not)


def _content_key(frame: pd.DataFrame, columns: Sequence[Column]) -> tuple | None:
    """The table's content, columns and language as a key; None when its cells cannot be hashed
    (lists: sparklines)."""
    global hashed_tables
    hashed_tables += 1
    try:
        cells = pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes()
    except (TypeError, ValueError):
        return None
    digest = hashlib.blake2b(cells, digest_size=16)
    digest.update(repr((list(frame.columns), [str(d) for d in frame.dtypes], frame.shape)).encode())
    return digest.hexdigest(), repr(tuple(columns)), i18n.language()


class _Translation(dict):
    """A Styler's worked-out cells (``Styler._translate(False, False)``), kept with a shown table,
    and the display values Streamlit makes from them, kept with it once made."""

    display_values: bytes | None = None


def _keep_display_values() -> None:
    """From a kept translation, Streamlit 1.67 makes on every view a frame of every cell's text
    (``astype(str)``, a regular expression per cell) and its Arrow bytes: 15-20 ms of CPU a view
    for the tracker's records. The bytes depend on the table alone, so they are made once and
    kept with the translation; any other Styler goes Streamlit's way."""
    from streamlit.elements.lib import pandas_styler_utils

    original = pandas_styler_utils._marshall_display_values
    if getattr(original, "_keeps_display_values", False):
        return

    def marshall_display_values(proto, df, styles) -> None:
        if not isinstance(styles, _Translation):
            return original(proto, df, styles)
        if styles.display_values is None:
            original(proto, df, styles)
            styles.display_values = proto.styler.display_values
        else:
            proto.styler.display_values = styles.display_values

    marshall_display_values._keeps_display_values = True  # type: ignore[attr-defined]
    pandas_styler_utils._marshall_display_values = marshall_display_values


# The values of kept tables' Stylers (the frames themselves, by identity) and their Arrow bytes,
# made once: st.dataframe serialises a Styler's values on every view (9 ms for the tracker's
# records). An entry goes when its frame does (the shown tables' cache dropped it).
_kept_arrow: dict[int, list] = {}


def _remember_values(frame: pd.DataFrame) -> None:
    key = id(frame)
    _kept_arrow[key] = [weakref.ref(frame, lambda _ref, key=key: _kept_arrow.pop(key, None)), None]


def _keep_arrow_bytes() -> None:
    """Streamlit's ``dataframe_util.convert_pandas_df_to_arrow_bytes`` answering from the kept
    bytes for a kept table's values (nobody changes them); any other frame goes Streamlit's way."""
    from streamlit import dataframe_util

    original = dataframe_util.convert_pandas_df_to_arrow_bytes
    if getattr(original, "_keeps_arrow_bytes", False):
        return

    def convert_pandas_df_to_arrow_bytes(df, *, downcast_large_types: bool = False) -> bytes:
        entry = _kept_arrow.get(id(df))
        if entry is None or downcast_large_types or entry[0]() is not df:
            return original(df, downcast_large_types=downcast_large_types)
        if entry[1] is None:
            entry[1] = original(df)
        return entry[1]

    convert_pandas_df_to_arrow_bytes._keeps_arrow_bytes = True  # type: ignore[attr-defined]
    dataframe_util.convert_pandas_df_to_arrow_bytes = convert_pandas_df_to_arrow_bytes


def _rendered(styler):
    """The Styler with what ``st.dataframe`` reads from it worked out once: Streamlit calls
    ``_compute()`` and ``_translate(False, False)`` (every cell's text, 60-150 ms for the
    tracker's 533 x 14 records) on every view; for a shared table the result is the same, so
    the Styler answers those calls from it from then on (and the display values made from it
    are kept, ``_keep_display_values``). Returns (styler, answers): answers is None when pandas'
    internals differ from what this expects."""
    try:
        styler._compute()
        translated = _Translation(styler._translate(False, False))
    except (AttributeError, TypeError):
        return styler, None
    _remember_values(styler.data)  # what st.dataframe serialises of this Styler
    real = type(styler)._translate
    styler._compute = lambda: styler
    styler._translate = lambda *a, **kw: translated if (a, kw) == ((False, False), {}) else real(styler, *a, **kw)
    return styler, translated


def _styler_for(styler, translated):
    """What a caller hands st.dataframe: the shared Styler itself when it answers from what was
    worked out (st.dataframe then only reads it; a copy per view cost 1-2 ms a table); else a
    copy of its own, since Streamlit's ``_compute()`` writes into the Styler it is given."""
    return styler if translated is not None else copy.copy(styler)


def _presented_table(frame: pd.DataFrame, columns: Sequence[Column], keep: bool = True) -> tuple[Table, object]:
    """present(frame, columns) and what st.dataframe draws (its Styler, or the values when too
    large to style), shared: callers only read them. ``keep=False``: not kept for other sessions.
    A frame a view handed out uncopied (``views.view(..., copy=False)``) is kept under that view's
    key and its place in it; any other frame under its content (hashing the tracker's 533
    records took 5 ms a view)."""
    def build():
        table = present(frame, columns)
        return table, _rendered(table.styler()) if table.data.size <= MAX_STYLED_CELLS else None

    origin = views.origin(frame) if keep else None
    if origin is not None:  # the language too: one frame may be in views of both languages
        key = ("view", origin, repr(tuple(columns)), i18n.language())
    else:
        key = _content_key(frame, columns) if keep else None
    if key is None:
        table, styled = build()
    else:  # shared by every session of the view: read only (st.dataframe and the downloads only read)
        table, styled = _presented.get_or_build(key, build)
        views.shared(("table", key), table)
    return table, table.data if styled is None else _styler_for(*styled)


def show_table(frame: pd.DataFrame, columns: Sequence[Column], *, key: str | None = None,
               stem: str | None = None, raw: pd.DataFrame | None = None, demo: bool | None = None,
               height: int | str = "auto", width: str = "stretch", container=None, keep: bool = True) -> Table:
    """Draw ``columns`` of ``frame`` in the UI language, with CSV (raw values: ``raw`` or the
    frame) and XLSX (what is shown, numbers with formats) downloads when ``stem`` is given.
    ``keep=False`` for a table only one session asks for (an explorer result, up to 20 MB of
    text): the shared cache of shown tables is bounded in cells, not bytes. Returns the presented
    table, shared with the other sessions showing it: read it, never change it."""
    _keep_display_values()
    _keep_arrow_bytes()
    table, data = _presented_table(frame, columns, keep)
    target = container if container is not None else st
    # placeholder: the grid draws its own "None" for a missing cell, whatever the Styler says
    target.dataframe(data, hide_index=True, width=width, height=height, column_config=column_config(table),
                     key=key, placeholder=formats.MISSING)
    if table.data.size > MAX_STYLED_CELLS:
        target.caption(t("present.unstyled", n=MAX_STYLED_CELLS))
    if stem:
        downloads.download_table(frame if raw is None else raw, stem, key=f"{key or stem}_dl", demo=demo,
                                 table=table)
    return table
