"""The register as of a date: ``met_by_data`` for each item, overdue and disagreements, what the
next brief opens with, exports, and the register's words for people (see the package docstring)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from functools import cached_property

import pandas as pd

from analytics import regulations as regs
from analytics.followups.items import (
    CLOSED, DONE_NOT_MET, EXPORT_COLUMNS, MET_STILL_OPEN, PROVINCE_INSTRUMENTS, Draft, _blank, same_item,
)
from analytics.i18n import fmt_date, fmt_int, fmt_pct, fmt_period, fmt_rp, t
from analytics.presentation import colours
from analytics.queries import Query

# --- reading and judging ----------------------------------------------------------------------
def load_items(query: Query, province_code: str | None = None) -> pd.DataFrame:
    return query("followup_items", {"province": province_code})


def history(query: Query, item_id: int) -> pd.DataFrame:
    return query("followup_history", {"id": int(item_id)})


def overdue(due_dates: pd.Series, statuses: pd.Series, as_of) -> pd.Series:
    """Due before ``as_of`` and neither done nor dropped."""
    due = pd.to_datetime(due_dates, errors="coerce")
    return (due.notna() & (due < pd.Timestamp(regs.as_date(as_of))) & ~statuses.isin(CLOSED)).astype(bool)


def disagreement(statuses: pd.Series, met: pd.Series) -> pd.Series:
    """done_not_met, met_still_open, or None (agreement, or no verdict)."""
    met = pd.Series(pd.array(met, dtype="boolean"), index=statuses.index)
    out = pd.Series([None] * len(statuses), index=statuses.index, dtype="object")
    out[(statuses == "done") & met.eq(False).fillna(False)] = DONE_NOT_MET
    out[statuses.isin(("open", "in_progress")) & met.eq(True).fillna(False)] = MET_STILL_OPEN
    return out


def reaches(value, target) -> bool | None:
    """value >= target; None when either is unknown."""
    if _blank(value) or _blank(target):
        return None
    return bool(float(value) >= float(target))


class _ProvinceFacts:
    """What the data says about one province on one day, loaded once per kind of item."""

    def __init__(self, query: Query, province: str, day: dt.date):
        self.query, self.province, self.day = query, province, day

    @cached_property
    def regulation(self) -> dict:
        records = regs.load_records(self.query, self.province)
        snapshots = regs.load_snapshots(self.query, self.province)
        status = regs.region_status(records, regs.load_kabkota(self.query, self.province), self.day, snapshots)
        prov = regs.province_instruments(records, self.day)
        own = prov[prov["in_force"] & prov["instrument"].isin(PROVINCE_INSTRUMENTS)] if len(prov) else prov
        state = regs.data_states(records, snapshots, [self.province]).iloc[0]
        return {"regions": status.set_index("region_code"), "own": own, "state": state}

    @cached_property
    def groups(self) -> pd.DataFrame:
        return self.query("followup_group_coverage", {"province": self.province, "as_of": self.day})

    @cached_property
    def ucj(self) -> pd.DataFrame:
        return self.query("followup_ucj", {"province": self.province, "as_of": self.day}).set_index("region_code")

    @cached_property
    def budget(self) -> pd.DataFrame:
        return self.query("followup_budget", {"province": self.province})

    def verdict(self, item) -> tuple[bool | None, str]:
        if item["kind"] == "regulation":
            return self._regulation(item["region_code"])
        if item["kind"] == "coverage":
            return self._coverage(item)
        if item["kind"] == "budget":
            return self._budget(item)
        return None, ""

    def _regulation(self, region) -> tuple[bool | None, str]:
        facts = self.regulation
        if _blank(region):
            if facts["state"] != regs.HAS_RECORDS:
                return None, t("fu.data.reg_no_data")
            own = facts["own"]
            if len(own):
                return True, "; ".join(own["label"])
            return False, t("fu.data.reg_none", instrument="Pergub/Perda")
        if region not in facts["regions"].index:
            return None, t("common.no_data")
        row = facts["regions"].loc[region]
        if pd.isna(row["has_regulation"]):
            return None, t("fu.data.reg_no_data")
        if bool(row["has_regulation"]):
            return True, t("fu.data.reg_yes", label=row["regulation"], date=fmt_date(row["since"]))
        instrument = regs.SHORT_NAMES.get(row["expected_instrument"], row["expected_instrument"])
        return False, t("fu.data.reg_none", instrument=f"{instrument}/Perda")

    def _coverage(self, item) -> tuple[bool | None, str]:
        target, unit, region = item["target_value"], item["target_unit"], item["region_code"]
        if _blank(target):
            return None, t("fu.data.no_target")
        code = self.province if _blank(region) else region
        group = item["worker_group"] if not _blank(item["worker_group"]) else "all"
        if group == "all":
            if code not in self.ucj.index:
                return None, t("fu.data.no_coverage", date=fmt_date(self.day))
            row = self.ucj.loc[code]
            active, period, pct, base = row["active_participants"], row["period"], row["ucj_pct"], "UCJ"
        else:
            rows = self.groups[self.groups["worker_group"] == group]
            if _blank(region):
                kab = rows[rows["level"].isin(["kabupaten", "kota"])]
                rows = kab if len(kab) else rows[rows["region_code"] == self.province]
            else:
                rows = rows[rows["region_code"] == region]
            if rows.empty:
                return None, t("fu.data.no_coverage", date=fmt_date(self.day))
            active, period = rows["active_participants"].sum(), rows["period"].max()
            headcount = rows["target_workers"].sum(min_count=1)
            pct = 100.0 * active / headcount if pd.notna(headcount) and headcount > 0 else None
            base = t(f"group.{group}")
        when = fmt_period(period)
        if unit == "percent":
            if _blank(pct):
                return None, t("fu.data.no_rate", base=base, period=when)
            return reaches(round(pct, 2), target), t("fu.data.rate", base=base, value=fmt_pct(pct),
                                                     target=fmt_pct(target), period=when)
        return reaches(active, target), t("fu.data.workers", active=fmt_int(active), target=fmt_int(target),
                                          period=when)

    def _budget(self, item) -> tuple[bool | None, str]:
        target, region, year = item["target_value"], item["region_code"], item["budget_year"]
        if _blank(target):
            return None, t("fu.data.no_target")
        rows = self.budget[self.budget["year"] == (None if _blank(year) else int(year))]
        if not _blank(item["worker_group"]):
            rows = rows[rows["worker_group"] == item["worker_group"]]
        if not _blank(region):
            rows = rows[rows["region_code"] == region]
        year_text = "–" if _blank(year) else int(year)
        if rows.empty:
            return None, t("fu.data.no_budget", year=year_text)
        allocated = rows["allocated_rp"].sum()
        return reaches(allocated, target), t("fu.data.budget", allocated=fmt_rp(allocated), target=fmt_rp(target),
                                             year=year_text)


def evaluate(query: Query, items: pd.DataFrame, as_of) -> pd.DataFrame:
    """``items`` (from ``load_items``) with met_by_data (nullable boolean), data_detail (the
    figure behind it, in the UI language), overdue and disagreement as of ``as_of``."""
    day = regs.as_date(as_of)
    out = items.reset_index(drop=True).copy()
    met: list = [None] * len(out)
    detail: list[str] = [""] * len(out)
    for province, group in out.groupby("province_code", sort=False):
        facts = _ProvinceFacts(query, str(province), day)
        for i in group.index:
            met[i], detail[i] = facts.verdict(out.loc[i])
    out["met_by_data"] = pd.array(met, dtype="boolean")
    out["data_detail"] = pd.Series(detail, index=out.index, dtype="object")
    out["overdue"] = overdue(out["due_date"], out["status"], day) if len(out) else pd.Series(dtype=bool)
    out["disagreement"] = disagreement(out["status"], out["met_by_data"])
    return out


def register(query: Query, province_code: str | None = None, as_of=None) -> pd.DataFrame:
    """The register (one province or all) judged as of ``as_of`` (default today)."""
    return evaluate(query, load_items(query, province_code), as_of or dt.date.today())


def earlier_items(query: Query, province_code: str, day) -> pd.DataFrame:
    """What the brief of ``day`` opens with: items agreed at earlier meetings, judged on ``day``.
    All items of the latest earlier meeting, and from older meetings those still open or in
    progress or in disagreement with the data (closed ones stay in the register page)."""
    day = regs.as_date(day)
    items = load_items(query, province_code)
    items = items[pd.to_datetime(items["agreed_at_meeting"]).dt.date < day]
    judged = evaluate(query, items, day)
    if judged.empty:
        return judged
    meeting = pd.to_datetime(judged["agreed_at_meeting"])
    keep = (meeting == meeting.max()) | ~judged["status"].isin(CLOSED) | judged["disagreement"].notna()
    judged = judged[keep]
    order = judged["status"].isin(CLOSED).astype(int) * 2 - judged["overdue"].astype(int)
    return judged.assign(_o=order).sort_values(["_o", "agreed_at_meeting", "region_code", "id"],
                                               na_position="first").drop(columns="_o").reset_index(drop=True)


def filter_register(frame: pd.DataFrame, statuses: Sequence[str] = (), kinds: Sequence[str] = (),
                    overdue_only: bool = False, disagreement_only: bool = False) -> pd.DataFrame:
    mask = pd.Series(True, index=frame.index)
    if statuses:
        mask &= frame["status"].isin(list(statuses))
    if kinds:
        mask &= frame["kind"].isin(list(kinds))
    if overdue_only:
        mask &= frame["overdue"].astype(bool)
    if disagreement_only:
        mask &= frame["disagreement"].notna()
    return frame[mask].reset_index(drop=True)


def export_frame(judged: pd.DataFrame) -> pd.DataFrame:
    """The register as files carry it (CLI export, page downloads, and back in by import):
    codes, ISO dates, whole-number targets without ".0"."""
    out = judged.reindex(columns=list(EXPORT_COLUMNS)).copy()
    for col in ("agreed_at_meeting", "due_date"):
        out[col] = pd.to_datetime(out[col]).dt.date
    out["target_value"] = pd.Series(
        [None if _blank(v) else int(v) if float(v).is_integer() else float(v) for v in out["target_value"]],
        index=out.index, dtype="object")
    out["budget_year"] = pd.array(out["budget_year"], dtype="Int64")
    return out


# --- drafts the brief offers ------------------------------------------------------------------
def draft_key(draft) -> str:
    """A short stable name for a draft (widget keys): the same draft gets the same key on every run."""
    text = f"{draft.kind}|{draft.region_code or ''}|{draft.action}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def adoption_candidates(drafts: Sequence[Draft], existing: pd.DataFrame, province_code: str, meeting) -> pd.DataFrame:
    """The brief's drafts as rows to tick, with ``adopted`` (the id) when the register already
    holds the same item from this meeting."""
    day = regs.as_date(meeting)
    rows = []
    for d in drafts:
        key = {"province_code": province_code, "region_code": d.region_code, "kind": d.kind,
               "action": d.action, "agreed_at_meeting": day}
        rows.append({**d.__dict__, "adopted": same_item(key, existing)})
    return pd.DataFrame(rows, columns=[*Draft.__dataclass_fields__, "adopted"])


# --- words for people ---------------------------------------------------------------------------
def verdict_text(met) -> str:
    if _blank(met):
        return "–"
    return t("fu.met.yes") if bool(met) else t("fu.met.no")


def due_text(due, is_overdue: bool) -> str:
    text = fmt_date(due) if not _blank(due) else "–"
    return f"{text} · {t('fu.overdue')}" if is_overdue else text


def display_frame(judged: pd.DataFrame) -> pd.DataFrame:
    """The register with headers and values in the UI language, for tables people read: what a
    meeting looks at first (region, status, the data's verdict, a disagreement, due) comes first;
    the figure behind the verdict ("basis") last, as it is the longest."""
    region = judged["region_name"].where(judged["region_name"].notna(), judged.get("province_name"))
    return pd.DataFrame({
        t("fu.col.id"): judged["id"],
        t("fu.col.region"): region,
        t("fu.col.status"): judged["status"].map(lambda s: t(f"fu.status.{s}")),
        t("fu.col.data"): judged["met_by_data"].map(verdict_text),
        t("fu.col.disagreement"): judged["disagreement"].map(lambda d: t(f"fu.disagree.{d}") if d else ""),
        t("fu.col.due"): [due_text(d, o) for d, o in zip(judged["due_date"], judged["overdue"])],
        t("fu.col.action"): judged["action"],
        t("fu.col.owner"): judged["owner"],
        t("fu.col.kind"): judged["kind"].map(lambda k: t(f"fu.kind.{k}")),
        t("fu.col.meeting"): judged["agreed_at_meeting"].map(fmt_date),
        t("fu.col.basis"): judged["data_detail"].fillna(""),
    })


def history_frame(log: pd.DataFrame) -> pd.DataFrame:
    """An item's history for people: when, who, which field, before -> after (vocabulary words)."""
    def word(fld, value):
        if _blank(value):
            return "–"
        if fld in ("status", "kind"):
            return t(f"fu.{fld}.{value}")
        if fld == "target_unit":
            return t(f"fu.unit.{value}")
        return value

    return pd.DataFrame({
        t("fu.history.when"): pd.to_datetime(log["changed_at"]).dt.strftime("%Y-%m-%d %H:%M"),
        t("fu.history.who"): log["changed_by"],
        t("fu.history.field"): log["field"].map(lambda f: t(f"fu.field.{f}")),
        t("fu.history.old"): [word(f, v) for f, v in zip(log["field"], log["old_value"])],
        t("fu.history.new"): [word(f, v) for f, v in zip(log["field"], log["new_value"])],
    })


def styled_table(judged: pd.DataFrame, columns: Sequence[str] | None = None):
    """``display_frame`` with overdue due dates and disagreements marked in amber (a Styler)."""
    shown = display_frame(judged)
    if columns is not None:
        shown = shown[[t(c) for c in columns]]
    due, differs = t("fu.col.due"), t("fu.col.disagreement")
    late = dict(zip(shown.index, judged["overdue"].astype(bool)))
    mark = f"color: {colours.WARNING}; font-weight: 600"

    def paint(column: pd.Series) -> list[str]:
        if column.name == due:
            return [mark if late[i] else "" for i in column.index]
        if column.name == differs:
            return [mark if v else "" for v in column]
        return [""] * len(column)

    return shown.style.apply(paint)
