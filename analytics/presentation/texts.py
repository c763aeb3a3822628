"""Text the project wrote into data, shown in the UI language.

Import notes, the demo generator's sources and editions, curated facts' sources and notes,
rate notes, Paritrana criteria and the ``ucj`` view's "sum of kabupaten/kota: ..." edition are
stored as the project wrote them (in English, some in Indonesian). They are catalogued in
``analytics/i18n/strings_datatext.py`` in both languages; ``data_text`` recognises a stored text
by either wording (or a ``{slot}`` pattern, slots translated in turn: "March 2025" becomes
"Maret 2025") and returns it in the UI language. Anything else is data in the language it
was written in (a regulation's title, a news source's name) and is returned unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from analytics import i18n
from analytics.i18n import formats

PREFIX = "datatext."
# Wordings in the curated files that mix the two languages, as written there -> their key.
ALIASES = {
    "Laporan daerah (secondary source)": "datatext.src_regional_report",
    "Berita daerah {region} (monitoring FGD)": "datatext.src_news_fgd",
    # English texts of data/paritrana_criteria.csv that name groups in Indonesian
    "Number of worker groups (Non-ASN, pekerja rentan, perangkat desa, RT/RW, GTT/PTT...) named in the scopes "
    "of the acts in force": "datatext.crit_scope_prov",
    "Inpres 2/2021 (protect pekerja rentan); weight: project's own choice": "datatext.csrc_inpres_rentan",
}
_MONTHS = {name.lower(): i for lang in ("id", "en") for width in ("wide", "abbreviated")
           for i, name in enumerate(formats.month_names(lang, width), start=1)}
_MONTHS.update({"sep": 9, "sept": 9, "agu": 8, "agt": 8})
_DATE = re.compile(r"^(?:(?P<day>\d{1,2}) )?(?P<month>[A-Za-z]+)\.? (?P<year>\d{4})$")


@lru_cache(maxsize=1)
def _catalogue() -> tuple[dict[str, str], list[tuple[re.Pattern, str]]]:
    """(exact text -> key, [(pattern, key)] longest literal first)."""
    exact: dict[str, str] = {}
    patterns: list[tuple[int, re.Pattern, str]] = []
    entries = [(key, text) for key, pair in i18n._all_strings().items() if key.startswith(PREFIX) for text in pair]
    for key, text in [*entries, *((key, text) for text, key in ALIASES.items())]:
        if "{" not in text:
            exact[text] = key
            continue
        parts = re.split(r"\{(\w+)\}", text)
        literal = "".join(parts[0::2])
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
        patterns.append((len(literal), re.compile(f"^{regex}$"), key))
    patterns.sort(key=lambda item: -item[0])
    return exact, [(rx, key) for _, rx, key in patterns]


def data_text(value: object, lang: str | None = None) -> object:
    """``value`` in the UI language when the project wrote it; otherwise unchanged (None,
    NaN and non-text values included)."""
    if not isinstance(value, str) or not value.strip():
        return value
    if lang is not None and lang != i18n.language():
        with i18n.using(lang):
            return data_text(value)
    exact, patterns = _catalogue()
    text = value.strip()
    if text in exact:
        return i18n.t(exact[text])
    for regex, key in patterns:
        found = regex.match(text)
        if found:
            return i18n.t(key, **{k: _slot(v) for k, v in found.groupdict().items()})
    dated = _date_text(text)
    if dated is not None:
        return dated
    if "; " in text:  # a list of texts (editions of several regions)
        parts = [data_text(part) for part in text.split("; ")]
        # all or nothing: a note half translated reads worse than one left as it was written
        if all(a != b for a, b in zip(parts, text.split("; "))):
            return "; ".join(str(part) for part in parts)
    return value


def _slot(value: str) -> str:
    """A slot of a pattern: a month or date in the UI language, a list of editions each
    translated, or the catalogued text; else as written."""
    if "; " in value:
        return "; ".join(str(_slot(part)) for part in value.split("; "))
    return str(data_text(value))


def _date_text(text: str) -> str | None:
    """'March 2025' -> 'Maret 2025', '15 Nov 2021' -> '15 November 2021' (either language in)."""
    found = _DATE.match(text)
    if not found or found["month"].lower() not in _MONTHS:
        return None
    stamp = pd.Timestamp(int(found["year"]), _MONTHS[found["month"].lower()], int(found["day"] or 1))
    return formats.date(stamp) if found["day"] else formats.month(stamp)


def data_texts(values: pd.Series) -> pd.Series:
    """``data_text`` over a column, each distinct text once."""
    mapping = {v: data_text(v) for v in pd.unique(values.dropna())}
    return values.map(mapping).astype(object).where(values.notna(), None)
