"""Paritrana Award scoring from an editable criteria file, with every step shown.

For each level (provinces; kabupaten and kota together) and each indicator in the criteria:

    raw          the indicator's value for the assessment year (analytics/queries/paritrana.sql)
    normalised   min-max within the level: (raw - min) / (max - min), or (max - raw) / (max - min)
                 for direction "lower"; 1 for everyone with a value when all values are equal;
                 0 when the region has no value (no evidence scores nothing, as an assessor
                 would score a missing document) and the row is flagged ``missing``
    contribution weight x normalised
    total        sum of contributions; rank 1 = highest total (ties share a rank)

The published criteria are qualitative (../shared/docs/domain.md, "Paritrana Award"); the numeric weights in
data/paritrana_criteria.csv are the project's own choice and say so. Scores are reproducible:
the export records the data version, the batches read and the criteria file's sha256.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analytics import config, sources
from analytics.i18n.formats import is_missing
from analytics.presentation.tables import col as column
from analytics.queries import Query

DEFAULT_CRITERIA_PATH = config.DEFAULT_CRITERIA_PATH
CRITERIA_COLUMNS = ["indicator", "level", "weight", "direction", "normalisation", "description", "source"]
LEVELS = ("provinsi", "kabupaten_kota")
DIRECTIONS = ("higher", "lower")
NORMALISATIONS = ("minmax",)

# Indicators the data can compute (columns of the paritrana_indicators query), and their unit.
INDICATORS: dict[str, str] = {
    "regulation_strength": "0-4",
    "regulation_scope_groups": "groups",
    "kab_regulation_share_pct": "%",
    "budget_per_employed_rp": "Rp",
    "budget_realisation_pct": "%",
    "ucj_pct": "%",
    "ucj_growth_pts": "pts",
    "pu_growth_pct": "%",
    "bpu_growth_pct": "%",
    "non_asn_coverage_pct": "%",
    "pekerja_rentan_coverage_pct": "%",
}
PROVINCE_ONLY = {"kab_regulation_share_pct"}


class CriteriaError(ValueError):
    """The criteria are unusable; the message names every problem with its row."""


@dataclass(frozen=True)
class Criteria:
    frame: pd.DataFrame
    sha256: str
    path: str | None


# --- criteria -------------------------------------------------------------------------------------
def criteria_path() -> Path:
    return config.criteria_path()


def validate_criteria(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    problems: list[str] = []
    missing = [c for c in CRITERIA_COLUMNS if c not in frame.columns]
    if missing:
        return frame, [f"columns missing: {', '.join(missing)}"]
    clean = frame[CRITERIA_COLUMNS].copy()
    for col in ("indicator", "level", "direction", "normalisation"):
        clean[col] = clean[col].astype("string").str.strip().str.lower()
    for col in ("description", "source"):
        clean[col] = clean[col].astype("string").fillna("")
    weights = pd.to_numeric(clean["weight"], errors="coerce")
    for i, rec in enumerate(clean.to_dict("records"), start=1):
        ind, level = rec["indicator"], rec["level"]
        if pd.isna(ind) or ind not in INDICATORS:
            problems.append(f"row {i}, indicator: {ind!r} is not a known indicator ({', '.join(INDICATORS)})")
        if pd.isna(level) or level not in LEVELS:
            problems.append(f"row {i}, level: {level!r} is not one of {', '.join(LEVELS)}")
        elif ind in PROVINCE_ONLY and level != "provinsi":
            problems.append(f"row {i}, level: {ind} exists for provinces only")
        w = weights.iloc[i - 1]
        if pd.isna(w) or w < 0:
            problems.append(f"row {i}, weight: {rec['weight']!r} must be a number >= 0")
        if rec["direction"] not in DIRECTIONS:
            problems.append(f"row {i}, direction: {rec['direction']!r} is not one of {', '.join(DIRECTIONS)}")
        if rec["normalisation"] not in NORMALISATIONS:
            problems.append(f"row {i}, normalisation: {rec['normalisation']!r} is not one of "
                            f"{', '.join(NORMALISATIONS)}")
    clean["weight"] = weights.astype("float64")
    dup = clean.duplicated(["indicator", "level"], keep=False)
    for i in clean.index[dup]:
        problems.append(f"row {int(i) + 1}: {clean.loc[i, 'indicator']} appears twice for {clean.loc[i, 'level']}")
    for level in LEVELS:
        sub = clean[clean["level"] == level]
        if len(sub) and not (sub["weight"].fillna(0) > 0).any():
            problems.append(f"level {level}: every weight is 0, nothing would be scored")
    if clean.empty:
        problems.append("the criteria table is empty")
    return clean.reset_index(drop=True), problems


def _criteria_csv(frame: pd.DataFrame) -> bytes:
    return frame[CRITERIA_COLUMNS].to_csv(index=False, lineterminator="\n").encode("utf-8")


# Criteria read per (file, content): the page asks on every view, and parsing and checking the
# CSV was a third of a Paritrana view's CPU. Shared: callers only read a Criteria.
_parsed: dict[tuple[str, str], Criteria] = {}


def load_criteria(path: Path | str | None = None) -> Criteria:
    path = Path(path) if path else criteria_path()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CriteriaError(f"{path}: cannot read the criteria file ({exc.strerror})") from exc
    key = (str(path), hashlib.sha256(data).hexdigest())
    if key in _parsed:
        return _parsed[key]
    frame = pd.read_csv(io.BytesIO(data), dtype={"indicator": "string", "level": "string"})
    clean, problems = validate_criteria(frame)
    if problems:
        raise CriteriaError(f"{path}:\n" + "\n".join(problems))
    if len(_parsed) >= 16:  # a few files and versions at most
        _parsed.clear()
    _parsed[key] = Criteria(clean, key[1], key[0])
    return _parsed[key]


def criteria_from_frame(frame: pd.DataFrame) -> Criteria:
    """Criteria edited in the UI but not saved: hashed as the file they would be saved as."""
    clean, problems = validate_criteria(frame)
    if problems:
        raise CriteriaError("\n".join(problems))
    return Criteria(clean, hashlib.sha256(_criteria_csv(clean)).hexdigest(), None)


def save_criteria(frame: pd.DataFrame, path: Path | str | None = None) -> Criteria:
    """Validate and write the criteria file atomically (a failed write leaves the old file)."""
    clean, problems = validate_criteria(frame)
    if problems:
        raise CriteriaError("criteria not saved:\n" + "\n".join(problems))
    path = Path(path) if path else criteria_path()
    data = _criteria_csv(clean)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".criteria-", suffix=".csv")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Criteria(clean, hashlib.sha256(data).hexdigest(), str(path))


# --- scoring (pure) ------------------------------------------------------------------------------
def normalise(values: pd.Series, direction: str = "higher") -> pd.Series:
    """Min-max within the given values (see module doc); missing -> 0."""
    x = pd.to_numeric(values, errors="coerce").astype("float64")
    lo, hi = x.min(), x.max()
    if pd.isna(lo):
        return pd.Series(0.0, index=x.index)
    if hi > lo:
        n = (x - lo) / (hi - lo)
        if direction == "lower":
            n = 1.0 - n
    else:
        n = x.where(x.isna(), 1.0)
    return n.fillna(0.0)


def score(raw: pd.DataFrame, criteria: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """Scores from raw indicator values (one row per region with ``region_code``, ``name``,
    ``score_level`` and one column per indicator).

    Returns the long breakdown (region, indicator, raw, normalised, weight, contribution,
    missing) and, per level, a wide table: rank, region, total, then per indicator
    ``<ind>_raw``, ``<ind>_norm``, ``<ind>_score``; the ``_score`` columns add up to ``total``."""
    parts = []
    wide: dict[str, pd.DataFrame] = {}
    for level in LEVELS:
        crit = criteria[criteria["level"] == level]
        regions = raw[raw["score_level"] == level]
        if crit.empty or regions.empty:
            continue
        table = regions[["region_code", "name"]].reset_index(drop=True)
        for c in crit.itertuples(index=False):
            values = pd.to_numeric(regions[c.indicator], errors="coerce").astype("float64").reset_index(drop=True)
            norm = normalise(values, c.direction)
            contribution = float(c.weight) * norm
            parts.append(pd.DataFrame({
                "level": level, "region_code": table["region_code"], "name": table["name"],
                "indicator": c.indicator, "raw": values, "normalised": norm, "weight": float(c.weight),
                "contribution": contribution, "missing": values.isna(),
            }))
            table[f"{c.indicator}_raw"] = values
            table[f"{c.indicator}_norm"] = norm
            table[f"{c.indicator}_score"] = contribution
        score_cols = [f"{i}_score" for i in crit["indicator"]]
        table.insert(2, "total", table[score_cols].sum(axis=1))
        # rank on a rounded total so float noise never splits a tie
        table.insert(0, "rank", table["total"].round(9).rank(ascending=False, method="min").astype("int64"))
        wide[level] = table.sort_values(["rank", "region_code"]).reset_index(drop=True)
    breakdown = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(
        columns=["level", "region_code", "name", "indicator", "raw", "normalised", "weight", "contribution", "missing"])
    return breakdown, wide


# --- from the store ----------------------------------------------------------------------------------
@dataclass
class ParitranaScores:
    year: int
    as_of: dt.date
    period: dt.date | None
    previous: dt.date | None
    criteria: Criteria
    raw: pd.DataFrame
    breakdown: pd.DataFrame
    levels: dict[str, pd.DataFrame]
    regulations: pd.DataFrame
    batches: pd.DataFrame
    data_version: int
    is_demo: bool
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))

    @property
    def criteria_sha256(self) -> str:
        return self.criteria.sha256

    def provenance(self) -> pd.DataFrame:
        items = [
            ("assessment_year", self.year),
            ("regulations_as_of", self.as_of.isoformat()),
            ("coverage_month", self.period.isoformat() if self.period else "no coverage data"),
            ("compared_with_month", self.previous.isoformat() if self.previous else ""),
            ("data_version", self.data_version),
            ("batch_ids", ",".join(str(b) for b in self.batches["batch_id"])),
            ("criteria_file", config.project_relative(self.criteria.path) if self.criteria.path
             else "edited in the app, not saved"),
            ("criteria_sha256", self.criteria.sha256),
            ("demo_data", "YES - demo data, not official figures" if self.is_demo else "no"),
            ("generated_at", self.generated_at.isoformat()),
            ("method", "min-max within level; missing value scores 0; contribution = weight x normalised; "
                       "total = sum of contributions"),
        ]
        return pd.DataFrame(items, columns=["key", "value"]).astype({"value": "string"})

    def provenance_readable(self) -> pd.DataFrame:
        """``provenance()`` for a person, in the current language: each key named, dates as dates,
        the criteria file by its name in the project (never the server's path)."""
        from analytics.i18n import fmt_date, fmt_datetime, fmt_period, t

        values = {
            "assessment_year": str(self.year),
            "regulations_as_of": fmt_date(self.as_of),
            "coverage_month": fmt_period(self.period) if self.period else t("par.prov.no_coverage"),
            "compared_with_month": fmt_period(self.previous) if self.previous else "",
            "data_version": str(self.data_version),
            "batch_ids": ", ".join(str(b) for b in self.batches["batch_id"]),
            "criteria_file": config.project_relative(self.criteria.path) if self.criteria.path
            else t("par.prov.criteria_unsaved"),
            "criteria_sha256": self.criteria.sha256,
            "demo_data": t("par.prov.demo_yes") if self.is_demo else t("par.prov.demo_no"),
            "generated_at": fmt_datetime(self.generated_at),
            "method": t("par.prov.method_text"),
        }
        return pd.DataFrame({t("par.prov.col.key"): [t(f"par.prov.{k}") for k in values],
                             t("par.prov.col.value"): list(values.values())})

    def evidence_for(self, region_code: str) -> pd.DataFrame:
        return self.regulations[self.regulations["region_code"] == region_code]


# What a kabupaten/kota's own regulation in force scores (the criteria's ordinal strength).
_SHEET_STRENGTH = {"perda": 4.0, "perbup": 3.0, "perwali": 3.0}


def with_region_states(raw: pd.DataFrame, query: Query, as_of) -> pd.DataFrame:
    """The regulation inputs as analytics/regulations.py sees them on ``as_of`` (the tracker's
    five states): each kabupaten/kota gets ``regulation_state``; one in force by a filled status
    sheet scores its instrument's strength as a record would; a province's share of kab/kota with
    a regulation counts those too."""
    from analytics import regulations as regs

    if raw.empty:
        return raw
    states = regs.load_region_states(query, None, as_of)
    out = raw.copy()
    by_code = states.set_index("region_code")
    out["regulation_state"] = out["region_code"].map(by_code["status"])
    sheet = states[states["status"].eq(regs.IN_FORCE) & states["basis"].eq("sheet")]
    if len(sheet):
        strength = sheet.set_index("region_code")["instrument"].map(_SHEET_STRENGTH)
        current = out["region_code"].map(strength)
        out["regulation_strength"] = out["regulation_strength"].where(
            current.isna() | (out["regulation_strength"] >= current), current)
    counts = regs.known_counts(states).set_index("province_code")
    share = 100.0 * counts["with_regulation"] / counts["total"]
    provinces = out["level"].eq("provinsi")
    out.loc[provinces, "kab_regulation_share_pct"] = out.loc[provinces, "region_code"].map(share).astype("float64")
    return out


def available_years(query: Query) -> list[int]:
    return [int(y) for y in query("paritrana_years")["year"]]


def score_all(query: Query, year: int, criteria: Criteria | None = None,
              as_of: dt.date | None = None) -> ParitranaScores:
    criteria = criteria or load_criteria()
    year = int(year)
    as_of = as_of or dt.date(year, 12, 31)
    periods = query("paritrana_reference_periods", {"year": year})
    period = periods.iloc[0]["period"] if len(periods) else None
    period = None if is_missing(period) else pd.Timestamp(period).date()
    previous = None
    if period is not None:
        previous = (pd.Timestamp(period) - pd.DateOffset(months=12)).date()
    params = {"year": year, "as_of": as_of, "period": period, "previous": previous}
    raw = with_region_states(query("paritrana_indicators", params), query, as_of)
    breakdown, levels = score(raw, criteria.frame)
    regulations = query("paritrana_regulation_evidence", {"as_of": as_of})
    batches = query("paritrana_batches", {"year": year, "as_of": as_of})
    return ParitranaScores(
        year=year, as_of=as_of, period=period, previous=previous, criteria=criteria, raw=raw,
        breakdown=breakdown, levels=levels, regulations=regulations, batches=batches,
        data_version=int(query("data_version").iloc[0, 0]), is_demo=bool(batches["is_demo"].any()) if len(batches) else False,
    )


# --- export ------------------------------------------------------------------------------------------
SHEETS = {"provinsi": "provinsi", "kabupaten_kota": "kabupaten_kota"}  # level -> sheet key (par.xlsx.sheet.*)


def _level_columns(scores: "ParitranaScores", level: str, with_rank: bool):
    from analytics.i18n import t
    from analytics.presentation.tables import col

    indicators = list(scores.criteria.frame.loc[scores.criteria.frame["level"] == level, "indicator"])
    parts = []
    for i in indicators:  # headers as text in the current language ("UCJ (%) – Nilai")
        name = t(f"par.ind.{i}")
        parts += [col(f"{i}_raw", f"{name} – {t('par.col.raw')}", "decimal"),
                  col(f"{i}_norm", f"{name} – {t('par.col.normalised')}", "decimal"),
                  col(f"{i}_score", f"{name} – {t('par.col.contribution')}", "decimal")]
    head = [col("rank", "par.col.rank", "count")] if with_rank else []
    return (*head, col("region_code", "par.col.region_code"), col("name", "par.col.name"),
            col("total", "par.col.total", "decimal"), *parts)


def to_xlsx(scores: "ParitranaScores", with_rank: bool = True, lang: str | None = None) -> bytes:
    """A workbook a person reads, in the UI language (or ``lang``): one sheet per level (without
    the rank when the ranking is not shown), then criteria, evidence and provenance. Headers and
    code values are words, numbers are rounded as the page shows them (with number formats), and
    the criteria file is named as it is in the project, never by the server's path. Text is
    written as text (no formula or URL conversion), so a title starting with '=' stays harmless."""
    from analytics import exports, i18n
    from analytics.i18n import t
    from analytics.presentation.tables import col, present

    lang = lang or i18n.language()
    buf = io.BytesIO()
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    with i18n.using(lang), pd.ExcelWriter(buf, engine="xlsxwriter", engine_kwargs={"options": options}) as writer:
        book = writer.book
        made: dict[str, object] = {}

        def write(table, sheet: str, startrow: int = 0):
            formats = table.excel_formats()
            frame = exports.excel_days(exports.neutralise_formulas(table.readable()), formats)
            frame.to_excel(writer, sheet_name=sheet, index=False, startrow=startrow)
            ws = writer.sheets[sheet]
            for i, code in formats.items():
                if isinstance(code, str):
                    made.setdefault(code, book.add_format({"num_format": code}))
                    ws.set_column(i, i, max(12, min(40, len(str(frame.columns[i])) + 2)), made[code])
            return ws

        for level, key in SHEETS.items():
            frame = scores.levels.get(level)
            columns = _level_columns(scores, level, with_rank)
            if frame is None:
                frame = pd.DataFrame(columns=[c.name for c in columns])
            ws = write(present(frame, columns), t(f"par.xlsx.sheet.{key}")[:31])
            ws.freeze_panes(1, 3 if with_rank else 2)
        write(present(scores.criteria.frame, [
            col("indicator", "par.col.indicator", "code", vocab="indicator"),
            col("level", "par.level", "code", vocab="paritrana_level"), col("weight", "par.col.weight", "number"),
            col("direction", "par.col.direction", "code", vocab="direction"),
            col("normalisation", "par.col.normalisation", "code", vocab="normalisation"),
            col("description", "par.col.description", "data"), col("source", "par.col.source", "data"),
        ]), t("par.xlsx.sheet.criteria"))
        write(present(scores.regulations, [
            col("region_code", "par.col.region_code"), col("name", "par.col.name"),
            col("instrument", "par.col.instrument", "code", vocab="instrument"), col("number", "par.col.number"),
            col("year", "common.year", "year"), col("effective_date", "par.col.effective_date", "date"),
            col("title", "par.col.title"), col("status", "par.col.status", "code", vocab="reg_status"),
            col("source_url", "par.col.source_url"), col("source_note", "par.col.source_note", "data"),
            col("batch_id", "par.col.batch_id"), col("is_demo", "par.col.is_demo", "bool"),
        ]), t("par.xlsx.sheet.evidence"))
        provenance = scores.provenance_readable()
        sheet = t("par.xlsx.sheet.provenance")
        provenance.to_excel(writer, sheet_name=sheet, index=False)
        writer.sheets[sheet].set_column(0, 0, 34)
        writer.sheets[sheet].set_column(1, 1, 60)
        write(present(scores.batches, [
            col("batch_id", "par.col.batch_id"), col("dataset", "par.col.dataset", "code", vocab="dataset"),
            col("file_name", "par.col.file_name"), col("imported_at", "par.col.imported_at", "datetime"),
            col("is_demo", "par.col.is_demo", "bool"),
        ]), sheet, startrow=len(provenance) + 2)
    return buf.getvalue()


# --- how much the data feeds the score --------------------------------------------------------------
@dataclass(frozen=True)
class InputCoverage:
    """How many regions of a level have a value for each indicator of the criteria.

    ``regions_with``: a raw value; ``regions_nonzero``: a value other than 0 (regulation indicators
    give 0 to a region with no record, which on public data is an absence of evidence, not a
    finding)."""

    level: str
    table: pd.DataFrame  # indicator, regions_with, regions_nonzero, regions
    regions: int  # regions of the level

    @property
    def sparse_indicators(self) -> list[str]:
        """Indicators with a value for fewer than one region in ten."""
        return list(self.table.loc[self.table["regions_with"] * 10 < self.regions, "indicator"])

    @property
    def thin(self) -> bool:
        """Too little to rank on: at least half the indicators have a value for fewer than one
        region in ten (public data: a few regulations, no budgets, UCJ for a few provinces)."""
        if self.table.empty or self.regions == 0:
            return True
        return len(self.sparse_indicators) * 2 >= len(self.table)


def input_coverage(scores: "ParitranaScores", level: str) -> InputCoverage:
    """Per indicator of ``level`` in the criteria: regions with a value, out of all regions of the
    level (a missing value scores 0, so a ranking on empty indicators ranks nothing)."""
    breakdown = scores.breakdown[scores.breakdown["level"] == level]
    regions = int(len(scores.levels.get(level, ())))
    indicators = list(scores.criteria.frame.loc[scores.criteria.frame["level"] == level, "indicator"])
    table = pd.DataFrame({"indicator": indicators})
    if breakdown.empty:
        table["regions_with"] = 0
        table["regions_nonzero"] = 0
    else:
        raw = pd.to_numeric(breakdown["raw"], errors="coerce")
        flags = breakdown.assign(has=raw.notna() & ~breakdown["missing"].astype(bool),
                                 nonzero=raw.notna() & (raw != 0))
        counts = flags.groupby("indicator")[["has", "nonzero"]].sum()
        table["regions_with"] = table["indicator"].map(counts["has"]).fillna(0).astype("int64")
        table["regions_nonzero"] = table["indicator"].map(counts["nonzero"]).fillna(0).astype("int64")
    table["regions"] = regions
    return InputCoverage(level, table, regions)


# --- the award's official results (apart from this project's score) ---------------------------------
def official_results(query: Query) -> pd.DataFrame:
    """Every official Paritrana Award result recorded (edition, date, level, category, rank or
    title, region) with its source; the dates as precise as the sources give them
    (``award_date_text``, ``source_date_text``)."""
    frame = query("paritrana_awards")
    return sources.with_date_text(sources.with_date_text(frame), "award_date")


def official_columns() -> tuple:
    """The official results' columns as shown and exported (XLSX) with their sources."""
    return (
        column("edition_year", "par.award.col.edition", "year"),
        column("award_date", "par.award.col.date", "text", text="award_date_text", missing="par.award.no_date"),
        column("level", "par.award.col.level", "code", vocab="award_level"),
        column("category", "par.award.col.category"),
        column("rank_or_title", "par.award.col.rank"),
        column("region", "par.award.col.region"),
        column("region_code", "par.award.col.region_code"),
        *sources.source_columns(),
        column("note", "par.award.col.note", "data", width="large"),
    )
