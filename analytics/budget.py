"""Budget simulator: what covering a worker group's uncovered workers costs a region a year.

    monthly contribution = sum over programs of (rate % x wage) or the fixed amount (rate table)
    uncovered workers    = target workers - active participants, at the latest month of the
                           year with data (never below 0; unknown when no target is reported)
    budget needed        = uncovered workers x monthly contribution x 12
    gap                  = budget needed - budget allocated for the group and year (all sources)

Local governments usually pay JKK + JKM only (SE Mendagri 842.2/5193/SJ: "JKK+JKM at least"):
Non-ASN staff and village officials as wage earners (PU) on their wage, pekerja rentan at the
BPU minimum (Rp10,000 + Rp6,800 = Rp16,800 a month). Other programs (JHT, JP) can be added.
The page and ``python -m analytics budget`` both call :func:`region_budget`, so they agree.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

import pandas as pd

from analytics import rates as rates_mod
from analytics.i18n.formats import is_missing
from analytics.queries import Query
from analytics.rates import AppliedRate, RateError

DEFAULT_PROGRAMS = ("JKK", "JKM")
DEFAULT_RISK_CLASS = 1  # government offices: "very low risk" (PP 44/2015 annex)
# The project's own assumption when no wage is given for a wage-earner group: about a
# kabupaten's honorarium for Non-ASN staff in 2022 (the demo generator uses the same). Shown in
# the page and the CLI output whenever it is used.
DEFAULT_WAGE_RP = 2_500_000

# Which segment a worker group is registered in when a region pays for it.
GROUP_SEGMENT = {
    "non_asn": "PU",
    "gtt_ptt": "PU",
    "perangkat_desa": "PU",  # village officials: wage earners paid from APBDes (siltap)
    "pekerja_rentan": "BPU",
    "rt_rw": "BPU",
    "nelayan": "BPU",
    "petani": "BPU",
    "other": "BPU",
}
BUDGET_GROUPS = tuple(GROUP_SEGMENT)

TABLE_COLUMNS = [
    "region_code", "name", "level", "period", "target_workers", "active_participants",
    "uncovered_workers", "monthly_contribution_rp", "needed_rp", "allocated_rp", "gap_rp",
    "full_cost_rp", "is_demo",
]


class BudgetError(ValueError):
    """Inputs the simulator cannot work with; the message says which."""


@dataclass(frozen=True)
class Contribution:
    segment: str
    programs: tuple[str, ...]
    wage_rp: float | None
    wage_assumed: bool
    risk_class: int | None
    parts: tuple[AppliedRate, ...]
    monthly_rp: int  # rounded to whole rupiah, as contributions are billed

    def describe(self) -> str:
        return " + ".join(p.describe(self.wage_rp) for p in self.parts) + f" = Rp{self.monthly_rp:,}/month"


@dataclass
class BudgetResult:
    region_code: str
    name: str
    level: str
    year: int
    worker_group: str
    contribution: Contribution
    target_workers: float | None
    active_participants: float | None
    period: dt.date | None
    uncovered_workers: float | None
    needed_rp: float | None
    allocated_rp: float | None
    gap_rp: float | None
    allocated_by_source: pd.DataFrame
    regions: pd.DataFrame  # one row per kabupaten/kota (one row for a kabupaten/kota itself)
    is_demo: bool
    notes: list[str] = field(default_factory=list)

    @property
    def monthly_contribution_rp(self) -> int:
        return self.contribution.monthly_rp

    @property
    def has_inputs(self) -> bool:
        """Whether any kabupaten/kota has a target headcount or a budget record: without either
        there is nothing to compare (public data has neither), so no chart and no table."""
        table = self.regions
        return bool(len(table)) and bool(table["target_workers"].notna().any() or table["allocated_rp"].notna().any())


# --- pure arithmetic ----------------------------------------------------------------------------
def monthly_contribution(rate_table: pd.DataFrame, worker_group: str, year: int,
                         wage_rp: float | None = None, risk_class: int | None = None,
                         programs: tuple[str, ...] = DEFAULT_PROGRAMS) -> Contribution:
    """One worker's monthly contribution for the group's segment under the rates of ``year``."""
    if worker_group not in GROUP_SEGMENT:
        raise BudgetError(f"worker group {worker_group!r} is not one a region pays for; "
                          f"choose one of {', '.join(BUDGET_GROUPS)}")
    if wage_rp is not None and (not math.isfinite(wage_rp) or wage_rp <= 0):
        raise BudgetError(f"wage must be a positive amount in rupiah, not {wage_rp!r}")
    if risk_class is not None and risk_class not in rates_mod.RISK_CLASSES:
        raise BudgetError(f"risk class must be 1-5, not {risk_class!r}")
    segment = GROUP_SEGMENT[worker_group]
    wage_assumed = False
    needs_wage = _needs_wage(rate_table, segment, programs)
    if needs_wage and wage_rp is None:
        wage_rp, wage_assumed = float(DEFAULT_WAGE_RP), True
    risk = risk_class if risk_class is not None else DEFAULT_RISK_CLASS
    try:
        parts = tuple(rates_mod.rate_in_force(rate_table, p, segment, year, wage_rp, risk) for p in programs)
    except RateError as exc:
        raise BudgetError(str(exc)) from exc
    total = round(sum(p.monthly_rp for p in parts))
    used_wage = any(p.basis == "wage_pct" for p in parts)
    used_risk = any(p.risk_class is not None for p in parts)
    return Contribution(segment, tuple(programs), wage_rp if used_wage else None,
                        wage_assumed and used_wage, risk if used_risk else None, parts, int(total))


def _needs_wage(rate_table: pd.DataFrame, segment: str, programs: tuple[str, ...]) -> bool:
    """A wage is needed when some program has only wage-based rates for the segment."""
    for program in programs:
        bases = set(rate_table.loc[(rate_table["program"] == program) & (rate_table["segment"] == segment), "basis"])
        if bases == {"wage_pct"}:
            return True
    return False


def budget_rows(coverage: pd.DataFrame, monthly_rp: int) -> pd.DataFrame:
    """Add uncovered workers, budget needed and gap to per-region coverage/allocation rows.

    ``coverage`` has region_code, name, level, period, active_participants, target_workers,
    allocated_rp, is_demo. Unknown inputs give unknown outputs (NaN), never zero."""
    frame = coverage.copy()
    target = pd.to_numeric(frame["target_workers"], errors="coerce").astype("float64")
    active = pd.to_numeric(frame["active_participants"], errors="coerce").astype("float64")
    allocated = pd.to_numeric(frame["allocated_rp"], errors="coerce").astype("float64")
    # No coverage row for the group: nobody known to be covered yet, but the target is unknown
    # too, so the result stays unknown.
    uncovered = (target - active.fillna(0)).clip(lower=0)
    frame["target_workers"] = target
    frame["active_participants"] = active
    frame["uncovered_workers"] = uncovered
    frame["monthly_contribution_rp"] = float(monthly_rp)
    frame["needed_rp"] = uncovered * monthly_rp * 12
    frame["allocated_rp"] = allocated
    frame["gap_rp"] = frame["needed_rp"] - allocated
    frame["full_cost_rp"] = target * monthly_rp * 12
    return frame.reindex(columns=TABLE_COLUMNS)


def total_row(table: pd.DataFrame, code: str, name: str) -> dict:
    """The province total: sums over kabupaten/kota with data (gap: of regions with both)."""
    def total(col):
        return table[col].sum(min_count=1)

    return {
        "region_code": code, "name": name, "level": "provinsi",
        "period": table["period"].max() if table["period"].notna().any() else None,
        "target_workers": total("target_workers"),
        "active_participants": total("active_participants"),
        "uncovered_workers": total("uncovered_workers"),
        "monthly_contribution_rp": table["monthly_contribution_rp"].iloc[0] if len(table) else None,
        "needed_rp": total("needed_rp"), "allocated_rp": total("allocated_rp"), "gap_rp": total("gap_rp"),
        "full_cost_rp": total("full_cost_rp"), "is_demo": bool(table["is_demo"].any()),
    }


# --- store access -----------------------------------------------------------------------------
def _region(query: Query, code: str) -> dict:
    found = query("budget_region_info", [code])
    if found.empty:
        raise BudgetError(f"unknown region code {code!r} (use a Kemendagri code such as 62 or 62.06)")
    return found.iloc[0].to_dict()


def _coverage(query: Query, province_code: str, region_code: str | None, year: int,
              worker_group: str, as_of: dt.date | None = None) -> pd.DataFrame:
    frame = query("budget_group_coverage", {
        "province_code": province_code, "region_code": region_code, "year": int(year),
        "worker_group": worker_group, "as_of": as_of,
    })
    frame["period"] = pd.to_datetime(frame["period"]).dt.date
    return frame


def province_budget_table(query: Query, province_code: str, year: int, worker_group: str,
                          wage_rp: float | None = None, risk_class: int | None = None,
                          programs: tuple[str, ...] = DEFAULT_PROGRAMS, as_of: dt.date | None = None) -> pd.DataFrame:
    """One row per kabupaten/kota of the province: region_code, name, uncovered_workers,
    monthly_contribution_rp, needed_rp, allocated_rp, gap_rp (and target, active, period,
    full cost, is_demo). The province total is :func:`region_budget` on the province code.
    Headcounts are the year's latest month, or the latest not after ``as_of``."""
    info = _region(query, province_code)
    if info["level"] != "provinsi":
        raise BudgetError(f"{province_code} is a {info['level']}, not a province")
    contribution = monthly_contribution(rates_mod.load_rates(query), worker_group, year, wage_rp,
                                        risk_class, programs)
    return budget_rows(_coverage(query, province_code, None, year, worker_group, as_of), contribution.monthly_rp)


def region_budget(query: Query, region_code: str, year: int, worker_group: str,
                  wage_rp: float | None = None, risk_class: int | None = None,
                  programs: tuple[str, ...] = DEFAULT_PROGRAMS, as_of: dt.date | None = None) -> BudgetResult:
    """The budget figure for a kabupaten/kota, or for a province as the total of its
    kabupaten/kota. The page, the CLI and the brief all show ``needed_rp`` from here
    (headcounts of the year's latest month, or the latest not after ``as_of``)."""
    info = _region(query, region_code)
    year = int(year)
    contribution = monthly_contribution(rates_mod.load_rates(query), worker_group, year, wage_rp,
                                        risk_class, programs)
    is_province = info["level"] == "provinsi"
    province = info["code"] if is_province else info["province_code"]
    only = None if is_province else info["code"]
    table = budget_rows(_coverage(query, province, only, year, worker_group, as_of), contribution.monthly_rp)
    sources = query("budget_allocation_by_source", {
        "province_code": province, "region_code": only, "year": year, "worker_group": worker_group,
    })
    summary = total_row(table, info["code"], info["name"]) if is_province else table.iloc[0].to_dict()
    notes = []
    if contribution.wage_assumed:
        notes.append(f"wage not given: assumed Rp{DEFAULT_WAGE_RP:,} a month")
    no_target = int(table["target_workers"].isna().sum())
    if no_target:
        notes.append(f"{no_target} of {len(table)} region(s) report no target headcount for {worker_group} "
                     f"in {year}: their need is unknown, not zero")
    no_alloc = int(table["allocated_rp"].isna().sum())
    if no_alloc:
        notes.append(f"{no_alloc} of {len(table)} region(s) have no budget record for {worker_group} in {year}")

    def num(value):
        return None if is_missing(value) else float(value)

    period = summary.get("period")
    return BudgetResult(
        region_code=info["code"], name=info["name"], level=info["level"], year=year,
        worker_group=worker_group, contribution=contribution,
        target_workers=num(summary["target_workers"]), active_participants=num(summary["active_participants"]),
        period=None if is_missing(period) else period,
        uncovered_workers=num(summary["uncovered_workers"]), needed_rp=num(summary["needed_rp"]),
        allocated_rp=num(summary["allocated_rp"]), gap_rp=num(summary["gap_rp"]),
        allocated_by_source=sources, regions=table, is_demo=bool(summary["is_demo"]) or bool(sources["is_demo"].any()),
        notes=notes,
    )


def available_years(query: Query) -> list[int]:
    return [int(y) for y in query("budget_years")["year"]]
