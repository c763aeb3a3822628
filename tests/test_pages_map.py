"""AppTest of the map page on a demo database: controls read from the URL (codes, not labels),
the province view, the region detail, downloads and "no data" explained."""

from __future__ import annotations

import json
import re

from tests.apptest_support import errors_of, page_test

_REGION = re.compile(r'<path class="r" d="[^"]*" fill="([^"]+)" [^>]*data-code="([^"]+)"')


def _map_data(at) -> dict:
    """What the page sent to the map component: svg, hover, selected."""
    return json.loads(at.get("bidi_component")[0].proto.json)


def _regions(at) -> dict[str, str]:
    """Region code -> fill colour, as drawn."""
    return {code: fill for fill, code in _REGION.findall(_map_data(at)["svg"])}


def _widget(at, key):
    return next(w for w in at.get("selectbox") + at.get("button_group") + at.get("toggle") if w.key == key)


def test_default_view_is_the_38_provinces(demo_env):
    at = page_test("map").run()
    assert not errors_of(at), errors_of(at)
    assert any("demo" in str(w.value).lower() for w in at.warning)
    assert len(_regions(at)) == 38
    assert ">DEMO</text>" in _map_data(at)["svg"]
    assert _widget(at, "map_level").value == "provinces"
    assert not at.query_params.get("map_level")  # defaults stay out of the link


def test_controls_come_from_the_url_and_province_62_shows_14(demo_env):
    at = page_test("map", params={
        "map_level": "province", "map_province": "62", "map_metric": "regulation",
        "map_period": "2021-11", "map_region": "62.06",
    }).run()
    assert not errors_of(at), errors_of(at)
    assert _widget(at, "map_level").value == "province"
    assert _widget(at, "map_province").value == "62"
    assert _widget(at, "map_metric").value == "regulation"
    assert _widget(at, "map_period").value == "2021-11"
    assert _widget(at, "map_region").value == "62.06"
    regions = _regions(at)
    assert len(regions) == 14 and all(c.startswith("62.") for c in regions)
    # Kalteng, 15 Nov 2021: four kabupaten with a Perbup (curated news facts), drawn in the
    # "issued" colour; the other ten in another
    from analytics.maps.labels import STATUS_FILL

    issued = sorted(c for c, fill in regions.items() if fill == STATUS_FILL["issued"])
    assert issued == ["62.01", "62.03", "62.06", "62.08"]
    data = _map_data(at)
    assert data["selected"] == "62.06"  # the open region is outlined on the map
    assert "Katingan" in data["hover"]["62.06"] and "Perbup" in data["hover"]["62.06"]
    assert "Katingan</text>" in data["svg"]  # names written on a province's map
    # the detail: trend chart plus the region's and the province's regulation tables
    assert len(at.get("plotly_chart")) == 1
    assert any("Katingan" in m.value for m in at.markdown)
    assert len(at.dataframe) >= 2
    # the link keeps codes
    assert at.query_params["map_region"] == ["62.06"] or at.query_params["map_region"] == "62.06"


def test_labels_from_old_links_fall_back_to_defaults(demo_env):
    at = page_test("map", params={"map_level": "Nasional: kab/kota", "map_metric": "Status regulasi"}).run()
    assert not errors_of(at), errors_of(at)
    assert _widget(at, "map_level").value == "provinces"
    assert _widget(at, "map_metric").value == "coverage"


def test_english_and_group_without_targets_explains_no_data(demo_env):
    at = page_test("map", lang="en", params={"map_level": "kabupaten", "map_group": "all"}).run()
    assert not errors_of(at), errors_of(at)
    assert _widget(at, "map_group").value == "all"
    # coverage needs a target; 'all workers' rows carry none: every region would be "no data",
    # so no all-grey map is drawn: the page says why and draws the regulation status instead
    assert any("target" in str(i.value).lower() for i in at.info)
    assert any("no figures for coverage rate by regency/city" in str(i.value) and "regulation status" in str(i.value)
               for i in at.info), [i.value for i in at.info]
    svg = _map_data(at)["svg"]
    assert "Regulation status" in svg and "in force" in svg


def test_indonesian_number_format_and_growth_metric(demo_env):
    at = page_test("map", params={"map_metric": "growth"}).run()
    assert not errors_of(at), errors_of(at)
    svg = _map_data(at)["svg"]
    assert "Pertumbuhan" in svg and "<line" in svg  # the colour bar's centre mark at 0
    # a diverging bar symmetric around 0, its ends in Indonesian format (decimal comma)
    low = re.search(r'text-anchor="start">(?:≤ )?-(\d+,\d)%</text>', svg)
    # an end the scale caps says so ("≥ 2,4%": a region beyond it shares its colour)
    high = re.search(r'<text x="\d+" y="16">(?:≥ )?(\d+,\d)%</text>', svg)
    assert "≥ " in svg[svg.index('class="legend"'):]
    assert low and high and low.group(1) == high.group(1), svg[svg.index('class="legend"'):][:600]


def test_map_offers_svg_and_csv_downloads(demo_env):
    at = page_test("map").run()
    names = {b.key: b for b in at.get("download_button")}
    assert {"map_svg", "map_csv"} <= set(names)


def test_choosing_a_province_region_offers_the_drill_down(demo_env):
    at = page_test("map", params={"map_region": "62"}).run()
    assert not errors_of(at), errors_of(at)
    assert _widget(at, "map_region").value == "62"
    button = next(b for b in at.button if "kab/kota" in b.label)
    at = button.click().run()
    assert not errors_of(at), errors_of(at)
    assert _widget(at, "map_level").value == "province" and _widget(at, "map_province").value == "62"
    assert len(_regions(at)) == 14


def test_filters_sit_in_a_popover_with_a_summary_beside_it(demo_env):
    at = page_test("map", params={"map_level": "province", "map_province": "62", "map_segment": "PU",
                                  "map_reg": "false"}).run()
    assert not errors_of(at), errors_of(at)
    popover = next(node for node in at.main if getattr(node, "type", None) == "popover")
    inside = {getattr(node, "key", None) for node in popover}
    assert {"map_level", "map_province", "map_metric", "map_segment", "map_group", "map_period", "map_reg"} <= inside
    # the view switch is also a row of buttons on the map, the current view pressed
    data = _map_data(at)
    assert [code for code, _ in data["views"]] == ["provinces", "kabupaten", "province"]
    assert data["view"] == "province" and dict(data["views"])["province"] == "Satu provinsi"
    # what the popover hides is said beside it
    summary = next(c.value for c in at.caption if "Kalimantan Tengah" in c.value)
    assert "PU" in summary and "Non-ASN" in summary and "tanpa lapisan regulasi" in summary
    # and changing a filter inside it redraws the map
    at = _widget(at, "map_segment").set_value("all").run()
    assert not errors_of(at), errors_of(at)
    assert any("Kalimantan Tengah" in c.value and "Semua segmen" in c.value for c in at.caption)
    assert len(_regions(at)) == 14
    # a choice with no figure at all (Non-ASN staff are PU workers, none are BPU) draws no
    # all-grey map: it says so and draws the regulation status of the province instead, with every
    # view in its row (issue 23: "Satu provinsi" stays)
    at = _widget(at, "map_segment").set_value("BPU").run()
    assert not errors_of(at), errors_of(at)
    assert any("Tidak ada angka" in str(i.value) and "status regulasi" in str(i.value) for i in at.info)
    data = _map_data(at)
    assert len(_regions(at)) == 14 and "Status regulasi" in data["svg"]
    assert {code for code, _ in data["views"]} == {"provinces", "kabupaten", "province"}


def _popovers(at) -> dict[str, set]:
    """Popover label -> keys of the widgets inside it."""
    return {node.proto.popover.label: {getattr(n, "key", None) for n in node}
            for node in at.main if getattr(node, "type", None) == "popover"}


def test_region_chooser_is_a_popover_labelled_with_the_open_region(demo_env):
    at = page_test("map", params={"map_level": "province", "map_province": "62"}).run()
    assert "map_region" in _popovers(at)["Pilih wilayah..."]
    at = _widget(at, "map_region").set_value("62.06").run()
    assert not errors_of(at), errors_of(at)
    assert "map_region" in _popovers(at)["Kabupaten Katingan (62.06)"]
    assert any("Katingan" in m.value for m in at.markdown)  # its detail opened


def test_widgets_in_the_popover_carry_their_current_value_as_default(demo_env):
    """The browser draws a popover's widgets only when it opens, from the element's default:
    after reruns that default must still be the value the app uses, not the first option."""
    at = page_test("map", params={"map_level": "province", "map_province": "62", "map_reg": "false"}).run()
    at = _widget(at, "map_segment").set_value("BPU").run()  # a rerun: the URL no longer seeds
    assert not errors_of(at), errors_of(at)
    province, group = _widget(at, "map_province"), _widget(at, "map_group")
    assert province.value == "62" and province.options[province.proto.default] == "Kalimantan Tengah"
    assert group.value == "non_asn" and group.options[group.proto.default] == "Non-ASN"
    assert _widget(at, "map_segment").proto.default == 2  # BPU, the option now chosen
    assert list(_widget(at, "map_level").proto.default) == [2]  # one province
    toggle = _widget(at, "map_reg")
    assert toggle.value is False and toggle.proto.default is False
    assert at.query_params["map_reg"] in (["false"], "false")


def test_public_data_opens_on_december_2023_with_28_provinces(public_env):
    at = page_test("map").run()
    assert not errors_of(at), errors_of(at)
    assert _widget(at, "map_metric").value == "active" and _widget(at, "map_period").value == "2023-12"
    assert _widget(at, "map_group").value == "all"
    assert not at.query_params.get("map_period")  # the opening month is a default: not in the link
    from analytics.maps.labels import NO_DATA_FILL

    regions = _regions(at)
    assert len(regions) == 38 and sum(fill != NO_DATA_FILL for fill in regions.values()) == 28
    hover = _map_data(at)["hover"]
    assert "Sumber:" in hover["35"] and "keyakinan tinggi" in hover["35"] and "30 Januari 2024" in hover["35"]
    assert "Sumber:" not in hover["75"]  # Gorontalo: no figure, no source
    assert not any("Belum ada data publik" in str(i.value) for i in at.info)


def test_public_region_detail_has_source_awards_and_reported_figures(public_env):
    at = page_test("map", params={"map_region": "73"}).run()  # Sulawesi Selatan
    assert not errors_of(at), errors_of(at)
    assert any(c.value.startswith("Sumber: ") and "buka sumber" in c.value for c in at.caption)
    reported = next(df.value for df in at.dataframe if "other_value_reported" in df.value.columns)
    # the two sources' UCJ for June 2025, each beside the other (never averaged)
    pairs = set(zip(reported["value_reported"], reported["other_value_reported"]))
    assert {("47 %", "52,89 %"), ("52,89 %", "47 %")} <= pairs
    # its Paritrana result: one of three unranked 2019 winners (ANTARA Papua)
    awards = next(df.value for df in at.dataframe if "rank_or_title" in df.value.columns)
    assert 2019 in set(awards["edition_year"].astype(int))
    # a province with no award on record says so (Sumatera Selatan)
    at = page_test("map", params={"map_region": "16"}).run()
    assert not errors_of(at), errors_of(at)
    assert any("Tidak ada hasil Paritrana Award" in c.value for c in at.caption)
    # Jawa Timur: the award's official results with their sources
    at = page_test("map", params={"map_region": "35"}).run()
    assert not errors_of(at), errors_of(at)
    awards = next(df.value for df in at.dataframe if "rank_or_title" in df.value.columns)
    assert len(awards) >= 1 and awards["source_url"].notna().all() and awards["source_title"].notna().all()


def test_public_kabupaten_views_say_there_is_no_public_data(public_env):
    at = page_test("map", params={"map_level": "province", "map_province": "62"}).run()
    assert not errors_of(at), errors_of(at)
    assert any("Belum ada data publik untuk peserta aktif per kabupaten/kota, Desember 2023" in str(i.value)
               for i in at.info)
    # no all-grey map: the regulation status of its 14 kab/kota instead, said so, every view kept
    assert any("Tidak ada angka peserta aktif per kabupaten/kota, Desember 2023, jadi peta menunjukkan status "
               "regulasi" in str(i.value) for i in at.info), [i.value for i in at.info]
    data = _map_data(at)
    assert len(_regions(at)) == 14 and "tidak tercatat" in data["svg"] and "berlaku" in data["svg"]
    assert {code for code, _ in data["views"]} == {"provinces", "kabupaten", "province"}
    assert any(b.key == "open_demo_map" for b in at.button)
    # all 514: two have a figure (Ketapang, Banjarmasin); the map shows them, and says the rest is missing
    at = page_test("map", lang="en", params={"map_level": "kabupaten"}).run()
    assert not errors_of(at), errors_of(at)
    assert any("There is no public data for active participants by regency/city" in str(i.value) for i in at.info)
    assert any("Only 2 of 514" in c.value for c in at.caption)


def test_public_ucj_map_says_why_a_rate_reads_above_100_percent(public_env):
    """DKI Jakarta's UCJ is above 100 % on public data: its hover and its detail give the reason
    the overview and UCJ tables give (ucj.rate_note: the denominator and its edition)."""
    at = page_test("map", params={"map_metric": "ucj", "map_region": "31"}).run()
    assert not errors_of(at), errors_of(at)
    hover = _map_data(at)["hover"]
    rates = {code: float(m.group(1).replace(".", "").replace(",", "."))
             for code, text in hover.items() if (m := re.search(r"<b>([\d.,]+)\s?%</b>", text))}
    assert rates.get("31", 0) > 100, hover.get("31")
    assert len(rates) > 3 and any(rate <= 100 for rate in rates.values())
    for code, rate in rates.items():
        assert ("di atas 100 %: penyebutnya" in hover[code]) == (rate > 100), hover[code]
    assert "penduduk bekerja yang tinggal di wilayah ini (Sakernas" in hover["31"], hover["31"]
    detail = " ".join(str(m.value) for m in at.markdown)
    shown = re.search(r"<b>([\d.,]+\s?%)</b>", hover["31"]).group(1)  # the value, its reason beside it
    assert "Jakarta \\(31\\)" in detail and f"{shown} \\(di atas 100 %: penyebutnya" in detail, detail
