"""Import follow-ups (the register of analytics/followups) from CSV/XLSX, all or nothing.

The file is read by the same layer as every import (``tabular``: type sniffing, title rows, the
header row by Indonesian/English names, Indonesian numbers and dates). A row with an ``id`` changes
that item (only the columns the file has; a blank cell clears an optional field); a row without
one adds an item. The file the register page and ``followups export`` write comes back in as it
is (the judged columns, met_by_data and the like, are not read). Every problem is reported with
its spreadsheet row and column; when there is any, nothing is written. Problems are ``Message``s
(analytics/i18n/strings_followups.py), as every importer's: the register page shows them in its
language, the command line in its ``--lang``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from analytics import followups
from analytics.exports import restore_text
from analytics.ingest import tabular
from analytics.ingest.importers import MAX_PROBLEMS_SHOWN, Problem, _tabular_message
from analytics.ingest.tabular import Message, render_message
from analytics.ingest.regions import RegionMatcher, default_matcher
from analytics.queries import Query

# Header words per field, Indonesian first; the field's own name always matches too.
SYNONYMS: dict[str, list[str]] = {
    "id": ["id tindak lanjut", "nomor tindak lanjut", "followup id", "follow-up id"],
    "version": ["versi", "versi tindak lanjut"],
    "province_code": ["kode provinsi", "provinsi", "prov", "province", "province code"],
    "region_code": ["kode wilayah", "kode kabupaten/kota", "kabupaten/kota", "kab/kota", "wilayah", "region",
                    "region code"],
    "kind": ["jenis", "jenis tindak lanjut", "kind", "type"],
    "action": ["tindak lanjut", "rencana tindak lanjut", "rencana aksi", "kegiatan", "action", "follow-up"],
    "owner": ["penanggung jawab", "pj", "pelaksana", "owner"],
    "agreed_at_meeting": ["tanggal rapat", "rapat", "disepakati pada rapat", "meeting", "meeting date"],
    "due_date": ["tenggat", "batas waktu", "tenggat waktu", "due", "due date"],
    "status": ["status", "status tindak lanjut"],
    "target_value": ["target", "nilai target", "target value"],
    "target_unit": ["satuan target", "satuan", "unit", "target unit"],
    "worker_group": ["kelompok pekerja", "kelompok", "worker group"],
    "budget_year": ["tahun anggaran", "budget year"],
    "note": ["catatan", "keterangan", "bukti", "note", "evidence"],
    "evidence_url": ["tautan bukti", "link bukti", "url bukti", "evidence url", "tautan", "link"],
}
_DATES = ("agreed_at_meeting", "due_date")


@dataclass
class FollowupReport:
    file_name: str
    sha256: str
    sheet: str | None = None
    header_row: int | None = None
    mapping: dict[str, str] = field(default_factory=dict)  # header text -> field
    rows_read: int = 0
    adds: list[dict] = field(default_factory=list)
    updates: list[tuple[int, dict]] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)  # ids whose row changes nothing
    problems: list[Problem] = field(default_factory=list)
    result: dict | None = None  # what commit wrote

    @property
    def ok(self) -> bool:
        return not self.problems and self.header_row is not None

    def summary(self, lang: str | None = None) -> str:
        """The report in ``lang`` (None: the UI language; the command line's ``--lang``)."""
        def say(key: str, **params) -> str:
            return render_message(key, params, lang, None)

        lines = [say("fu.report.from", file=self.file_name)
                 + (say("fu.report.sheet", sheet=self.sheet) if self.sheet else "")
                 + (say("fu.report.header", row=self.header_row) if self.header_row else ""),
                 say("fu.report.counts", rows=self.rows_read, new=len(self.adds), changed=len(self.updates),
                     unchanged=len(self.unchanged))]
        if self.mapping:
            lines.append(say("fu.report.columns", mapping="; ".join(
                f"{h!r} -> {say(f'fu.field.{f}') if f else '–'}" for h, f in self.mapping.items())))
        if self.problems:
            lines.append(say("fu.import.problems", n=len(self.problems)))
            lines += [f"  {p.render(lang)}" for p in self.problems[:MAX_PROBLEMS_SHOWN]]
            if len(self.problems) > MAX_PROBLEMS_SHOWN:
                lines.append("  " + say("fu.report.more", n=len(self.problems) - MAX_PROBLEMS_SHOWN))
        elif self.result is not None:
            lines.append(say("fu.report.written", added=len(self.result["added"]),
                             ids=", ".join(map(str, self.result["added"])) or "-", changed=len(self.result["changed"])))
        return "\n".join(lines)


class FollowupImportRefused(RuntimeError):
    """``str()`` is the report in English; ``report.summary(lang)`` in a reader's language."""

    def __init__(self, report: FollowupReport):
        super().__init__(report.summary("en"))
        self.report = report


def prepare(query: Query, data: bytes, file_name: str, sheet: str | int | None = None,
            matcher: RegionMatcher | None = None) -> FollowupReport:
    """Read and check a file against the register and the regions; nothing is written."""
    report = FollowupReport(tabular.safe_name(file_name), hashlib.sha256(data).hexdigest())
    try:
        raw = tabular.read_table(data, report.file_name, sheet=sheet)
    except tabular.TabularError as exc:
        report.problems.append(Problem(None, None, None, _tabular_message(exc)))
        return report
    report.sheet = raw.sheet
    guess = tabular.detect_header(raw, {f: [f, *words] for f, words in SYNONYMS.items()})
    if guess is None or not guess.mapping:
        report.problems.append(Problem(None, None, None, Message("fu.import.no_header")))
        return report
    report.header_row, report.mapping = guess.row_number, dict(guess.mapping)
    header_of = {f: h for h, f in report.mapping.items() if f}
    try:
        table = tabular.apply_mapping(raw, guess, report.mapping)
    except tabular.TabularError as exc:
        report.problems.append(Problem(report.header_row, None, None, _tabular_message(exc)))
        return report
    frame = table.frame
    report.rows_read = len(frame)
    if frame.empty:
        report.problems.append(Problem(None, None, None, Message("import.no_rows")))
        return report
    missing = [f for f in followups.REQUIRED if f not in header_of]
    if missing and "id" not in header_of:
        report.problems.append(Problem(report.header_row, None, None, Message("fu.import.missing_columns", columns=[
            Message("fu.import.missing_column", field=Message(f"fu.field.{f}"), example=repr(SYNONYMS[f][0]))
            for f in missing])))
        return report
    regions = query("followup_regions")
    existing = query("followup_items", {"province": None})
    stored = existing.set_index("id")
    style = tabular.guess_number_style(frame["target_value"]) if "target_value" in frame else None
    matcher = matcher or default_matcher()
    seen_ids: dict[int, int] = {}
    seen_new: dict[tuple, int] = {}
    for rec in frame.to_dict("records"):
        row_no = int(rec.pop(tabular.SOURCE_ROW))

        def bad(fld, value, reason):
            report.problems.append(Problem(row_no, header_of.get(fld, fld), _shown(value), reason))

        values, ok = {}, True
        for fld, cell in rec.items():
            value, error = _read(fld, cell, style, matcher, rec)
            if error:
                bad(fld, cell, error)
                ok = False
            values[fld] = value
        item_id = values.pop("id", None)
        if not ok:
            continue
        if item_id is not None:
            if item_id not in stored.index:
                bad("id", item_id, Message("fu.import.no_id"))
                continue
            if item_id in seen_ids:
                bad("id", item_id, Message("fu.import.same_row", row=seen_ids[item_id]))
                continue
            seen_ids[item_id] = row_no
            base = {f: followups.stored_value(stored.loc[item_id, f]) for f in followups.FIELDS}
            based_on = values.pop(followups.VERSION, None)
            item, problems = followups.clean_item(values, regions, base=base)
        else:
            item, problems = followups.clean_item(values, regions)
        for p in problems:
            bad(p.field, p.value, p.reason)
        if problems:
            continue
        if item_id is not None:
            same = all(followups.history_text(item[f]) == followups.history_text(base[f]) for f in followups.FIELDS)
            if same:
                report.unchanged.append(item_id)
                continue
            # a change must say the version it was made on, and it must be the item's version now:
            # a re-imported older export never undoes a later change
            current = int(stored.loc[item_id, "version"])
            if based_on is None:
                bad("version" if "version" in header_of else "id", item_id,
                    Message("fu.import.needs_version", id=item_id, current=current))
                continue
            stale = followups.stale_reason(
                lambda i, v: query("followup_changes_since", {"id": i, "version": v}), item_id, based_on, current)
            if stale:
                bad("version", based_on, Message("fu.where.item", id=item_id, problem=stale))
                continue
            report.updates.append((item_id, {**item, followups.VERSION: based_on}))
            continue
        copy = followups.same_item(item, existing)
        key = (item["province_code"], item["region_code"], item["kind"], item["action"].casefold(),
               item["agreed_at_meeting"])
        if copy is not None:
            bad("action", item["action"], Message("fu.import.already", id=copy))
        elif key in seen_new:
            bad("action", item["action"], Message("fu.import.same_row", row=seen_new[key]))
        else:
            seen_new[key] = row_no
            report.adds.append(item)
    if report.problems:
        report.adds, report.updates, report.unchanged = [], [], []
    return report


def commit(store, report: FollowupReport, by: str) -> dict:
    """Write a checked report in one transaction (followups.write_changes checks it again)."""
    if not report.ok:
        raise FollowupImportRefused(report)
    try:
        report.result = followups.write_changes(store, adds=report.adds, updates=report.updates, by=by)
    except followups.FollowupError as exc:  # the register changed since the file was checked
        report.problems += [Problem(None, None, None, p) for p in exc.problems]
        raise FollowupImportRefused(report) from exc
    return report.result


def _shown(value) -> str | None:
    text = tabular.cell_text(value) if value is not None else ""
    return text or None


def _text(cell) -> str | None:
    # an export neutralised "=..." as "'=..." (and "a;=b" as "a;'=b"): read back what was meant
    text = restore_text(tabular.cell_text(cell).strip())
    return text or None


def _read(fld: str, cell, style, matcher: RegionMatcher, rec: dict):
    """(value, error) of one cell; a blank cell is None (clears an optional field)."""
    if tabular.is_blank(cell):
        return None, None
    if fld in ("id", "version", "budget_year"):
        value, error = tabular.parse_int_id(cell)
        return (value, None) if not error else (None, Message("import.not_a_year" if fld == "budget_year"
                                                              else "tabular.reason.not_whole"))
    if fld in _DATES:
        value, error = tabular.parse_date_id(cell)
        return (value, None) if not error else (None, tabular.explain(cell, error))
    if fld == "target_value":
        value, error = tabular.parse_decimal_id(cell, style=style or "id")
        if error:
            return None, tabular.explain(cell, error)
        if isinstance(cell, str) and cell.strip().endswith("%") and tabular.is_blank(rec.get("target_unit")):
            return f"{value}%", None  # "85%" says its unit
        return value, None
    text = _text(cell)
    if fld in ("province_code", "region_code") and text:
        if fld == "province_code":
            found = matcher.match(text, level="provinsi")
        else:
            province = rec.get("province_code")
            context = None if tabular.is_blank(province) else tabular.cell_text(province)
            found = matcher.match(text, province=context, level=("kabupaten", "kota"))
        return (found.code, None) if found.ok else (None, found.message())
    return text, None
