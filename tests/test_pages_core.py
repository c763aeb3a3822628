"""AppTest of the overview and data pages on a demo database."""

from __future__ import annotations

import shutil

import pytest

from tests.apptest_support import errors_of, page_test


@pytest.fixture
def demo_env(demo_db_path, tmp_path, monkeypatch):
    path = tmp_path / "app.duckdb"
    shutil.copy(demo_db_path, path)
    monkeypatch.setenv("JAMSOSTEK_DB", str(path))
    monkeypatch.delenv("JAMSOSTEK_READ_ONLY", raising=False)
    return path


def test_overview_shows_national_figures_and_charts(demo_env):
    at = page_test("overview").run()
    assert not errors_of(at), errors_of(at)
    labels = [m.label for m in at.metric]
    assert "Peserta aktif" in labels[0] or labels, labels
    assert len(at.metric) == 4
    values = {m.label: m.value for m in at.metric}
    assert all(v for v in values.values()), values
    # the demo mark is always visible where demo data is shown
    assert any("demo" in str(w.value).lower() for w in at.warning), [w.value for w in at.warning]
    assert len(at.get("plotly_chart")) == 2
    assert len(at.dataframe) == 1 and len(at.dataframe[0].value) == 38


def test_overview_in_english(demo_env):
    at = page_test("overview", lang="en").run()
    assert not errors_of(at)
    assert at.title[0].value and "Overview" in at.title[0].value or "overview" in at.title[0].value.lower()


def test_data_page_lists_batches_and_refuses_bad_file(demo_env):
    at = page_test("data").run()
    assert not errors_of(at), errors_of(at)
    # batch history is a table with the demo and curated batches
    assert any(len(df.value) >= 4 for df in at.dataframe)
