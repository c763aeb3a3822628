"""Whole-dataset commands: the published snapshots, restoring one, a backup copy."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from analytics import snapshots
from analytics.cli.common import CliError, dataset_errors, db_argument, resolve_db


def register(subparsers) -> None:
    p = subparsers.add_parser("snapshots", help="list the kept published snapshots of the dataset")
    db_argument(p)
    p.set_defaults(handler=cmd_snapshots)

    p = subparsers.add_parser("restore", help="republish a kept snapshot (a whole-dataset undo)")
    p.add_argument("snapshot_id", type=int)
    db_argument(p)
    p.set_defaults(handler=cmd_restore)

    p = subparsers.add_parser("backup", help="copy the published snapshot to a file")
    p.add_argument("target", type=Path, help="file (or directory) to write")
    db_argument(p)
    p.set_defaults(handler=cmd_backup)


def cmd_snapshots(args: argparse.Namespace) -> int:
    path = resolve_db(args)
    kept = snapshots.history(path)
    if not kept and not path.exists():
        raise CliError(f"{path}: no such database (create it with: python -m analytics init --db {path})")
    try:
        current = snapshots.reader(path).state()
    except snapshots.DatasetError as exc:
        current = None
        print(f"warning: {exc}")
    if current is not None and current.problem:
        print(f"warning: {current.problem}")
    print("id,published_at,published_by,note,size_bytes,intact,current")
    for snap in kept:
        is_current = current is not None and current.snapshot_id == snap.id
        note = (snap.note or "").replace(",", ";")
        print(f"{snap.id},{snap.published_at or ''},{(snap.published_by or '').replace(',', ';')},{note},"
              f"{snap.size or ''},{'yes' if snap.intact else 'no: ' + (snap.problem or '')},{'yes' if is_current else ''}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    path = resolve_db(args)
    with dataset_errors():
        new_id = snapshots.restore(path, args.snapshot_id, who=f"{getpass.getuser()} (cli)",
                                   on_wait=lambda h: print(f"{path}: {snapshots.describe_wait(h)}"))
    print(f"{path}: snapshot {args.snapshot_id} republished as snapshot {new_id}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    path = resolve_db(args)
    with dataset_errors():
        target = snapshots.backup(path, args.target)
    print(f"{path}: published snapshot copied to {target}")
    return 0
