"""bin/serve: two Streamlit workers behind HAProxy with cookie-sticky sessions. Pages render
through the proxy, a browser keeps its worker, sessions through the proxy edit only with the
editor link's token (then by cookie), a foreign Host is refused by HAProxy, text is gzipped and
hashed static files cached, the CLI publishes beside it, and SIGTERM stops every process it
started."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

import psutil
import pytest

from tests.browser.harness import TEST_EDITOR_TOKEN, assert_page_healthy, free_port, healthy, page_url, wait_for_app
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not shutil.which("haproxy"), reason="bin/serve needs Debian's haproxy")



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
           "FIRST_WORKER_PORT": str(first_worker), "JAMSOSTEK_DB": str(db),
           "JAMSOSTEK_EDITOR_TOKEN": TEST_EDITOR_TOKEN}
    env.pop("JAMSOSTEK_EDITOR_PASSWORD_HASH", None)
    log = open(tmp_path / "serve.log", "wb")
    proc = subprocess.Popen([str(ROOT / "bin" / "serve")], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240
        while not healthy(url):
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
    context = chromium.new_context(editor=False, viewport={"width": 1280, "height": 900})
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
        # no editor controls without the token ...
        assert page.locator('[data-testid="stFileUploader"]').count() == 0
        printed = log.read_text()
        assert f"editor link (keep it to yourself): http://127.0.0.1:{url.rsplit(':', 1)[1]}/?token={TEST_EDITOR_TOKEN}" \
            in printed, printed
        # ... and with the link bin/serve printed, through the proxy, then by cookie on the same worker
        page.goto(page_url(url, "data", {"token": TEST_EDITOR_TOKEN}))
        wait_for_app(page)
        assert page.locator('[data-testid="stFileUploader"]').count() == 1 and "token" not in page.url
        page.goto(page_url(url, "data"))
        wait_for_app(page)
        assert page.locator('[data-testid="stFileUploader"]').count() == 1
        assert {c["name"]: c["value"] for c in context.cookies()}["JAMSOSTEK_WORKER"] == cookie
    finally:
        context.close()

    # HAProxy: a foreign host name is refused; text is gzipped; hashed static files are kept a year
    foreign = urllib.request.Request(f"{url}/", headers={"Host": "evil.example"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(foreign, timeout=10)
    assert refused.value.code == 403
    with urllib.request.urlopen(urllib.request.Request(f"{url}/", headers={"Accept-Encoding": "gzip"}), timeout=10) as r:
        assert r.headers["Content-Encoding"] == "gzip"
        html = gzip.decompress(r.read()).decode()
    script = re.search(r'src="\.?/?(static/js/[^"]+\.js)"', html).group(1)
    with urllib.request.urlopen(urllib.request.Request(f"{url}/{script}", headers={"Accept-Encoding": "gzip"}),
                                timeout=10) as r:
        assert r.headers["Content-Encoding"] == "gzip"
        assert "max-age=31536000" in ", ".join(r.headers.get_all("Cache-Control"))

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
    assert not healthy(url) and not healthy(f"http://127.0.0.1:{first_worker}")
