"""Import coverage, regulation, budget and employment files into the store, all or nothing.

A file goes through: reading (``tabular``: type sniffing, header row, total rows), column
mapping (``datasets`` synonyms, changeable by the user), per-cell parsing and validation, and
only when no problem at all was found, one transaction that writes one import batch. Every
problem is reported at once with its spreadsheet row, column and reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analytics.ingest import datasets, tabular
from analytics.ingest.datasets import DatasetSpec
from analytics.ingest.regions import RegionMatcher, default_matcher

MAX_PROBLEMS_SHOWN = 500  # a report lists this many; the count says how many there were


@dataclass
class Problem:
    row: int | None  # spreadsheet row number as the user sees it (1-based), None for file-level
    column: str | None  # the file's header text (or the field name for constants)
    value: str | None
    reason: str

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        loc = ", ".join(where) or "file"
        value = f" (value {self.value!r})" if self.value not in (None, "") else ""
        return f"{loc}: {self.reason}{value}"


@dataclass
class ImportReport:
    dataset: str
    file_name: str
    sha256: str
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    header_row: int | None = None  # 1-based spreadsheet row of the header
    headers: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)  # header text -> field name
    rows_read: int = 0
    skipped_total_rows: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    frame: pd.DataFrame | None = None  # validated rows in store columns
    batch_id: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and self.frame is not None

    def summary(self) -> str:
        lines = [
            f"{self.dataset} from {self.file_name}"
            + (f" (sheet {self.sheet})" if self.sheet else "")
            + (f": header on row {self.header_row}" if self.header_row else ""),
            f"rows read: {self.rows_read}; valid: {0 if self.frame is None else len(self.frame)}",
        ]
        if self.mapping:
            lines.append("columns: " + "; ".join(f"{h!r} -> {f}" for h, f in self.mapping.items()))
        if self.skipped_total_rows:
            lines.append("total rows skipped: " + ", ".join(map(str, self.skipped_total_rows)))
        lines += [f"warning: {w}" for w in self.warnings]
        if self.problems:
            lines.append(f"{len(self.problems)} problem(s); nothing was imported:")
            lines += [f"  {p}" for p in self.problems[:MAX_PROBLEMS_SHOWN]]
            if len(self.problems) > MAX_PROBLEMS_SHOWN:
                lines.append(f"  ... and {len(self.problems) - MAX_PROBLEMS_SHOWN} more")
        elif self.batch_id is not None:
            lines.append(f"imported as batch {self.batch_id}")
        return "\n".join(lines)


class ImportRefused(RuntimeError):
    def __init__(self, report: ImportReport):
        super().__init__(report.summary())
        self.report = report


# Only the last path component, for display and provenance: never used to open a file.
safe_file_name = tabular.safe_name


def prepare(
    dataset: str,
    data: bytes,
    file_name: str,
    sheet: str | int | None = None,
    constants: dict[str, Any] | None = None,
    mapping: dict[str, str] | None = None,
    matcher: RegionMatcher | None = None,
    max_bytes: int = tabular.DEFAULT_MAX_BYTES,
) -> ImportReport:
    """Read and validate a file; nothing is written. ``mapping`` (header -> field) overrides
    the detected column mapping; ``constants`` give values missing from the file."""
    spec = _spec(dataset)
    report = ImportReport(spec.name, safe_file_name(file_name), hashlib.sha256(data).hexdigest())
    constants = {k: v for k, v in (constants or {}).items() if v not in (None, "")}
    try:
        raw = tabular.read_table(data, report.file_name, sheet=sheet, max_bytes=max_bytes)
    except tabular.TabularError as exc:
        report.problems.append(Problem(None, None, None, str(exc)))
        return report
    report.sheets = list(raw.sheet_names)
    report.sheet = raw.sheet
    guess = tabular.detect_header(raw, spec.synonyms())
    if guess is None:
        report.problems.append(Problem(None, None, None, "no header row found: the file has no table"))
        return report
    report.header_row = guess.row_number
    report.headers = list(guess.headers)
    report.mapping = dict(mapping) if mapping is not None else dict(guess.mapping)
    unknown_fields = {f for f in report.mapping.values() if f and f not in {x.name for x in spec.fields}}
    for name in sorted(unknown_fields):
        report.problems.append(Problem(None, None, name, f"unknown field for {spec.name}"))
    table = tabular.apply_mapping(raw, guess.row_index, report.mapping)
    report.skipped_total_rows = list(table.total_rows)
    frame = table.frame
    report.rows_read = len(frame)
    if report.problems:
        return report
    if frame.empty:
        report.problems.append(Problem(None, None, None, "the table has a header but no data rows"))
        return report
    _check_columns(spec, frame, constants, report)
    if report.problems:
        return report
    report.frame = _validate(spec, frame, constants, report, matcher or default_matcher())
    if report.problems:
        report.frame = None
    return report


def commit(store, report: ImportReport, is_demo: bool = False, note: str | None = None) -> int:
    """Write a validated report as one batch in one transaction."""
    if not report.ok:
        raise ImportRefused(report)
    report.batch_id = store.add_batch(
        report.dataset, report.frame, report.file_name, report.sha256, is_demo=is_demo, note=note
    )
    return report.batch_id


def active_duplicate(store, report: ImportReport) -> int | None:
    """The active batch that already holds this very file (same sha256 and dataset), if any."""
    return store.query_value(
        "SELECT batch_id FROM import_batch WHERE sha256 = ? AND dataset = ? AND status = 'active'"
        " ORDER BY batch_id DESC LIMIT 1",
        [report.sha256, report.dataset],
    )


def import_file(store, dataset: str, data: bytes, file_name: str, dry_run: bool = False,
                is_demo: bool = False, note: str | None = None, **kwargs) -> ImportReport:
    report = prepare(dataset, data, file_name, **kwargs)
    if report.ok:
        duplicate = active_duplicate(store, report)
        if duplicate is not None:
            report.warnings.append(f"the same file is already imported as active batch {duplicate}")
        if not dry_run:
            commit(store, report, is_demo=is_demo, note=note)
    return report


# --- internals -----------------------------------------------------------------------------
def _spec(dataset: str) -> DatasetSpec:
    key = {"regulation": "regulations"}.get(dataset, dataset)
    try:
        return datasets.SPECS[key]
    except KeyError:
        raise ValueError(f"unknown dataset {dataset!r}; choose one of {', '.join(datasets.SPECS)}") from None


def _check_columns(spec: DatasetSpec, frame: pd.DataFrame, constants: dict, report: ImportReport) -> None:
    present = set(frame.columns)
    # A file with only a province column holds province rows (e.g. Sakernas per province).
    if not ({"region", "region_code", "province"} & present):
        report.problems.append(Problem(
            report.header_row, None, None,
            "no region column: expected one of " + ", ".join(repr(s) for s in spec.field("region").synonyms[:6])
            + " or a 'Kode Wilayah' column",
        ))
    for f in spec.fields:
        if f.name in present or not f.required or f.kind in ("region", "region_code"):
            continue
        if f.name in constants:
            continue
        hint = f" (give it for the whole file, e.g. --{f.name.replace('_', '-')})" if f.constant_allowed else ""
        report.problems.append(Problem(
            report.header_row, None, None,
            f"missing column for {f.name}: expected a header like "
            + ", ".join(repr(s) for s in f.synonyms[:4]) + hint,
        ))
    for name in constants:
        if name not in {f.name for f in spec.fields if f.constant_allowed} | {"province"}:
            report.problems.append(Problem(None, name, str(constants[name]),
                                           f"{spec.name} has no field {name} that can be given for the whole file"))


def _validate(spec: DatasetSpec, frame: pd.DataFrame, constants: dict, report: ImportReport,
              matcher: RegionMatcher) -> pd.DataFrame:
    header_of = {fname: header for header, fname in report.mapping.items() if fname}
    province_rows = not ({"region", "region_code"} & set(header_of)) and "province" in header_of
    rows = frame.to_dict("records")
    out: list[dict[str, Any]] = []
    const_values: dict[str, Any] = {}
    for name, raw_value in constants.items():
        if name == "province":
            const_values[name] = str(raw_value)
            continue
        value, error = _parse(spec.field(name), str(raw_value))
        if error:
            report.problems.append(Problem(None, name, str(raw_value), f"given value: {error}"))
        const_values[name] = value
    if report.problems:
        return pd.DataFrame()
    region_cache: dict[tuple, Any] = {}
    # Cells arrive typed (XLSX numbers and dates stay int/float/date): key on the type too.
    parse_cache: dict[tuple[str, type, Any], tuple[Any, str | None]] = {}
    seen_keys: dict[tuple, int] = {}
    notes: set[str] = set()
    for rec in rows:
        row_no = int(rec.pop("__row__"))
        clean: dict[str, Any] = {"source_row": row_no}
        ok = True
        for f in spec.fields:
            if f.kind in ("region", "region_code", "province"):
                continue
            text = rec.get(f.name)
            if _blank(text):
                if f.name in const_values:
                    clean[f.name] = const_values[f.name]
                    continue
                if f.required:
                    report.problems.append(Problem(row_no, header_of.get(f.name, f.name), None, "value missing"))
                    ok = False
                clean[f.name] = None
                continue
            try:
                cache_key = (f.name, type(text), text)
                hash(cache_key)
            except TypeError:
                cache_key = (f.name, str, tabular.cell_text(text))
            if cache_key not in parse_cache:
                parse_cache[cache_key] = _parse(f, text)
            value, error = parse_cache[cache_key]
            shown = tabular.cell_text(text)
            if error:
                report.problems.append(Problem(row_no, header_of.get(f.name, f.name), shown, str(error)))
                ok = False
            elif f.name in spec.nonnegative and value is not None and value < 0:
                report.problems.append(Problem(row_no, header_of.get(f.name, f.name), shown,
                                               "negative count or amount"))
                ok = False
            clean[f.name] = value
        levels = _expected_levels(spec, clean)
        province = rec.get("province") if not _blank(rec.get("province")) else const_values.get("province")
        region_text = rec.get("region")
        if province_rows and not _blank(rec.get("province")):
            region_text, province, levels = rec.get("province"), None, ("provinsi",)
        key = (rec.get("region_code"), region_text, province, levels)
        if key not in region_cache:
            region_cache[key] = _resolve_region(matcher, rec.get("region_code"), region_text, province, levels)
        code, error, note, column = region_cache[key]
        if column == "region" and "region" not in header_of and "province" in header_of:
            column = "province"
        if error:
            report.problems.append(Problem(row_no, header_of.get(column, column), _text(rec.get(column)), error))
            ok = False
        if note:
            notes.add(note)
        clean["region_code"] = code
        if ok:
            ok = _row_rules(spec, clean, row_no, header_of, report)
        if ok:
            dup_key = tuple(clean.get(k) for k in spec.key)
            if dup_key in seen_keys:
                report.problems.append(Problem(
                    row_no, None, None,
                    f"duplicate of row {seen_keys[dup_key]} (same {', '.join(spec.key)})",
                ))
                ok = False
            else:
                seen_keys[dup_key] = row_no
        if ok:
            out.append(clean)
    report.warnings.extend(sorted(notes))
    return pd.DataFrame(out)


def _row_rules(spec: DatasetSpec, row: dict, row_no: int, header_of: dict, report: ImportReport) -> bool:
    """Rules across fields of one row."""
    ok = True
    if spec.name == "regulation":
        status = row.get("status")
        if status is None:
            status = "issued" if (row.get("issued_on") or row.get("number")) else None
            row["status"] = status
        if status is None:
            report.problems.append(Problem(row_no, header_of.get("status", "status"), None,
                                           "status missing and no date of issue or number to infer it"))
            return False
        if status in ("issued", "revoked") and not (row.get("issued_on") or row.get("known_by") or row.get("year")):
            report.problems.append(Problem(row_no, header_of.get("issued_on", "issued_on"), None,
                                           "an issued regulation needs a date of issue, a year, or a 'known by' date"))
            ok = False
        issued = row.get("issued_on")
        if issued is not None:
            if row.get("year") is None:
                row["year"] = issued.year
            elif row["year"] != issued.year:
                report.problems.append(Problem(row_no, header_of.get("year", "year"), str(row["year"]),
                                               f"year differs from the date of issue ({issued.isoformat()})"))
                ok = False
        if row.get("revoked_on") and issued and row["revoked_on"] < issued:
            report.problems.append(Problem(row_no, header_of.get("revoked_on", "revoked_on"),
                                           row["revoked_on"].isoformat(), "revoked before it was issued"))
            ok = False
        if row.get("scopes"):
            row["scopes"] = _normalise_scopes(row["scopes"])
    if spec.name == "budget":
        alloc, real = row.get("allocated_rp"), row.get("realised_rp")
        if alloc is not None and real is not None and real > alloc * 1.5:
            report.warnings.append(f"row {row_no}: realised is more than 1.5 x allocated")
    return ok


def _normalise_scopes(text: str) -> str:
    parts = [p.strip() for p in str(text).replace(";", ",").replace("/", ",").split(",") if p.strip()]
    canon = [datasets.canonical_value("worker_group", p) or p.lower().replace(" ", "_") for p in parts]
    return ",".join(dict.fromkeys(canon))


def _expected_levels(spec: DatasetSpec, row: dict) -> tuple[str, ...] | None:
    if spec.name == "regulation" and row.get("instrument") in datasets.INSTRUMENT_LEVELS:
        return datasets.INSTRUMENT_LEVELS[row["instrument"]]
    return None


def _resolve_region(matcher: RegionMatcher, code_text, name_text, province, levels):
    """(code, error, note, column the error is about)."""
    if not _blank(code_text):
        found = matcher.match(str(code_text).strip(), level=levels)
        if not found.ok or found.code != _dotted(str(code_text).strip()):
            reason = "unknown region code" if not found.ok else f"not a region code ({found.message()})"
            if found.ok is False and found.reason and "not a" in found.reason:
                reason = found.reason
            elif not found.ok and found.candidates:  # e.g. a code from before Papua's 2022 split
                reason = found.message()
            return None, reason, None, "region_code"
        if not _blank(name_text):
            by_name = matcher.match(str(name_text), province=province, level=levels)
            if by_name.ok and by_name.code != found.code:
                return None, (f"code {found.code} is {found.name}, but the name matches "
                              f"{by_name.code} {by_name.name}"), None, "region"
        return found.code, None, None, "region_code"
    if _blank(name_text):
        return None, "region missing", None, "region"
    found = matcher.match(str(name_text), province=province, level=levels)
    if not found.ok:
        return None, found.message(), None, "region"
    return found.code, None, found.note, "region"


def _dotted(code: str) -> str:
    return f"{code[:2]}.{code[2:]}" if len(code) == 4 and code.isdigit() else code


def _blank(value) -> bool:
    if value is None:
        return True
    try:
        if pd.isna(value):
            return True
    except (TypeError, ValueError):
        pass
    return str(value).strip() in ("", "-", "–")


def _text(value) -> str | None:
    return None if _blank(value) else str(value)


def _parse(f: datasets.Field, cell: Any) -> tuple[Any, str | None]:
    """Numbers and dates go to the typed parsers as they are; everything else as text."""
    text = cell.strip() if isinstance(cell, str) else tabular.cell_text(cell)
    if f.kind in ("int", "money", "date", "period", "year") and not isinstance(cell, str):
        text = cell
    if f.kind == "int":
        return tabular.parse_int_id(text)
    if f.kind == "money":
        return tabular.parse_decimal_id(text)
    if f.kind == "date":
        return tabular.parse_date_id(text)
    if f.kind == "period":
        return tabular.parse_period(text)
    if f.kind == "year":
        value, error = tabular.parse_int_id(text)
        if error:
            return None, "not a year"
        if value is None:
            return None, None
        if not 1945 <= value <= dt.date.today().year + 5:
            return None, "impossible year"
        return value, None
    if f.kind == "enum":
        value = datasets.canonical_value(f.vocabulary, text)
        if value is None:
            return None, (f"unknown {f.name.replace('_', ' ')}; use one of "
                          + ", ".join(datasets.allowed_values(f.vocabulary)))
        return value, None
    return text, None
