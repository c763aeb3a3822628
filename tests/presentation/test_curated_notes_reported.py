"""The notes of data/curated/reported_figures.csv (``catatan``, written in English by the project)
read whole in Indonesian: catalogued in analytics/i18n/strings_curated_notes_reported_*.py."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analytics.i18n import _all_strings
from analytics.presentation.texts import data_text

ROOT = Path(__file__).resolve().parents[2]
KEY_PREFIX = "datatext.note_rf_"


def reported_notes() -> list[str]:
    """The distinct non-empty notes of reported_figures.csv, as stored, in the file's order."""
    frame = pd.read_csv(ROOT / "data" / "curated" / "reported_figures.csv", dtype=str, keep_default_na=False)
    return [note for note in dict.fromkeys(frame["catatan"]) if note.strip()]


def test_reported_notes_are_read():
    assert len(reported_notes()) >= 150


@pytest.mark.parametrize("note", reported_notes(), ids=lambda note: note[:60])
def test_every_reported_figure_note_reads_whole_in_indonesian(note):
    pairs = [pair for key, pair in _all_strings().items() if key.startswith("datatext.") and pair[1] == note.strip()]
    assert len(pairs) == 1, (
        f"{note!r}: add it, as stored, to analytics/i18n/strings_curated_notes_reported_*.py")
    indonesian = pairs[0][0]
    # the whole note, not a prefix matched by a pattern nor a "; "-list of parts
    assert data_text(note, "id") == indonesian != note.strip()
    assert data_text(note, "en") == note.strip()
    assert data_text(indonesian, "en") == note.strip()
    assert data_text(indonesian, "id") == indonesian


def test_every_catalogued_reported_note_is_in_the_file():
    """No entry left behind when a note is edited or removed from the file (it would be a stale
    translation, and its Indonesian could shadow another text)."""
    stored = {note.strip() for note in reported_notes()}
    stale = [key for key, (_, english) in _all_strings().items() if key.startswith(KEY_PREFIX) and english not in stored]
    assert not stale, f"entries whose English is no note of reported_figures.csv: {stale}"


def test_no_indonesian_note_reads_as_another_text():
    """The lookup goes both ways: a note's Indonesian is no other catalogued text (another note's
    English, or another entry's Indonesian), so the English page shows the right note."""
    strings = _all_strings()
    for key, (indonesian, english) in strings.items():
        if not key.startswith(KEY_PREFIX):
            continue
        others = [other for other, pair in strings.items()
                  if other != key and other.startswith("datatext.") and indonesian in pair]
        assert not others, f"{key}: its Indonesian is also the text of {others}"
        assert indonesian != english, f"{key}: not translated"
