"""The brief's first screen as a portrait image for chat groups ("share as image").

Officials pass briefs around in WhatsApp groups, where a PDF is opened by few and an image is
seen by all. ``share_png`` writes the headline part -- province, date and data month, the four
headline figures, which kabupaten/kota have a regulation and which not, the first follow-ups --
as HTML at 1080 × 1350 (the 4:5 portrait a chat shows whole) and screenshots it with headless
Chromium, as ``render.render_pdf`` prints the PDF. In the brief's language; marked DEMO when
the brief holds demo data. Data text is HTML-escaped.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import html
from pathlib import Path

import pandas as pd

from analytics import i18n
from analytics.brief.content import Brief, headline
from analytics.brief.pdf import CHROMIUM, CHROMIUM_FLAGS, RenderError
from analytics.i18n import fmt_date, t
from analytics.i18n import formats
from analytics.presentation import colours

WIDTH, HEIGHT = 1080, 1350
MAX_NAMES = 9  # region names listed per line before "and n more"
MAX_FOLLOWUPS = 3

CSS = f"""
* {{ box-sizing: border-box; margin: 0; padding: 0; }}
html, body {{ width: {WIDTH}px; height: {HEIGHT}px; overflow: hidden; background: {colours.WHITE}; }}
body {{ font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: {colours.TEXT};
        padding: 56px 60px 48px 60px; display: flex; flex-direction: column; gap: 26px; }}
.app {{ font-size: 24px; color: {colours.ACCENT}; font-weight: bold; display: flex; justify-content: space-between; }}
.demo {{ color: {colours.WARNING}; border: 3px solid {colours.WARNING}; padding: 2px 14px; border-radius: 8px; }}
h1 {{ font-size: 50px; line-height: 1.12; }}
.meta {{ font-size: 26px; color: {colours.TEXT_SECONDARY}; }}
.heads {{ display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }}
.head {{ border: 2px solid {colours.CARD_BORDER}; border-radius: 16px; padding: 18px 22px; }}
.head .label {{ font-size: 24px; color: {colours.TEXT_MUTED}; }}
.head .value {{ font-size: 54px; font-weight: bold; margin: 4px 0; white-space: nowrap; }}
.head .detail {{ font-size: 20px; color: {colours.TEXT_MUTED}; line-height: 1.3; }}
.regs p {{ font-size: 25px; line-height: 1.35; margin-bottom: 8px; }}
.regs b.yes {{ color: {colours.WITH_REGULATION}; }} .regs b.no {{ color: {colours.WARNING}; }}
h2 {{ font-size: 28px; border-bottom: 3px solid {colours.ACCENT}; padding-bottom: 4px; margin-bottom: 10px; }}
ul {{ padding-left: 30px; }} li {{ font-size: 24px; line-height: 1.3; margin-bottom: 6px; }}
.foot {{ margin-top: auto; font-size: 19px; color: {colours.TEXT_FAINT}; }}
.foot .demo-note {{ color: {colours.WARNING}; font-weight: bold; }}
"""


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _names(frame) -> str:
    names = list(frame["name"]) if frame is not None and len(frame) else []
    if not names:
        return "–"
    cut = MAX_NAMES if len(names) > MAX_NAMES + 2 else len(names)  # "and 1 more" hides nothing worth hiding
    shown = ", ".join(_e(n) for n in names[:cut])
    rest = len(names) - cut
    return shown + (" " + _e(t("share.more", n=rest)) if rest > 0 else "")


def share_html(brief: Brief, generated_at: dt.datetime | None = None) -> str:
    """The image's HTML, in the brief's language."""
    with i18n.using(brief.lang):
        return _share_html(brief, generated_at or dt.datetime.now())


def _share_html(brief: Brief, generated_at: dt.datetime) -> str:
    from analytics.brief.region import RegionBrief

    if isinstance(brief, RegionBrief):
        return _region_share_html(brief, generated_at)
    from analytics.brief.content import data_line as brief_data_line

    data_line = brief_data_line(brief)
    demo = '<span class="demo">DEMO</span>' if brief.is_demo else ""
    parts = [f'<!DOCTYPE html><html lang="{brief.lang}"><head><meta charset="utf-8"><style>{CSS}</style></head><body>',
             f'<div class="app"><span>{_e(t("app.title"))}</span>{demo}</div>',
             f'<div><h1>{_e(t("brief.title", province=brief.province_name))}</h1>'
             f'<div class="meta">{_e(fmt_date(brief.as_of))} · {_e(data_line)}</div></div>']
    cards = "".join(f'<div class="head"><div class="label">{_e(label)}</div><div class="value">{_e(value)}</div>'
                    f'<div class="detail">{_e(detail or "")}</div></div>' for label, value, detail in headline(brief))
    parts.append(f'<div class="heads">{cards}</div>')
    reg = brief.regulation
    parts.append(f'<div class="regs"><h2>{_e(t("brief.s.regulation"))}</h2>')
    from analytics.brief.content import state_lists

    lists = state_lists(reg)
    if lists:  # the five states (analytics/regulations.py)
        for i, (heading, names) in enumerate(lists):
            parts.append(f'<p><b class="{"yes" if i == 0 else "no"}">{_e(heading)}:</b> '
                         f'{_names(pd.DataFrame({"name": names}))}</p>')
    else:
        parts.append(f"<p>{_e(t('brief.no_reg_data'))}</p>")
    parts.append("</div>")
    if brief.followups:
        items = "".join(f"<li>{_e(item)}</li>" for item in brief.followups[:MAX_FOLLOWUPS])
        parts.append(f'<div><h2>{_e(t("brief.s.followups"))}</h2><ul>{items}</ul></div>')
    note = f'<div class="demo-note">{_e(t("brief.demo_mark"))}</div>' if brief.is_demo else ""
    parts.append(f'<div class="foot">{note}{_e(t("share.footer", when=formats.datetime(generated_at)))}</div>')
    parts.append("</body></html>")
    return "".join(parts)


def share_png(brief: Brief, executable: str = CHROMIUM, timeout_s: float = 60) -> bytes:
    """The image as PNG bytes (1080 × 1350)."""
    if not Path(executable).exists():
        raise RenderError(f"no Chromium at {executable}")
    text = share_html(brief)
    # Playwright's sync API needs a thread without a running asyncio loop (see render_pdf)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_screenshot, text, executable, timeout_s).result()


def _screenshot(text: str, executable: str, timeout_s: float) -> bytes:
    # here, not at the top: importing Playwright costs 0.2-1 s (python -X importtime), needed only for the share image
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_FLAGS,
                                        timeout=timeout_s * 1000)
            try:
                page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT}, device_scale_factor=1)
                page.set_content(text, wait_until="load", timeout=timeout_s * 1000)
                return page.screenshot(type="png", full_page=False)
            finally:
                browser.close()
    except Exception as exc:  # playwright raises its own Error types; keep the reason
        raise RenderError(f"Chromium could not draw the image: {exc}") from exc


def _region_share_html(brief, generated_at: dt.datetime) -> str:
    """The kab/kota brief's image: region, date, its cards, its instruments, the first follow-ups."""
    from analytics.brief import region as region_mod

    demo = '<span class="demo">DEMO</span>' if brief.is_demo else ""
    parts = [f'<!DOCTYPE html><html lang="{brief.lang}"><head><meta charset="utf-8"><style>{CSS}</style></head><body>',
             f'<div class="app"><span>{_e(t("app.title"))}</span>{demo}</div>',
             f'<div><h1>{_e(brief.title)}</h1>'
             f'<div class="meta">{_e(brief.province_name)} · {_e(fmt_date(brief.as_of))} · '
             f'{_e(region_mod.data_line(brief))}</div></div>']
    cards = "".join(f'<div class="head"><div class="label">{_e(label)}</div><div class="value">{_e(value)}</div>'
                    f'<div class="detail">{_e(detail or "")}</div></div>'
                    for label, value, detail in region_mod.headline(brief))
    parts.append(f'<div class="heads">{cards}</div>')
    if len(brief.instruments):
        names = ", ".join(_e(region_mod.instrument_label(r.instrument, r.number, r.year, r.title))
                          + " (" + _e(t(f"reg.status.{r.status_on}")) + ")"
                          for r in brief.instruments.itertuples(index=False))
        parts.append(f'<div class="regs"><h2>{_e(t("kbrief.s.instruments"))}</h2><p>{names}</p></div>')
    if brief.followups:
        items = "".join(f"<li>{_e(item)}</li>" for item in brief.followups[:MAX_FOLLOWUPS])
        parts.append(f'<div><h2>{_e(t("brief.s.followups"))}</h2><ul>{items}</ul></div>')
    if brief.missing:
        parts.append(f'<div class="regs"><p>{_e(t("kbrief.s.missing"))}: {_e("; ".join(brief.missing))}.</p></div>')
    note = f'<div class="demo-note">{_e(t("brief.demo_mark"))}</div>' if brief.is_demo else ""
    parts.append(f'<div class="foot">{note}{_e(t("share.footer", when=formats.datetime(generated_at)))}</div>')
    parts.append("</body></html>")
    return "".join(parts)
