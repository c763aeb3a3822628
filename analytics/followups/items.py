"""One follow-up item: its vocabularies and rules (``clean_item``), and the writes that add,
change and adopt items, each in one ``store.write()`` transaction with a history row per field.

Why something is refused is a ``Message`` (analytics/i18n/strings_followups.py), as an import's
problems are: ``str()`` gives English, ``render(lang)`` either language (None: the UI language, so
the web page, the brief and the command line each show it in theirs)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from analytics import regulations as regs
from analytics.ingest.cells import Message
from analytics.ingest.datasets import allowed_values, canonical_value
from analytics.i18n.formats import is_missing
from analytics.queries import sql

KINDS = ("regulation", "coverage", "budget", "other")
STATUSES = ("open", "in_progress", "done", "dropped")
CLOSED = ("done", "dropped")
UNITS = {"coverage": ("workers", "percent"), "budget": ("rupiah",)}
UNITS_ALL = ("workers", "percent", "rupiah")
DONE_NOT_MET = "done_not_met"
MET_STILL_OPEN = "met_still_open"
DISAGREEMENTS = (DONE_NOT_MET, MET_STILL_OPEN)
# What counts as the province's own regulation for an item about the province itself.
PROVINCE_INSTRUMENTS = ("pergub", "perda")
# The fields a person sets, in the order forms, files and history show them.
FIELDS = ("province_code", "region_code", "kind", "action", "owner", "agreed_at_meeting", "due_date",
          "status", "target_value", "target_unit", "worker_group", "budget_year", "note", "evidence_url")
REQUIRED = ("province_code", "kind", "action", "owner", "agreed_at_meeting")
EXPORT_COLUMNS = (
    "id", "version", "province_code", "region_code", "region_name", "kind", "action", "owner", "agreed_at_meeting",
    "due_date", "status", "met_by_data", "data_detail", "overdue", "disagreement", "target_value",
    "target_unit", "worker_group", "budget_year", "note", "evidence_url", "created_by", "created_at",
    "updated_by", "updated_at",
)
VERSION = "version"  # an update's key for the version it was made on (exports carry it)
MAX_TEXT = {"action": 1000, "owner": 200, "note": 2000, "evidence_url": 500}

# Words people write for the vocabularies (Indonesian first), besides the codes themselves.
SYNONYMS = {
    "kind": {"regulation": ("regulasi", "peraturan"), "coverage": ("kepesertaan", "cakupan"),
             "budget": ("anggaran",), "other": ("lainnya", "lain-lain", "lain")},
    "status": {"open": ("terbuka", "baru", "belum"), "in_progress": ("dalam proses", "proses", "berjalan",
                                                                     "in progress"),
               "done": ("selesai",), "dropped": ("dibatalkan", "batal")},
    "target_unit": {"workers": ("pekerja", "orang", "jiwa", "worker"), "percent": ("persen", "%", "pct"),
                    "rupiah": ("rp", "idr")},
}


@dataclass(frozen=True)
class Problem:
    field: str | None
    value: str | None
    reason: str  # a Message

    def message(self) -> Message:
        """The field (by its label), why, and the value: "Due date: before the meeting that agreed it"."""
        where = Message(f"fu.field.{self.field}") if self.field else Message("fu.where.item_field")
        value = Message("import.where.value", value=repr(self.value)) if self.value not in (None, "") else ""
        return Message("fu.problem", where=where, reason=self.reason, value=value)

    def render(self, lang: str | None = None) -> str:
        return self.message().render(lang)

    def __str__(self) -> str:
        return str(self.message())


class FollowupError(ValueError):
    """A change was refused; ``problems`` says why (with the item's position for several), as
    ``Message``s: ``str(error)`` is English, ``texts(lang)`` the reader's language."""

    def __init__(self, problems: Sequence[Problem | str], stale: Sequence[int] = ()):
        self.problems = [p.message() if isinstance(p, Problem) else p for p in problems]
        self.stale = set(stale)  # items changed since the version the refused change was made on
        super().__init__("; ".join(str(p) for p in self.problems))

    def texts(self, lang: str | None = None) -> list[str]:
        """Each problem in ``lang`` (None: the UI language)."""
        return [p.render(lang) if isinstance(p, Message) else str(p) for p in self.problems]


@dataclass(frozen=True)
class Draft:
    """A follow-up the brief drafts from the data (analytics/brief/content.py), ready to adopt."""

    kind: str
    action: str
    region_code: str | None = None
    worker_group: str | None = None
    target_value: float | None = None
    target_unit: str | None = None
    budget_year: int | None = None


# --- vocabularies and one item's values -----------------------------------------------------------
def canonical(field: str, value) -> str | None:
    """The code for a vocabulary word ("selesai" -> "done"); None when it is not one."""
    text = " ".join(str(value).strip().lower().replace("_", " ").split())
    if field == "worker_group":
        return canonical_value("worker_group", text)
    for code, words in SYNONYMS[field].items():
        if text in (code.replace("_", " "), *words):
            return code
    return None


def _blank(value) -> bool:
    """Missing, or text with nothing but spaces."""
    return is_missing(value) or (isinstance(value, str) and not value.strip())


def _as_date(value) -> tuple[dt.date | None, str | None]:
    if _blank(value):
        return None, None
    try:
        return regs.as_date(value), None
    except ValueError:
        return None, Message("fu.why.not_a_date")


def _as_number(value) -> tuple[float | None, str | None, bool]:
    """(number, error, written as a percentage)."""
    if _blank(value):
        return None, None, False
    percent = isinstance(value, str) and value.strip().endswith("%")
    try:
        number = float(str(value).strip().rstrip("%").strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return None, Message("fu.why.not_a_number"), False
    if not math.isfinite(number):
        return None, Message("fu.why.not_a_number"), False
    return number, None, percent


def _dotted(code: str) -> str:
    code = code.strip()
    return f"{code[:2]}.{code[2:]}" if len(code) == 4 and code.isdigit() else code


def clean_item(values: Mapping, regions: pd.DataFrame, base: Mapping | None = None) -> tuple[dict, list[Problem]]:
    """One item's values checked and normalised: ``values`` over ``base`` (the stored item when
    updating; None when adding, which fills the defaults). ``regions`` is the ``followup_regions``
    query. Returns (item, problems); the item is only meant to be stored when problems is empty.
    Fields that do not apply to the item's kind (a target of a regulation item, the budget year
    of a coverage item) are refused when given, and dropped when they only come from ``base``."""
    given = {k: v for k, v in values.items() if k in FIELDS}
    merged = {**{f: None for f in FIELDS}, **dict(base or {}), **given}
    problems: list[Problem] = []
    out: dict = {}

    def bad(field, value, reason):
        problems.append(Problem(field, None if _blank(value) else str(value), reason))

    for field in REQUIRED:
        if _blank(merged.get(field)):
            bad(field, None, Message("fu.why.required"))
    for field, limit in MAX_TEXT.items():
        value = merged.get(field)
        text = None if _blank(value) else " ".join(str(value).split()) if field != "note" else str(value).strip()
        if text is not None and len(text) > limit:
            bad(field, text[:40] + "…", Message("fu.why.too_long", limit=limit))
        out[field] = text
    if out["evidence_url"] and not out["evidence_url"].lower().startswith(("http://", "https://")):
        bad("evidence_url", out["evidence_url"], Message("fu.why.link"))

    # regions: the province, and optionally one of its kabupaten/kota
    lookup = {r.code: (r.level, r.province_code) for r in regions.itertuples(index=False)}
    province = None if _blank(merged["province_code"]) else _dotted(str(merged["province_code"]))
    if province is not None and lookup.get(province, ("",))[0] != "provinsi":
        bad("province_code", province, Message("fu.why.not_province"))
        province_ok = False
    else:
        province_ok = True
    region = None if _blank(merged["region_code"]) else _dotted(str(merged["region_code"]))
    if region is not None:
        level, parent = lookup.get(region, (None, None))
        if level not in ("kabupaten", "kota"):
            bad("region_code", region, Message("fu.why.not_kabkota"))
        elif province_ok and province is not None and parent != province:
            bad("region_code", region, Message("fu.why.not_in_province", province=province))
    out["province_code"], out["region_code"] = province, region

    for field in ("kind", "status"):
        value = merged.get(field)
        if field == "status" and _blank(value):
            value = "open" if base is None else value
        code = None if _blank(value) else canonical(field, value)
        if code is None and not _blank(value):
            choices = KINDS if field == "kind" else STATUSES  # by their words, which are read too
            bad(field, value, Message("fu.why.use_one_of", choices=[Message(f"fu.{field}.{c}") for c in choices]))
        out[field] = code
    kind = out["kind"]

    meeting, error = _as_date(merged["agreed_at_meeting"])
    if error:
        bad("agreed_at_meeting", merged["agreed_at_meeting"], error)
    due, error = _as_date(merged["due_date"])
    if error:
        bad("due_date", merged["due_date"], error)
    elif due and meeting and due < meeting:
        bad("due_date", due.isoformat(), Message("fu.why.before_meeting"))
    out["agreed_at_meeting"], out["due_date"] = meeting, due

    # what the data judges: target (coverage, budget), worker group, budget year (budget)
    measured = kind in UNITS
    def applies(field: str, ok: bool):
        if ok:
            return merged.get(field)
        if field in given and not _blank(given[field]):
            bad(field, given[field], Message("fu.why.not_for_kind", kind=Message(f"fu.kind.{kind}") if kind else "–"))
        return None

    target, error, percent = _as_number(applies("target_value", measured))
    unit_text = applies("target_unit", measured)
    unit = None if _blank(unit_text) else canonical("target_unit", unit_text)
    if error:
        bad("target_value", merged["target_value"], error)
    elif target is not None and target <= 0:
        bad("target_value", target, Message("fu.why.target_positive"))
    if unit_text is not None and not _blank(unit_text) and (unit is None or unit not in UNITS.get(kind, ())):
        bad("target_unit", unit_text, Message(
            "fu.why.unit_for_kind", kind=Message(f"fu.kind.{kind}") if kind else "–",
            units=[Message(f"fu.unit.{u}") for u in UNITS.get(kind, ())] or "–"))
    if target is not None:
        unit = unit or ("percent" if percent and kind == "coverage" else UNITS[kind][0])
        if unit == "percent" and target > 100:
            bad("target_value", target, Message("fu.why.over_100"))
    else:
        unit = None
    out["target_value"], out["target_unit"] = target, unit

    group_text = applies("worker_group", measured)
    group = None if _blank(group_text) else canonical("worker_group", group_text)
    if group_text is not None and not _blank(group_text) and group is None:
        bad("worker_group", group_text, Message("fu.why.use_one_of", choices=[
            Message(f"group.{g}") for g in allowed_values("worker_group")]))
    out["worker_group"] = None if group == "all" else group

    year_value = applies("budget_year", kind == "budget")
    year, error, _ = _as_number(year_value)
    if error or (year is not None and (not float(year).is_integer() or not 2000 <= year <= 2100)):
        bad("budget_year", year_value, Message("fu.why.year"))
        year = None
    if kind == "budget" and year is None and not error:
        year = (due or meeting).year if (due or meeting) else None  # the year the action is due
    out["budget_year"] = None if year is None else int(year)
    return out, problems


def same_item(item: Mapping, existing: pd.DataFrame) -> int | None:
    """The id of a stored item with the same province, region, kind, action and meeting: adding
    it again (a second click, a file imported twice) would only make a copy."""
    if existing.empty:
        return None
    region = existing["region_code"].fillna("")
    match = ((existing["province_code"] == item["province_code"]) & (region == (item["region_code"] or ""))
             & (existing["kind"] == item["kind"])
             & (existing["action"].str.casefold() == str(item["action"]).casefold())
             & (pd.to_datetime(existing["agreed_at_meeting"]).dt.date == item["agreed_at_meeting"]))
    found = existing.loc[match, "id"]
    return int(found.iloc[0]) if len(found) else None


def history_text(value) -> str | None:
    """A value as the history stores it: ISO dates, whole numbers without ".0"."""
    if _blank(value):
        return None
    if isinstance(value, (dt.date, pd.Timestamp)):
        return pd.Timestamp(value).date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- writes ---------------------------------------------------------------------------------
def stale_reason(changes_since, item_id: int, based_on, current: int) -> Message | None:
    """Why a change made on version ``based_on`` of an item now at ``current`` is refused (None:
    it is made on the current version, or says no version, as the command line's own edits do):
    who changed what since, and when, so nobody's later change is undone unseen. A ``Message``:
    the fields by their labels, the vocabularies' values by their words, in the reader's language."""
    if based_on is None or (isinstance(based_on, float) and math.isnan(based_on)):
        return None
    based_on = int(based_on)
    if based_on == current:
        return None
    if based_on > current:
        return Message("fu.stale.no_version", based_on=based_on, current=current)
    changes = changes_since(item_id, based_on)  # (id, version) -> the followup_changes_since rows
    said = []
    for (version, at, by), rows in changes.groupby(["version", "changed_at", "changed_by"], sort=True):
        fields = [Message("fu.stale.field", field=Message(f"fu.field.{r.field}"), old=_said(r.field, r.old_value),
                          new=_said(r.field, r.new_value)) for r in rows.itertuples()]
        said.append(Message("fu.stale.by", by=by, at=pd.Timestamp(at), version=int(version), fields=fields))
    joined = said[-1] if said else "–"
    for earlier in reversed(said[:-1]):  # "...; ..." in either language
        joined = Message("fu.stale.then", first=earlier, rest=joined)
    return Message("fu.stale.changed", based_on=based_on, changes=joined, current=current)


def _said(field: str, value) -> Message | str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return Message("fu.stale.empty")
    text = str(value)
    if text in {"status": STATUSES, "kind": KINDS, "target_unit": UNITS_ALL}.get(field, ()):  # by its word
        return Message("fu.stale.word", word=Message(f"fu.{field.removeprefix('target_')}.{text}"))
    return repr(text if len(text) <= 60 else text[:59] + "…")


def write_changes(store, adds: Sequence[Mapping] = (), updates: Sequence[tuple[int, Mapping]] = (),
                  by: str = "") -> dict:
    """Add items and change others in one transaction, all or nothing. Every item is validated
    (``clean_item``) against the regions and the register inside the transaction; any problem
    raises FollowupError (positions: "new 2", "item 7") and nothing is written. Every field set
    or changed gets a history row. Returns {"added": [ids], "changed": {id: [fields]}}."""
    who = " ".join(str(by or "").split())[:200]
    if not who:
        raise FollowupError([Problem("by", None, Message("fu.why.who"))])
    now = dt.datetime.now().replace(microsecond=0)
    result: dict = {"added": [], "changed": {}}
    with store.write() as cur:
        regions = cur.execute(sql("followup_regions")).df()
        existing = cur.execute(sql("followup_items"), {"province": None}).df()
        problems: list[Message] = []
        clean_adds = []
        for i, values in enumerate(adds, start=1):
            item, found = clean_item(values, regions)
            copy = None if found else same_item(item, existing)
            if copy is not None:
                found = [Problem("action", item["action"], Message("fu.why.already", id=copy))]
            problems += [Message("fu.where.new", n=i, problem=p.message()) for p in found]
            clean_adds.append(item)
        clean_updates, stale_items = [], []
        for item_id, changes in updates:
            stored = cur.execute(sql("followup_row"), {"id": int(item_id)}).df()
            if stored.empty:
                problems.append(Message("fu.where.item", id=item_id, problem=Message("fu.why.no_such")))
                continue
            current = int(stored.iloc[0]["version"])
            stale = stale_reason(lambda i, v: cur.execute(sql("followup_changes_since"), {"id": i, "version": v}).df(),
                                 int(item_id), changes.get(VERSION), current)
            if stale:
                problems.append(Message("fu.where.item", id=item_id, problem=stale))
                stale_items.append(int(item_id))
                continue
            before = {f: stored_value(stored.iloc[0][f]) for f in FIELDS}
            item, found = clean_item(changes, regions, base=before)
            problems += [Message("fu.where.item", id=item_id, problem=p.message()) for p in found]
            clean_updates.append((int(item_id), before, item, current + 1))
        if problems:
            raise FollowupError(problems, stale_items)
        for item in clean_adds:
            new_id = cur.execute(sql("followup_insert"), {**item, "by": who, "at": now}).fetchall()[0][0]
            _history(cur, new_id, now, who, {f: None for f in FIELDS}, item, 1)
            result["added"].append(int(new_id))
        for item_id, before, item, version in clean_updates:
            changed = _history(cur, item_id, now, who, before, item, version)
            if changed:
                cur.execute(sql("followup_update"), {**item, "by": who, "at": now, "id": item_id})
                result["changed"][item_id] = changed
    return result


def stored_value(value):
    """A register cell as a plain value to compare with an item: None for a blank, a date for a
    timestamp, a Python scalar for a numpy one (the import's base and an update's "before")."""
    if _blank(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value.item() if hasattr(value, "item") else value


def _history(cur, item_id: int, at: dt.datetime, by: str, before: Mapping, after: Mapping,
             version: int) -> list[str]:
    rows = [(item_id, at, by, f, history_text(before.get(f)), history_text(after.get(f)), version)
            for f in FIELDS if history_text(before.get(f)) != history_text(after.get(f))]
    if rows:
        cur.executemany(sql("followup_history_insert"), rows)
    return [r[3] for r in rows]


def add_item(store, values: Mapping, by: str) -> int:
    return write_changes(store, adds=[values], by=by)["added"][0]


def update_item(store, item_id: int, changes: Mapping, by: str) -> list[str]:
    """Change an item's fields; returns the fields that changed (none: nothing written but the
    data version)."""
    return write_changes(store, updates=[(item_id, changes)], by=by)["changed"].get(int(item_id), [])


def adopt(store, province_code: str, meeting, picked: Sequence[Mapping], by: str) -> list[int]:
    """Put drafted follow-ups the meeting agreed on into the register with that meeting's date.
    ``picked``: Draft fields plus owner and due_date (and optionally note)."""
    items = [{**dict(p), "province_code": province_code, "agreed_at_meeting": meeting, "status": "open"}
             for p in picked]
    return write_changes(store, adds=items, by=by)["added"]
