"""The dashboard frame around every page: its marker, the page run and its end, the language
switch, the demo mark, the share link, and the row layout for cards."""

from __future__ import annotations

from typing import NoReturn
from urllib.parse import urlencode

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


from analytics import i18n
from analytics.i18n import t
from analytics.web.data import DEMO_PARAM, dataset_choice_changed, demo_chosen, has_demo_data

_FRAME_KEY = "_dashboard_frame"


def mark_dashboard_frame() -> None:
    """Called by dashboard.py on every run."""
    st.session_state[_FRAME_KEY] = True


def require_dashboard_frame() -> None:
    """Every page calls this first. Because the views live in ``pages/``, Streamlit runs the
    very first request after a server start in its old multipage mode when the URL names a
    page whose file has the same name (e.g. /data): the page script runs bare, without
    dashboard.py's navigation, language and layout. Such a run is restarted once, and from
    then on dashboard.py frames every page."""
    if not st.session_state.get(_FRAME_KEY):
        # What st.navigation itself does; the old mode only re-reads this flag per run.
        PagesManager.uses_pages_directory = False
        st.session_state[_FRAME_KEY] = True  # never loop, even if the frame failed
        st.rerun()


def metric_row(key: str | None = None):
    """A row for ``st.metric`` cards that wraps instead of cutting text. In ``st.columns`` a card
    narrower than its text shows "Rp 852.880.…" or "Kab/kota dengan Perbup/P…" (1280-1400 px
    screens, English labels); here every card keeps its text and the row continues below.
    ``key=PHONE_FIRST`` moves the row up to the title on a phone (see ``PHONE_CSS``)."""
    return st.container(horizontal=True, gap="medium", key=key)


# On a phone (links shared in WhatsApp groups open there) the page's head is compact and the key
# figures come right after the title, before filters and notices: a page's title sits in a
# container keyed PHONE_TITLE, its headline cards in one keyed PHONE_FIRST, and the page's
# column (a flex column) orders them first below 640 px. Wider screens keep the written order.
PHONE_TITLE = "phone_title"
PHONE_FIRST = "phone_first"
PHONE_CSS = f"""<style>
@media (max-width: 640px) {{
  [data-testid="stMainBlockContainer"] {{ padding: 3.25rem 1rem 4rem 1rem; }}
  [data-testid="stMain"] h1 {{ font-size: 1.75rem; line-height: 1.2; padding-top: 0.25rem; }}
  [data-testid="stMain"] h2, [data-testid="stMain"] h3 {{ font-size: 1.3rem; }}
  [data-testid="stMain"] [data-testid="stAlert"] p {{ font-size: 0.85rem; line-height: 1.35; }}
  [data-testid="stMain"] [data-testid="stMetricValue"] > div {{ font-size: 1.9rem; }}
  /* Plotly's tool bar sat on the charts' legends; downloads are buttons below every chart */
  [data-testid="stMain"] .js-plotly-plot .modebar-container {{ display: none; }}
  /* a card's label wraps rather than end in "…" in a half-screen card */
  [data-testid="stMain"] [data-testid="stMetricLabel"] * {{ white-space: normal; text-overflow: clip; }}
  /* the keyed block sits in a layout wrapper: that wrapper is the flex item to move */
  .st-key-{PHONE_TITLE}, :has(> .st-key-{PHONE_TITLE}) {{ order: -3; }}
  .st-key-{PHONE_FIRST}, :has(> .st-key-{PHONE_FIRST}) {{ order: -2; }}
}}
/* On a touch screen Streamlit shows a table's tool bar (view, download, search, full screen) at
   all times, in the 44 px above the table, where the gap is 16 px or less (after a heading): it
   covered the end of the caption above ("... hubungannya dengan Inpre[icons]"), a heading's
   second line or the last row of the table above. The table moves down by the bar's height. */
@media (hover: none) {{
  [data-testid="stElementContainer"]:has(> [data-testid="stFullScreenFrame"] > [data-testid="stDataFrame"]) {{
    margin-top: 44px;
  }}
}}
</style>"""


def phone_layout() -> None:
    """The phone styles above, once per page run."""
    st.html(PHONE_CSS)


class PageEnded(Exception):
    """Raised by ``end_page``; ``run_page`` catches it."""


def end_page() -> NoReturn:
    """End the page here, as ``st.stop()`` would, but let the dashboard frame finish its run.
    After ``st.stop()`` nothing more is drawn, so the share link drawn after the page would
    keep the previous run's URL parameters (a map page without an open region ends early)."""
    raise PageEnded


def run_page(page, link_box) -> None:
    """Run the chosen page, then fill the share link with the URL parameters the page set during
    this run; a page that fails or stops still gets its link (one fill a run: every element
    drawn is work for every view)."""
    from analytics.web import url_widgets  # web.url_widgets is a leaf; imported here to keep frame's imports light

    phone_layout()
    url_widgets.reset_bound()
    try:
        page.run()
    except PageEnded:
        pass
    finally:
        share_link(link_box)


# --- what survives navigation: the language and the dataset -----------------------------------
# A click in the sidebar's page list (st.navigation) opens the page with no URL parameters, and
# Streamlit 1.67 offers no way to carry some along. The session remembers ``lang`` and ``data``
# (set from the URL, changed only by their switches) and writes them back when a page opens
# without them; in-app links pass them with ``st.page_link(query_params=kept_params())``.
_KEPT = "_kept_params"


def _kept() -> dict[str, str]:
    return st.session_state.setdefault(_KEPT, {})


def keep_params() -> None:
    """Called by dashboard.py first on every run: remember ``lang`` and ``data`` from the URL,
    or put the remembered ones back into a URL that lost them (a page switch)."""

    kept = _kept()
    for key in ("lang", DEMO_PARAM):
        value = st.query_params.get(key)
        if value is not None:
            kept[key] = value
        elif key in kept:
            st.query_params[key] = kept[key]


def kept_params() -> dict[str, str]:
    """The parameters every in-app link carries (``st.page_link(..., query_params=...)``)."""
    return dict(_kept())


def _remember(key: str, value: str | None) -> None:
    if value is None:
        _kept().pop(key, None)
        if key in st.query_params:
            del st.query_params[key]
    else:
        _kept()[key] = value
        st.query_params[key] = value


def _choose_language(code: str) -> None:
    _remember("lang", None if code == i18n.DEFAULT_LANGUAGE else code)


def setup_language() -> str:
    """Language from the URL (?lang=en); Indonesian by default. The sidebar switch is a pair
    of buttons whose callbacks set the URL before the rerun: a radio switch lost its state on
    the root page's rerun (its widget was re-created), so the URL is the only state here."""
    current = st.query_params.get("lang", i18n.DEFAULT_LANGUAGE)
    if current not in i18n.LANGUAGES:
        current = i18n.DEFAULT_LANGUAGE
    i18n.set_language(current)
    labels = {"id": "Bahasa Indonesia", "en": "English"}
    st.sidebar.caption(t("lang.label"))
    # one row that wraps rather than columns, which cut the label to "Bahasa Indo…"
    row = st.sidebar.container(horizontal=True, gap="small")
    for code in i18n.LANGUAGES:
        row.button(labels[code], key=f"lang_{code}", on_click=_choose_language, args=(code,),
                   type="primary" if code == current else "secondary", disabled=code == current)
    return current


def _set_demo(on: bool) -> None:
    _remember(DEMO_PARAM, "demo" if on else None)
    dataset_choice_changed()


def demo_switch() -> None:
    """The sidebar switch to the separate demo dataset (the URL keeps it: ``?data=demo``), so a
    link to a demo view opens the demo, and a link without it the public data."""
    chosen = demo_chosen()
    st.sidebar.toggle(t("demo.switch"), value=chosen, key=f"demo_switch_{chosen}", help=t("demo.switch_help"),
                      on_change=lambda: _set_demo(not chosen))


def no_public_data(what: str, key: str) -> None:
    """A view without public data says so (never an empty chart or a silent zero) and offers the
    demo dataset or an import."""
    st.info(t("nodata.public", what=what), icon=":material/info:")
    if not demo_chosen():
        row = st.container(horizontal=True, gap="small")
        row.button(t("nodata.open_demo"), key=f"open_demo_{key}", icon=":material/science:",
                   on_click=_set_demo, args=(True,))
        row.page_link("pages/data.py", label=t("nodata.import"), icon=":material/upload_file:",
                      query_params=kept_params())


def demo_notice() -> None:
    """The demo mark every page shows while demo data is active."""
    if has_demo_data():
        st.warning(t("demo.banner"), icon=":material/science:")


# --- the share link -------------------------------------------------------------------------
def current_link() -> str | None:
    """The full address of the current view (page path and every URL parameter), or None
    outside a browser session."""
    base = st.context.url
    if not base:
        return None
    params = st.query_params.to_dict()
    return base + ("?" + urlencode(params) if params else "")


def share_link(box=None) -> None:
    """A link that reopens the current page with its filters, in ``box`` (an ``st.empty()``;
    re-filling it replaces the link) or at the end of the sidebar. Written as a markdown link
    (right-click, copy), not ``st.code``: the code block's syntax highlighter cost every page
    load ~0.7 s of browser time on this machine (benchmarks/bench_map.py)."""
    link = current_link()
    if not link:
        return
    target = box if box is not None else st.sidebar
    # one element, label and link: every element drawn costs the first paint of every page
    target.caption(f"{t('share.label')}  \n{link_markdown(link)}", help=t("share.help"))


def link_markdown(link: str) -> str:
    """A markdown link showing its own address in code style. Characters that would end the
    link or the code span are percent-encoded (the address stays the same to a browser)."""
    safe = link
    for char, code in (("`", "%60"), ("(", "%28"), (")", "%29"), ("[", "%5B"), ("]", "%5D"),
                       ("<", "%3C"), (">", "%3E"), (" ", "%20"), ("\\", "%5C")):
        safe = safe.replace(char, code)
    return f"[`{safe}`]({safe})"
