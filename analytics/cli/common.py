"""What every CLI area shares: the --db argument, errors that end a command, a progress bar,
and the direct (uncached) query callable the library functions take."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from analytics import config
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


def dataset_query(args: argparse.Namespace) -> Query:
    """The direct query callable over the dataset ``--db`` names, for commands that only read."""
    from analytics.store import open_store

    path = resolve_db(args)
    if not Path(path).exists():
        raise CliError(f"{path}: no such database (create it with: python -m analytics init --db {path})")
    return direct(open_store(path))


@contextmanager
def dataset_writer(args: argparse.Namespace) -> Iterator:
    """A writable store of the dataset ``--db`` names, for commands that change data. Write
    commands go through here (never ``open_store`` themselves), so how a change is made
    durable and visible to running dashboards is decided in one place."""
    from analytics.store import open_store

    yield open_store(resolve_db(args))


def stderr_progress(label: str, done: int, total: int) -> None:
    """A one-line progress bar on stderr for downloads and long preparations."""
    width = 30
    frac = done / total if total else 1.0
    bar = "#" * int(frac * width)
    print(f"\r[{bar:<{width}}] {frac * 100:5.1f}% {label[-40:]:<40}", end="", file=sys.stderr, flush=True)
    if done >= total:
        print(file=sys.stderr)
