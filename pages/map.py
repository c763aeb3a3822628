"""Map: a choropleth of a coverage measure with the regulation layer; click a region for details.
Every control is bound to the URL (keys map_*), so a link reopens the same view."""

import streamlit as st

from analytics import exports, i18n
from analytics.maps import component as map_component
from analytics.maps import view as map_page
from analytics.charts.coverage import region_trend
from analytics.maps.geo import GeometryError
from analytics.ingest.refdata import ReferenceDataError
from analytics.i18n import t
from analytics.maps.metrics import IGNORES_SEGMENT, METRICS, SEGMENTS, VIEWS, MapSelection, trend
from analytics.presentation.markup import md_link, md_text, safe_url
from analytics.web.data import cache_key, demo_chosen, has_demo_data, run_query
from analytics.web.downloads import download_row, show_chart
from analytics.web.tables import show_table
from analytics.web.frame import PHONE_TITLE, demo_notice, end_page, no_public_data, require_dashboard_frame
from analytics.web.url_widgets import url_select, url_toggle, url_value

require_dashboard_frame()

with st.container(key=PHONE_TITLE):  # on a phone: title and demo mark, then the figures
    st.title(t("map.title"))
    demo_notice()

periods = map_page.periods(run_query)
if not periods:
    st.info(t("map.no_periods"))
    end_page()

provinces = run_query("map_regions", {"period": periods[0], "level": "provinsi", "province": ""})
province_names = dict(zip(provinces["code"], provinces["name"]))
group_rows = run_query("map_worker_groups")
groups = group_rows["worker_group"].tolist()
# what the map opens on when the URL names nothing: a view that has data (public data: active
# participants of December 2023, the Kemnaker table; the demo: Non-ASN coverage, latest month)
opening = map_page.defaults(run_query, periods, group_rows)


def _open_province(code: str) -> None:
    # a callback runs before the script, so the bound widgets may still be changed here
    st.session_state["map_level"] = "province"
    st.session_state["map_province"] = code
    st.session_state["map_region"] = None


def _open_region(code: str) -> None:
    st.session_state["map_region"] = code


def _choose_view(code: str) -> None:
    st.session_state["map_level"] = code


# Every control keeps its option (a code, never a translated label) in the URL. They sit in a
# popover, whose widgets the browser draws only when it is opened, with the choice written
# beside it; the view switch is also a row of plain buttons on the map itself. Each kind of
# Streamlit widget drawn with the page cost its first paint 0.1-0.3 s on the test machine,
# and the map is what a meeting looks at first (benchmarks/bench_map.py).
top = st.container(horizontal=True, vertical_alignment="center")
with top.popover(t("map.filters"), icon=":material/tune:", help=t("map.filters_help")):
    view = url_select(st, t("map.view"), VIEWS, "map_level", default="provinces", widget="segmented_control",
                      format_func=lambda v: t(f"map.view.{v}"), required=True)
    province = url_select(st, t("map.province"), list(province_names), "map_province",
                          default="62" if "62" in province_names else None,
                          format_func=lambda c: province_names.get(c, c), disabled=view != "province")
    metric = url_select(st, t("map.metric"), METRICS, "map_metric", default=opening.metric,
                        format_func=lambda m: t(f"map.metric.{m}"))
    segment = url_select(st, t("map.segment"), SEGMENTS, "map_segment", disabled=metric in IGNORES_SEGMENT,
                         format_func=lambda s: t("map.segment.all") if s == "all" else t(f"segment.{s}"))
    group = url_select(st, t("map.group"), groups, "map_group", default=opening.group,
                       format_func=lambda g: t(f"group.{g}"), disabled=metric in IGNORES_SEGMENT)
    period_keys = [f"{p:%Y-%m}" for p in periods]
    period_key = url_select(st, t("map.period"), period_keys, "map_period",
                            default=f"{opening.period:%Y-%m}" if opening.period else None)
    show_regulation = url_toggle(st, t("map.show_regulation"), "map_reg", default=True)

selection = MapSelection(view=view, province=province, metric=metric, segment=segment, group=group,
                         period=periods[period_keys.index(period_key)])
top.caption(map_page.summary(selection, province_names, show_regulation))


@st.cache_resource(max_entries=32, show_spinner=False)
def _map(selection: MapSelection, show_regulation: bool, language: str, data: tuple[int, str], demo: bool) -> map_page.MapResult:
    # The same view again (back to an earlier filter, another session) reuses its map;
    # keyed by the data version and dataset (?data=demo is another file) so an import rebuilds it.
    return map_page.build(selection, run_query, show_regulation=show_regulation, demo=demo)


demo = has_demo_data()
try:
    result = _map(selection, show_regulation, i18n.language(), cache_key(), demo)
except (GeometryError, ReferenceDataError) as exc:
    st.error(t("map.geometry_error", reason=exc))
    end_page()

public = not (demo_chosen() or demo)  # the public dataset: what is missing has no public source
if result.empty:
    # never an all-grey map: say what is missing (public data: no kab/kota figures), offer the rest
    if public:
        no_public_data(map_page.empty_what(selection), "map")
    else:
        st.info(t("map.empty", what=map_page.empty_what(selection)), icon=":material/info:")
    if result.notice:
        st.info(result.notice, icon=":material/info:")
    others = st.container(horizontal=True, gap="small")
    for v in VIEWS:
        if v != view:
            others.button(t(f"map.view.{v}"), key=f"map_view_{v}", on_click=_choose_view, args=(v,))
else:
    if result.sparse and selection.metric != "regulation" and public:
        no_public_data(map_page.empty_what(selection), "map")  # two kab/kota of 514 is no map of them
    if result.sparse:
        st.caption(t("map.sparse", n=result.coloured, total=len(result.frame)))
    if result.notice:
        st.info(result.notice, icon=":material/info:")
    # A click on a region opens it below (its callback sets the region box before this run; the
    # click is reported once, so choosing another region in the box afterwards is not overridden).
    map_component.draw(
        result.map, key="map_chart", selected=st.session_state.get("map_region") or st.query_params.get("map_region"),
        text={"zoom_in": t("map.zoom_in"), "zoom_out": t("map.zoom_out"), "reset": t("map.zoom_reset"),
              "hint": t("map.zoom_hint"), "hint_touch": t("map.touch_hint"), "views": t("map.view")},
        on_click=_open_region,
        views={v: t(f"map.view.{v}") for v in VIEWS}, view=view, on_view=_choose_view,
    )
    stem = f"peta_{metric}_{selection.level}{'_' + selection.province_filter if selection.province_filter else ''}_{period_key}"
    downloads = download_row()
    # built on click (callables): nothing is stored or fetched for a download nobody asks for
    svg_text, table = result.map.svg, result.table
    downloads.download_button(t("map.download_svg"), lambda: svg_text.encode("utf-8"),
                              file_name=exports.file_name(stem, "svg", demo), mime="image/svg+xml",
                              key="map_svg", icon=":material/image:", on_click="ignore")
    downloads.download_button("CSV", lambda: exports.csv_bytes(table, demo), file_name=exports.csv_name(stem, demo),
                              help=t("present.csv_help"), mime="text/csv", key="map_csv", icon=":material/download:", on_click="ignore")
    st.caption(map_page.caption(selection))

st.subheader(t("map.region"))
names = dict(zip(result.frame["code"], result.frame["name"]))
# The region box also sits in a popover (labelled with the open region): a selectbox drawn with
# the page would slow the map's first paint (see the controls above).
open_region = url_value(list(names), "map_region", allow_none=True)
chooser_label = f"{names[open_region]} ({open_region})" if open_region else t("map.region_placeholder")
with st.popover(chooser_label, icon=":material/search:", key="map_region_chooser"):
    region = url_select(st, t("map.region"), list(names), "map_region", allow_none=True,
                        format_func=lambda c: f"{names[c]} ({c})", placeholder=t("map.region_placeholder"))
if region is None:
    st.caption(t("map.click_hint"))
    end_page()

detail = map_page.region_detail(result.frame, region, selection)
st.markdown(f"**{md_text(detail.title)}** · {md_text(detail.value_text)}")
if detail.source_text:  # where the value comes from: title, date, confidence (and the link)
    # data text is shown as text; the link is the app's, to a checked http(s) address, shown
    link = (" · " + md_link(detail.source_url, t("map.detail.source_link"))) if safe_url(detail.source_url) else ""
    st.caption(md_text(t("map.detail.source", source=detail.source_text)) + link)
if selection.level == "provinsi":
    st.button(t("map.detail.open_province"), on_click=_open_province, args=(region,), icon=":material/zoom_in:")

st.markdown("##### " + t("map.detail.trend", segment=detail.segment_label, group=detail.group_label))
rows = run_query("map_region_trend", {"code": region, "segment": segment, "group": group})
series = trend(rows)
if series.empty:
    st.info(t("map.detail.no_trend"))
else:
    show_chart(region_trend(series, t("map.active"), t("map.target"), t("map.coverage"), detail.separators),
               f"tren_{region}_{segment}_{group}", key="map_trend", data=series)


def _regulations(code: str) -> None:
    regs = map_page.region_regulations(run_query, code)
    if regs.empty:
        st.caption(t("map.detail.no_regulations"))
    else:
        show_table(regs, map_page.REGULATION_COLUMNS, key=f"map_regs_{code}")


left, right = st.columns(2)
with left:
    st.markdown("##### " + t("map.detail.regulations"))
    _regulations(region)
    if detail.province_code:  # the province's own instruments, apart (never counted for the kab/kota)
        st.markdown("###### " + t("map.detail.province_regulations", name=province_names.get(detail.province_code, "")))
        _regulations(detail.province_code)
with right:
    st.markdown("##### " + t("map.detail.budget"))
    budget = run_query("map_region_budget", {"code": region})
    if budget.empty:
        st.caption(t("map.detail.no_budget"))
    else:
        show_table(budget, map_page.BUDGET_COLUMNS, key="map_budget", stem=f"anggaran_{region}")

# What else public sources say of the region: the award's official results and reported figures
st.markdown("##### " + t("map.detail.awards"))
awards = map_page.region_awards(run_query, region)
if awards.empty:
    st.caption(t("map.detail.no_awards"))
else:
    show_table(awards, map_page.AWARD_COLUMNS, key=f"map_awards_{region}", stem=f"paritrana_resmi_{region}")
st.markdown("##### " + t("map.detail.reported"))
reported = map_page.region_reported(run_query, region)
if reported.empty:
    st.caption(t("map.detail.no_reported"))
else:
    st.caption(t("map.detail.reported_caption"))
    show_table(reported, map_page.REPORTED_COLUMNS, key=f"map_reported_{region}", stem=f"angka_dilaporkan_{region}")
