"""Per-run values (analytics/web/run_memo.py): once per script run, again in the next run."""

from __future__ import annotations

from analytics.web import run_memo


def _app():
    import streamlit as st

    from analytics.web import run_memo

    asked = st.session_state.setdefault("asked", [])

    def compute():
        asked.append(1)
        return len(asked)

    first = [run_memo.per_run("thing", compute) for _ in range(3)]
    run_memo.forget("thing")
    after_forget = run_memo.per_run("thing", compute)
    st.text(f"{first} {after_forget} {len(asked)}")


def test_once_per_run_and_again_in_the_next_run():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_app, default_timeout=30).run()
    assert not at.exception and at.text[0].value == "[1, 1, 1] 2 2"
    at.run()
    assert at.text[0].value == "[3, 3, 3] 4 4"


def test_outside_a_run_every_call_computes():
    calls = []
    assert [run_memo.per_run("x", lambda: calls.append(1) or len(calls)) for _ in range(2)] == [1, 2]


def test_the_demo_switch_reads_the_other_dataset_in_the_same_run(public_env, demo_db_path, tmp_path, monkeypatch):
    """The switch's callback changes ``?data=`` in the run that then reads the dataset: that
    run's dataset is the demo one (its mark shows), not the one an earlier call kept."""
    import shutil

    from analytics import config
    from analytics.i18n import t
    from tests.apptest_support import page_test

    demo = tmp_path / "demo.duckdb"
    shutil.copy(demo_db_path, demo)
    monkeypatch.setenv(config.ENV_DEMO_DB, str(demo))
    at = page_test("overview").run()
    banner = t("demo.banner")
    assert not at.exception and not any(w.value == banner for w in at.warning)
    switch = next(t for t in at.toggle if t.key.startswith("demo_switch_"))
    switch.set_value(True).run()
    assert not at.exception and any(w.value == banner for w in at.warning)
