"""Regulation and brief commands: ``regulations`` (completeness of a province on a date) and
``brief`` (the province meeting brief as PDF or HTML, the same file the page offers)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from analytics import i18n
from analytics import regulations as regs
from analytics.cli.common import CliError, dataset_query, db_argument


def register(subparsers) -> None:
    p = subparsers.add_parser("regulations", help="kabupaten/kota with an issued regulation in a province on a date")
    db_argument(p)
    p.add_argument("--province", required=True, help="Kemendagri province code, e.g. 62")
    p.add_argument("--as-of", required=True, help="date YYYY-MM-DD: the situation on that day")
    p.add_argument("--json", action="store_true",
                   help="print every kabupaten/kota's status (in_force, issued_not_in_force, draft, "
                        "confirmed_none, no_record) as JSON")
    p.set_defaults(handler=cmd_regulations)

    p = subparsers.add_parser("brief", help="province or kab/kota meeting brief as PDF or HTML")
    db_argument(p)
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--province", help="Kemendagri province code, e.g. 62")
    where.add_argument("--region", help="Kemendagri kab/kota code, e.g. 63.01 (the kab/kota brief); "
                                        "a province code gives the province brief")
    p.add_argument("--date", required=True, help="meeting date YYYY-MM-DD: data on or before this day")
    p.add_argument("--out", type=Path, required=True, help="output file ending in .pdf or .html")
    p.add_argument("--lang", choices=i18n.LANGUAGES, default=i18n.DEFAULT_LANGUAGE,
                   help="language of the brief (default id)")
    p.set_defaults(handler=cmd_brief)



def _date(text: str, option: str):
    try:
        return regs.as_date(text)
    except ValueError as exc:
        raise CliError(f"{option}: {exc}") from None


def format_completeness(c: dict) -> str:
    """The CLI's text: "Kalimantan Tengah (62) as of 2021-11-15: 4 of 14 kabupaten/kota ..." """
    head = f"{c['province_name']} ({c['province_code']}) as of {c['as_of']:%Y-%m-%d}: "
    lines = []
    if c["data_state"] == regs.HAS_RECORDS:
        lines.append(head + f"{c['regions_with']} of {c['regions_total']} kabupaten/kota with an issued "
                     f"Perbup/Perwali/Perda; {c['regions_without']} without"
                     + (" [DEMO DATA]" if c.get("is_demo") else ""))
        lines.append("with: " + (", ".join(
            f"{r.name} ({r.regulation})" for r in c["with"].itertuples(index=False)) or "none"))
        lines.append("without: " + (", ".join(c["without"]["name"]) or "none"))
    elif c["data_state"] == regs.SNAPSHOT_ONLY:
        lines.append(head + "no regulation records (only a reported count; not zero)")
    else:
        lines.append(head + "no data (no regulation records and no reported count; not zero)")
    if c.get("snapshot_with") is not None:
        lines.append(f"reported: {c['snapshot_with']} of {c['snapshot_total']} on "
                     f"{c['snapshot_as_of']:%Y-%m-%d} ({c.get('snapshot_source')})")
    province = c["province"]
    if len(province):
        shown = province[province["status_on"].isin(["issued", "draft", "facilitation", "revoked"])]
        lines.append("province level (not counted for kabupaten/kota): " + (", ".join(
            f"{r.label} [{r.status_on}]" for r in shown.itertuples(index=False)) or "none"))
    return "\n".join(lines)


def cmd_regulations(args: argparse.Namespace) -> int:
    query = dataset_query(args)
    day = _date(args.as_of, "--as-of")
    if args.json:
        try:
            print(json.dumps(regs.status_json(query, args.province, day), ensure_ascii=False, indent=1))
        except ValueError as exc:
            raise CliError(str(exc)) from None
        return 0
    try:
        result = regs.province_completeness(query, args.province, day)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    print(format_completeness(result))
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    # here, not at the top: importing the brief's modules (charts, Plotly) costs 0.5-1 s (python -X
    # importtime), which every other command would pay at start-up
    from analytics.brief import content as brief
    from analytics.brief import render as brief_render

    if args.out.suffix.lower() not in (".pdf", ".html", ".htm"):
        raise CliError(f"--out {args.out}: the file must end in .pdf or .html")
    i18n.set_language(args.lang)
    query = dataset_query(args)
    day = _date(args.date, "--date")
    from analytics.brief import region as region_brief

    code = (args.region or args.province or "").strip()
    try:
        data = (region_brief.build_region(query, code, day) if region_brief.is_region_code(code)
                else brief.build(query, code, day))
        result = brief_render.export(data, args.out)
    except brief.BriefError as exc:
        raise CliError(str(exc)) from None
    except brief_render.RenderError as exc:
        raise CliError(f"could not write {args.out}: {exc}", code=1) from None
    timing = f"html {result['html_seconds']} s" + (
        f", pdf {result['pdf_seconds']} s" if result["pdf_seconds"] is not None else "")
    print(f"wrote {result['path']} ({result['bytes']:,} bytes; {timing})"
          + (" [DEMO DATA]" if data.is_demo else ""))
    return 0
