"""What the brief page offers to download, for the province brief and the kab/kota brief alike.

- The brief itself: PDF (one A4 page), HTML and the share image (render.py, share.py).
- The province's two sheets to fill in (issue 25, analytics/regulation_sheet.py): the regulation
  status sheet on the brief's date (the tracker's download, CLI ``status-sheet``) and the
  coverage sheet (the Data page's, CLI ``coverage-sheet``) for the brief's data month, Non-ASN
  (PU): the group the brief's coverage follow-ups and budget need are about. On a kab/kota brief
  the sheets are its province's, and the caption names the region's row.

Each offer's ``data`` is called when the reader clicks it, outside the page's run and maybe on
another thread: it builds the file in the language the brief was made in. The page lays the
offers out (``st.download_button``); nothing here imports Streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pandas as pd

from analytics import i18n, regulation_sheet
from analytics.brief import render as brief_render
from analytics.brief import share as brief_share
from analytics.brief.content import Brief
from analytics.brief.region import RegionBrief
from analytics.i18n import fmt_date, fmt_period, t
from analytics.queries import Query

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# the coverage sheet the brief offers: the Inpres's first group, with its headcount to fill
SHEET_SEGMENT, SHEET_GROUP = "PU", "non_asn"


@dataclass(frozen=True)
class Offer:
    key: str  # the widget key (tests and the share link know them)
    label: str
    data: Callable[[], bytes]
    file_name: str
    mime: str
    icon: str
    help: str | None = None
    disabled: bool = False
    primary: bool = False


def code_of(brief: Brief | RegionBrief) -> str:
    return brief.region_code if isinstance(brief, RegionBrief) else brief.province_code


def _demo(brief) -> str:
    return "_DEMO" if brief.is_demo else ""


def brief_offers(brief: Brief | RegionBrief, printer: bool) -> list[Offer]:
    """The brief's PDF, HTML and share image (the PDF and image need Chromium: ``printer``)."""
    stem = f"bahan_rapat_{code_of(brief)}_{brief.as_of:%Y-%m-%d}{_demo(brief)}"
    no_printer = None if printer else t("brief.no_print_engine")
    return [
        Offer("brief_dl_pdf", t("brief.download_pdf"), lambda: brief_render.render_pdf(brief_render.brief_html(brief)),
              f"{stem}.pdf", "application/pdf", ":material/picture_as_pdf:", help=no_printer,
              disabled=not printer, primary=True),
        Offer("brief_dl_html", t("brief.download_html"), lambda: brief_render.brief_html(brief).encode("utf-8"),
              f"{stem}.html", "text/html", ":material/download:"),
        Offer("brief_dl_png", t("brief.download_png"), lambda: brief_share.share_png(brief),
              f"{stem}.png", "image/png", ":material/share:",
              help=t("brief.download_png_help") if printer else no_printer, disabled=not printer),
    ]


def province_states(brief: Brief | RegionBrief) -> pd.DataFrame:
    """Every kab/kota of the brief's province in the five states on its date (the status sheet's rows)."""
    if isinstance(brief, RegionBrief):
        return brief.province_states
    states = brief.regulation.get("states")
    return states if states is not None else pd.DataFrame()


def sheet_month(brief: Brief | RegionBrief) -> pd.Timestamp:
    """The coverage sheet's month: the brief's data month, else the month of its date."""
    if brief.period is not None:
        return pd.Timestamp(brief.period).to_period("M").to_timestamp()
    return pd.Timestamp(brief.as_of).to_period("M").to_timestamp()


def sheet_row(frame: pd.DataFrame, region_code: str) -> int | None:
    """The spreadsheet row (1-based, as Excel numbers it) of ``region_code`` in a sheet written from
    ``frame``: the rows follow the header in the frame's order."""
    codes = list(frame["region_code"]) if "region_code" in frame.columns else []
    if region_code not in codes:
        return None
    return regulation_sheet.HEADER_ROW + 2 + codes.index(region_code)


@dataclass(frozen=True)
class Sheets:
    title: str
    offers: list[Offer]
    caption: str


def sheet_offers(query: Query, brief: Brief | RegionBrief) -> Sheets:
    """The province's status sheet (the brief's date) and coverage sheet (``sheet_month``, Non-ASN,
    PU), with a caption saying what they hold and, on a kab/kota brief, the region's row."""
    lang = brief.lang
    province, name, day = brief.province_code, brief.province_name, brief.as_of
    states = province_states(brief)  # the shared view: the sheet only reads it, when clicked
    month = sheet_month(brief)
    rows = query("coverage_sheet_rows", {"province": province, "period": month.date(), "segment": SHEET_SEGMENT,
                                         "group": SHEET_GROUP})

    def status() -> bytes:
        with i18n.using(lang):  # made when clicked, in the brief's language whatever thread runs it
            return regulation_sheet.status_sheet_bytes(states, province, day, name)

    def coverage() -> bytes:
        with i18n.using(lang):
            return regulation_sheet.coverage_sheet_bytes(rows, province, month, SHEET_SEGMENT, SHEET_GROUP, name)

    offers = []
    if len(states):
        offers.append(Offer("brief_status_sheet", t("brief.sheets.status"), status,
                            f"status_regulasi_{province}_{day:%Y-%m-%d}{_demo(brief)}.xlsx", XLSX,
                            ":material/table_view:", help=t("reg.sheet.help", date=fmt_date(day))))
    if len(rows):
        label = t("brief.sheets.coverage", group=t(f"group.{SHEET_GROUP}"))
        offers.append(Offer("brief_coverage_sheet", label, coverage,
                            f"kepesertaan_{province}_{month:%Y-%m}_{SHEET_SEGMENT}_{SHEET_GROUP}{_demo(brief)}.xlsx",
                            XLSX, ":material/table_view:", help=t("data.coverage_sheet.help")))
    caption = t("brief.sheets.caption", province=name, date=fmt_date(day), period=fmt_period(month),
                group=t(f"group.{SHEET_GROUP}"), segment=t(f"segment.{SHEET_SEGMENT}"))
    if isinstance(brief, RegionBrief):
        at_status, at_coverage = sheet_row(states, brief.region_code), sheet_row(rows, brief.region_code)
        if at_status is not None and at_status == at_coverage:
            caption += " " + t("brief.sheets.row", region=brief.region_name, code=brief.region_code, row=at_status)
        elif at_status is not None or at_coverage is not None:
            caption += " " + t("brief.sheets.rows", region=brief.region_name, code=brief.region_code,
                               status_row=at_status or "–", coverage_row=at_coverage or "–")
    return Sheets(t("brief.sheets.title", province=name), offers, caption)
