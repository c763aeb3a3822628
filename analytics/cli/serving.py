"""Serving commands: the editor link bin/start and bin/serve print, the shared password's hash,
and the host names HAProxy lets through (README "Roles")."""

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
