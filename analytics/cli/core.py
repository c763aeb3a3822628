"""Core commands: init, import, sql, batches, rollback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analytics import lifecycle
from analytics.ingest import datasets, importers, refdata, tabular
from analytics.explorer.readonly import QueryRefused, explorer_for
from analytics.cli.common import (
    CliError, dataset_errors, dataset_query, dataset_store, dataset_writer, db_argument, resolve_db, stderr_progress,
    writer_options,
)
from analytics.store import StoreError


def register(subparsers) -> None:
    p = subparsers.add_parser("init", help="create or migrate a database and load reference data")
    db_argument(p)
    p.add_argument("--demo", action="store_true", help="also load the deterministic demo dataset")
    p.add_argument("--source", type=Path, help="local directory laid out like shared/data (no download)")
    p.set_defaults(handler=cmd_init)

    p = subparsers.add_parser("import", help="import a coverage, regulations, budget or employment file")
    p.add_argument("dataset", choices=list(datasets.SPECS))
    p.add_argument("file", type=Path)
    db_argument(p)
    p.add_argument("--sheet", help="sheet name or 0-based index (XLSX)")
    p.add_argument("--period", help="period for every row, YYYY-MM (coverage)")
    p.add_argument("--segment", help="segment for every row: PU, BPU, JAKON, PMI (coverage)")
    p.add_argument("--group", help="worker group for every row, e.g. non_asn (coverage, budget)")
    p.add_argument("--year", help="year for every row (budget, employment)")
    p.add_argument("--instrument", help="instrument for every row, e.g. perbup (regulations)")
    p.add_argument("--status", help="status for every row (regulations)")
    p.add_argument("--funding-source", help="funding source for every row, e.g. apbd (budget)")
    p.add_argument("--edition", help="Sakernas edition for every row (employment)")
    p.add_argument("--province", help="province context for region names, e.g. 62 or Kalteng")
    p.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                   help="override the detected column mapping (repeatable)")
    p.add_argument("--dry-run", action="store_true", help="validate only; write nothing")
    p.add_argument("--max-size", type=float, metavar="MB",
                   help=f"largest file accepted, in MB (default {tabular.DEFAULT_MAX_BYTES // 2**20}, as on the "
                        "data page); a workbook's parts may unpack to limits that grow with it")
    p.set_defaults(handler=cmd_import)

    p = subparsers.add_parser("batches", help="list import batches")
    db_argument(p)
    p.set_defaults(handler=cmd_batches)

    p = subparsers.add_parser("rollback", help="roll back an import batch")
    p.add_argument("batch_id", type=int)
    db_argument(p)
    p.set_defaults(handler=cmd_rollback)

    p = subparsers.add_parser("fetch", help="download (or verify a local copy of) the reference data")
    p.add_argument("--source", type=Path, help="local directory laid out like shared/data")
    p.set_defaults(handler=cmd_fetch)

    register_sql(subparsers)


def cmd_init(args: argparse.Namespace) -> int:
    path = resolve_db(args)
    with dataset_errors():
        result = lifecycle.create(path, demo=args.demo, source=args.source, progress=stderr_progress,
                                  **writer_options(path))
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for line in result.done:
        print(f"{path}: {line}")
    if not result.done:
        print(f"{path}: already in line with this code and its curated files; nothing changed")
    print(f"{path}: schema version {result.schema_version}, {result.regions} regions, "
          f"{len(result.batches)} new batch(es)")
    return 0


_CONSTANT_ARGS = {
    "period": "period", "segment": "segment", "group": "worker_group", "year": "year",
    "instrument": "instrument", "status": "status", "funding_source": "funding_source",
    "edition": "edition", "province": "province",
}
# Import messages name a value for the whole file (and the sheet) by the flag that gives it.
WORDING = importers.Wording(
    {field: "--" + arg.replace("_", "-") for arg, field in _CONSTANT_ARGS.items()} | {"sheet": "--sheet"})


def cmd_import(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CliError(f"{args.file}: no such file")
    if args.max_size is not None and not args.max_size > 0:
        raise CliError("--max-size must be above 0 (MB)")
    max_bytes = int(args.max_size * 2**20) if args.max_size is not None else tabular.DEFAULT_MAX_BYTES
    size = args.file.stat().st_size
    if size > max_bytes:  # before reading it into memory
        raise CliError(f"{args.file}: {size / 2**20:.1f} MB, over the {max_bytes / 2**20:g} MB limit "
                       "(raise it with --max-size MB)")
    constants = {field: getattr(args, arg) for arg, field in _CONSTANT_ARGS.items() if getattr(args, arg)}
    mapping = None
    sheet = args.sheet
    if sheet is not None and sheet.isdigit():
        sheet = int(sheet)
    report = importers.prepare(args.dataset, args.file.read_bytes(), args.file.name, sheet=sheet,
                               constants=constants, max_bytes=max_bytes)
    if args.map:
        mapping = dict(report.mapping)
        for item in args.map:
            header, _, field = item.partition("=")
            if header not in report.headers:
                raise CliError(f"--map {item}: no column {header!r}; columns are {report.headers}")
            mapping[header] = field or ""
        report = importers.prepare(args.dataset, args.file.read_bytes(), args.file.name, sheet=sheet,
                                   constants=constants, mapping=mapping, max_bytes=max_bytes)
    if report.ok and not args.dry_run:
        with dataset_writer(args) as store:
            importers.commit(store, report)
    print(report.summary(WORDING), file=sys.stdout if report.ok else sys.stderr)
    if report.ok and args.dry_run:
        print("dry run: nothing written")
    return 0 if report.ok else 1


def cmd_batches(args: argparse.Namespace) -> int:
    dataset_query(args)("batches").to_csv(sys.stdout, index=False)
    return 0


def cmd_rollback(args: argparse.Namespace) -> int:
    try:
        with dataset_writer(args) as store:
            store.rollback_batch(args.batch_id)
    except StoreError as exc:
        raise CliError(str(exc)) from exc
    print(f"batch {args.batch_id} rolled back")
    return 0


def cmd_fetch(args: argparse.Namespace) -> int:
    try:
        for dataset in refdata.DATASETS:
            root = refdata.ensure_dataset(dataset, source=args.source, progress=stderr_progress)
            print(f"{dataset}: {root}")
    except refdata.ReferenceDataError as exc:
        raise CliError(str(exc)) from exc
    return 0


def register_sql(subparsers) -> None:
    p = subparsers.add_parser("sql", help="run one read-only SELECT query and print CSV")
    p.add_argument("query")
    db_argument(p)
    p.add_argument("--max-rows", type=int, default=10_000)
    p.add_argument("--timeout", type=float, default=30.0, help="seconds before the query is stopped")
    p.set_defaults(handler=cmd_sql)


def cmd_sql(args: argparse.Namespace) -> int:
    store = dataset_store(args)
    try:
        result = explorer_for(store).run(args.query, max_rows=args.max_rows, timeout_s=args.timeout)
    except QueryRefused as exc:
        raise CliError(f"query refused: {exc}") from exc
    result.frame.to_csv(sys.stdout, index=False)
    if result.truncated:
        print(f"warning: output cut at {args.max_rows} rows (--max-rows)", file=sys.stderr)
    return 0
