"""Serving commands: the editor link bin/start and bin/serve print, the shared password's hash,
the host names HAProxy lets through (README "Roles"), and the warm-up bin/serve runs against
each worker before it says it is ready (README "Serving")."""

from __future__ import annotations

import argparse
import getpass
import sys

from analytics import config
from analytics.cli.common import CliError


def register(subparsers) -> None:
    p = subparsers.add_parser("editor-link", help="print the editor link (makes the editor token when missing)")
    p.add_argument("--url", default="http://localhost:8501/", help="the address people open (default %(default)s)")
    p.add_argument("--describe", action="store_true", help="also say who may edit under this configuration")
    p.set_defaults(handler=cmd_editor_link)

    p = subparsers.add_parser("password-hash", help="make the salted scrypt hash of the shared editor password")
    p.set_defaults(handler=cmd_password_hash)

    p = subparsers.add_parser("allowed-hosts", help="print the host names the server answers for, one a line")
    p.set_defaults(handler=cmd_allowed_hosts)

    p = subparsers.add_parser("warm-up", help="open the main pages once on each running Streamlit worker "
                                              "(bin/serve runs it before it says it is ready)")
    p.add_argument("urls", nargs="+", metavar="URL", help="a worker's address, e.g. http://127.0.0.1:8502")
    p.add_argument("--pages", default=None,
                   help="comma list of URL paths, each with its query if any ('' or 'overview' for the "
                        "default page; 'brief?brief_province=35'); default: overview,brief,map,regulations")
    p.add_argument("--timeout", type=float, default=None,
                   help="seconds for all pages of all workers together (default 120)")
    p.set_defaults(handler=cmd_warm_up)


def cmd_editor_link(args: argparse.Namespace) -> int:
    from analytics.web import roles

    env = config.role_settings()
    token = env["token"] or roles.ensure_token(config.editor_token_path())
    base = args.url if args.url.endswith("/") else args.url + "/"
    if args.describe:
        print(roles.describe(roles.load_config()))
    if env["read_only"]:
        print("(read-only: the editor link gives no rights)")
    print(f"{base}?{roles.TOKEN_PARAM}={token}")
    return 0


def cmd_password_hash(args: argparse.Namespace) -> int:
    from analytics.web import roles

    if sys.stdin.isatty():
        password = getpass.getpass("Editor password: ")
        if getpass.getpass("Again: ") != password:
            raise CliError("the two passwords differ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if len(password) < 8:
        raise CliError("the editor password needs at least 8 characters")
    print(roles.hash_password(password))
    print("set it as JAMSOSTEK_EDITOR_PASSWORD_HASH='...' (single quotes: it holds $) "
          "or [roles] editor_password_hash in .streamlit/secrets.toml", file=sys.stderr)
    return 0


def cmd_allowed_hosts(args: argparse.Namespace) -> int:
    from analytics.web import roles

    for host in sorted(roles.load_config().allowed_hosts):
        print(host)
    return 0


def cmd_warm_up(args: argparse.Namespace) -> int:
    """Exit 0 when every page opened on every worker, 1 otherwise (each problem printed)."""
    from analytics.web import warmup

    pages = warmup.DEFAULT_PAGES
    if args.pages is not None:
        pages = tuple("" if p.strip() in ("", "overview") else p.strip().lstrip("/") for p in args.pages.split(","))
    timeout = warmup.DEFAULT_TIMEOUT_S if args.timeout is None else args.timeout
    if timeout <= 0:
        raise CliError("--timeout must be a positive number of seconds")
    for url in args.urls:
        if not url.startswith(("http://", "https://")):
            raise CliError(f"warm-up: '{url}' is not an http(s) address (e.g. http://127.0.0.1:8502)")
    results = warmup.warm(args.urls, pages, timeout)
    for result in results:
        print(("warmed " if result.ok else "warm-up incomplete: ") + result.summary(), flush=True)
    return 0 if all(r.ok for r in results) else 1
