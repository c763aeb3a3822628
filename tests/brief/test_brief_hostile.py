"""The brief's HTML (and so its PDF) and its map SVG show imported markup as text (issue 22,
class 2): hostile text in every imported field, no live link or fetched image from data, and a
source link only to a checked http(s) address."""

from __future__ import annotations

import re
import shutil

import pytest

from analytics import i18n
from analytics.brief import content as B
from analytics.brief import render as BR
from analytics.queries import direct
from analytics.store import Store
from tests.hostile_text import import_hostile


@pytest.fixture(scope="module")
def hostile_brief(demo_db_path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("brief-hostile")
    db = folder / "app.duckdb"
    shutil.copy(demo_db_path, db)
    import_hostile(db, folder)
    store = Store(db, read_only=True)
    i18n.set_language("id")
    try:
        yield B.build(direct(store), "62", "2022-04-01")
    finally:
        store.close()


def test_brief_html_shows_hostile_text_as_text(hostile_brief):
    assert len(hostile_brief.earlier)  # the hostile follow-ups are in the brief
    html = BR.brief_html(hostile_brief)
    hrefs = re.findall(r'<a\b[^>]*href="([^"]*)"', html)
    assert all(h.startswith(("http://", "https://")) and "evil.example" not in h and "127.0.0.1:1" not in h
               for h in hrefs), hrefs
    assert not re.search(r"<img\b|src=\"http|javascript:", html)
    assert "<a href=\"http://evil.example/tag\">" not in html
    assert "&lt;a href=&quot;http://evil.example/tag&quot;&gt;" in html  # shown, escaped
    assert "![x](http://127.0.0.1:1/img.png)" in html  # markdown is not HTML's business: literal
    assert "<svg" in html  # the inline map SVG is part of what was checked
