"""Budget and Paritrana commands: ``budget`` (the simulator's figure) and ``paritrana`` (scores to XLSX)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from analytics import budget, paritrana
from analytics.cli.common import CliError, dataset_query, db_argument


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "budget", help="budget needed to cover a worker group's uncovered workers (same figure as the page)")
    db_argument(p)
    p.add_argument("--region", required=True, help="Kemendagri code: kabupaten/kota (62.06) or province (62)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--group", default="non_asn", choices=budget.BUDGET_GROUPS, help="worker group (default non_asn)")
    p.add_argument("--wage", type=float, help=f"monthly wage in rupiah for wage earners "
                                               f"(default {budget.DEFAULT_WAGE_RP}, an assumption)")
    p.add_argument("--risk-class", type=int, choices=[1, 2, 3, 4, 5],
                   help=f"JKK risk class (default {budget.DEFAULT_RISK_CLASS})")
    p.add_argument("--programs", default=",".join(budget.DEFAULT_PROGRAMS),
                   help="programs paid, comma-separated (default JKK,JKM)")
    p.add_argument("--as-of", type=_date, help="headcounts of the latest month not after this date "
                   "(YYYY-MM-DD; default: the year's latest month), as the province brief uses")
    p.add_argument("--table", action="store_true", help="also print the per-kabupaten/kota table as CSV")
    p.set_defaults(handler=cmd_budget)

    p = subparsers.add_parser("paritrana", help="Paritrana scores per province and kabupaten/kota to XLSX")
    db_argument(p)
    p.add_argument("--year", type=int, required=True, help="assessment year (data of that calendar year)")
    p.add_argument("--out", type=Path, required=True, help="XLSX file to write")
    p.add_argument("--criteria", type=Path, help="criteria CSV (default data/paritrana_criteria.csv)")
    p.set_defaults(handler=cmd_paritrana)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc



def cmd_budget(args: argparse.Namespace) -> int:
    query = dataset_query(args)
    programs = tuple(p.strip().upper() for p in args.programs.split(",") if p.strip())
    try:
        result = budget.region_budget(query, args.region, args.year, args.group, args.wage,
                                      args.risk_class, programs, as_of=args.as_of)
    except budget.BudgetError as exc:
        raise CliError(str(exc)) from exc
    print(format_result(result))
    if args.table:
        result.regions.to_csv(sys.stdout, index=False)
    return 0


def _num(value, unit: str = "") -> str:
    if value is None:
        return "no data"
    return f"{'-' if value < 0 else ''}{unit}{abs(value):,.0f}"


def format_result(r: budget.BudgetResult) -> str:
    c = r.contribution
    lines = [
        f"{r.name} ({r.region_code}), {r.year}, group {r.worker_group} (segment {c.segment})"
        + (" [DEMO DATA]" if r.is_demo else ""),
        f"monthly contribution per worker: Rp{c.monthly_rp:,} ({c.describe()})",
        *[f"  rate: {p.program} {p.basis} {p.rate:g}"
          + (f" risk class {p.risk_class}" if p.risk_class is not None else "")
          + f", valid from {p.valid_from}, {p.legal_source}" for p in c.parts],
        f"target workers: {_num(r.target_workers)}; active: {_num(r.active_participants)}"
        + (f" ({r.period:%Y-%m})" if r.period else ""),
        f"uncovered workers: {_num(r.uncovered_workers)}",
        f"budget needed (uncovered x monthly x 12): {_num(r.needed_rp, 'Rp')}",
        f"allocated: {_num(r.allocated_rp, 'Rp')}"
        + "".join(f"; {s.funding_source} Rp{s.allocated_rp:,.0f}" for s in r.allocated_by_source.itertuples()),
        f"gap (needed - allocated): {_num(r.gap_rp, 'Rp')}",
        *[f"note: {n}" for n in r.notes],
        f"needed_rp={'' if r.needed_rp is None else int(round(r.needed_rp))}",
    ]
    return "\n".join(lines)


def cmd_paritrana(args: argparse.Namespace) -> int:
    query = dataset_query(args)
    try:
        criteria = paritrana.load_criteria(args.criteria)
        scores = paritrana.score_all(query, args.year, criteria)
        data = paritrana.to_xlsx(scores)
    except paritrana.CriteriaError as exc:
        raise CliError(str(exc)) from exc
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    for level, frame in scores.levels.items():
        top = frame.head(3)
        best = ", ".join(f"{row.rank}. {row.name} {row.total:.2f}" for row in top.itertuples())
        print(f"{level}: {len(frame)} regions scored; top: {best}")
    print(f"wrote {args.out} (criteria sha256 {scores.criteria_sha256[:12]}, data version {scores.data_version}"
          + (", DEMO DATA" if scores.is_demo else "") + ")")
    return 0
