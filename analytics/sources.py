"""Sources: where each fact comes from, in words a reader can check (README "Sources").

Every dataset's rows carry a source title, URL, date and confidence (high/medium/low); the
functions here list them for the "Sumber data" page, and pick out the sources of the rows a table
or a brief shows, so every export carries the sources of its figures.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass

import pandas as pd

from analytics import config
from analytics.i18n import formats, t
from analytics.presentation.tables import col
from analytics.queries import Query

# columns a frame may hold that name a row's source, in the order they are looked for
_TITLE = ("source_title", "source", "target_source")
_URL = ("source_url",)
_DATE = ("source_date",)
_CONFIDENCE = ("confidence",)
SOURCE_COLUMNS = ("source_title", "source_url", "source_date", "confidence")


def all_sources(query: Query) -> pd.DataFrame:
    """Every source with what it supports: source_title, source_url, source_date, confidence,
    dataset, facts, regions, national_facts (one row per source and dataset)."""
    return query("sources_all")


def conflicts(query: Query) -> pd.DataFrame:
    return query("sources_conflicts")


def unsourced(query: Query) -> pd.DataFrame:
    return query("sources_unsourced")


def sources_of(frame: pd.DataFrame) -> pd.DataFrame:
    """The distinct sources named by the rows of ``frame`` (any of its provenance columns), for
    the "sources" sheet of an export or the sources list of a brief. Empty when it names none."""
    def first(options):
        return next((c for c in options if c in frame.columns), None)

    title, url, date, confidence = (first(_TITLE), first(_URL), first(_DATE), first(_CONFIDENCE))
    if title is None and url is None:
        return pd.DataFrame(columns=list(SOURCE_COLUMNS))
    picked = pd.DataFrame({
        "source_title": frame[title] if title else None,
        "source_url": frame[url] if url else None,
        "source_date": frame[date] if date else None,
        "confidence": frame[confidence] if confidence else None,
    })
    picked = picked[picked["source_title"].notna() | picked["source_url"].notna()]
    return picked.drop_duplicates().reset_index(drop=True)


def reference_sources() -> dict[str, str]:
    """The pinned reference data: dataset -> upstream commit (from data/reference_files.csv)."""
    found: dict[str, str] = {}
    with (config.DATA_DIR / "reference_files.csv").open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            parts = row["url"].split("/")
            commit = next((p for p in parts if len(p) == 40 and all(c in "0123456789abcdef" for c in p)), "?")
            found.setdefault(row["dataset"], commit)
    return found


def reference_file_count(dataset: str) -> int:
    with (config.DATA_DIR / "reference_files.csv").open(newline="", encoding="utf-8") as fh:
        return sum(1 for row in csv.DictReader(fh) if row["dataset"] == dataset)


def rate_sources(rates: pd.DataFrame) -> list[str]:
    return sorted(set(rates["legal_source"].dropna()))


@dataclass(frozen=True)
class SourcesPage:
    """What the "Sumber data" page shows, in the UI language: the same for everyone who opens it
    on the same data, so built once per view (analytics/web/views.py), not per visit."""

    listed: pd.DataFrame  # every source, with source_date_text
    titles: int  # distinct source titles
    facts: int  # facts they support
    unsourced: pd.DataFrame  # dataset, facts: rows naming no source
    conflicts: pd.DataFrame  # reported figures that differ, raw (the CSV download)
    conflicts_shown: pd.DataFrame  # the same with period_text, value_text, other_value_text
    pinned: dict[str, str]  # reference dataset -> upstream commit
    boundary_files: int
    rate_sources: list[str]


def sources_page(query: Query) -> SourcesPage:
    listed = all_sources(query)
    differ = conflicts(query)
    return SourcesPage(
        listed=with_date_text(listed), titles=int(listed["source_title"].nunique()), facts=int(listed["facts"].sum()),
        unsourced=unsourced(query), conflicts=differ,
        conflicts_shown=with_reported_texts(differ) if not differ.empty else differ,
        pinned=reference_sources(), boundary_files=reference_file_count("wilayah_boundaries"),
        rate_sources=rate_sources(query("budget_rates")))




# --- a fact's source, as a reader sees it ---------------------------------------------------------
def source_phrase(title: object, date: object = None, confidence: object = None, *, count: int = 1,
                  demo: bool = False, max_title: int | None = None) -> str:
    """One line naming where a value comes from, in the UI language: 'Title (30 Januari 2024;
    keyakinan tinggi)'; 'n sumber' when a sum draws on several; the demo mark for generated data;
    '' when the value names no source."""
    def known(value: object) -> bool:
        return value is not None and not formats.is_missing(value) and str(value).strip() != ""

    if demo and not known(title):
        return t("src.phrase.demo")
    if count and count > 1:
        return t("src.phrase.several", n=int(count))
    if not known(title):
        return ""
    text = str(title).strip()
    if max_title and len(text) > max_title:
        text = text[: max_title - 1].rstrip() + "…"
    details = []
    if known(date):
        details.append(formats.partial_date(date))
    if known(confidence):
        details.append(t("src.phrase.confidence", level=t(f"confidence.{confidence}")))
    return f"{text} ({'; '.join(details)})" if details else text


def with_date_text(frame: pd.DataFrame, column: str = "source_date") -> pd.DataFrame:
    """The frame with ``<column>_text``: each source date as precise as its source gives it
    (shown in tables by ``source_columns``; the value underneath stays the ISO text)."""
    if column not in frame.columns:
        return frame
    return frame.assign(**{f"{column}_text": frame[column].map(formats.partial_date)})


def reported_value_text(value, unit, reported, short: bool = False, escape=str) -> str | None:
    """A reported figure written the UI language's way: a percentage "47,00%" (not the source's
    "47 %"), a headcount "41.560.000" (``short``, for a card: "41,56 juta" / "41.56 million");
    other units as the source wrote them, passed through ``escape`` (the wording is data; the
    numbers are ours)."""
    from analytics.i18n import fmt_count_short, fmt_int, fmt_pct
    from analytics.presentation import formats

    if not formats.is_missing(value):
        if unit == "persen":
            return fmt_pct(value)
        if unit == "orang":
            return fmt_count_short(value) if short else fmt_int(value)
    return None if formats.is_missing(reported) else escape(str(reported))


def with_reported_texts(frame: pd.DataFrame) -> pd.DataFrame:
    """Reported figures (``reported_figure`` rows, with ``other_*`` for a conflicting one) with
    ``period_text`` ("Desember 2022", "2023") and ``value_text`` / ``other_value_text`` in the UI
    language, for tables people read."""
    from analytics.presentation import formats

    out = frame.assign(period_text=frame["period"].map(formats.partial_date),
                       value_text=[reported_value_text(v, u, r) for v, u, r in
                                   zip(frame["value"], frame["unit"], frame["value_reported"])])
    if "other_value" in frame:
        out["other_value_text"] = [reported_value_text(v, u, r) for v, u, r in
                                   zip(frame["other_value"], frame["unit"], frame["other_value_reported"])]
    return out


def source_columns(prefix: str = "", header_prefix: str = "srccol") -> tuple:
    """The columns naming a row's source in a shown table: title, link, date, confidence (the frame
    goes through ``with_date_text`` first)."""
    return (
        col(f"{prefix}source_title", f"{header_prefix}.source", "data", width="large"),
        col(f"{prefix}source_url", f"{header_prefix}.url", "link", link_text="src.link"),
        col(f"{prefix}source_date", f"{header_prefix}.date", "text", text=f"{prefix}source_date_text",
            missing="src.missing_date"),
        col(f"{prefix}confidence", f"{header_prefix}.confidence", "code", vocab="confidence"),
    )
