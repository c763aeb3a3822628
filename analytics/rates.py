"""The contribution-rate table: reading it, choosing the rate in force, validating edits, saving.

Rates live in the store's ``contribution_rate`` table (loaded from data/contribution_rates.csv on
first start). ``rate`` is in percent of the monthly wage for basis ``wage_pct`` and in rupiah
per month for ``fixed_rp``. Every row carries its legal source and the date it applies from, so
a changed regulation is a new row, not an overwritten number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from analytics.i18n.formats import is_missing
from analytics.queries import Query
from analytics.store import Store

COLUMNS = ["program", "segment", "basis", "risk_class", "rate", "valid_from", "legal_source", "note"]
PROGRAMS = ("JKK", "JKM", "JHT", "JP", "JKP")
SEGMENTS = ("PU", "BPU", "JAKON", "PMI")
BASES = ("wage_pct", "fixed_rp")
RISK_CLASSES = (1, 2, 3, 4, 5)  # PP 44/2015: JKK risk classes very low .. very high
# Plausibility bounds: no program charges more than 20 % of a wage, and no fixed BPU bracket
# reaches Rp1 million a month. Values outside are typing errors (e.g. 24 for 0.24 %).
MAX_WAGE_PCT = 20.0
MAX_FIXED_RP = 1_000_000.0
EARLIEST_VALID_FROM = dt.date(1977, 1, 1)  # Astek, the scheme's predecessor, began in 1977


class RateError(ValueError):
    """A rate could not be chosen or a rate table is invalid; the message says which."""


@dataclass(frozen=True)
class Problem:
    row: int  # 1-based row number as the user sees it in the editor
    column: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.column}: {self.message}"


def load_rates(query: Query) -> pd.DataFrame:
    return query("budget_rates")


def validate_rates(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[Problem]]:
    """Check an edited rate table; returns the cleaned table and every problem found.

    The cleaned table has canonical types (risk_class Int64, rate float, valid_from date)."""
    problems: list[Problem] = []
    missing = [c for c in COLUMNS if c != "note" and c not in frame.columns]
    if missing:
        return frame, [Problem(0, c, "column missing") for c in missing]
    rows = []
    for i, rec in enumerate(frame.to_dict("records"), start=1):
        program = str(rec.get("program") or "").strip().upper()
        segment = str(rec.get("segment") or "").strip().upper()
        basis = str(rec.get("basis") or "").strip().lower()
        if program not in PROGRAMS:
            problems.append(Problem(i, "program", f"{rec.get('program')!r} is not one of {', '.join(PROGRAMS)}"))
        if segment not in SEGMENTS:
            problems.append(Problem(i, "segment", f"{rec.get('segment')!r} is not one of {', '.join(SEGMENTS)}"))
        if basis not in BASES:
            problems.append(Problem(i, "basis", f"{rec.get('basis')!r} is not one of {', '.join(BASES)}"))
        risk = rec.get("risk_class")
        risk_value = None
        if risk is not None and not pd.isna(risk) and str(risk).strip() != "":
            try:
                risk_value = int(float(risk))
            except (TypeError, ValueError):
                risk_value = -1
            if risk_value not in RISK_CLASSES or float(risk) != risk_value:
                problems.append(Problem(i, "risk_class", f"{risk!r} is not a risk class 1-5 (or empty)"))
        try:
            rate = float(rec.get("rate"))
            if pd.isna(rate):
                raise ValueError
        except (TypeError, ValueError):
            rate = None
            problems.append(Problem(i, "rate", f"{rec.get('rate')!r} is not a number"))
        if rate is not None:
            if basis == "wage_pct" and not (0 < rate <= MAX_WAGE_PCT):
                problems.append(Problem(i, "rate", f"{rate} % is outside 0-{MAX_WAGE_PCT:g} % of the wage "
                                                   "(rates are in percent: 0.24 means 0.24 %)"))
            if basis == "fixed_rp" and not (0 < rate <= MAX_FIXED_RP):
                problems.append(Problem(i, "rate", f"Rp {rate:,.0f} a month is outside Rp 1 - Rp {MAX_FIXED_RP:,.0f}"))
        valid_from = _as_date(rec.get("valid_from"))
        if valid_from is None:
            problems.append(Problem(i, "valid_from", f"{rec.get('valid_from')!r} is not a date (YYYY-MM-DD)"))
        elif not (EARLIEST_VALID_FROM <= valid_from <= dt.date(2100, 12, 31)):
            problems.append(Problem(i, "valid_from", f"{valid_from} is outside 1977-2100"))
        source = str(rec.get("legal_source") or "").strip()
        if not source or source.lower() in ("nan", "none", "<na>"):
            problems.append(Problem(i, "legal_source", "a legal source is required (e.g. PP 44/2015 Pasal 16)"))
        note = rec.get("note")
        note = None if is_missing(note) else str(note)
        rows.append({"program": program, "segment": segment, "basis": basis, "risk_class": risk_value,
                     "rate": rate, "valid_from": valid_from, "legal_source": source, "note": note})
    clean = pd.DataFrame(rows, columns=COLUMNS)
    clean["risk_class"] = pd.array(clean["risk_class"], dtype="Int64")
    if not problems and len(clean):
        key = ["program", "segment", "basis", "risk_class", "valid_from"]
        dup = clean.duplicated(key, keep=False)
        for i in clean.index[dup]:
            problems.append(Problem(int(i) + 1, "valid_from",
                                    "duplicate: same program, segment, basis, risk class and valid-from"))
    if not len(clean):
        problems.append(Problem(0, "table", "the rate table cannot be empty"))
    return clean, problems


def save_rates(store: Store, frame: pd.DataFrame) -> int:
    """Replace the stored rate table with ``frame`` in one transaction, after validation.

    Nothing is written when any row is invalid. Returns the number of rows stored."""
    clean, problems = validate_rates(frame)
    if problems:
        raise RateError("rate table not saved:\n" + "\n".join(str(p) for p in problems))
    with store.write() as cur:
        cur.register("_new_rates", clean)
        try:
            cur.execute("DELETE FROM contribution_rate")
            cur.execute(
                "INSERT INTO contribution_rate SELECT program, segment, basis, "
                "CAST(risk_class AS INTEGER), rate, CAST(valid_from AS DATE), legal_source, note "
                "FROM _new_rates"
            )
        finally:
            cur.unregister("_new_rates")
    return len(clean)


def _as_date(value) -> dt.date | None:
    if is_missing(value):
        return None
    try:
        return pd.Timestamp(value).date()
    except (TypeError, ValueError):
        return None


# --- choosing the rate in force ---------------------------------------------------------------
@dataclass(frozen=True)
class AppliedRate:
    program: str
    segment: str
    basis: str
    risk_class: int | None
    rate: float
    valid_from: dt.date
    legal_source: str
    monthly_rp: float  # what one worker costs a month under this rate

    def describe(self, wage_rp: float | None) -> str:
        if self.basis == "wage_pct":
            return f"{self.program} {self.rate:g}% x Rp{wage_rp:,.0f} = Rp{self.monthly_rp:,.0f}"
        return f"{self.program} Rp{self.rate:,.0f}"


def rate_in_force(rates: pd.DataFrame, program: str, segment: str, year: int,
                  wage_rp: float | None, risk_class: int | None) -> AppliedRate:
    """The rate of ``program`` for ``segment`` applying to budget year ``year``.

    Chooses the row with the latest valid_from in or before ``year`` (a rate that starts during
    the year counts for the whole year: budgets are planned for the year ahead). A wage basis is
    used when a wage is given and the table has one for this program and segment, else the fixed
    amount; JKK wage rates need a risk class."""
    frame = rates[(rates["program"] == program) & (rates["segment"] == segment)]
    valid = pd.to_datetime(frame["valid_from"]).dt.year <= year
    frame = frame[valid]
    if frame.empty:
        raise RateError(f"no {program} rate for segment {segment} valid in or before {year}")
    bases = set(frame["basis"])
    if "wage_pct" in bases and (wage_rp is not None or "fixed_rp" not in bases):
        basis = "wage_pct"
    else:
        basis = "fixed_rp"
    frame = frame[frame["basis"] == basis]
    if frame["risk_class"].notna().any():
        if risk_class is None:
            raise RateError(f"{program} {segment} rates depend on the risk class: give one (1-5)")
        frame = frame[frame["risk_class"] == risk_class]
        if frame.empty:
            raise RateError(f"no {program} {segment} rate for risk class {risk_class}")
    row = frame.sort_values("valid_from").iloc[-1]
    rate = float(row["rate"])
    if basis == "wage_pct":
        if wage_rp is None:
            raise RateError(f"{program} {segment} is a share of the wage: give a wage")
        monthly = rate / 100.0 * float(wage_rp)
    else:
        monthly = rate
    risk = row["risk_class"]
    return AppliedRate(program, segment, basis, None if pd.isna(risk) else int(risk), rate,
                       pd.Timestamp(row["valid_from"]).date(), str(row["legal_source"]), monthly)
