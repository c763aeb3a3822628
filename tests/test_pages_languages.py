"""Every registered page in Bahasa Indonesia and English: no exception, no untranslated key
shown, chart number separators and headline numbers in the language's format."""

from __future__ import annotations

import json
import re

import pytest

from analytics.i18n import _all_strings
from analytics.web.navigation import PAGES
from tests.apptest_support import errors_of, page_test

TEXT_KINDS = ("title", "header", "subheader", "caption", "markdown", "info", "warning", "success", "error")
LABEL_KINDS = ("selectbox", "radio", "button", "text_input", "multiselect", "checkbox", "slider", "expander",
               "metric", "download_button", "number_input", "date_input")
WRONG_GROUPING = {"id": re.compile(r"\d,\d{3}(?!\d)"), "en": re.compile(r"\d\.\d{3}\.\d{3}")}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("page", [p.file.split("/")[-1][:-3] for p in PAGES])
def test_page_speaks_the_language(demo_env, page, lang):
    at = page_test(page, lang=None if lang == "id" else lang, timeout=180).run()
    assert not at.exception, [e.value for e in at.exception]
    assert not errors_of(at), errors_of(at)
    keys = set(_all_strings())
    shown = [str(getattr(e, "value", "")) for kind in TEXT_KINDS for e in at.get(kind)]
    shown += [str(getattr(e, "label", "") or "") for kind in LABEL_KINDS for e in at.get(kind)]
    assert not [s for s in shown if s.strip() in keys], "untranslated keys shown"
    for chart in at.get("plotly_chart"):
        separators = json.loads(chart.proto.spec).get("layout", {}).get("separators")
        assert separators == (",." if lang == "id" else ".,"), (page, separators)
    values = [str(m.value) for m in at.metric]
    assert not [v for v in values if WRONG_GROUPING[lang].search(v)], values
