"""``followups``: the register of follow-ups agreed in meetings (analytics/followups).

    followups add --province 62 --region 62.10 --kind regulation --action "..." --owner "..."
                  --meeting 2021-11-15 --due 2022-03-31 [--target N --unit workers|percent|rupiah]
    followups list --province 62 --as-of 2022-04-01 [--status open] [--overdue] [--disagreement]
    followups update ID --status done [--owner ...] [--due ...] [--note ...] --by NAME
    followups export --province 62 --as-of 2022-04-01 --out f.csv|f.xlsx
    followups import FILE [--dry-run]
    followups history ID

Writes go through ``dataset_writer``; ``--by`` names who made a change (default: the OS user).
Every action takes ``--lang id|en`` (default id): the language of refusals, the import report and
the judged ``data_detail``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from analytics import exports, followups, i18n
from analytics import regulations as regs
from analytics.cli.common import CliError, dataset_query, dataset_writer, db_argument
from analytics.ingest import followups as fu_import


def _who() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some containers
        return "cli"


def register(subparsers) -> None:
    top = subparsers.add_parser("followups", help="the register of follow-ups agreed in meetings")
    actions = top.add_subparsers(dest="followups_action", required=True, metavar="ACTION")

    def common(p, by=False):
        db_argument(p)
        p.add_argument("--lang", choices=i18n.LANGUAGES, default=i18n.DEFAULT_LANGUAGE,
                       help="language of messages, reports and the data_detail text (default id)")
        if by:
            p.add_argument("--by", default=_who(), help="who makes the change (default: the OS user)")

    def item_options(p, required: bool):
        p.add_argument("--region", help="kabupaten/kota code, e.g. 62.10 (none: the province itself)")
        p.add_argument("--kind", required=required, choices=followups.KINDS)
        p.add_argument("--action", required=required, help="what is to be done")
        p.add_argument("--owner", required=required, help="the office or institution responsible")
        p.add_argument("--meeting", required=required, help="date of the meeting that agreed it, YYYY-MM-DD")
        p.add_argument("--due", help="due date YYYY-MM-DD")
        p.add_argument("--target", help="coverage: workers or a percentage (85%%); budget: an amount in rupiah")
        p.add_argument("--unit", choices=("workers", "percent", "rupiah"), help="what --target counts")
        p.add_argument("--group", help="worker group the target is about, e.g. non_asn (default: all workers)")
        p.add_argument("--year", help="budget year of a budget item (default: the due date's year)")
        p.add_argument("--note", help="note or evidence")
        p.add_argument("--evidence", help="a link to the evidence (http/https)")

    p = actions.add_parser("add", help="add an item")
    common(p, by=True)
    p.add_argument("--province", required=True, help="Kemendagri province code, e.g. 62")
    item_options(p, required=True)
    p.add_argument("--status", choices=followups.STATUSES, default="open")
    p.set_defaults(handler=cmd_add)

    p = actions.add_parser("update", help="change an item (its history keeps the old values)")
    common(p, by=True)
    p.add_argument("id", type=int)
    p.add_argument("--status", choices=followups.STATUSES)
    p.add_argument("--province", help="move the item to another province")
    p.add_argument("--version", type=int, dest="based_on",
                   help="the item's version the change is made on (see `followups list`): refused when the "
                        "item changed since")
    item_options(p, required=False)
    p.set_defaults(handler=cmd_update)

    for name, helptext in (("list", "print the register judged as of a date"),
                           ("export", "write the register judged as of a date to CSV or XLSX")):
        p = actions.add_parser(name, help=helptext)
        common(p)
        p.add_argument("--province", help="Kemendagri province code (default: every province)")
        p.add_argument("--as-of", help="the date the data judges on, YYYY-MM-DD (default: today)")
        p.add_argument("--status", action="append", choices=followups.STATUSES, default=[])
        p.add_argument("--kind", action="append", choices=followups.KINDS, default=[])
        p.add_argument("--overdue", action="store_true", help="only overdue items")
        p.add_argument("--disagreement", action="store_true", help="only items whose status and data differ")
        if name == "export":
            p.add_argument("--out", type=Path, required=True, help="output file ending in .csv or .xlsx")
        p.set_defaults(handler=cmd_list if name == "list" else cmd_export)

    p = actions.add_parser("import", help="add or change items from a CSV/XLSX file, all or nothing")
    common(p, by=True)
    p.add_argument("file", type=Path)
    p.add_argument("--sheet", help="sheet name or 0-based index (XLSX)")
    p.add_argument("--dry-run", action="store_true", help="validate only; write nothing")
    p.set_defaults(handler=cmd_import)

    p = actions.add_parser("history", help="every change of an item: who, when, old -> new")
    common(p)
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_history)


def _values(args: argparse.Namespace) -> dict:
    """The item fields given on the command line (absent options are not changes)."""
    names = {"province": "province_code", "region": "region_code", "kind": "kind", "action": "action",
             "owner": "owner", "meeting": "agreed_at_meeting", "due": "due_date", "status": "status",
             "target": "target_value", "unit": "target_unit", "group": "worker_group", "year": "budget_year",
             "note": "note", "evidence": "evidence_url"}
    return {field: getattr(args, arg) for arg, field in names.items() if getattr(args, arg, None) is not None}


def cmd_add(args: argparse.Namespace) -> int:
    i18n.set_language(args.lang)
    try:
        with dataset_writer(args) as store:
            item_id = followups.add_item(store, _values(args), by=args.by)
    except followups.FollowupError as exc:
        raise CliError(i18n.t("fu.cli.not_added", problems="; ".join(exc.texts()))) from None
    print(i18n.t("fu.cli.added", id=item_id))
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    i18n.set_language(args.lang)
    changes = _values(args)
    if not changes:
        raise CliError("nothing to change: give --status, --owner, --due, --note ...")
    try:
        with dataset_writer(args, what=f"followups update {args.id}") as store:
            changed = followups.update_item(store, args.id, {**changes, followups.VERSION: args.based_on},
                                            by=args.by)
    except followups.FollowupError as exc:
        raise CliError(i18n.t("fu.cli.not_changed", problems="; ".join(exc.texts()))) from None
    print(i18n.t("fu.cli.changed", id=args.id, fields=", ".join(i18n.t(f"fu.field.{f}") for f in changed)) if changed
          else i18n.t("fu.cli.unchanged", id=args.id))
    return 0


def _judged(args: argparse.Namespace):
    i18n.set_language(args.lang)
    try:
        day = regs.as_date(args.as_of) if args.as_of else i18n.today()
    except ValueError as exc:
        raise CliError(f"--as-of: {exc}") from None
    query = dataset_query(args)
    if args.province and query("budget_region_info", [args.province]).empty:
        raise CliError(f"unknown province code {args.province!r} (use a Kemendagri code such as 62)")
    judged = followups.register(query, args.province, day)
    shown = followups.filter_register(judged, args.status, args.kind, args.overdue, args.disagreement)
    return followups.export_frame(shown), day


def cmd_list(args: argparse.Namespace) -> int:
    frame, day = _judged(args)
    print(f"{len(frame)} follow-up(s) as of {day:%Y-%m-%d}", file=sys.stderr)
    columns = ["id", "version", "province_code", "region_code", "kind", "action", "owner", "agreed_at_meeting",
               "due_date", "status", "met_by_data", "overdue", "disagreement", "data_detail"]
    frame[columns].to_csv(sys.stdout, index=False)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise CliError(f"--out {args.out}: the file must end in .csv or .xlsx")
    frame, day = _judged(args)
    data = exports.csv_bytes(frame) if suffix == ".csv" else exports.xlsx_bytes(frame, sheet="tindak_lanjut")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_name(f".{args.out.name}.part")
    tmp.write_bytes(data)
    tmp.replace(args.out)
    print(f"wrote {args.out} ({len(frame)} follow-up(s) as of {day:%Y-%m-%d})")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    i18n.set_language(args.lang)
    if not args.file.is_file():
        raise CliError(f"{args.file}: no such file")
    sheet = int(args.sheet) if args.sheet and args.sheet.isdigit() else args.sheet
    report = fu_import.prepare(dataset_query(args), args.file.read_bytes(), args.file.name, sheet=sheet)
    if report.ok and not args.dry_run:
        with dataset_writer(args, what=f"followups import {report.file_name}") as store:
            fu_import.commit(store, report, by=args.by)
    print(report.summary(), file=sys.stdout if report.ok else sys.stderr)
    if report.ok and args.dry_run:
        print(i18n.t("fu.cli.dry_run"))
    return 0 if report.ok else 1


def cmd_history(args: argparse.Namespace) -> int:
    frame = followups.history(dataset_query(args), args.id)
    if frame.empty:
        raise CliError(f"no follow-up {args.id}")
    frame[["changed_at", "changed_by", "field", "old_value", "new_value"]].to_csv(sys.stdout, index=False)
    return 0
