"""The page list: files exist, URL paths are unique, and every page asks for the dashboard frame."""

from __future__ import annotations

from analytics.web.navigation import PAGES
from tests.conftest import ROOT


def test_pages_exist_and_paths_are_unique():
    assert len({p.url_path for p in PAGES}) == len(PAGES)
    assert sum(p.default for p in PAGES) == 1
    for entry in PAGES:
        assert (ROOT / entry.file).is_file(), entry.file


def test_every_page_requires_the_dashboard_frame():
    # Without it, the first request after a server start may run the page bare (see
    # web.frame.require_dashboard_frame); tests/browser/test_core_pages.py proves the effect.
    missing = [p.file for p in PAGES if "require_dashboard_frame()" not in (ROOT / p.file).read_text()]
    assert not missing, missing
