"""AppTest of the map page on a demo database: controls read from the URL, the province view,
the region detail, and "no data" explained."""

from __future__ import annotations

import json


from tests.apptest_support import errors_of, page_test


def _map_spec(at) -> dict:
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def _region_codes(spec) -> list[str]:
    return [c for d in spec["data"] if d["type"] == "choroplethmap" and d.get("hoverinfo") != "skip"
            for c in d["locations"]]


def _widget(at, key):
    return next(w for w in at.get("selectbox") + at.get("segmented_control") + at.get("toggle") if w.key == key)


def test_default_view_is_the_38_provinces(demo_env):
    at = page_test("map").run()
    assert not errors_of(at), errors_of(at)
    assert any("demo" in str(w.value).lower() for w in at.warning)
    codes = _region_codes(_map_spec(at))
    assert len(codes) == 38
    assert _widget(at, "map_level").value == "provinces"


def test_controls_come_from_the_url_and_province_62_shows_14(demo_env):
    at = page_test("map", params={
        "map_level": "Satu provinsi", "map_province": "Kalimantan Tengah", "map_metric": "Status regulasi",
        "map_period": "2021-11", "map_region": "Kabupaten Katingan (62.06)",
    }).run()
    assert not errors_of(at), errors_of(at)
    assert _widget(at, "map_level").value == "province"
    assert _widget(at, "map_province").value == "62"
    assert _widget(at, "map_metric").value == "regulation"
    assert _widget(at, "map_period").value == "2021-11"
    assert _widget(at, "map_region").value == "62.06"
    codes = _region_codes(_map_spec(at))
    assert len(codes) == 14 and all(c.startswith("62.") for c in codes)
    # Kalteng, 15 Nov 2021: four kabupaten with a Perbup (curated news facts)
    spec = _map_spec(at)
    issued = next(d for d in spec["data"] if d["name"] == "Perda/Perbup/Perwali terbit")
    assert sorted(issued["locations"]) == ["62.01", "62.03", "62.06", "62.08"]
    # the detail: trend chart plus the region's and the province's regulation tables
    assert len(at.get("plotly_chart")) == 2
    assert any("Katingan" in m.value for m in at.markdown)
    assert len(at.dataframe) >= 2


def test_english_and_group_without_targets_explains_no_data(demo_env):
    at = page_test("map", lang="en", params={"map_level": "National: regencies/cities",
                                             "map_group": "All workers"}).run()
    assert not errors_of(at), errors_of(at)
    assert _widget(at, "map_group").value == "all"
    # coverage needs a target; 'all workers' rows carry none: every region is "no data"
    assert any("target" in str(i.value).lower() for i in at.info)
    spec = _map_spec(at)
    missing = next(d for d in spec["data"] if d["name"] == "No data")
    assert len(missing["locations"]) == 514
    assert spec["layout"].get("separators") in (None, ".,")


def test_indonesian_separators_and_growth_metric(demo_env):
    at = page_test("map", params={"map_metric": "Pertumbuhan peserta (12 bulan)"}).run()
    assert not errors_of(at), errors_of(at)
    spec = _map_spec(at)
    assert spec["layout"]["separators"] == ",."
    values = next(d for d in spec["data"] if d["type"] == "choroplethmap")
    assert values["zmid"] == 0


def test_choosing_a_province_region_offers_the_drill_down(demo_env):
    at = page_test("map", params={"map_region": "Kalimantan Tengah (62)"}).run()
    assert not errors_of(at), errors_of(at)
    assert _widget(at, "map_region").value == "62"
    button = next(b for b in at.button if "kab/kota" in b.label)
    at = button.click().run()
    assert not errors_of(at), errors_of(at)
    assert _widget(at, "map_level").value == "province" and _widget(at, "map_province").value == "62"
    assert len(_region_codes(_map_spec(at))) == 14
