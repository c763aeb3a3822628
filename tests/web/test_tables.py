"""Shown tables kept by content (analytics/web/tables.py): the same table is presented and its
cells' texts worked out once, per language; callers get their own copies."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics import i18n
from analytics.presentation.tables import col
from analytics.web import tables

COLUMNS = [col("instrument", "reg.col.instrument", "code", vocab="instrument"),
           col("effective_date", "reg.col.date", "date"), col("n", "col.regions_total", "count")]


def _frame():
    return pd.DataFrame({"instrument": ["perbup", "pergub"], "effective_date": pd.to_datetime(["2021-11-15", None]),
                         "n": [1234, 5]})


def _cells(styler) -> list[list[str]]:
    body = styler._translate(False, False)["body"]
    return [[str(c["display_value"]) for c in row if c["type"] == "td"] for row in body]


def test_the_same_table_is_worked_out_once_per_language():
    tables._presented.clear()
    with i18n.using("id"):
        first_table, first = tables._presented_table(_frame(), COLUMNS)
        _, again = tables._presented_table(_frame(), COLUMNS)  # another session, an equal frame
        assert tables._presented.builds == 1
        # one Styler for every session, answering Streamlit's calls from what was worked out once
        assert again is first and again._translate(False, False) is first._translate(False, False)
        _marshalled_twice_alike(again)
        assert _cells(again) == [["Perbup", "15 November 2021", "1.234"], ["Pergub", "–", "5"]]
        assert first_table.columns[1].label() == "Tanggal penetapan"
    with i18n.using("en"):
        table, english = tables._presented_table(_frame(), COLUMNS)
        assert tables._presented.builds == 2
        assert _cells(english) == [["Perbup (regent regulation)", "15 November 2021", "1,234"],
                                   ["Pergub (governor regulation)", "–", "5"]]
        assert table.readable().columns.tolist()[0] == "Instrument"
    changed = _frame()
    changed.loc[1, "n"] = 6  # other content: its own entry
    with i18n.using("id"):
        _, other = tables._presented_table(changed, COLUMNS)
        assert _cells(other)[1][2] == "6" and tables._presented.builds == 3


def _marshalled_twice_alike(styler) -> None:
    """What st.dataframe makes of a shared Styler is the same each time, and leaves it as it was."""
    from streamlit.elements.lib.pandas_styler_utils import marshall_styler
    from streamlit.proto.ArrowData_pb2 import ArrowData

    uuid, answers = styler.uuid, styler._translate(False, False)
    protos = []
    for position in ("one", "other"):
        proto = ArrowData()
        marshall_styler(proto, styler, position)
        protos.append(proto.SerializeToString())
    assert protos[0] == protos[1] and styler.uuid == uuid and styler._translate(False, False) is answers


def test_a_shown_table_is_shared_and_a_caller_that_changes_it_is_caught():
    """Every session of a view gets the same presented table (no copy per view); the tests'
    fingerprint of shared views (analytics/web/views.py) fails a caller that writes into it."""
    from analytics.web import views

    tables._presented.clear()
    views.clear()
    assert views._checking()  # tests/conftest.py
    with i18n.using("id"):
        mine, _ = tables._presented_table(_frame(), COLUMNS)
        theirs, styler = tables._presented_table(_frame(), COLUMNS)
        assert theirs is mine and _cells(styler)[0][0] == "Perbup"
        mine.data.loc[0, "instrument"] = "changed"
        with pytest.raises(views.SharedViewChanged, match="'table'"):
            tables._presented_table(_frame(), COLUMNS)
    tables._presented.clear()
    views.clear()

def test_a_table_of_a_views_frame_is_kept_under_the_view_not_hashed(monkeypatch):
    """A frame a view handed out uncopied is found by its view (no hashing of its cells on each
    visit); in each language its own table; a copy of it, which a page may change, is hashed."""
    from analytics.web import views

    monkeypatch.setattr(views, "view_key", lambda page, params: (page, views.frozen_params(params)))
    tables._presented.clear()
    views.clear()
    frame = views.view("probe", None, _frame, copy=False)
    hashed = tables.hashed_tables
    with i18n.using("id"):
        _, first = tables._presented_table(frame, COLUMNS)
        _, again = tables._presented_table(frame, COLUMNS)
        assert again is first and _cells(first)[0][0] == "Perbup"
    with i18n.using("en"):
        _, english = tables._presented_table(frame, COLUMNS)
        assert _cells(english)[0][0] == "Perbup (regent regulation)"
    assert tables.hashed_tables == hashed and tables._presented.builds == 2
    mine = views.view("probe", None, _frame)  # a copy: the page may have changed it
    mine.loc[0, "instrument"] = "pergub"
    with i18n.using("id"):
        _, changed = tables._presented_table(mine, COLUMNS)
    assert _cells(changed)[0][0] == "Pergub" and tables.hashed_tables == hashed + 1
    tables._presented.clear()
    views.clear()


def test_cells_that_cannot_be_hashed_are_shown_without_the_cache():
    tables._presented.clear()
    frame = pd.DataFrame({"name": ["A"], "trend": [[1, 2, 3]]})
    with i18n.using("id"):
        table, styler = tables._presented_table(frame, [col("name", "col.province"), col("trend", "col.province", "chart")])
    assert tables._presented.builds == 0 and len(table.data) == 1 and _cells(styler)[0][0] == "A"


def test_the_display_values_of_a_kept_table_are_made_once_and_are_streamlits(monkeypatch):
    from streamlit.elements.lib import pandas_styler_utils
    from streamlit.proto.ArrowData_pb2 import ArrowData

    tables._keep_display_values()
    tables._keep_display_values()  # patched once
    made = []
    real = pandas_styler_utils._use_display_values
    monkeypatch.setattr(pandas_styler_utils, "_use_display_values", lambda df, styles: made.append(1) or real(df, styles))
    tables._presented.clear()
    with i18n.using("id"):
        _, first = tables._presented_table(_frame(), COLUMNS)
        _, second = tables._presented_table(_frame(), COLUMNS)  # another session
        protos = [ArrowData(), ArrowData()]
        pandas_styler_utils.marshall_styler(protos[0], first, "a")
        pandas_styler_utils.marshall_styler(protos[1], second, "b")
        assert len(made) == 1  # the second view reuses the first's bytes
        # ... which are what Streamlit makes from a Styler of its own
        plain = ArrowData()
        pandas_styler_utils.marshall_styler(plain, tables.present(_frame(), COLUMNS).styler(), "c")
        assert len(made) == 2
    assert protos[0].styler.display_values == protos[1].styler.display_values == plain.styler.display_values
    assert protos[1].styler.display_values


def test_the_values_of_a_kept_table_are_serialised_once(monkeypatch):
    from streamlit import dataframe_util

    tables._keep_arrow_bytes()
    made = []
    real = dataframe_util.convert_pandas_df_to_arrow_table
    monkeypatch.setattr(dataframe_util, "convert_pandas_df_to_arrow_table", lambda df: made.append(1) or real(df))
    tables._presented.clear()
    with i18n.using("id"):
        table, first = tables._presented_table(_frame(), COLUMNS)
        _, second = tables._presented_table(_frame(), COLUMNS)
    assert second.data is first.data  # every session shares the kept values
    kept = [dataframe_util.convert_pandas_df_to_arrow_bytes(s.data) for s in (first, second)]
    assert len(made) == 1 and kept[0] == kept[1]
    # what Streamlit makes of an equal frame of its own, which is not kept
    assert dataframe_util.convert_pandas_df_to_arrow_bytes(first.data.copy()) == kept[0] and len(made) == 2
    # gone with its table
    key = id(first.data)
    assert key in tables._kept_arrow
    tables._presented.clear()
    del first, second, table, _
    import gc

    gc.collect()
    assert key not in tables._kept_arrow
