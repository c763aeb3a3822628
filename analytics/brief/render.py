"""The province meeting brief as a self-contained HTML file (inline CSS, the map as inline SVG
written from the geometry by analytics/charts_brief.regulation_svg: no browser needed, sharp on
paper) and as a PDF printed from that HTML by headless Chromium (A4, one or two pages).

Every text that comes from data (names, titles, sources, file names) is HTML-escaped: user
text is never rendered as markup. The page, the CLI and the tests all go through ``export``.
"""

from __future__ import annotations


import datetime as dt
import html
import time
from pathlib import Path

import pandas as pd

from analytics import followups, i18n, national
from analytics.maps import geo
from analytics.brief.content import Brief, headline, pending_text
# the print engine lives in pdf.py; these names are re-exported for render's callers
from analytics.brief.pdf import (  # noqa: F401
    CHROMIUM, CHROMIUM_FLAGS, RenderError, pdf_pages, print_engine_available, render_pdf,
)
from analytics.charts.brief import regulation_map, regulation_svg
from analytics.i18n import fmt_date, fmt_decimal, fmt_int, fmt_pct, fmt_period, fmt_rp, fmt_rp_short, language, t
from analytics.i18n import formats
from analytics.presentation import codes, colours, markup
from analytics.presentation.tables import gap_text
from analytics.presentation.texts import data_text

MAP_WIDTH, MAP_HEIGHT = 560, 430


# --- map ---------------------------------------------------------------------------------
def map_labels() -> dict[str, str]:
    return {"has": t("brief.map.has"), "none": t("brief.map.none"), "no_data": t("brief.map.no_data")}


def province_map(brief: Brief, height: int = 520, label_size: int = 10):
    """The brief's map figure: kab/kota of the province coloured by regulation status."""
    geojson = geo.geojson_for("kabupaten", brief.province_code, "province")
    points = geo.label_points("kabupaten")
    regions = brief.regions
    extra = regions.apply(lambda r: "; ".join(x for x in [
        status_text(r),
        f"UCJ {fmt_pct(r['ucj_pct'])}" if pd.notna(r["ucj_pct"]) else "",
    ] if x), axis=1) if len(regions) else None
    return regulation_map(regions, geojson, map_labels(), points, height=height, hover_extra=extra,
                          label_size=label_size)


def map_svg(brief: Brief) -> str:
    """The map as inline SVG, drawn directly from the geometry (no browser needed)."""
    geojson = geo.geojson_for("kabupaten", brief.province_code, "province")
    return regulation_svg(brief.regions, geojson, map_labels(), geo.label_points("kabupaten"),
                          width=MAP_WIDTH, height=MAP_HEIGHT)


# --- text helpers ---------------------------------------------------------------------------
def _e(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return html.escape(str(value))


def status_text(row) -> str:
    """"Perbup (diketahui per 15 November 2021)", "belum ada", "tidak ada data", plus pending."""
    has = row["has_regulation"]
    if pd.isna(has):
        return t("brief.status.no_data")
    if bool(has):
        key = "brief.status.yes_known" if row.get("since_basis") == "known_by" else "brief.status.yes"
        since = short_date(row["since"]) if row.get("since_basis") != "year" else str(pd.Timestamp(row["since"]).year)
        return t(key, label=row["regulation"], date=since)
    text = t("brief.status.no")
    if isinstance(row.get("pending"), str) and row["pending"]:
        text += " · " + t("brief.status.pending", label=row["pending"])
    return text


def region_rows(brief: Brief) -> pd.DataFrame:
    """The kab/kota table's rows as the page shows them (content.REGION_COLUMNS): status in
    words, "active / target" with its Non-ASN count underneath for sorting."""
    regions = brief.regions
    return regions.assign(
        status_text=regions.apply(status_text, axis=1) if len(regions) else pd.Series(dtype=object),
        active_text=[f"{_num(a)} / {_num(b)}" for a, b in zip(regions["active"], regions["target"])],
    )


def sources_text(sources: pd.DataFrame) -> str:
    """"Alokasi per sumber dana: APBD Rp 1.234, APBDes Rp 567"."""
    return t("brief.by_source") + ": " + ", ".join(
        f"{t('bud.funding.' + r.funding_source)} {fmt_rp(r.allocated_rp)}" for r in sources.itertuples(index=False))


def short_date(value) -> str:
    """15 Nov 2021 / 21 Agu 2022: the brief's tables have little room."""
    return formats.date(value, style="medium")


def _num(value, kind: str = "int") -> str:
    if value is None or pd.isna(value):
        return "–"
    if kind == "rp":
        return fmt_rp(value)
    if kind == "gap":
        return gap_text(value)
    if kind == "rp_short":
        return fmt_rp_short(value)
    if kind == "gap_short":
        if round(value) == 0:
            return fmt_rp_short(0)
        return t("present.shortfall" if value > 0 else "present.surplus", amount=fmt_rp_short(abs(value)))
    if kind == "mrp":  # millions of rupiah, one decimal: tables stay narrow enough for A4
        return fmt_decimal(value / 1e6, 1)
    if kind == "gap_mrp":  # needed − allocated in millions, named: "kurang 12,3" / "lebih 4,5"
        text = fmt_decimal(abs(value) / 1e6, 1)
        return text if round(value / 1e5) == 0 else t("brief.short_m" if value > 0 else "brief.over_m", value=text)
    if kind == "pct":
        return fmt_pct(value)
    if kind == "signed":
        return formats.signed(value)
    return fmt_int(value)


CSS = colours.css("""
@page { size: A4; margin: 11mm 11mm 12mm 11mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 8.6pt; color: $TEXT;
       margin: 0; line-height: 1.3; }
.page { max-width: 190mm; margin: 0 auto; }
h1 { font-size: 15pt; margin: 0 0 1mm 0; }
h2 { font-size: 10pt; margin: 3mm 0 1.2mm 0; padding-bottom: 0.6mm; border-bottom: 1.5px solid $ACCENT;
     break-after: avoid; }
.meta { color: $TEXT_SECONDARY; font-size: 8pt; }
.demo { border: 2px solid $WARNING; color: $WARNING; background: $DEMO_BACKGROUND; font-weight: bold; padding: 1.2mm 2mm;
        margin: 1.5mm 0; }
.demo-tag { color: $WARNING; font-weight: bold; border: 1.5px solid $WARNING; padding: 0 1.5mm; margin-left: 2mm; }
.heads { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2mm; margin: 2mm 0; }
.head { border: 1px solid $CARD_BORDER; border-radius: 2mm; padding: 1.5mm 2mm; }
.head .label { font-size: 7.5pt; color: $TEXT_MUTED; }
.head .value { font-size: 13pt; font-weight: bold; margin: 0.5mm 0; white-space: nowrap; }
.head .detail { font-size: 7pt; color: $TEXT_MUTED; }
.cols { display: grid; grid-template-columns: 50fr 50fr; gap: 3mm; }
.cols > div { min-width: 0; }
.map svg { width: 100%; height: auto; display: block; }
.map { border: 1px solid $RULE; }
table { border-collapse: collapse; width: 100%; font-size: 7.8pt; }
th, td { border-bottom: 1px solid $RULE; padding: 0.7mm 1.2mm; text-align: left; vertical-align: top; }
th { background: $TABLE_HEADER; font-weight: 600; }
td.n, th.n { text-align: right; white-space: nowrap; }
table.regions { table-layout: fixed; font-size: 7.4pt; }
table.regions th { white-space: normal; }
table.regions td.n { white-space: normal; }
table.dense { font-size: 6.8pt; }
table.dense td, table.dense th { padding: 0.35mm 1mm; }
tr.yes td:first-child { border-left: 3px solid $WITH_REGULATION; }
tr.no td:first-child { border-left: 3px solid $WITHOUT_REGULATION; }
tr.nodata td:first-child { border-left: 3px solid $NO_REGULATION_DATA; }
ul { margin: 0.5mm 0 0 0; padding-left: 4.5mm; }
li { margin: 0.3mm 0; }
.small { font-size: 7pt; color: $TEXT_MUTED; }
.regs b { color: $WITH_REGULATION; }
.regs .no { color: $WARNING; }
.avoid { break-inside: avoid; }
ul.sources { columns: 2; column-gap: 6mm; }
body.compact { font-size: 7.8pt; }
body.compact h2 { margin: 2mm 0 1mm 0; }
body.compact table { font-size: 7.2pt; }
body.compact table.dense { font-size: 6.3pt; }
body.compact table.dense td, body.compact table.dense th { padding: 0.2mm 0.8mm; }
body.compact .small { font-size: 6.5pt; }
body.tight { font-size: 7.2pt; line-height: 1.2; }
body.tight h1 { font-size: 13pt; }
body.tight h2 { font-size: 8.8pt; margin: 1.4mm 0 0.8mm 0; }
body.tight table, body.tight table.regions { font-size: 6.6pt; }
body.tight table.dense { font-size: 6pt; }
body.tight .head .value { font-size: 11pt; }
body.tight .cols { grid-template-columns: 38fr 62fr; }
body.tight .heads { margin: 1mm 0; }
body.tight .head { padding: 0.8mm 1.5mm; }
body.tight p { margin: 0.6mm 0; }
body.tight table.dense td, body.tight table.dense th { padding: 0.1mm 0.7mm; }
body.tight .small { font-size: 6pt; }
.more-tightest { display: none; }
body.tightest tr.extra, body.tightest li.extra, body.tightest p.batch-note { display: none; }
body.tightest .more { display: none; }
body.tightest .more-tightest { display: block; }
ul.sources .demo-tag { font-size: 6.5pt; padding: 0 1mm; margin-left: 1mm; }
table.earlier td.late { color: $WARNING; font-weight: 600; }
tr.differs td:first-child { border-left: 3px solid $WARNING; }
.differs .flag { color: $WARNING; font-weight: 600; display: block; }
""")


def _table(headers: list[tuple[str, bool]], rows: list[list[str]], row_classes: list[str] | None = None,
           widths: list[int] | None = None, css_class: str = "") -> str:
    cols = "<colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>" if widths else ""
    head = "".join(f'<th class="n">{_e(h)}</th>' if numeric else f"<th>{_e(h)}</th>" for h, numeric in headers)
    body = []
    for i, row in enumerate(rows):
        cls = f' class="{row_classes[i]}"' if row_classes else ""
        cells = "".join(f'<td class="n">{c}</td>' if headers[j][1] else f"<td>{c}</td>" for j, c in enumerate(row))
        body.append(f"<tr{cls}>{cells}</tr>")
    cls_attr = f' class="{css_class}"' if css_class else ""
    return f"<table{cls_attr}>{cols}<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def earlier_html(brief: Brief) -> str:
    """"Tindak lanjut rapat sebelumnya": items of earlier meetings, their status, overdue or not,
    and the data's verdict on the brief's date, disagreements marked. Empty when there are none."""
    judged = brief.earlier
    if judged is None or judged.empty:
        return ""
    shown = followups.display_frame(judged)
    cols = [t("fu.col.meeting"), t("fu.col.region"), t("fu.col.action"), t("fu.col.owner"), t("fu.col.due"),
            t("fu.col.status"), t("fu.col.data")]
    rows, classes = [], []
    for (i, row), late, differs in zip(shown.iterrows(), judged["overdue"], judged["disagreement"]):
        cells = [_e(row[c]) for c in cols]
        cells[0] = _e(short_date(judged.loc[i, "agreed_at_meeting"]))
        if row[t("fu.col.basis")]:
            cells[6] += f" ({_e(row[t('fu.col.basis')])})"
        if late:
            cells[4] = f'<span class="late">{cells[4]}</span>'
        if isinstance(differs, str):
            cells[6] += f'<span class="flag">{_e(row[t("fu.col.disagreement")])}</span>'
        rows.append(cells)
        classes.append("differs" if isinstance(differs, str) else "")
    table = _table([(c, False) for c in cols], rows, classes, widths=[9, 14, 27, 13, 11, 9, 17], css_class="earlier regions")
    note = t("fu.brief.note", date=fmt_date(brief.as_of))
    return (f'<div class="earlier"><h2>{_e(t("fu.brief.title"))}</h2>{table}'
            f'<p class="small">{_e(note)}</p></div>')


def render_html(brief: Brief, map_image: str | None = None, map_error: str | None = None,
                generated_at: dt.datetime | None = None) -> str:
    """The brief as one self-contained HTML document (no external files, scripts or fonts), in
    the brief's language whatever thread calls it: a download is made when clicked, where the
    page's language setting is not (the English page's PDF came out half Indonesian)."""
    with i18n.using(brief.lang):
        return _render_html(brief, map_image, map_error, generated_at)


def page_start(brief, title: str, where_html: str, data_date: str, generated_at: dt.datetime,
               cards: list[tuple[str, str, str | None]]) -> list[str]:
    """The opening of a printed brief (province or kab/kota): title with the DEMO tag, the line of
    place (``where_html``, already escaped), dates and generation time, the demo mark, the
    follow-ups of earlier meetings it opens with (analytics/followups) and the headline cards."""
    parts = [f'<!DOCTYPE html><html lang="{language()}"><head><meta charset="utf-8">',
             f"<title>{_e(title)} – {_e(fmt_date(brief.as_of))}</title><style>{CSS}</style></head>",
             '<body><div class="page">']
    demo_tag = '<span class="demo-tag">DEMO</span>' if brief.is_demo else ""
    parts.append(f"<h1>{_e(title)}{demo_tag}</h1>")
    where = f"{where_html} · " if where_html else ""
    parts.append(f'<div class="meta">{where}{_e(fmt_date(brief.as_of))} · {_e(data_date)} · '
                 f'{_e(t("brief.generated", when=formats.datetime(generated_at)))}</div>')
    if brief.is_demo:
        parts.append(f'<div class="demo" data-demo="1">{_e(t("brief.demo_mark"))}</div>')
    parts.append(earlier_html(brief))
    heads = "".join(
        f'<div class="head"><div class="label">{_e(label)}</div><div class="value">{_e(value)}</div>'
        f'<div class="detail">{_e(detail or "")}</div></div>' for label, value, detail in cards)
    parts.append(f'<div class="heads">{heads}</div>')
    return parts


def _render_html(brief: Brief, map_image: str | None, map_error: str | None,
                 generated_at: dt.datetime | None) -> str:
    generated_at = generated_at or dt.datetime.now()
    from analytics.brief.content import data_line

    parts = page_start(brief, t("brief.title", province=brief.province_name), "", data_line(brief),
                       generated_at, headline(brief))

    # map | regulation lists and coverage tables
    reg = brief.regulation
    left = ['<div class="map avoid">']
    if map_image:
        left.append(map_image)
    else:
        left.append(f'<p class="small">{_e(t("brief.map_unavailable", reason=map_error or "–"))}</p>')
    left.append("</div>")
    right = [f"<h2>{_e(t('brief.s.regulation'))}</h2>", '<div class="regs">']
    from analytics.brief.content import known_text, state_lists

    lists = state_lists(reg)
    if lists:  # the five states (analytics/regulations.py), then how many are known
        for i, (heading, names) in enumerate(lists):
            head = f"<b>{_e(heading)}:</b>" if i == 0 else f"<span class='no'><b>{_e(heading)}:</b></span>"
            right.append(f"<p>{head} {', '.join(_e(n) for n in names) or '–'}</p>")
        right.append(f"<p class='small'>{_e(known_text(reg) or '')}</p>")
    else:
        right.append(f"<p>{_e(t('brief.no_reg_data'))}</p>")
    if reg.get("snapshot_with") is not None:
        right.append('<p class="small">' + _e(t("brief.snapshot", n=reg["snapshot_with"], total=reg["snapshot_total"],
                                                 date=fmt_date(reg["snapshot_as_of"]),
                                                 source=data_text(reg.get("snapshot_source")) or "–")) + "</p>")
    prov_text = reg.get("province_regulation") or t("brief.province_reg_none")
    pending = pending_text(reg.get("province"))
    right.append(f"<p><b>{_e(t('brief.province_reg'))}:</b> {_e(prov_text)}"
                 + (f" · {_e(pending)}" if pending else "") + "</p></div>")
    right.append(f"<h2>{_e(t('brief.s.coverage'))}</h2>")
    if len(brief.segments):
        rows = [[_e(t(f"segment.{r.segment}")), _num(r.active), _num(r.change, "signed")]
                for r in brief.segments.itertuples(index=False)]
        right.append(_table([(t("brief.col.segment"), False), (t("brief.col.active"), True),
                             (t("brief.col.change"), True)], rows))
    if len(brief.groups):
        rows = [[_e(t(f"group.{r.worker_group}")), _num(r.active), _num(r.target), _num(r.coverage_pct, "pct"),
                 _num(r.change, "signed")] for r in brief.groups.itertuples(index=False)]
        right.append('<div style="height:1.5mm"></div>')
        right.append(_table([(t("brief.col.group"), False), (t("brief.col.active"), True),
                             (t("brief.col.target"), True), (t("brief.col.coverage"), True),
                             (t("brief.col.change"), True)], rows))
    if len(brief.reported):
        items = "".join(
            f"<li>{_e(reported_label(r.worker_group, r.segment))}: {_num(r.active_participants)} · "
            f"{_e(fmt_period(r.period))} · {_e(source_line(r))}</li>"
            for r in brief.reported.itertuples(index=False))
        right.append(f'<p class="small"><b>{_e(t("brief.s.reported"))}</b></p><ul class="small">{items}</ul>')
    # follow-ups under the map: the column beside the regulation and coverage lists has room
    left.append(f'<div><h2>{_e(t("brief.s.followups"))}</h2><ul class="followups">')
    left.extend(f"<li>{_e(item)}</li>" for item in brief.followups)
    if not brief.followups:
        left.append(f"<li>{_e(t('brief.fu.none'))}</li>")
    left.append("</ul></div>")
    parts.append(f'<div class="cols"><div>{"".join(left)}</div><div>{"".join(right)}</div></div>')

    # kab/kota table
    parts.append(f"<h2>{_e(t('brief.s.regions'))}</h2>")
    parts.append(regions_html(brief))
    if brief.regions["likely_cycle"].any():
        parts.append(f'<p class="small">* {_e(t("brief.cycle_note"))}</p>')

    # budget | sources (side by side when the page is tight)
    b = brief.budget
    parts.append('<div class="tail">')
    parts.append(f'<div class="avoid"><h2>{_e(t("brief.s.budget", year=b.get("year")))}</h2>')
    if not b.get("available"):
        parts.append(f"<p>{_e(b.get('reason') or t('brief.budget_unavailable'))}</p>")
    elif not b.get("has_allocations") and brief.period is None:
        # nothing recorded and nothing to measure a need against: one line, not a table of dashes
        parts.append(f'<p class="small">{_e(t("brief.budget_no_alloc", year=b["year"]))} '
                     f'{_e(budget_note(brief))}</p>')
    else:
        groups = b["groups"]
        # rupiah in short words (Rp 26,9 miliar): a table of 14-digit amounts does not fit one page
        rows = [[_e(t(f"group.{r.worker_group}")), _num(r.monthly_contribution_rp, "rp"), _num(r.uncovered_workers),
                 _num(r.needed_rp, "rp_short"), _num(r.allocated_rp, "rp_short"), _num(r.gap_rp, "gap_short")]
                for r in groups.itertuples(index=False)]
        parts.append(_table([(t("brief.col.group"), False), (t("brief.col.monthly"), True),
                             (t("brief.col.uncovered_all"), True), (t("brief.col.needed"), True),
                             (t("brief.col.allocated"), True), (t("brief.col.gap"), True)], rows))
        if not b.get("has_allocations"):
            parts.append(f'<p class="small">{_e(t("brief.budget_no_alloc", year=b["year"]))}</p>')
        sources = b.get("sources")
        if sources is not None and len(sources):
            parts.append(f'<p class="small">{_e(sources_text(sources))}</p>')
        parts.append(f'<p class="small">{_e(budget_note(brief))}</p>')
    parts.append("</div>")

    # sources
    parts.append(f'<div><h2>{_e(t("brief.s.sources"))}</h2>')
    parts.append(sources_html(brief.batches, brief.sources, t("brief.sources_note")))
    parts.append("".join(f'<p class="small">{_e(n)}</p>' for n in brief.notes))
    parts.append("</div></div></div></body></html>")
    return "".join(parts)


def reported_label(group: str, segment: str) -> str:
    """"Semua pekerja", "Non-ASN (Penerima Upah)": a reported figure's group and segment in words;
    the segment left out when it is the total (ALL)."""
    text = t(f"group.{group}")
    if isinstance(segment, str) and segment and segment != "ALL":
        text += f" ({codes.label('segment', segment)})"
    return text


def budget_note(brief: Brief) -> str:
    """How the budget need is computed, at the brief's data month (or that there is none)."""
    year = brief.budget.get("year")
    if brief.period is None:
        return t("brief.budget_note_no_period", year=year)
    return t("brief.budget_note", period=fmt_period(brief.period), year=year)


# the kab/kota table on the one printed page: the rows beyond this are counted, not listed
MAX_REGION_ROWS = 12
TIGHTEST_REGION_ROWS = 6  # rows the tightest print keeps (the others hidden by CSS, counted)
REGION_TABLE = (  # (column, header key, kind, width)
    ("ucj_pct", "brief.col.ucj", "pct", 7), ("active", "brief.col.non_asn", "active", 13),
    ("uncovered", "brief.col.uncovered", "int", 8), ("needed_rp", "brief.col.needed_m", "mrp", 9),
    ("allocated_rp", "brief.col.allocated_m", "mrp", 8), ("gap_rp", "brief.col.gap_m", "gap_mrp", 9),
)


def regions_html(brief: Brief, max_rows: int = MAX_REGION_ROWS) -> str:
    """The kab/kota table: name, regulation and the figure columns that hold any figure (no column
    of dashes on public data), at most ``max_rows`` rows (those with the largest gap or uncovered
    headcount, then without a regulation, first) and a line counting the rest. Each name links to
    its kab/kota brief when ``brief_links`` gives a URL per region."""
    regions = brief.regions
    shown = [c for c in REGION_TABLE if pd.to_numeric(regions[c[0]], errors="coerce").notna().any()]
    rows_frame = regions
    if len(regions) > max_rows + 2:  # "and 1 more" hides nothing worth hiding
        order = regions.assign(
            _gap=pd.to_numeric(regions["gap_rp"], errors="coerce").fillna(-1),
            _unc=pd.to_numeric(regions["uncovered"], errors="coerce").fillna(-1),
            _no=regions["has_regulation"].eq(False).fillna(False).astype(int))
        rows_frame = order.sort_values(["_gap", "_unc", "_no"], ascending=False, kind="stable").head(max_rows)
        rows_frame = rows_frame.sort_index()
    rows, classes = [], []
    for i, r in enumerate(rows_frame.to_dict("records")):
        cells = [_region_name(brief, r), _e(status_text(r))]
        for column, _, kind, _ in shown:
            if kind == "active":
                cycle = "*" if r.get("likely_cycle") else ""
                cells.append(f"{_num(r['active'])} / {_num(r['target'])}{cycle}")
            else:
                cells.append(_num(r[column], kind))
        rows.append(cells)
        classes.append(("nodata" if pd.isna(r["has_regulation"]) else ("yes" if r["has_regulation"] else "no"))
                       + (" extra" if i >= TIGHTEST_REGION_ROWS and len(rows_frame) > TIGHTEST_REGION_ROWS + 2 else ""))
    free = 100 - sum(c[3] for c in shown)
    widths = [round(free * 0.42), free - round(free * 0.42), *(c[3] for c in shown)]
    headers = [(t("brief.col.region"), False), (t("brief.col.status"), False),
               *((t(c[1]), True) for c in shown)]
    html_table = _table(headers, rows, classes, widths=widths,
                        css_class="regions dense" if len(rows) > 12 else "regions")
    rest = len(regions) - len(rows_frame)
    if rest > 0:
        html_table += f'<p class="small more">{_e(t("brief.regions_more", n=rest))}</p>'
    if len(rows_frame) > TIGHTEST_REGION_ROWS + 2:  # the line the tightest print shows instead
        html_table += (f'<p class="small more-tightest">'
                       f'{_e(t("brief.regions_more", n=len(regions) - TIGHTEST_REGION_ROWS))}</p>')
    return html_table


def _region_name(brief: Brief, row: dict) -> str:
    link = (brief.links or {}).get(row.get("region_code"))
    if link:
        return f'<a href="{_e(link)}">{_e(row["name"])}</a>'
    return _e(row["name"])


def source_line(row) -> str:
    """Where a reported figure comes from: its source's title and date (data, in the language it
    was published in); a note only when no source is named (the demo's, translated)."""
    if isinstance(row.source_title, str) and row.source_title:
        date = f" ({formats.partial_date(row.source_date)})" if not formats.is_missing(row.source_date) else ""
        return f"“{national.short_title(row.source_title)}”{date}"
    return str(data_text(row.source_note)) if isinstance(row.source_note, str) else ""


# a brief is one page: the most used sources by name, the rest counted (all on the Sources page)
MAX_SOURCES = 4
TIGHTEST_SOURCES = 2


def sources_html(batches: pd.DataFrame, sources: pd.DataFrame, note: str) -> str:
    """The brief's sources (province and kab/kota alike): the import batches in one paragraph (the
    brief is one printed page), the public sources, then ``note``."""
    items = "; ".join(
        f'#{int(r.batch_id)} {_e(codes.label("dataset", r.dataset))} ({_e(r.file_name)}, '
        f'{_e(t("brief.col.imported").lower())} {_e(short_date(r.imported_at))})'
        + (' <span class="demo-tag">DEMO</span>' if r.is_demo else "")
        for r in batches.itertuples(index=False))
    out = f'<p class="small batches">{items}</p>'
    if len(sources):
        out += _public_sources(sources)
    return out + f'<p class="small batch-note">{_e(note)}</p>'


def _public_sources(sources: pd.DataFrame) -> str:
    items = []
    for i, r in enumerate(sources.head(MAX_SOURCES).itertuples(index=False)):
        # quoted: a title is data in the language it was published in, not the brief's text
        title = _e(f"“{national.short_title(r.source_title, 110)}”")
        if markup.safe_url(r.source_url):  # links only to checked http(s) addresses
            title = f'<a href="{_e(markup.safe_url(r.source_url))}">{title}</a>'
        date = formats.partial_date(r.source_date) if not formats.is_missing(r.source_date) else "–"
        extra = ' class="extra"' if i >= TIGHTEST_SOURCES else ""
        items.append(f"<li{extra}>{title} · {_e(date)} · {_e(t('srccol.confidence').lower())} "
                     f"{_e(codes.label('confidence', r.confidence))}</li>")
    more = len(sources) - MAX_SOURCES
    tail = f'<li class="more">{_e(t("brief.sources_more", n=more))}</li>' if more > 0 else ""
    if len(sources) > TIGHTEST_SOURCES:  # the line the tightest print shows instead
        tail += f'<li class="more-tightest">{_e(t("brief.sources_more", n=len(sources) - TIGHTEST_SOURCES))}</li>'

    return (f'<p class="small"><b>{_e(t("brief.s.public_sources"))}</b></p>'
            f'<ul class="sources small">{"".join(items)}{tail}</ul>')


def brief_html(brief: Brief, with_map: bool = True) -> str:
    """HTML with the map embedded when it can be drawn (else a line saying why), in the
    brief's language. A kab/kota brief (analytics/brief/region.py) is written by region_render."""
    from analytics.brief.region import RegionBrief

    if isinstance(brief, RegionBrief):
        from analytics.brief.region_render import render_region_html

        return render_region_html(brief)
    image, error = None, None
    if with_map:
        try:
            with i18n.using(brief.lang):
                image = map_svg(brief)
        except (RenderError, geo.GeometryError, OSError) as exc:
            error = str(exc)
    return render_html(brief, image, error)


def export(brief: Brief, out: Path | str) -> dict:
    """Write the brief to ``out`` (.html or .pdf), atomically. Returns timings and sizes."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".html", ".htm", ".pdf"):
        raise RenderError(f"{out}: the output must end in .pdf or .html")
    started = time.perf_counter()
    text = brief_html(brief)
    html_s = time.perf_counter() - started
    data = text.encode("utf-8")
    pdf_s = None
    if suffix == ".pdf":
        t0 = time.perf_counter()
        data = render_pdf(text)
        pdf_s = time.perf_counter() - t0
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.part")
    tmp.write_bytes(data)
    tmp.replace(out)
    return {"path": out, "bytes": len(data), "html_seconds": round(html_s, 2),
            "pdf_seconds": None if pdf_s is None else round(pdf_s, 2)}
