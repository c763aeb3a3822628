"""Sheets a province fills in: ``status-sheet`` (regulation status of every kabupaten/kota on a
date) and ``coverage-sheet`` (participants of every kabupaten/kota for one month, segment and
worker group). Both import back: ``import regulation_status FILE``, ``import coverage FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from analytics import i18n, regulation_sheet
from analytics.cli.common import CliError, dataset_query, db_argument
from analytics.maps.metrics import SEGMENTS


def register(subparsers) -> None:
    p = subparsers.add_parser("status-sheet", help="XLSX a province fills in: regulation status of its kab/kota")
    db_argument(p)
    p.add_argument("--province", required=True, help="Kemendagri province code, e.g. 62")
    p.add_argument("--as-of", required=True, help="date YYYY-MM-DD the sheet asks about")
    p.add_argument("--out", type=Path, required=True, help="output file ending in .xlsx")
    p.add_argument("--lang", choices=i18n.LANGUAGES, default=i18n.DEFAULT_LANGUAGE,
                   help="language of the instructions sheet (default id)")
    p.set_defaults(handler=cmd_status_sheet)

    p = subparsers.add_parser("coverage-sheet", help="XLSX a branch office fills in: participants per kab/kota")
    db_argument(p)
    p.add_argument("--province", required=True, help="Kemendagri province code, e.g. 62")
    p.add_argument("--period", required=True, help="month YYYY-MM")
    p.add_argument("--segment", default="ALL", choices=[s for s in SEGMENTS if s != "all"] + ["ALL"],
                   help="segment of the figures (default ALL: a total without a segment split)")
    p.add_argument("--group", default="all", help="worker group, e.g. non_asn (default all)")
    p.add_argument("--out", type=Path, required=True, help="output file ending in .xlsx")
    p.add_argument("--lang", choices=i18n.LANGUAGES, default=i18n.DEFAULT_LANGUAGE)
    p.set_defaults(handler=cmd_coverage_sheet)


def _out(path: Path) -> Path:
    if path.suffix.lower() != ".xlsx":
        raise CliError(f"--out {path}: the file must end in .xlsx")
    return path


def cmd_status_sheet(args: argparse.Namespace) -> int:
    out = _out(args.out)
    i18n.set_language(args.lang)
    try:
        data = regulation_sheet.status_sheet(dataset_query(args), args.province, args.as_of)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    out.write_bytes(data)
    print(f"wrote {out} ({len(data):,} bytes)")
    return 0


def cmd_coverage_sheet(args: argparse.Namespace) -> int:
    from analytics.ingest import datasets

    out = _out(args.out)
    if datasets.canonical_value("worker_group", args.group) != args.group:
        raise CliError(f"--group {args.group}: choose one of {', '.join(datasets.allowed_values('worker_group'))}")
    i18n.set_language(args.lang)
    try:
        data = regulation_sheet.coverage_sheet(dataset_query(args), args.province, args.period, args.segment,
                                               args.group)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    out.write_bytes(data)
    print(f"wrote {out} ({len(data):,} bytes)")
    return 0
