"""Drive the running dashboard in Debian's Chromium: start ``streamlit run`` on a free port,
open pages, wait until Streamlit has finished running, check for exception boxes and empty
charts, and keep screenshots in ``test-artifacts/screenshots`` for people to look at."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]


# Every server the tests start has this editor token; every browser context the ``chromium``
# fixture makes carries its editor cookie (cookies ignore ports: one cookie for 127.0.0.1 covers
# every test server), so tests act as the person who started the server unless they ask for
# ``chromium.new_context(editor=False)``.
TEST_EDITOR_TOKEN = "test-editor-token-0123456789abcdef"


def editor_cookie(url: str) -> dict:
    from analytics.web import roles

    return {"name": roles.COOKIE, "value": roles.cookie_value(TEST_EDITOR_TOKEN), "url": url}


class EditorBrowser:
    """The Playwright browser, whose contexts carry the editor cookie for 127.0.0.1 and
    localhost unless ``editor=False``."""

    def __init__(self, browser):
        self._browser = browser

    def new_context(self, *, editor: bool = True, **kwargs):
        context = self._browser.new_context(**kwargs)
        if editor:
            context.add_cookies([editor_cookie("http://127.0.0.1"), editor_cookie("http://localhost")])
        return context

    def __getattr__(self, name):
        return getattr(self._browser, name)


def healthy(url: str) -> bool:
    """Whether the Streamlit server (or the HAProxy in front of workers) at ``url`` answers its
    health check now."""
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


def free_port() -> int:
    with contextlib.closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StreamlitServer:
    """``streamlit run dashboard.py`` in a child process, bound to localhost."""

    def __init__(self, db_path: Path, script: str = "dashboard.py", env: dict | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = ROOT / "test-artifacts" / f"streamlit-{self.port}.log"
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        child_env = {**os.environ, "JAMSOSTEK_DB": str(db_path), "JAMSOSTEK_EDITOR_TOKEN": TEST_EDITOR_TOKEN,
                     **(env or {})}
        self._log = open(self.log_path, "wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / script),
             "--server.headless", "true", "--server.port", str(self.port),
             "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none", "--server.runOnSave", "false"],
            cwd=ROOT, env=child_env, stdout=self._log, stderr=subprocess.STDOUT,
        )

    def wait_ready(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited early; log:\n{self.log()}")
            if healthy(self.url):
                return
            time.sleep(0.3)
        raise TimeoutError(f"streamlit not healthy after {timeout}s; log:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self._log.close()


def launch_browser(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)


def page_url(base: str, path: str = "", params: dict | None = None) -> str:
    query = f"?{urlencode(params)}" if params else ""
    return f"{base}/{path.lstrip('/')}{query}"


def wait_for_app(page, timeout: float = 60) -> None:
    """Until the script run has finished: the app is mounted, no spinner, status not running,
    and the page content has stopped changing for a moment."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout * 1000)
    deadline = time.monotonic() + timeout
    last, stable_since = None, None
    while time.monotonic() < deadline:
        running = page.evaluate(
            """() => {
                const app = document.querySelector('[data-testid="stApp"]');
                const status = document.querySelector('[data-testid="stStatusWidget"]');
                const busy = status && /running|stop/i.test(status.innerText || '');
                const spinner = document.querySelector('[data-testid="stSpinner"]');
                const skeleton = document.querySelector('[data-testid="stSkeleton"]');
                return [!!busy || !!spinner || !!skeleton, (app ? app.innerText.length : 0)
                        + document.querySelectorAll('.js-plotly-plot, canvas').length * 100000];
            }"""
        )
        busy, size = running
        now = time.monotonic()
        if busy or size != last:
            last, stable_since = size, now
        elif stable_since is not None and now - stable_since > 0.8:
            return
        time.sleep(0.2)
    raise TimeoutError("the app kept running for %.0fs" % timeout)


def exceptions_on(page) -> list[str]:
    """Exception boxes, plus Streamlit's "Page not found" dialog (a wrong URL is a failure too)."""
    boxes = page.locator('[data-testid="stException"]')
    found = [boxes.nth(i).inner_text()[:800] for i in range(boxes.count())]
    if page.get_by_text("Page not found", exact=True).count():
        found.append(f"'Page not found' dialog at {page.url}")
    return found


def chart_report(page) -> list[dict]:
    """Per Plotly chart on the page: how many traces and drawn marks it has."""
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]')).map(el => {
            const plot = el.querySelector('.js-plotly-plot');
            // _fullData: plotly.js's decoded traces (plotly.py 7 sends arrays base64-encoded,
            // so plot.data's arrays have no length)
            const data = plot && plot._fullData ? plot._fullData.filter(tr => tr.visible !== false) : [];
            const size = a => (a && a.length !== undefined) ? a.length : 0;
            const points = data.reduce((n, tr) => n + Math.max(size(tr.locations), size(tr.x), size(tr.values),
                                                               size(tr.lat), size(tr.y), size(tr.z)), 0);
            const marks = el.querySelectorAll('path.point, .bars path, .slice path, path.js-line, canvas, .scatterlayer path, .choroplethmap, .maplibregl-canvas, g.trace').length;
            return {traces: data.length, points: points, marks: marks,
                    width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height};
        })"""
    )


def map_report(page) -> list[dict]:
    """Per SVG map (analytics/map_component.py, drawn inside a shadow root): regions drawn,
    whether its script finished, and its size on screen."""
    return page.evaluate(
        """() => {
            const out = [];
            for (const host of document.querySelectorAll('*')) {
                if (!host.shadowRoot) continue;
                for (const map of host.shadowRoot.querySelectorAll('.svgmap')) {
                    const box = map.getBoundingClientRect();
                    out.push({regions: map.querySelectorAll('path.r').length, ready: map.dataset.ready === '1',
                              width: box.width, height: box.height});
                }
            }
            return out;
        }"""
    )


def image_report(page) -> list[dict]:
    """Per image the page shows (``st.image``: e.g. the brief's server-drawn map): whether it
    loaded and decoded, and its size on screen."""
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('[data-testid="stImage"] img, [data-testid="stImageContainer"] img'))
            .map(img => { const box = img.getBoundingClientRect();
                          return {loaded: img.complete && img.naturalWidth > 0, width: box.width, height: box.height}; })"""
    )


def assert_page_healthy(page, *, min_charts: int = 0, min_maps: int = 0, min_images: int = 0) -> list[dict]:
    """No exception box or "Page not found"; at least ``min_charts`` plotly charts, ``min_maps``
    SVG maps and ``min_images`` images (the brief's map is a server-drawn SVG image), none of
    them empty."""
    errors = exceptions_on(page)
    assert not errors, "Streamlit exception on page:\n" + "\n---\n".join(errors)
    charts = chart_report(page)
    assert len(charts) >= min_charts, f"expected at least {min_charts} charts, found {charts}"
    empty = [c for c in charts if c["traces"] == 0 or c["points"] == 0 or c["marks"] == 0 or c["height"] < 50]
    assert not empty, f"empty charts: {empty} of {charts}"
    maps = map_report(page)
    assert len(maps) >= min_maps, f"expected at least {min_maps} maps, found {maps}"
    empty_maps = [m for m in maps if not m["ready"] or m["regions"] == 0 or m["height"] < 100]
    assert not empty_maps, f"empty maps: {empty_maps} of {maps}"
    if min_images:
        page.wait_for_function(
            """n => Array.from(document.querySelectorAll('[data-testid="stImage"] img, [data-testid="stImageContainer"] img'))
                .filter(img => img.complete && img.naturalWidth > 0).length >= n""", arg=min_images, timeout=30_000)
        images = image_report(page)
        shown = [i for i in images if i["loaded"] and i["height"] >= 100]
        assert len(shown) >= min_images, f"expected at least {min_images} images drawn, found {images}"
    cut = cut_off_texts(page)
    assert not cut, f"labels, figures or buttons cut off with '…': {cut}"
    tiny = tiny_chart_texts(page)
    assert not tiny, f"chart texts drawn too small to read: {tiny}"
    return charts


def tiny_chart_texts(page, min_px: float = 10) -> list[str]:
    """Texts of Plotly charts drawn under ``min_px`` high, with their height. Plotly shrinks a
    label until it fits inside its bar or slice: the tracker's "no data" labels in short bars came
    out 3-9 px high, at 1280 px as on a phone."""
    return page.evaluate(
        """m => [...document.querySelectorAll('.js-plotly-plot .main-svg text')]
            .map(t => [t.textContent.trim(), t.getBoundingClientRect()])
            .filter(([text, box]) => text && box.width > 0 && box.height < m)
            .map(([text, box]) => `${text} (${box.height.toFixed(1)} px)`)""", min_px)


def cut_off_texts(page) -> list[str]:
    """Texts of metric cards and buttons that the browser shortens with an ellipsis because
    their box is too narrow (a figure a meeting cannot read, e.g. "Rp 852.880.…"), and choices
    a select box shows cut ("Penerima Upah (" for "Penerima Upah (PU)")."""
    # measured once the web fonts are in and again a moment later: a box measured mid-layout
    # (fallback font, a row still filling) is not what a reader sees
    return page.evaluate("""async () => {
        await document.fonts.ready;
        const cut = () => [...[...document.querySelectorAll(
                '[data-testid="stMetric"] *, [data-testid="stButton"] *, [data-testid="stDownloadButton"] *')]
            .filter(e => getComputedStyle(e).textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1),
            // a select box shows its choice in an input, clipped without an ellipsis
            ...[...document.querySelectorAll('[data-testid="stSelectbox"] input')]
            .filter(e => e.value && e.scrollWidth > e.clientWidth + 1)]
            // on screen only: a phone's closed sidebar sits off-screen at zero width
            .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > 0 && r.left < innerWidth; })
            .map(e => e.value || e.textContent);
        const first = cut();
        if (!first.length) return first;
        await new Promise(r => setTimeout(r, 500));
        const again = cut();
        return first.filter(text => again.includes(text));
    }""")


def share_link(page) -> str:
    """The address the sidebar's "link to this view" shows (and opens: checked)."""
    link = page.locator('[data-testid="stSidebar"] [data-testid="stMarkdown"] a:has(code)').last
    link.wait_for(timeout=30_000)
    shown = link.inner_text().strip()
    assert link.get_attribute("href") == shown  # the address shown is the one it opens
    return shown


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
