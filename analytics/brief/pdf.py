"""Printing the brief: headless Chromium through Playwright, to one A4 page (split from
``render``, which writes the HTML). ``render`` re-exports these names for its callers."""

from __future__ import annotations

import concurrent.futures
import importlib.util
import re
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
# The flags the browser tests use (tests/browser/harness.py): no sandbox in containers, no
# network chatter, no GPU.
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]


class RenderError(RuntimeError):
    """The PDF (or the map image) could not be made; the message says why."""


def pdf_pages(pdf: bytes) -> int:
    """Page count of a PDF Chromium wrote (its page objects are not in compressed streams)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def print_engine_available(executable: str | None = None) -> bool:
    """Whether this server can print the brief (PDF, share image): Chromium and playwright."""
    return Path(executable or CHROMIUM).exists() and importlib.util.find_spec("playwright") is not None


def render_pdf(html_text: str, executable: str = CHROMIUM, timeout_s: float = 60, max_pages: int | None = 1) -> bytes:
    """Print the HTML to an A4 PDF with headless Chromium (Playwright ``page.pdf``). When it runs
    over ``max_pages`` (the brief is the one page a secretariat prints), print again with the
    compact style (smaller type, follow-ups in two columns), then the tight one."""
    if not Path(executable).exists():
        raise RenderError(f"no Chromium at {executable}")
    if importlib.util.find_spec("playwright") is None:  # pragma: no cover - pinned in requirements
        raise RenderError("playwright is not installed")
    # Playwright's sync API refuses a thread whose asyncio loop is running (a notebook, a test
    # session holding a browser); a thread of its own has none.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_print_pdf, html_text, executable, timeout_s, max_pages).result()


def _print_pdf(html_text: str, executable: str, timeout_s: float, max_pages: int | None) -> bytes:
    # here, not at the top: importing Playwright costs 0.2-1 s (python -X importtime), needed only to print a PDF
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_FLAGS,
                                        timeout=timeout_s * 1000)
            try:
                page = browser.new_page()
                page.set_content(html_text, wait_until="load", timeout=timeout_s * 1000)
                page.emulate_media(media="print")
                pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
                for style in ("compact", "tight", "tightest"):
                    if not max_pages or pdf_pages(pdf) <= max_pages:
                        break
                    # a large province with long names: tighter type rather than a second page
                    page.evaluate(f"document.body.classList.add('{style}')")
                    pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
                for scale in (0.92, 0.85, 0.78, 0.7):  # the last resort: the whole page a little smaller
                    if not max_pages or pdf_pages(pdf) <= max_pages:
                        break
                    pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True, scale=scale)
                return pdf
            finally:
                browser.close()
    except RenderError:
        raise
    except Exception as exc:  # playwright raises its own Error types; keep the reason
        raise RenderError(f"Chromium could not print the brief: {exc}") from exc
