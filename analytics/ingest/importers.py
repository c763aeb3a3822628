"""Import coverage, regulation, budget and employment files into the store, all or nothing.

A file goes through: reading (``tabular``: type sniffing, header row, total rows), column
mapping (``datasets`` synonyms, changeable by the user), per-cell parsing and validation, and
only when no problem at all was found, one transaction that writes one import batch. Every
problem is reported at once with its spreadsheet row, column and reason: a missing column or a
refused value for the whole file is said once, together with what is wrong in the rows.

Messages are ``tabular.Message``s (analytics/i18n/strings_import.py): ``str()`` gives English,
``render(lang, wording)`` either language. A suggestion names where to give a value for the whole
file as a ``Control``; each front end passes its ``Wording`` so the CLI names its flag (--group)
and the Data page its box, never the other's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

import pandas as pd

from analytics.ingest import datasets, tabular
from analytics.ingest.datasets import DatasetSpec
from analytics.ingest.regions import RegionMatcher, default_matcher
from analytics.ingest.tabular import Control, Message, Rupiah
from analytics.presentation import codes
from analytics.i18n.formats import is_missing

# the report model lives in report.py; importers re-exports it for its callers
from analytics.ingest.report import (  # noqa: E402,F401
    MAX_PROBLEMS_SHOWN, SHOWN_VALUE_CHARS, ImportRefused, ImportReport, Problem, Wording, render,
    safe_file_name, shown_value,
)


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
    synonyms = spec.synonyms()
    try:
        # with no sheet named, the workbook's sheet whose header names this dataset's columns best
        raw = tabular.read_table(data, report.file_name, sheet=sheet, max_bytes=max_bytes,
                                 pick=lambda table: _header_score(table, synonyms))
    except tabular.TabularError as exc:
        report.problems.append(Problem(None, None, None, _tabular_message(exc)))
        return report
    report.sheets = list(raw.sheet_names)
    report.sheet = raw.sheet
    if len(raw.sheet_scores) > 1:
        key = "import.sheet_chosen" if raw.sheet_scores[raw.sheet] > 0 else "import.sheet_first"
        report.notes.append(Message(key, sheet=raw.sheet, dataset=_label(spec), control=Control("sheet"),
                                    sheets=", ".join(f"'{n}'" for n in raw.sheet_scores)))
    guess = tabular.detect_header(raw, synonyms)
    if guess is None:
        report.problems.append(Problem(None, None, None, Message("import.no_header")))
        return report
    report.header_row = guess.row_number
    report.headers = list(guess.headers)
    report.mapping = dict(mapping) if mapping is not None else dict(guess.mapping)
    unknown_fields = {f for f in report.mapping.values() if f and f not in {x.name for x in spec.fields}}
    for name in sorted(unknown_fields):
        report.problems.append(Problem(None, None, name, Message(
            "import.unknown_field", dataset=_label(spec), fields=", ".join(f.name for f in spec.fields))))
    try:
        table = tabular.apply_mapping(raw, guess.row_index, report.mapping)
    except tabular.TabularError as exc:  # a changed mapping naming a column twice or one not there
        report.problems.append(Problem(report.header_row, None, None, _tabular_message(exc)))
        return report
    report.skipped_total_rows = list(table.total_rows)
    frame = table.frame
    report.rows_read = len(frame)
    _check_columns(spec, frame, constants, report)
    if frame.empty:
        report.problems.append(Problem(None, None, None, Message("import.no_rows")))
        return report
    report.frame = _validate(spec, frame, constants, report, matcher or default_matcher())
    if spec.name == "regulation_status" and report.frame is not None and not report.problems:
        # a status sheet's rows left blank say nothing: only the filled ones are facts
        filled = report.frame[report.frame["status"].notna()] if len(report.frame) else report.frame
        if filled.empty:
            report.problems.append(Problem(None, None, None, Message("import.status_sheet_empty")))
        report.frame = filled.reset_index(drop=True)
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
            report.warnings.append(Message("import.same_file", batch=duplicate))
        if not dry_run:
            commit(store, report, is_demo=is_demo, note=note)
    return report


# --- internals -----------------------------------------------------------------------------
def _spec(dataset: str) -> DatasetSpec:
    try:
        return datasets.spec_for(dataset)
    except KeyError:
        raise ValueError(f"unknown dataset {dataset!r}; choose one of {', '.join(datasets.SPECS)}") from None


def _label(spec: DatasetSpec) -> Message:
    """The dataset as the Data page names it (Kepesertaan / Coverage)."""
    return Message(f"data.dataset.{spec.dataset}")


def _tabular_message(exc: tabular.TabularError) -> Message:
    # "kind" and "advice" are message keys themselves (see cells._render)
    return Message(exc.key, **{k: Message(v) if k in ("kind", "advice") else v for k, v in exc.params.items()})


def _header_score(table: tabular.RawTable, synonyms: dict[str, list[str]]) -> float:
    """How well a sheet's header names a dataset's columns: 0 when no header cell does."""
    guess = tabular.detect_header(table, synonyms)
    return guess.score if guess is not None and guess.method == "synonyms" else 0.0


_REGION_KINDS = ("region", "region_code", "province")


def _check_columns(spec: DatasetSpec, frame: pd.DataFrame, constants: dict, report: ImportReport) -> None:
    """File-level problems: columns the file lacks and values given for the whole file that the
    dataset does not take. Each is said once; the rows are checked all the same."""
    present = set(frame.columns)
    # A file with only a province column holds province rows (e.g. Sakernas per province).
    if not (set(_REGION_KINDS) & present) and not spec.region_optional:
        report.problems.append(Problem(report.header_row, None, None, Message(
            "import.no_region_column",
            synonyms=", ".join(repr(s) for s in spec.field("region").synonyms[:6]))))
    for f in spec.fields:
        if f.name in present or not f.required or f.kind in _REGION_KINDS or f.name in constants:
            continue
        synonyms = ", ".join(repr(s) for s in f.synonyms[:4])
        if f.constant_allowed:
            reason = Message("import.missing_column_or_value", field=Message(f"import.field.{f.name}"),
                             synonyms=synonyms, control=Control(f.name))
        else:
            reason = Message("import.missing_column", field=Message(f"import.field.{f.name}"), synonyms=synonyms)
        report.problems.append(Problem(report.header_row, None, None, reason))
    takes = [f.name for f in spec.fields if f.constant_allowed] + ["province"]
    for name in constants:
        if name not in takes:
            report.problems.append(Problem(None, name, str(constants[name]), Message(
                "import.constant_not_allowed", dataset=_label(spec), field=name,
                controls=[Control(n) for n in takes]), given=True))


def _validate(spec: DatasetSpec, frame: pd.DataFrame, constants: dict, report: ImportReport,
              matcher: RegionMatcher) -> pd.DataFrame:
    header_of = {fname: header for header, fname in report.mapping.items() if fname}
    province_rows = not ({"region", "region_code"} & set(header_of)) and "province" in header_of
    rows = frame.to_dict("records")
    out: list[dict[str, Any]] = []
    const_values: dict[str, Any] = {}
    refused: set[str] = set()  # fields whose value for the whole file was refused
    takes = {f.name for f in spec.fields if f.constant_allowed}
    for name, raw_value in constants.items():
        if name == "province":
            const_values[name] = str(raw_value)
            continue
        if name not in takes:
            continue  # said by _check_columns
        value, error = _parse(spec.field(name), str(raw_value))
        if error:
            report.problems.append(Problem(None, name, str(raw_value), Message("import.given_value", reason=error),
                                           given=True))
            refused.add(name)
            continue
        const_values[name] = value
    # What no row can have was said once for the file (a missing column, a refused value for
    # the whole file): rows are not told again, and duplicates are not looked for on such a key.
    present = set(frame.columns)
    absent = {f.name for f in spec.fields if f.required and f.name not in present and f.name not in const_values}
    has_region = bool(set(_REGION_KINDS) & present)
    key_known = (has_region or spec.region_optional) and not (set(spec.key) & (absent | refused))
    region_cache: dict[tuple, Any] = {}
    # Cells arrive typed (XLSX numbers and dates stay int/float/date): key on the type too.
    parse_cache: dict[tuple[str, type, Any], tuple[Any, Message | None]] = {}
    seen_keys: dict[tuple, int] = {}
    notes: set[str] = set()
    in_words: list[tuple[int, str, str, float]] = []  # money cells read with a scale word
    limits = {f.name: datasets.max_chars(f) for f in spec.fields}
    for rec in rows:
        row_no = int(rec.pop("__row__"))
        clean: dict[str, Any] = {"source_row": row_no}
        ok = True
        for name, text in rec.items():  # too long for its field: said, then read as blank
            if type(text) is str and len(text) > limits.get(name, datasets.VALUE_MAX_CHARS):
                report.problems.append(Problem(row_no, header_of.get(name, name), shown_value(text), Message(
                    "import.too_long", size=len(text), limit=limits.get(name, datasets.VALUE_MAX_CHARS))))
                rec[name] = None
                ok = False
        for f in spec.fields:
            if f.kind in _REGION_KINDS:
                continue
            text = rec.get(f.name)
            if _blank(text):
                if f.name in const_values:
                    clean[f.name] = const_values[f.name]
                    continue
                if f.required and f.name not in absent and f.name not in refused:
                    report.problems.append(Problem(row_no, header_of.get(f.name, f.name), None,
                                                   Message("import.value_missing")))
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
            if f.kind == "money" and value is not None and tabular.has_scale_word(text):
                in_words.append((row_no, header_of.get(f.name, f.name), shown, value))
            if error:
                report.problems.append(Problem(row_no, header_of.get(f.name, f.name), shown, error))
                ok = False
            elif f.name in spec.nonnegative and value is not None and value < 0:
                report.problems.append(Problem(row_no, header_of.get(f.name, f.name), shown,
                                               Message("import.negative")))
                ok = False
            clean[f.name] = value
        code = None
        national = spec.region_optional and all(
            _blank(rec.get(k)) or str(rec.get(k)).strip().lower() in datasets.NATIONAL_NAMES for k in _REGION_KINDS)
        if has_region and not national:
            levels = spec.region_levels or _expected_levels(spec, clean)
            province = rec.get("province") if not _blank(rec.get("province")) else const_values.get("province")
            region_text = rec.get("region")
            if (province_rows or spec.region_levels == ("provinsi",)) and not _blank(rec.get("province")):
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
        clean[spec.region_column] = code
        if ok:
            ok = _row_rules(spec, clean, row_no, header_of, report)
        if ok and key_known:
            dup_key = tuple(clean.get(k) for k in spec.key)
            if dup_key in seen_keys:
                column = next((c for c in ("region", "region_code", "province") if c in header_of), None)
                same = [Message("import.key_value", field=Message(f"import.field.{k}"), value=_key_text(k, clean.get(k)))
                        for k in spec.key if k != "region_code"]
                report.problems.append(Problem(
                    row_no, header_of.get(column), _text(rec.get(column)) if column else None,
                    Message("import.duplicate", first=seen_keys[dup_key],
                            region=f"{code} {matcher.names.get(code, '')}".strip(), same=same),
                ))
                ok = False
            else:
                seen_keys[dup_key] = row_no
        if ok:
            out.append(clean)
    report.warnings.extend(sorted(notes))
    if in_words:
        row, column, shown, amount = in_words[0]
        report.warnings.append(Message("import.money_in_words", count=len(in_words), row=row, column=column,
                                       value=shown, amount=Rupiah(round(amount))))
    return pd.DataFrame(out)


def _key_text(name: str, value: Any) -> str:
    if value is None:
        return "–"
    if name == "period" and isinstance(value, dt.date):
        return value.strftime("%Y-%m")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


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
                                           Message("import.status_missing")))
            return False
        if status in ("issued", "revoked") and not (row.get("issued_on") or row.get("known_by") or row.get("year")):
            report.problems.append(Problem(row_no, header_of.get("issued_on", "issued_on"), None,
                                           Message("import.issued_needs_date")))
            ok = False
        issued = row.get("issued_on")
        if issued is not None:
            if row.get("year") is None:
                row["year"] = issued.year
            elif row["year"] != issued.year:
                report.problems.append(Problem(row_no, header_of.get("year", "year"), str(row["year"]),
                                               Message("import.year_differs", date=issued.isoformat())))
                ok = False
        if row.get("revoked_on") and issued and row["revoked_on"] < issued:
            report.problems.append(Problem(row_no, header_of.get("revoked_on", "revoked_on"),
                                           row["revoked_on"].isoformat(), Message("import.revoked_before")))
            ok = False
        if row.get("scopes"):
            row["scopes"] = _normalise_scopes(row["scopes"])
    if spec.name == "regulation_status":
        ok = _status_sheet_rules(row, row_no, header_of, report)
    if spec.name == "budget":
        alloc, real = row.get("allocated_rp"), row.get("realised_rp")
        if alloc is not None and real is not None and real > alloc * 1.5:
            report.warnings.append(Message("import.realised_high", row=row_no))
    return ok


# What a status sheet may name as a kabupaten/kota's own regulation (regulations.COUNTED_INSTRUMENTS).
_SHEET_INSTRUMENTS = {"kabupaten": ("perbup", "perda"), "kota": ("perwali", "perda")}


def _status_sheet_rules(row: dict, row_no: int, header_of: dict, report: ImportReport) -> bool:
    """A filled status sheet row: a status other than "Tidak diketahui" needs who confirmed it,
    when and on what evidence; an issued one its instrument and date of issue; no date may lie
    after the confirmation (nor the confirmation after today). A blank status is no fact."""
    status = row.get("status")
    if status is None:
        return True

    def problem(name: str, key: str, value=None, **params) -> None:
        shown = value.isoformat() if isinstance(value, dt.date) else value
        report.problems.append(Problem(row_no, header_of.get(name, name), shown, Message(key, **params)))

    ok = True
    if status != "unknown":
        for name in ("evidence", "confirmed_by", "confirmed_on"):
            if row.get(name) is None:
                problem(name, "import.status_needs", field=Message(f"import.field.{name}"))
                ok = False
    confirmed = row.get("confirmed_on")
    if confirmed is not None and confirmed > dt.date.today():
        problem("confirmed_on", "import.confirmed_in_future", confirmed)
        ok = False
    elif confirmed is not None:
        for name in ("as_of", "issued_on"):
            value = row.get(name)
            if value is not None and value > confirmed:
                problem(name, "import.after_confirmation", value, confirmed=confirmed.isoformat())
                ok = False
    if status == "issued":
        for name in ("instrument", "issued_on"):
            if row.get(name) is None:
                problem(name, "import.status_issued_needs", field=Message(f"import.field.{name}"))
                ok = False
    code, instrument = row.get("region_code"), row.get("instrument")
    if code and instrument:
        level = "kota" if code.split(".")[-1][:1] == "7" else "kabupaten"  # Kemendagri: kota 71-79
        if instrument not in _SHEET_INSTRUMENTS[level]:
            problem("instrument", "import.status_instrument",
                    value=instrument, allowed=", ".join(_SHEET_INSTRUMENTS[level]))
            ok = False
    if row.get("issued_on") and row.get("in_force_on") and row["in_force_on"] < row["issued_on"]:
        problem("in_force_on", "import.in_force_before_issue", row["in_force_on"])
        ok = False
    if ok and status != "unknown":
        evidence = str(row.get("evidence") or "")
        row["source_title"] = row.get("confirmed_by")
        row["source_url"] = evidence if evidence.lower().startswith(("http://", "https://")) else None
        row["source_date"] = confirmed.isoformat() if confirmed else None
        row["confidence"] = "high"  # confirmed in writing by those who hold the record, with evidence
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
            reason = (Message("import.unknown_region_code") if not found.ok
                      else Message("import.not_region_code", detail=found.message()))
            if found.ok is False and found.reason and "not a" in found.reason:
                reason = found.reason
            elif not found.ok and found.candidates:  # e.g. a code from before Papua's 2022 split
                reason = found.message()
            return None, reason, None, "region_code"
        if not _blank(name_text):
            by_name = matcher.match(str(name_text), province=province, level=levels)
            if by_name.ok and by_name.code != found.code:
                return None, Message("import.code_name_differ", code=found.code, name=found.name,
                                     other_code=by_name.code, other_name=by_name.name), None, "region"
        return found.code, None, None, "region_code"
    if _blank(name_text):
        return None, Message("import.region_missing"), None, "region"
    found = matcher.match(str(name_text), province=province, level=levels)
    if not found.ok:
        reason = found.message()
        if province is None and levels != ("provinsi",) and len({c[:2] for c, _ in found.candidates}) > 1:
            # e.g. Banjar: a Kota in Jawa Barat and a Kabupaten in Kalimantan Selatan
            reason = Message("import.region_in_provinces", reason=reason, control=Control("province"))
        return None, reason, None, "region"
    return found.code, None, found.note, "region"


def _dotted(code: str) -> str:
    return f"{code[:2]}.{code[2:]}" if len(code) == 4 and code.isdigit() else code


def _blank(value) -> bool:
    """Missing, or text a file writes for nothing (spaces, a dash)."""
    return is_missing(value) or str(value).strip() in ("", "-", "–")


def _text(value) -> str | None:
    return None if _blank(value) else str(value)


def _parse_partial_date(value: Any) -> tuple[Any, Any]:
    """A date as precise as the source gives it, as ISO text: "2024", "2024-01" or "2024-01-30"
    ("Januari 2024" and "30/01/2024" too). A source's date is often only a month or a year."""
    text = value.strip() if isinstance(value, str) else value
    if isinstance(text, str) and re.fullmatch(r"(19|20)\d\d", text):
        return text, None
    if isinstance(text, (int, float)) and not isinstance(text, bool) and float(text).is_integer() \
            and 1900 <= text <= 2100:
        return str(int(text)), None
    if isinstance(text, str) and not re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|^\d{1,2}\s", text):
        month, reason = tabular.parse_period(text)
        if month is not None:
            return month.strftime("%Y-%m"), None
    day, reason = tabular.parse_date_id(text)
    return (day.isoformat() if day is not None else None), reason


_PARSERS = {"int": tabular.parse_int_id, "money": tabular.parse_money_id, "decimal": tabular.parse_decimal_id,
            "date": tabular.parse_date_id, "period": tabular.parse_period, "partial_date": _parse_partial_date}


def _parse(f: datasets.Field, cell: Any) -> tuple[Any, Message | None]:
    """Numbers and dates go to the typed parsers as they are; everything else as text."""
    text = cell.strip() if isinstance(cell, str) else tabular.cell_text(cell)
    if f.kind in ("int", "money", "decimal", "date", "partial_date", "period", "year") and not isinstance(cell, str):
        text = cell
    if f.kind in _PARSERS:
        value, reason = _PARSERS[f.kind](text)
        return value, (tabular.explain(text, reason) if reason else None)
    if f.kind == "year":
        value, error = tabular.parse_int_id(text)
        if error:
            return None, Message("import.not_a_year")
        if value is None:
            return None, None
        if not 1945 <= value <= dt.date.today().year + f.years_ahead:
            return None, Message("import.impossible_year")
        return value, None
    if f.kind == "enum":
        value = datasets.canonical_value(f.vocabulary, text)
        if value is None:
            # the choices by their names in the reader's language ("tinggi, sedang, rendah"), which
            # the file may use as well (canonical_value reads them)
            return None, Message("import.unknown_value", field=Message(f"import.field.{f.name}"),
                                 values=[Message(codes.VOCABULARIES[f.vocabulary].format(v))
                                         for v in datasets.allowed_values(f.vocabulary)])
        return value, None
    return text, None
