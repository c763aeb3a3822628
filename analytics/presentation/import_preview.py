"""The rows an import would write, shown as the user's file named them: the file's own headers,
the region first (the name it was matched to, with its code), values in the UI language
(numbers, months, dates, the names of codes), "–" for an empty cell, never "None".

Pure: an ``ImportReport`` and region names in, a frame of texts out (the Data page shows it,
tests read it).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from analytics.i18n import t
from analytics.ingest.datasets import REGION_FIELDS, DatasetSpec
from analytics.presentation import codes, formats

MISSING = formats.MISSING


def _text(value: object, kind: str, vocabulary: str | None, lang: str | None) -> str:
    if formats.is_missing(value) or (isinstance(value, str) and not value.strip()):
        return MISSING
    if kind == "enum" and vocabulary:
        return codes.label(vocabulary, value)
    if kind in ("int", "year"):
        return formats.number(value, 0, lang) if kind == "int" else str(int(value))
    if kind == "money":
        return formats.money(value, lang)
    if kind == "decimal":
        return formats.number(value, None, lang)
    if kind == "period":
        return formats.month(value, lang)
    if kind == "date":
        return formats.date(value, lang)
    if kind == "partial_date":
        return formats.partial_date(value, lang)
    return str(value)


def preview(spec: DatasetSpec, frame: pd.DataFrame, mapping: Mapping[str, str],
            region_names: Mapping[str, str], lang: str | None = None, limit: int = 50) -> pd.DataFrame:
    """The first ``limit`` rows of ``frame`` (an import report's validated rows, in store
    columns) under the file's headers (``mapping``: header -> field). The region column comes
    first, then the file's other columns in its order, then values given for the whole file
    (named as the Data page's boxes), then the row of the file. Fields the file does not have
    and nobody gave are left out."""
    rows = frame.head(limit)
    header_of: dict[str, str] = {}
    for header, name in mapping.items():
        if name and name not in header_of:
            header_of[name] = header
    region_header = next((header_of[n] for n in ("region", "region_code", "province") if n in header_of), None)
    out: dict[str, list[str]] = {}
    region_col = spec.region_column
    if region_col in rows:
        title = region_header or t(f"field.{'province' if region_col == 'province_code' else 'region'}")
        out[title] = [MISSING if formats.is_missing(c) else f"{region_names.get(c, c)} ({c})"
                      for c in rows[region_col]]
    in_file = [f for f in spec.fields if f.name in header_of and f.name not in REGION_FIELDS]
    in_file.sort(key=lambda f: list(mapping).index(header_of[f.name]))
    given = [f for f in spec.fields if f.name not in header_of and f.name not in REGION_FIELDS
             and f.name in rows and rows[f.name].notna().any()]
    for f in [*in_file, *given]:
        title = header_of.get(f.name) or t(f"field.{f.name}")
        if title in out:
            title = f"{title} ({t(f'field.{f.name}')})"
        out[title] = [_text(v, f.kind, f.vocabulary, lang) for v in rows[f.name]]
    if "source_row" in rows:
        out[t("data.col.row")] = [str(v) for v in rows["source_row"]]
    return pd.DataFrame(out, dtype=object)
