"""What every CLI area shares: the --db argument, errors that end a command, a progress bar,
and the direct (uncached) query callable the library functions take."""

from __future__ import annotations

import argparse
import getpass
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from analytics import config, lifecycle, snapshots
from analytics.queries import Query, direct


class CliError(RuntimeError):
    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, default=None,
        help=f"DuckDB database file (default: ${config.ENV_DB} or {config.DEFAULT_DB_PATH})",
    )


def resolve_db(args: argparse.Namespace) -> Path:
    return args.db or config.db_path()


def dataset_store(args: argparse.Namespace):
    """The published snapshot of the dataset ``--db`` names, read-only (a running dashboard
    may be reading it too). A dataset published by older code is brought in line first, as the
    dashboard does. A damaged dataset file is reported, and the newest intact snapshot is read
    instead."""
    with dataset_errors():
        state = lifecycle.open_published(resolve_db(args), who="cli")
    if state.problem:
        print(f"warning: {state.problem}", file=sys.stderr)
    return state.store


def dataset_query(args: argparse.Namespace) -> Query:
    """The direct query callable over the dataset ``--db`` names, for commands that only read."""
    return direct(dataset_store(args))


@contextmanager
def dataset_errors() -> Iterator[None]:
    """A dataset that cannot be read or written ends the command with its message."""
    try:
        yield
    except snapshots.DatasetError as exc:
        raise CliError(str(exc)) from None


def writer_options(path: Path) -> dict:
    """Who writes (for the snapshot history), and the lines a writer prints while it waits
    for another one and once it has published."""
    try:
        who = f"{getpass.getuser()}@{socket.gethostname()} (cli)"
    except (KeyError, OSError):
        who = "cli"

    def waiting(holder) -> None:
        print(f"{path}: {snapshots.describe_wait(holder)}", file=sys.stderr, flush=True)

    def published(snapshot_id: int) -> None:
        print(f"{path}: published snapshot {snapshot_id}", file=sys.stderr)

    return {"who": who, "on_wait": waiting, "on_published": published}


@contextmanager
def dataset_writer(args: argparse.Namespace, what: str | None = None) -> Iterator:
    """A writable copy of the dataset ``--db`` names, for commands that change data; published
    atomically when the block ends (running dashboards see it at their next page view), left
    unpublished on an error. Waits, and says so, while another writer works."""
    path = resolve_db(args)
    what = what or " ".join(sys.argv[1:3]) or getattr(args, "command", "write")
    with dataset_errors(), lifecycle.writing(path, what=what, **writer_options(path)) as store:
        yield store


def stderr_progress(label: str, done: int, total: int) -> None:
    """A one-line progress bar on stderr for downloads and long preparations."""
    width = 30
    frac = done / total if total else 1.0
    bar = "#" * int(frac * width)
    print(f"\r[{bar:<{width}}] {frac * 100:5.1f}% {label[-40:]:<40}", end="", file=sys.stderr, flush=True)
    if done >= total:
        print(file=sys.stderr)
