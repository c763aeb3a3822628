"""The install a newcomer gets: a virtualenv with the RUNTIME requirements only, made by bin/setup
(JAMSOSTEK_VENV puts it beside the dev one), and bin/start serving from it on a free port, as
the README says. A browser opens the brief through it and downloads its PDF and share image
(playwright and Chromium must be what bin/start sets up, not the test venv's).

Building the venv downloads every runtime package, so this runs when asked:
JAMSOSTEK_RUNTIME_VENV=DIR (kept and reused between runs; .ci/run sets it)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.browser.harness import TEST_EDITOR_TOKEN, free_port, page_url, wait_for_app
from tests.conftest import ROOT

VENV = os.environ.get("JAMSOSTEK_RUNTIME_VENV")
pytestmark = pytest.mark.skipif(not VENV, reason="set JAMSOSTEK_RUNTIME_VENV=DIR to build a runtime-only venv")


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def started(tmp_path_factory, demo_db_path):
    work = tmp_path_factory.mktemp("start")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHONPATH"))}
    env.update({"JAMSOSTEK_VENV": VENV, "JAMSOSTEK_CACHE_DIR": str(work / "cache")})
    setup = subprocess.run([str(ROOT / "bin" / "setup")], cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=1800)
    assert setup.returncode == 0, setup.stderr[-3000:]
    # runtime only: no test tools in it
    listed = subprocess.run([f"{VENV}/bin/python", "-m", "pip", "list", "--format=freeze"], capture_output=True,
                            text=True, check=True).stdout.lower()
    assert "pytest" not in listed and "playwright==" in listed
    db = work / "jamsostek.duckdb"
    shutil.copy(demo_db_path, db)
    port = free_port()
    first = free_port()
    while first in (port, port + 1):
        first = free_port()
    env.update({"PORT": str(port), "FIRST_WORKER_PORT": str(first), "WORKERS": "2", "BIND": "127.0.0.1",
                "JAMSOSTEK_DB": str(db), "JAMSOSTEK_EDITOR_TOKEN": TEST_EDITOR_TOKEN})
    log_path = work / "start.log"
    log = open(log_path, "wb")
    proc = subprocess.Popen([str(ROOT / "bin" / "start")], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 600
        while not _healthy(url):
            assert proc.poll() is None, log_path.read_text()
            assert time.monotonic() < deadline, log_path.read_text()
            time.sleep(0.5)
        yield url, log_path
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def test_brief_pdf_and_image_download_on_what_bin_start_installs(started, chromium, tmp_path):
    url, log = started
    printed = log.read_text()
    assert "editor link" in printed, printed
    context = chromium.new_context(editor=False, viewport={"width": 390, "height": 844}, locale="id-ID")
    page = context.new_page()
    page.set_default_timeout(120_000)
    try:
        page.goto(page_url(url, "brief", {"brief_province": "62"}))
        wait_for_app(page, timeout=120)
        assert page.get_by_text("belum dapat dibuat").count() == 0
        with page.expect_download(timeout=180_000) as info:
            page.get_by_role("button", name="Unduh PDF").click()
        pdf = Path(tmp_path / "brief.pdf")
        info.value.save_as(pdf)
        assert pdf.read_bytes()[:5] == b"%PDF-"
        if shutil.which("pdfinfo"):
            pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
            assert "Pages:" in pages
        with page.expect_download(timeout=180_000) as info:
            page.get_by_role("button", name="Bagikan sebagai gambar").click()
        png = tmp_path / "brief.png"
        info.value.save_as(png)
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    finally:
        context.close()
