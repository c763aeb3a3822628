"""The kab/kota meeting brief (analytics/brief/region.py) as one self-contained HTML page and the
share image's HTML; the PDF is printed by render.render_pdf (one A4 page). Data text is escaped."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analytics import i18n
from analytics.brief import region as region_mod
from analytics.brief.region import RegionBrief, data_line, headline, instruments_frame, region_regulation_status
from analytics.brief.render import _e, _num, _table, page_start, sources_html
from analytics.i18n import fmt_date, fmt_pct, fmt_period, fmt_rp, t
from analytics.presentation import colours, formats, markup

TREND_W, TREND_H = 330, 110


def trend_svg(trend: pd.DataFrame) -> str:
    """A small line of active participants over the months given (all workers, else Non-ASN): the
    trend beside the coverage table, drawn without a browser. Empty when fewer than two months."""
    if trend is None or trend.empty:
        return ""
    group = "all" if (trend["worker_group"] == "all").any() else "non_asn"
    series = trend[trend["worker_group"] == group].dropna(subset=["active"]).sort_values("period")
    if len(series) < 2:
        return ""
    values = series["active"].astype(float).to_list()
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    pad_l, pad_r, pad_t, pad_b = 4, 4, 14, 16
    w, h = TREND_W - pad_l - pad_r, TREND_H - pad_t - pad_b
    points = " ".join(f"{pad_l + w * i / (len(values) - 1):.1f},{pad_t + h * (1 - (v - low) / span):.1f}"
                      for i, v in enumerate(values))
    first, last = pd.Timestamp(series["period"].iloc[0]), pd.Timestamp(series["period"].iloc[-1])
    label = t(f"group.{group}")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {TREND_W} {TREND_H}" width="100%" '
            f'role="img" aria-label="{_e(label)}">'
            f'<polyline fill="none" stroke="{colours.ACCENT}" stroke-width="2" points="{points}"/>'
            f'<text x="{pad_l}" y="10" font-size="9" fill="{colours.TEXT_MUTED}">{_e(label)}: '
            f'{_e(t("kbrief.trend_range", high=_num(high), low=_num(low)))}</text>'
            f'<text x="{pad_l}" y="{TREND_H - 3}" font-size="9" fill="{colours.TEXT_MUTED}">{_e(fmt_period(first))}</text>'
            f'<text x="{TREND_W - pad_r}" y="{TREND_H - 3}" font-size="9" fill="{colours.TEXT_MUTED}" text-anchor="end">'
            f'{_e(fmt_period(last))}: {_e(_num(values[-1]))}</text></svg>')


def instrument_rows(brief: RegionBrief) -> list[list[str]]:
    """Instrument, status on the date, worker groups, source (title and date)."""
    rows = []
    for r in instruments_frame(brief).itertuples(index=False):
        date = formats.partial_date(r.source_date) if not formats.is_missing(r.source_date) else ""
        source = f"“{r.source_title}”" if isinstance(r.source_title, str) and r.source_title else ""
        if markup.safe_url(r.source_url):  # links only to checked http(s) addresses
            source = f'<a href="{_e(markup.safe_url(r.source_url))}">{_e(source or r.source_url)}</a>'
        else:
            source = _e(source)
        rows.append([_e(r.label), _e(r.status_text), _e(r.groups_text),
                     source + (f" ({_e(date)})" if date else "")])
    return rows


def render_region_html(brief: RegionBrief, generated_at: dt.datetime | None = None) -> str:
    with i18n.using(brief.lang):
        return _render(brief, generated_at or dt.datetime.now())


def _render(brief: RegionBrief, generated_at: dt.datetime) -> str:
    back = brief.links.get("province")
    province = _e(brief.province_name)
    if back:
        province = f'<a href="{_e(back)}">{province}</a>'
    parts = page_start(brief, brief.title, province, data_line(brief), generated_at, headline(brief))

    # regulations | coverage
    left = [f"<h2>{_e(t('kbrief.s.instruments'))}</h2>",
            f"<p><b>{_e(region_regulation_status(brief.status))}</b></p>"]
    rows = instrument_rows(brief)
    if rows:
        left.append(_table([(t("kbrief.col.instrument"), False), (t("kbrief.col.status"), False),
                            (t("kbrief.col.groups"), False), (t("kbrief.col.source"), False)], rows,
                           widths=[20, 18, 27, 35], css_class="regions"))
        if unnumbered := region_mod.unnumbered(brief):  # what a record stands for, whole (the page says it too)
            left.append(f'<p class="small">{_e(t("kbrief.unnumbered", records="; ".join(unnumbered)))}</p>')
    else:
        left.append(f'<p class="small">{_e(t("kbrief.instruments_none", date=fmt_date(brief.as_of)))}</p>')
    if brief.ranks:
        left.append(f"<h2>{_e(t('kbrief.s.ranks', province=brief.province_name))}</h2>")
        left.append(_table([(t("kbrief.col.measure"), False), (t("kbrief.col.value"), True),
                            (t("kbrief.col.rank"), True), (t("kbrief.col.median"), True)],
                           [[_e(t(f"kbrief.measure.{r['measure']}")), _e(fmt_pct(r["value"])),
                             _e(t("kbrief.rank_of", rank=r["rank"], of=r["of"])), _e(fmt_pct(r["median"]))]
                            for r in brief.ranks]))
    if len(brief.awards):
        left.append(f"<h2>{_e(t('kbrief.s.awards'))}</h2><ul class='small'>")
        for a in brief.awards.itertuples(index=False):
            source = f" · “{_e(a.source_title)}”" if isinstance(a.source_title, str) else ""
            left.append(f"<li>{_e(a.edition_year)} · {_e(a.category or '')} · {_e(a.rank_or_title or '')}{source}</li>")
        left.append("</ul>")
    right = []
    if brief.period is not None:
        right.append(f"<h2>{_e(t('kbrief.s.coverage'))}</h2>")
        if len(brief.segments):
            right.append(_table([(t("brief.col.segment"), False), (t("brief.col.active"), True),
                                 (t("brief.col.change"), True)],
                                [[_e(t(f"segment.{r.segment}")), _num(r.active), _num(r.change, "signed")]
                                 for r in brief.segments.itertuples(index=False)]))
        if len(brief.groups):
            right.append('<div style="height:1.5mm"></div>')
            right.append(_table([(t("brief.col.group"), False), (t("brief.col.active"), True),
                                 (t("brief.col.target"), True), (t("brief.col.coverage"), True),
                                 (t("brief.col.change"), True)],
                                [[_e(t(f"group.{r.worker_group}")), _num(r.active), _num(r.target),
                                  _num(r.coverage_pct, "pct"), _num(r.change, "signed")]
                                 for r in brief.groups.itertuples(index=False)]))
        if brief.coverage_source:
            right.append(f'<p class="small">{_e(t("kbrief.coverage_source", source=brief.coverage_source))}</p>')
        svg = trend_svg(brief.trend)
        if svg:
            right.append(f"<h2>{_e(t('kbrief.s.trend'))}</h2><div class='map'>{svg}</div>")
    if right:
        parts.append(f'<div class="cols"><div>{"".join(left)}</div><div>{"".join(right)}</div></div>')
    else:  # no coverage: the regulations take the width
        parts.append(f'<div>{"".join(left)}</div>')

    # budget next year
    b = brief.budget
    if len(b["groups"]) or len(b["by_source"]):
        parts.append(f'<div class="avoid"><h2>{_e(t("kbrief.s.budget", year=b["year"]))}</h2>')
        if len(b["groups"]):
            rows = [[_e(t(f"group.{r.worker_group}")), _num(r.monthly_contribution_rp, "rp"),
                     _num(r.uncovered_workers), _num(r.needed_rp, "rp_short"), _num(r.allocated_rp, "rp_short"),
                     _num(r.gap_rp, "gap_short")] for r in b["groups"].itertuples(index=False)]
            parts.append(_table([(t("brief.col.group"), False), (t("brief.col.monthly"), True),
                                 (t("brief.col.uncovered_all"), True), (t("brief.col.needed"), True),
                                 (t("brief.col.allocated"), True), (t("brief.col.gap"), True)], rows))
        if len(b["by_source"]):
            by = b["by_source"].groupby("funding_source", sort=False)["allocated_rp"].sum(min_count=1)
            text = ", ".join(f"{t('bud.funding.' + f)} {fmt_rp(v)}" for f, v in by.items())
            line = (t("brief.by_source") + f" {b['year']}: " + text if b["allocated_year"] == b["year"]
                    else t("kbrief.allocated_this_year", year=b["year"], this_year=b["allocated_year"], text=text))
            parts.append(f'<p class="small">{_e(line)}</p>')
        if len(b["groups"]):
            parts.append(f'<p class="small">{_e(t("kbrief.budget_note", year=b["year"], period=fmt_period(brief.period), allocated_year=b["allocated_year"]))}</p>')
        parts.append("</div>")

    # follow-ups this meeting may adopt
    parts.append(f'<div><h2>{_e(t("brief.s.followups"))}</h2><ul class="followups">')
    parts.extend(f"<li>{_e(item)}</li>" for item in brief.followups)
    if not brief.followups:
        parts.append(f"<li>{_e(t('brief.fu.none'))}</li>")
    parts.append("</ul></div>")

    # what does not exist: one line
    if brief.missing:
        parts.append(f'<p class="small"><b>{_e(t("kbrief.s.missing"))}:</b> {_e("; ".join(brief.missing))}.</p>')

    # sources
    parts.append(f'<div><h2>{_e(t("brief.s.sources"))}</h2>')
    parts.append(sources_html(brief.batches, brief.sources, t("kbrief.sources_note")))
    parts.append("</div></div></body></html>")
    return "".join(parts)
