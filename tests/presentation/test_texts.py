"""Text the project writes into data is shown in the UI language; other text is data."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analytics.presentation.texts import data_text

ROOT = Path(__file__).resolve().parents[2]
TEXT_COLUMNS = ("note", "description", "source")


def project_texts() -> set[str]:
    """Every text the project's code and its own tables write into data: import notes, the demo
    generator's words, the ucj view's edition prefix, contribution-rate notes, Paritrana
    criteria. (The curated dossier's source titles in data/curated/ are not among them: they are
    data, shown as written, like a regulation's title. Its notes are: see ``curated_notes``.)"""
    from analytics.ingest import bootstrap

    found = {bootstrap.CURATED_NOTE, bootstrap.DEMO_NOTE, "demo generator", "Sakernas Agustus 2023 (demo)",
             "sum of kabupaten/kota: Sakernas Agustus 2023 (demo); Sakernas Agustus 2024 (demo)"}
    for path in (ROOT / "data" / "contribution_rates.csv", ROOT / "data" / "paritrana_criteria.csv"):
        frame = pd.read_csv(path, dtype=str, comment="#")
        for column in frame.columns:
            if column in TEXT_COLUMNS:
                found |= set(frame[column].dropna())
    return found


@pytest.mark.parametrize("text", sorted(project_texts()))
def test_every_project_text_reads_in_both_languages(text):
    indonesian, english = data_text(text, "id"), data_text(text, "en")
    assert indonesian != english, (
        f"{text!r} has no translation: add it to analytics/i18n/strings_datatext.py")


NOTE_COLUMNS = ("catatan", "note")  # regulation_snapshots.csv says "note"; every other curated file "catatan"


def curated_notes() -> list[tuple[str, str]]:
    """The project's own notes in every data/curated/*.csv (``catatan``, or ``note``), written in
    English, as (file, note): a regulation's "Catatan" on the regulation tracker and the map, a
    Paritrana result's curation note, the note of a coverage, employment, UCJ target or reported
    figure, of a regulation snapshot."""
    found: list[tuple[str, str]] = []
    for path in sorted((ROOT / "data" / "curated").glob("*.csv")):
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        [column] = [c for c in NOTE_COLUMNS if c in frame.columns]
        found += [(path.name, note) for note in dict.fromkeys(frame[column]) if note.strip()]
    return found


def test_curated_notes_are_read():
    files = {name for name, _ in curated_notes()}
    assert files == {path.name for path in (ROOT / "data" / "curated").glob("*.csv")}
    assert len(files) >= 7 and len(curated_notes()) >= 250


@pytest.mark.parametrize("name, note", curated_notes(), ids=lambda value: value[:40])
def test_every_curated_note_reads_whole_in_indonesian(name, note):
    from analytics.i18n import _all_strings

    pairs = [pair for key, pair in _all_strings().items() if key.startswith("datatext.") and pair[1] == note.strip()]
    assert len(pairs) == 1, (f"{name}: {note!r}: add it, as stored, to its file's module "
                             "(analytics/i18n/strings_curated_notes*.py)")
    indonesian = pairs[0][0]
    # the whole note, not a prefix matched by a pattern nor a "; "-list of parts
    assert data_text(note, "id") == indonesian != note.strip()
    assert data_text(note, "en") == note.strip()
    assert data_text(indonesian, "en") == note.strip()


def test_every_catalogued_curated_note_is_in_its_file():
    """No translation left behind when a note is edited or removed from data/curated/ (a stale
    entry, whose Indonesian could shadow another text), and no note's Indonesian is another
    catalogued text, so each page shows the right note in either language."""
    from analytics.i18n import _all_strings

    stored = {note.strip() for _, note in curated_notes()}
    strings = _all_strings()
    notes = {key: pair for key, pair in strings.items() if key.startswith("datatext.note_")}
    assert len(notes) >= len(stored)
    assert not [key for key, (_, english) in notes.items() if english not in stored]
    for key, (indonesian, _) in notes.items():
        others = [other for other, pair in strings.items()
                  if other != key and other.startswith("datatext.") and indonesian in pair]
        assert not others, f"{key}: its Indonesian is also the text of {others}"


def test_examples():
    assert data_text("very low risk", "id") == "risiko sangat rendah"
    assert data_text("risiko sangat rendah", "en") == "very low risk"
    assert data_text("BPJS Ketenagakerjaan Bali, March 2025", "id") == "BPJS Ketenagakerjaan Bali, Maret 2025"
    assert data_text("Kemendagri target for Universal Coverage Jamsostek 2026", "id") == \
        "Target Kemendagri untuk Universal Coverage Jamsostek 2026"
    assert data_text("sum of kabupaten/kota: Sakernas Agustus 2023 (demo); Sakernas Agustus 2024 (demo)", "en") == \
        "sum of kabupaten/kota: Sakernas August 2023 (demo); Sakernas August 2024 (demo)"
    assert data_text("sum of kabupaten/kota: Sakernas Agustus 2023 (demo)", "id") == \
        "jumlah kab/kota: Sakernas Agustus 2023 (demo)"


def test_data_in_one_language_is_shown_as_it_is():
    title = "Peraturan Bupati Katingan tentang pelaksanaan program jaminan sosial ketenagakerjaan"
    assert data_text(title, "en") == title
    assert data_text(None, "en") is None and data_text(12, "id") == 12
