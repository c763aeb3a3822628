"""UCJ and budget-cycle commands: ``ucj`` (rates with numerator, denominator, edition, band,
target) and ``cycles`` (groups whose active count fell close to zero, like-month figures)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

import pandas as pd

from analytics import cycles, ucj
from analytics.cli.common import CliError, dataset_query, db_argument

UCJ_COLUMNS = ["region_code", "name", "level", "period", "active_participants", "employed", "edition",
               "employment_year", "numerator_source", "ucj_pct", "band", "target_pct", "gap_pp",
               "target_source", "is_demo"]


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "ucj", help="UCJ per province (or the kabupaten/kota of one) with numerator, denominator, edition, band")
    db_argument(p)
    p.add_argument("--period", help="month YYYY-MM (default: each region's latest)")
    p.add_argument("--province", help="list this province's kabupaten/kota instead of the provinces, e.g. 35")
    p.add_argument("--bands", help="bands CSV (default data/ucj_bands.csv)")
    p.set_defaults(handler=cmd_ucj)

    p = subparsers.add_parser(
        "cycles", help="groups whose active count fell close to zero in the last 12 months (payment cycles?)")
    db_argument(p)
    p.add_argument("--province", help="province code, e.g. 11 (default: every region)")
    p.add_argument("--as-of", help="date YYYY-MM-DD (default: today)")
    p.add_argument("--all", action="store_true", help="list every region and group, flagged or not")
    p.set_defaults(handler=cmd_cycles)



def _month(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        stamp = pd.Timestamp(f"{text}-01" if len(text) == 7 else text)
    except ValueError:
        raise CliError(f"--period {text!r}: expected a month as YYYY-MM") from None
    return dt.date(stamp.year, stamp.month, 1)


def cmd_ucj(args: argparse.Namespace) -> int:
    try:
        bands = ucj.load_bands(args.bands)
    except ucj.BandsError as exc:
        raise CliError(str(exc)) from exc
    query = dataset_query(args)
    period = _month(args.period)
    if args.province:
        frame = ucj.kabkota_ucj(query, args.province, period, bands)
        if frame.empty:
            raise CliError(f"--province {args.province!r}: no kabupaten/kota with that province code")
    else:
        frame = ucj.region_ucj(query, None, period, bands)
        national = ucj.national_ucj(query, period)
        if national and national.get("ucj_pct") is not None:
            print(f"national UCJ {national['period']:%Y-%m}: {national['ucj_pct']:.2f}% = "
                  f"{national['active_participants']:,} / {national['employed']:,} "
                  f"({national['provinces_included']} of {national['provinces_total']} provinces; "
                  f"target {national['target_pct'] if national.get('target_pct') is not None else 'none'})",
                  file=sys.stderr)
    frame.reindex(columns=UCJ_COLUMNS).to_csv(sys.stdout, index=False)
    return 0


def cmd_cycles(args: argparse.Namespace) -> int:
    as_of = dt.date.today()
    if args.as_of:
        try:
            as_of = dt.date.fromisoformat(args.as_of)
        except ValueError:
            raise CliError(f"--as-of {args.as_of!r}: expected a date YYYY-MM-DD") from None
    query = dataset_query(args)
    frame = cycles.flag_regions(query, args.province, as_of, only_flagged=not args.all)
    frame.to_csv(sys.stdout, index=False)
    if not args.all:
        print(f"{len(frame)} group(s) with a month below 20% of the previous 12 months' maximum; "
              f"{int(frame['likely_cycle'].sum()) if len(frame) else 0} likely payment cycle(s)",
              file=sys.stderr)
    return 0
