"""Province meeting brief: one page for a coordination meeting, with PDF/HTML downloads and a
presentation mode for a projector (?brief_present=1: large type, no sidebar)."""

import datetime as dt

import streamlit as st

from analytics.brief import content as brief_mod
from analytics.brief import region as region_brief
from analytics import sources as sources_mod
from analytics.charts.brief import region_trend
from analytics import followups, i18n
from analytics.brief import render as brief_render
from analytics.brief import offers as brief_offers
from analytics.brief.page_texts import page_texts
from analytics.i18n import fmt_date, fmt_period, t
from analytics.web.url_widgets import url_date, url_select, url_toggle
from analytics.web.data import adopt_followups, run_query
from analytics.web.views import view
from analytics.presentation.markup import md_text
from analytics.presentation.texts import data_text
from analytics.web.downloads import download_row, show_chart, show_svg
from analytics.web.tables import show_table
from analytics.web.frame import PHONE_FIRST, PHONE_TITLE, end_page, kept_params, metric_row, require_dashboard_frame
from analytics.web.roles import can_edit, who

require_dashboard_frame()


_md = md_text  # data text shown as markdown literally (names never become markup)


def _adopt(brief, province: str) -> None:
    """Editors record the follow-ups this meeting adopts from the brief's drafts (province or kab/kota)."""
    if can_edit() and brief.drafts:
        if message := st.session_state.pop("brief_adopt_flash", None):
            st.success(message, icon=":material/check_circle:")
        if st.toggle(t("fu.adopt.toggle"), key="brief_adopt_open", help=t("fu.adopt.help", date=fmt_date(brief.as_of))):
            candidates = followups.adoption_candidates(brief.drafts, followups.load_items(run_query, province),
                                                       province, brief.as_of)
            waiting = candidates[candidates["adopted"].isna()]
            if len(candidates) > len(waiting):
                st.caption(t("fu.adopt.already", n=len(candidates) - len(waiting)))
            if waiting.empty:
                st.info(t("fu.adopt.all_done"))
            else:
                with st.form("brief_adopt_form"):
                    # the checkbox's own label would be cut to one line: the text sits beside it and wraps
                    widths = [0.4, 5.6, 3, 2.4]
                    head = st.columns(widths)
                    for col, key in zip(head[1:], ("fu.adopt.col.item", "fu.col.owner", "fu.col.due")):
                        col.caption(t(key))
                    rows = []
                    for row in waiting.itertuples(index=False):
                        key = followups.draft_key(row)
                        c0, c1, c2, c3 = st.columns(widths, vertical_alignment="center")
                        label = f"{t('fu.kind.' + row.kind)}: {row.action}"
                        c1.markdown(_md(label))
                        rows.append((row, c0.checkbox(_md(label), key=f"brief_adopt_pick_{key}", label_visibility="collapsed"),
                                     c2.text_input(t("fu.col.owner"), key=f"brief_adopt_owner_{key}",
                                                   label_visibility="collapsed", placeholder=t("fu.adopt.owner_hint")),
                                     c3.date_input(t("fu.col.due"), value=None, key=f"brief_adopt_due_{key}",
                                                   label_visibility="collapsed", format="DD/MM/YYYY",
                                                   min_value=brief.as_of)))
                    if st.form_submit_button(t("fu.adopt.save"), type="primary", key="brief_adopt_save"):
                        ticked = [(r, owner, due) for r, pick, owner, due in rows if pick]
                        lacking = [r.action for r, owner, due in ticked if not owner.strip() or due is None]
                        if not ticked:
                            st.warning(t("fu.adopt.none_ticked"))
                        elif lacking:
                            st.error(t("fu.adopt.need_owner_due") + "\n\n" + "\n".join(f"- {_md(a)}" for a in lacking))
                        else:
                            picked = [{**{f: getattr(r, f) for f in followups.Draft.__dataclass_fields__},
                                       "owner": owner, "due_date": due} for r, owner, due in ticked]
                            try:
                                ids = adopt_followups(province, brief.as_of, picked, by=who())
                                st.session_state["brief_adopt_flash"] = t("fu.adopt.saved", n=len(ids),
                                                                          date=fmt_date(brief.as_of))
                                st.rerun()
                            except followups.FollowupError as exc:
                                st.error(t("fu.edit.refused") + "\n\n"
                                         + "\n".join(f"- {_md(p)}" for p in exc.texts()))


# --- controls: province, date, presentation mode (all in the URL) ---------------------------
provinces = run_query("provinces")
names = dict(zip(provinces["code"], provinces["name"]))
if "brief_present" not in st.session_state:  # read before the toggle is drawn: it changes the layout
    st.session_state["brief_present"] = st.query_params.get("brief_present") in ("1", "true")
present = st.session_state["brief_present"]

if present:
    # projector: no sidebar or header, large type; the controls stay reachable in an expander
    st.html("""<style>
    [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header[data-testid="stHeader"]
        { display: none !important; }
    .stMainBlockContainer, .block-container { padding-top: 1rem !important; max-width: 100% !important; }
    [data-testid="stMain"] p, [data-testid="stMain"] li { font-size: 1.45rem !important; line-height: 1.45; }
    [data-testid="stMain"] [data-testid="stMetricValue"], [data-testid="stMain"] [data-testid="stMetricValue"] * { font-size: 3.2rem !important; line-height: 1.2; }
    [data-testid="stMain"] [data-testid="stMetricLabel"] p { font-size: 1.3rem !important; }
    [data-testid="stMain"] [data-testid="stCaptionContainer"] p { font-size: 1.2rem !important; }
    h1 { font-size: 3rem !important; } h2, h3 { font-size: 2.1rem !important; }
    </style>""")
controls = st.expander(t("brief.page_title"), expanded=not present) if present else st.container()
with controls:
    c1, c1b, c2, c3 = st.columns([3, 4, 2, 3])
    # a link to a kab/kota brief (?brief_region=63.01) opens its province too
    linked = st.query_params.get("brief_region") or ""
    if "brief_province" not in st.session_state and region_brief.is_region_code(linked) \
            and linked.split(".")[0] in names:
        st.query_params["brief_province"] = linked.split(".")[0]
    province = url_select(c1, t("brief.province"), list(names), "brief_province", default="62", format_func=names.get)
    kabkota = run_query("regions_of_province", [province])
    region_names = {"": t("kbrief.whole_province"), **dict(zip(kabkota["code"], kabkota["name"]))}
    region = url_select(c1b, t("kbrief.region"), list(region_names), "brief_region", default="",
                        format_func=region_names.get)
    today = i18n.today()
    # the last day of the latest month with data: a brief dated today showed months without data
    opening = brief_mod.default_date(run_query, today)
    day = url_date(c2, t("brief.date"), "brief_date", default=opening, min_value=dt.date(2015, 1, 1),
                   max_value=today + dt.timedelta(days=366), format="DD/MM/YYYY", help=t("brief.date_help"))
    url_toggle(c3, t("brief.present"), "brief_present", default=False, on="1", help=t("brief.present_help"))



# the headline cards' source lines wrap at a reading width: a card as wide as its longest line
# made each of the first two cards a row of its own at 1280 px (a long source title), the
# other two sharing the third
st.html(f"<style>.st-key-{PHONE_FIRST} [data-testid='stCaptionContainer'] {{ max-width: 20rem; }}</style>")


def _link(**params) -> str:
    """A link to the brief page with ``params``, keeping the language and the dataset chosen."""
    from urllib.parse import urlencode

    kept = kept_params()  # lang and data, as the frame keeps them in the URL (st.query_params is slow to ask)
    return "brief?" + urlencode({**params, **kept})


def _head(title: str, caption: str, is_demo: bool, back: tuple[str, str] | None = None) -> None:
    """Title, date line (markdown: the caller escapes data text), the link back to the province
    brief, the demo mark."""
    with st.container(key=PHONE_TITLE):  # on a phone: title, date and the figures before the controls
        st.title(title)
        st.caption(caption)
        if back:
            st.markdown(f"[{_md(back[0])}]({back[1]})")
        if is_demo:
            st.warning(t("brief.demo_mark"), icon=":material/science:")


def _offer_buttons(offers: list) -> None:
    """Download buttons in a row that wraps; each file is built when clicked (analytics/brief/offers.py)."""
    row = download_row()
    for o in offers:
        row.download_button(o.label, o.data, file_name=o.file_name, mime=o.mime, key=o.key, icon=o.icon,
                            on_click="ignore", type="primary" if o.primary else "secondary", disabled=o.disabled,
                            help=o.help)


def _downloads(brief) -> None:
    """The brief's PDF, HTML and share image (never in presentation mode)."""
    printer = brief_render.print_engine_available()  # Chromium + playwright print the PDF and the image
    _offer_buttons(brief_offers.brief_offers(brief, printer))
    if not printer:
        st.caption(t("brief.no_print_engine"))


def _earlier(brief) -> None:
    """Follow-up from earlier meetings: what the brief opens with (analytics/followups)."""
    if len(brief.earlier):
        st.subheader(t("fu.brief.title"))
        # a static table: its cells wrap; status and the data's verdict first, still in view on a phone
        # st.table renders its cells as markdown: every cell is shown as text
        st.table(followups.styled_table(brief.earlier, [
            "fu.col.region", "fu.col.status", "fu.col.data", "fu.col.disagreement", "fu.col.due", "fu.col.action",
            "fu.col.owner", "fu.col.meeting", "fu.col.basis"]).format(md_text).hide(axis="index"))
        st.caption(t("fu.brief.note", date=fmt_date(brief.as_of)))


def _cards(cards) -> None:
    row = metric_row(key=PHONE_FIRST)
    for label, value, detail in cards:
        # as wide as its figure and words: four equal cards in a 1280 px window cut "Rp 8,1 miliar"
        card = row.container(width="content")
        card.metric(label, value)
        if detail:
            card.caption(md_text(detail))


def _followups(brief) -> None:
    st.subheader(t("brief.s.followups"))
    st.markdown("\n".join(f"- {_md(item)}" for item in brief.followups) or t("brief.fu.none"))


def _sheets(brief) -> None:
    """The province's status and coverage sheets to fill in (never in presentation mode or in print)."""
    sheets = brief_offers.sheet_offers(run_query, brief)
    if sheets.offers:
        st.subheader(_md(sheets.title))
        _offer_buttons(sheets.offers)
        st.caption(md_text(sheets.caption))


if region:
    # --- the kab/kota brief (analytics/brief/region.py) ---------------------------------------
    try:
        rb = view("brief_region", {"region": region, "day": day},
                  lambda: region_brief.build_region(run_query, region, day), copy=False)  # only read
    except brief_mod.BriefError as exc:
        st.error(t("brief.error", reason=exc))
        end_page()
    # the tables made from it, made once too (a session then finds them by their view, web/tables.py)
    shown = view("brief_region.tables", {"region": region, "day": day}, lambda: {
        "instruments": region_brief.instruments_frame(rb) if len(rb.instruments) else None,
        "ranks": region_brief.ranks_frame(rb) if rb.ranks else None,
        "awards": sources_mod.with_date_text(rb.awards) if len(rb.awards) else None,
        "sources": sources_mod.with_date_text(rb.sources) if len(rb.sources) else None},
        copy=False)  # only read
    back = _link(brief_province=rb.province_code, brief_date=f"{day:%Y-%m-%d}")
    _head(rb.title, md_text(f"{fmt_date(rb.as_of)} · {region_brief.data_line(rb)}"), rb.is_demo,
          (t("kbrief.back", province=rb.province_name), back))
    if not present:
        _downloads(rb)
    _earlier(rb)
    _cards(region_brief.headline(rb))
    # regulations beside coverage; with no coverage they take the width (half of it hid the table's columns)
    left, right = st.columns([1, 1]) if rb.period is not None else (st.container(), st.container())
    with left:
        st.subheader(t("kbrief.s.instruments"))
        st.markdown(f"**{_md(region_brief.region_regulation_status(rb.status))}**")
        if len(rb.instruments):
            show_table(shown["instruments"], region_brief.INSTRUMENT_COLUMNS, key="kbrief_instruments")
            if unnumbered := region_brief.unnumbered(rb):  # what a record stands for, whole
                st.caption(md_text(t("kbrief.unnumbered", records="; ".join(unnumbered))))
        else:
            st.caption(t("kbrief.instruments_none", date=fmt_date(rb.as_of)))
        if rb.ranks:
            st.subheader(t("kbrief.s.ranks", province=rb.province_name))
            show_table(shown["ranks"], region_brief.RANK_COLUMNS, key="kbrief_ranks")
        if len(rb.awards):
            st.subheader(t("kbrief.s.awards"))
            show_table(shown["awards"], region_brief.AWARD_COLUMNS, key="kbrief_awards")
    with right:
        if rb.period is not None:
            st.subheader(t("kbrief.s.coverage"))
            if len(rb.segments):
                show_table(rb.segments, brief_mod.SEGMENT_COLUMNS, key="kbrief_segments")
            if len(rb.groups):
                show_table(rb.groups, brief_mod.GROUP_COLUMNS, key="kbrief_groups")
            if rb.coverage_source:
                st.caption(md_text(t("kbrief.coverage_source", source=rb.coverage_source)))
            if len(rb.trend) > 1:
                st.subheader(t("kbrief.s.trend"))
                fig = region_trend(rb.trend, {g: t(f"group.{g}") for g in rb.trend["worker_group"].unique()})
                show_chart(fig, f"tren_{region}_{day:%Y-%m-%d}", key="kbrief_trend", data=rb.trend)
    b = rb.budget
    if len(b["groups"]) or len(b["by_source"]):
        st.subheader(t("kbrief.s.budget", year=b["year"]))
        if len(b["groups"]):
            show_table(b["groups"], brief_mod.BUDGET_COLUMNS, key="kbrief_budget")
            st.caption(t("kbrief.budget_note", year=b["year"], period=fmt_period(rb.period),
                         allocated_year=b["allocated_year"]))
        if len(b["by_source"]):
            show_table(b["by_source"], region_brief.ALLOCATION_COLUMNS, key="kbrief_allocations")
    _followups(rb)
    _adopt(rb, province)
    if rb.missing:  # what does not exist: one line, no wall of dashes
        st.info(f"**{t('kbrief.s.missing')}:** " + _md("; ".join(rb.missing)), icon=":material/info:")
    if not present:
        _sheets(rb)
        st.subheader(t("brief.s.sources"))
        if len(rb.sources):
            show_table(shown["sources"], sources_mod.source_columns(), key="kbrief_sources")
        show_table(rb.batches, brief_mod.BATCH_COLUMNS, key="brief_batches")
        st.caption(t("kbrief.sources_note"))
    end_page()

try:
    brief = view("brief", {"province": province, "day": day}, lambda: brief_mod.build(run_query, province, day),
                 copy=False)  # only read (tests fingerprint shared views)
except brief_mod.BriefError as exc:
    st.error(t("brief.error", reason=exc))
    end_page()
shared = {"province": province, "day": day}  # the parameters of the views made from this brief (texts, links)
texts = view("brief.texts", shared, lambda: page_texts(brief), copy=False)  # only read

# --- header, downloads, follow-up from earlier meetings, headline figures ---------------------
_head(t("brief.title", province=brief.province_name), f"{fmt_date(brief.as_of)} · {texts['data_line']}",
      brief.is_demo)
if not present:
    _downloads(brief)
    st.caption(t("brief.intro"))
_earlier(brief)
_cards(texts["headline"])

# --- map | regulation ----------------------------------------------------------------------
left, right = st.columns([3, 2])
with left:
    st.subheader(t("brief.s.map"))
    try:
        # the printed brief's SVG, drawn on the server: no Plotly bundle (2.2 MB) for a phone opening the link
        # drawn once per view (a failed drawing is not kept: tried again on the next view)
        show_svg(view("brief.map_svg", {"province": province, "day": day}, lambda: brief_render.map_svg(brief)),
                 f"peta_regulasi_{province}_{day:%Y-%m-%d}", key="brief_map",
                 data=brief.regions[["region_code", "name", "has_regulation", "regulation", "ucj_pct"]])
    except Exception as exc:  # geometry missing offline: the brief stands without its map
        st.info(t("brief.map_unavailable", reason=exc))
with right:
    reg = brief.regulation
    st.subheader(t("brief.s.regulation"))
    lists = texts["state_lists"]
    if lists:  # the five states (analytics/regulations.py), then how many are known
        for heading, names in lists:
            st.markdown(f"**{_md(heading)}:** " + (_md(", ".join(names)) or "–"))
        st.caption(texts["known"])
    else:
        st.markdown(t("brief.no_reg_data"))
    if reg.get("snapshot_with") is not None:
        st.caption(t("brief.snapshot", n=reg["snapshot_with"], total=reg["snapshot_total"],
                     date=fmt_date(reg["snapshot_as_of"]), source=md_text(data_text(reg.get("snapshot_source"))) or "–"))
    pending = texts["pending"]
    st.markdown(f"**{t('brief.province_reg')}:** "
                + _md(reg.get("province_regulation") or t("brief.province_reg_none"))
                + (f" · {_md(pending)}" if pending else ""))
    _followups(brief)

# --- adopting the drafted follow-ups into the register (editors, during the meeting) ----------
_adopt(brief, province)


# --- coverage ------------------------------------------------------------------------------
st.subheader(t("brief.s.coverage"))
# two columns only for two tables (public data often has neither: no empty row of columns)
c1, c2 = st.columns(2) if len(brief.segments) and len(brief.groups) else (st, st)
if len(brief.segments):
    c1.caption(t("brief.s.segments"))
    show_table(brief.segments, brief_mod.SEGMENT_COLUMNS, key="brief_segments", container=c1)
if len(brief.groups):
    c2.caption(t("brief.s.groups"))
    show_table(brief.groups, brief_mod.GROUP_COLUMNS, key="brief_groups", container=c2)
if texts["reported"]:
    st.caption(texts["reported"])

# --- kab/kota table -------------------------------------------------------------------------
st.subheader(t("brief.s.regions"))
show_table(texts["region_rows"], texts["region_columns"], key="brief_regions")
# each kab/kota's own brief, same date (links both ways: it links back here)
links = view("brief.region_links", {**shared, "kept": kept_params()}, lambda: " · ".join(
    f"[{_md(name)}]({_link(brief_region=code, brief_date=f'{day:%Y-%m-%d}')})"
    for code, name in zip(brief.regions["region_code"], brief.regions["name"])))
st.markdown(f"**{t('kbrief.links')}:** {links}")

# --- budget and sources ------------------------------------------------------------------------
b = brief.budget
st.subheader(t("brief.s.budget", year=b.get("year")))
if not b.get("available"):
    st.info(md_text(b.get("reason") or t("brief.budget_unavailable")))
elif not b.get("has_allocations") and brief.period is None:
    # nothing recorded and no coverage to measure a need against: one line, not a table of dashes
    st.info(t("brief.budget_no_alloc", year=b["year"]) + " " + texts["budget_note"])
else:
    show_table(b["groups"], brief_mod.BUDGET_COLUMNS, key="brief_budget")
    if not b.get("has_allocations"):
        st.caption(t("brief.budget_no_alloc", year=b["year"]))
    if texts["budget_sources"]:
        st.caption(md_text(texts["budget_sources"]))
    st.caption(texts["budget_note"])

if not present:
    _sheets(brief)
    st.subheader(t("brief.s.sources"))
    show_table(brief.batches, brief_mod.BATCH_COLUMNS, key="brief_batches")
    st.caption(t("brief.sources_note"))
    for note in brief.notes:  # notes carry data text (file names, sources)
        st.caption(md_text(note))
