"""bin/serve: two Streamlit workers behind HAProxy with cookie-sticky sessions. Pages render
through the proxy, a browser keeps its worker, sessions through the proxy are not editors,
the CLI publishes beside it, and SIGTERM stops every process it started."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request

import psutil
import pytest

from tests.browser.harness import assert_page_healthy, free_port, page_url, wait_for_app
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not shutil.which("haproxy"), reason="bin/serve needs Debian's haproxy")


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


@pytest.fixture
def served(app_db, tmp_path):
    db = tmp_path / "serve" / "jamsostek.duckdb"
    db.parent.mkdir()
    shutil.copy(app_db, db)
    port = free_port()
    first_worker = free_port()
    while first_worker in (port, port + 1):
        first_worker = free_port()
    env = {**os.environ, "PORT": str(port), "WORKERS": "2", "BIND": "127.0.0.1",
           "FIRST_WORKER_PORT": str(first_worker), "JAMSOSTEK_DB": str(db)}
    env.pop("JAMSOSTEK_EDITOR_PASSWORD_SHA256", None)
    log = open(tmp_path / "serve.log", "wb")
    proc = subprocess.Popen([str(ROOT / "bin" / "serve")], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240
        while not _healthy(url):
            assert proc.poll() is None, (tmp_path / "serve.log").read_text()
            assert time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
            time.sleep(0.5)
        yield url, db, proc, tmp_path / "serve.log", first_worker
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def test_pages_through_the_proxy_keep_their_worker_and_stop_cleanly(served, chromium):
    url, db, proc, log, first_worker = served
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(90_000)
    try:
        page.goto(page_url(url, ""))
        wait_for_app(page)
        assert_page_healthy(page, min_charts=2)
        cookie = {c["name"]: c["value"] for c in context.cookies()}.get("JAMSOSTEK_WORKER")
        assert cookie in ("w1", "w2"), context.cookies()
        for path in ("map", "regulations", "data"):
            page.goto(page_url(url, path))
            wait_for_app(page)
            assert_page_healthy(page)
        assert {c["name"]: c["value"] for c in context.cookies()}["JAMSOSTEK_WORKER"] == cookie
        # through the proxy nobody is "local": no editor controls without a password or OIDC
        assert page.locator('[data-testid="stFileUploader"]').count() == 0
        assert "nobody can edit" in log.read_text()
    finally:
        context.close()

    # the CLI publishes beside the running service; the workers read it on their next view
    upload = db.parent / "laporan.csv"
    upload.write_text("kode_wilayah;periode;segmen;kelompok;peserta_aktif\n62.06;2021-10;PU;non_asn;77\n")
    imported = subprocess.run([sys.executable, "-m", "analytics", "import", "coverage", str(upload), "--db", str(db)],
                              cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert imported.returncode == 0, imported.stderr

    children = psutil.Process(proc.pid).children(recursive=True)
    assert sum("streamlit" in " ".join(c.cmdline()) for c in children) == 2
    assert any(c.name() == "haproxy" or "haproxy" in " ".join(c.cmdline()) for c in children)
    proc.send_signal(signal.SIGTERM)
    proc.wait(60)
    gone, alive = psutil.wait_procs(children, timeout=30)
    assert not alive, [c.cmdline() for c in alive]
    assert not _healthy(url) and not _healthy(f"http://127.0.0.1:{first_worker}")
