"""Serving beside the command line: while a dashboard serves (a browser has a page open), the
CLI imports and queries (no "Could not set lock on file"), and the next page view shows the
new batch without a restart; a damaged dataset file is named on the page and the newest intact
snapshot still serves."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest

from tests.browser.harness import StreamlitServer, assert_page_healthy, page_url, screenshot, wait_for_app
from tests.conftest import ROOT

# What st.dataframe paints on its canvas, collected as it is drawn (the table's text is not in the DOM).
RECORD_CANVAS_TEXT = """
window.__drawnText = [];
const original = CanvasRenderingContext2D.prototype.fillText;
CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
    window.__drawnText.push(String(text));
    return original.call(this, text, ...rest);
};
"""


@pytest.fixture
def served(chromium, app_db, tmp_path):
    db = tmp_path / "serve" / "jamsostek.duckdb"
    db.parent.mkdir()
    shutil.copy(app_db, db)
    server = StreamlitServer(db)
    context = chromium.new_context(viewport={"width": 1400, "height": 1000})
    context.add_init_script(RECORD_CANVAS_TEXT)
    try:
        server.wait_ready()
        yield server, db, context.new_page()
    finally:
        context.close()
        server.stop()


def _drawn(page) -> list[str]:
    return page.evaluate("() => window.__drawnText")


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analytics", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_cli_import_and_sql_while_the_dashboard_serves(served, tmp_path):
    server, db, page = served
    page.set_default_timeout(60_000)
    page.goto(page_url(server.url, "data"))
    wait_for_app(page)
    assert_page_healthy(page)
    before = _cli("sql", "select count(*) AS n from import_batch", "--db", str(db))
    assert before.returncode == 0, before.stderr
    n_before = int(before.stdout.split()[-1])

    upload = tmp_path / "laporan_cabang_katingan.csv"
    upload.write_text("kode_wilayah;periode;segmen;kelompok;peserta_aktif\n62.06;2021-10;PU;non_asn;1234\n")
    imported = _cli("import", "coverage", str(upload), "--db", str(db))
    assert imported.returncode == 0, imported.stderr
    assert "Could not set lock" not in imported.stderr
    after = _cli("sql", "select count(*) AS n from import_batch", "--db", str(db))
    assert after.returncode == 0 and int(after.stdout.split()[-1]) == n_before + 1

    # the next page view reads the new snapshot: no restart, within seconds
    started = time.monotonic()
    page.reload()
    wait_for_app(page)
    page.mouse.wheel(0, 400)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not any("laporan_cabang_katingan.csv" in t for t in _drawn(page)):
        time.sleep(0.3)
    assert any("laporan_cabang_katingan.csv" in t for t in _drawn(page)), "the new batch is not in the history table"
    assert time.monotonic() - started < 30
    assert_page_healthy(page)
    screenshot(page, "serving_data_after_cli_import")


def test_a_damaged_dataset_file_is_named_and_the_last_snapshot_still_serves(served):
    server, db, page = served
    page.goto(page_url(server.url, ""))
    wait_for_app(page)
    assert_page_healthy(page, min_charts=2)
    # publish once through the CLI, so the history holds the current snapshot
    rollback = _cli("rollback", _cli("sql", "select max(batch_id) from import_batch where status = 'active'",
                                     "--db", str(db)).stdout.split()[-1], "--db", str(db))
    assert rollback.returncode == 0 and "published snapshot" in rollback.stderr, rollback.stderr
    os.truncate(db, db.stat().st_size // 2)
    page.reload()
    wait_for_app(page)
    warning = page.locator('[data-testid="stAlert"]').filter(has_text=db.name)
    assert warning.count() == 1, page.locator('[data-testid="stAlert"]').all_inner_texts()
    assert "terpotong" in warning.inner_text() and "salinan utuh terbaru" in warning.inner_text()
    assert str(db.parent) not in warning.inner_text()  # the file's name, never the server's paths
    assert_page_healthy(page, min_charts=2)  # the overview still draws its charts, no traceback
    screenshot(page, "serving_damaged_dataset")
