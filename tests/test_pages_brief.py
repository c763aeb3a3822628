"""AppTest of the province meeting brief page: figures, lists, presentation mode, downloads."""

from __future__ import annotations

import datetime as dt


from tests.apptest_support import errors_of, page_test


def _metric(at, label_start):
    return next(m.value for m in at.metric if str(m.label).startswith(label_start))


def _html_styles(at) -> str:
    return " ".join(str(h.proto.body) for h in at.get("html"))


def test_brief_for_kalteng_on_15_november_2021(demo_env):
    at = page_test("brief", params={"brief_province": "62", "brief_date": "2021-11-15"}).run(timeout=120)
    assert not errors_of(at), errors_of(at)
    assert at.title[0].value == "Bahan rapat koordinasi: Kalimantan Tengah"
    assert _metric(at, "Kab/kota dengan regulasi") == "4 dari 14"
    text = " ".join(str(m.value) for m in at.markdown)
    for name in ("Katingan", "Kapuas", "Kotawaringin Barat", "Sukamara"):
        assert name in text
    assert "belum ada Perbup" in text and "pekerja Non\\-ASN belum terlindungi" in text
    assert any("DEMO" in str(w.value) for w in at.warning)
    # the map is the printed brief's SVG, as an image: no Plotly chart (its 2.2 MB bundle) on the brief
    assert len(at.get("plotly_chart")) == 0
    urls = [url for image in at.get("image") for url in image.value]
    assert any(url.startswith("data:image/svg+xml") or url.endswith(".svg") for url in urls), urls
    # download buttons for PDF and HTML, not in presentation mode
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Unduh PDF" in labels and "Unduh HTML" in labels
    assert "stSidebar" not in _html_styles(at)


def test_presentation_mode_from_the_url_hides_sidebar_and_enlarges_type(demo_env):
    at = page_test("brief", params={"brief_province": "62", "brief_date": "2021-11-15",
                                    "brief_present": "1"}).run(timeout=120)
    assert not errors_of(at), errors_of(at)
    styles = _html_styles(at)
    assert "stSidebar" in styles and "display: none" in styles and "3.2rem" in styles
    labels = [b.proto.label for b in at.get("download_button") if b.proto.label.startswith("Unduh P")]
    assert not labels  # no download clutter on the projector
    assert _metric(at, "Kab/kota dengan regulasi") == "4 dari 14"
    # switching it off brings the normal page back
    at.toggle(key="brief_present").set_value(False).run(timeout=120)
    assert "stSidebar" not in _html_styles(at)


def test_date_changes_the_brief(demo_env):
    at = page_test("brief", lang="en", params={"brief_province": "62", "brief_date": "2021-11-15"}).run(timeout=120)
    at.date_input(key="brief_date").set_value(dt.date(2021, 6, 1)).run(timeout=120)
    assert not errors_of(at), errors_of(at)
    assert _metric(at, "Kab/kota with a regulation") == "0 of 14"
