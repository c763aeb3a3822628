"""``python -m analytics``: the command line over the same functions the app uses.

Each area registers its own subcommands in a module of this package (a ``register`` function
taking the argparse subparsers), listed in CLI_MODULES. Shared helpers live in
``analytics.cli.common``; area modules import from there, never from this dispatcher.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from analytics.cli.common import CliError

CLI_MODULES = [
    "analytics.cli.core",
    "analytics.cli.dataset",
    "analytics.cli.geo",
    "analytics.cli.budget",
    "analytics.cli.brief",
    "analytics.cli.ucj",
    "analytics.cli.followups",
    "analytics.cli.serving",
]


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
