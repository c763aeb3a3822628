"""``python -m analytics``: the command line over the same functions the app uses.

Each area registers its own subcommands in ``analytics/cli_<area>.py`` (a ``register``
function taking the argparse subparsers); they are listed in CLI_MODULES.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from analytics import config

CLI_MODULES = [
    "analytics.cli_core",
    "analytics.cli_geo",
    "analytics.cli_budget",
    "analytics.cli_brief",
    "analytics.cli_ucj",
]


def db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, default=None,
        help=f"DuckDB database file (default: ${config.ENV_DB} or {config.DEFAULT_DB_PATH})",
    )


def resolve_db(args: argparse.Namespace) -> Path:
    return args.db or config.db_path()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analytics",
        description="BPJamsostek coverage and Inpres 2/2021 regulation analytics",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in CLI_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return 130
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code


class CliError(RuntimeError):
    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def stderr_progress(label: str, done: int, total: int) -> None:
    """A one-line progress bar on stderr for downloads and long preparations."""
    width = 30
    frac = done / total if total else 1.0
    bar = "#" * int(frac * width)
    print(f"\r[{bar:<{width}}] {frac * 100:5.1f}% {label[-40:]:<40}", end="", file=sys.stderr, flush=True)
    if done >= total:
        print(file=sys.stderr)
