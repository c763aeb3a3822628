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
    assert "Perbup belum tercatat berlaku" in text and "pekerja Non\\-ASN belum terlindungi" in text
    assert any("DEMO" in str(w.value) for w in at.warning)
    # the map is the printed brief's SVG, as an image: no Plotly chart (its 2.2 MB bundle) on the brief
    assert len(at.get("plotly_chart")) == 0
    urls = [url for image in at.get("image") for url in image.value]
    assert any(url.startswith("data:image/svg+xml") or url.endswith(".svg") for url in urls), urls
    # download buttons for PDF and HTML, not in presentation mode
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Unduh PDF" in labels and "Unduh HTML" in labels
    # the province's sheets to fill in
    assert "Lembar status regulasi (XLSX)" in labels and "Lembar kepesertaan Non-ASN (XLSX)" in labels
    assert any(s.value == "Lembar isian Kalimantan Tengah" for s in at.subheader)
    assert not any(" ada di baris " in str(c.value) for c in at.caption)  # no region's row on a province brief
    assert "stSidebar" not in _html_styles(at)


def test_presentation_mode_from_the_url_hides_sidebar_and_enlarges_type(demo_env):
    at = page_test("brief", params={"brief_province": "62", "brief_date": "2021-11-15",
                                    "brief_present": "1"}).run(timeout=120)
    assert not errors_of(at), errors_of(at)
    styles = _html_styles(at)
    assert "stSidebar" in styles and "display: none" in styles and "3.2rem" in styles
    labels = [b.proto.label for b in at.get("download_button") if b.proto.label.startswith(("Unduh", "Lembar"))]
    assert not labels  # no download clutter on the projector (brief files, sheets)
    assert _metric(at, "Kab/kota dengan regulasi") == "4 dari 14"
    # switching it off brings the normal page back
    at.toggle(key="brief_present").set_value(False).run(timeout=120)
    assert "stSidebar" not in _html_styles(at)


def test_date_changes_the_brief(demo_env):
    at = page_test("brief", lang="en", params={"brief_province": "62", "brief_date": "2021-11-15"}).run(timeout=120)
    at.date_input(key="brief_date").set_value(dt.date(2021, 6, 1)).run(timeout=120)
    assert not errors_of(at), errors_of(at)
    assert _metric(at, "Kab/kota with a regulation") == "0 of 14"


def test_kabkota_brief_from_the_url_on_demo_data(demo_env):
    """?brief_region=62.06 opens Katingan's brief in its province, with coverage, trend, budget
    and follow-ups, a link back to the province brief; presentation mode works on it."""
    at = page_test("brief", params={"brief_region": "62.06", "brief_date": "2022-04-01"}).run(timeout=120)
    assert not errors_of(at), errors_of(at)
    assert at.title[0].value == "Bahan rapat kabupaten/kota: Kabupaten Katingan"
    assert at.selectbox(key="brief_province").value == "62" and at.selectbox(key="brief_region").value == "62.06"
    assert _metric(at, "Regulasi") == "berlaku"
    assert _metric(at, "Peserta aktif") == "15.222"
    text = " ".join(str(m.value) for m in at.markdown)
    assert "brief_province=62" in text  # the link back to the province brief
    assert "belum terlindungi" in text  # follow-ups drafted for the meeting
    assert len(at.get("plotly_chart")) == 1  # the trend, drawn
    labels = [b.proto.label for b in at.get("download_button")]
    assert {"Unduh PDF", "Unduh HTML", "Bagikan sebagai gambar"} <= set(labels)
    # the province's sheets to fill in, with Katingan's row named
    assert {"Lembar status regulasi (XLSX)", "Lembar kepesertaan Non-ASN (XLSX)"} <= set(labels)
    assert any("Kabupaten Katingan (62.06) ada di baris" in str(c.value).replace("\\", "") for c in at.caption)
    present = page_test("brief", params={"brief_region": "62.06", "brief_date": "2022-04-01",
                                         "brief_present": "1"}).run(timeout=120)
    assert not errors_of(present) and "3.2rem" in _html_styles(present)
    # neither the brief's files nor the sheets on the projector
    assert not [b.proto.label for b in present.get("download_button") if b.proto.label.startswith(("Unduh", "Lembar"))]


def test_kabkota_brief_on_public_data_says_what_is_missing_in_one_line(public_env):
    at = page_test("brief", lang="en", params={"brief_region": "73.14", "brief_date": "2023-10-02"}).run(timeout=120)
    assert not errors_of(at), errors_of(at)
    assert at.title[0].value == "Kab/kota meeting brief: Kabupaten Sidenreng Rappang"
    infos = [str(i.value) for i in at.info]
    assert any(i.startswith("**What has no data:**") and "coverage" in i for i in infos)
    assert not at.get("plotly_chart")  # no empty chart
    # and the province brief links to each kab/kota brief
    prov = page_test("brief", params={"brief_province": "73", "brief_date": "2023-10-02"}).run(timeout=120)
    assert not errors_of(prov), errors_of(prov)
    links = " ".join(str(m.value) for m in prov.markdown)
    assert "brief_region=73.14" in links and "brief_region=73.71" in links


def test_province_brief_page_on_public_data_is_consistent(public_env):
    """Kalimantan Tengah on the default data: the cards show the reported figures, marked; the
    line under the title says what exists; no English notes, raw codes or tables of dashes."""
    at = page_test("brief", params={"brief_province": "62", "brief_date": "2024-12-31"}).run(timeout=120)
    assert not errors_of(at), errors_of(at)
    assert _metric(at, "Peserta aktif provinsi (dilaporkan)") == "466.286"
    assert _metric(at, "UCJ provinsi (dilaporkan)") == "45,44%"
    captions = " ".join(str(c.value) for c in at.caption)
    assert "angka provinsi yang dilaporkan sumber: Desember 2024" in captions
    for bad in ("(ALL)", "per –", "Source gives the year only", "Kept from the project's domain notes"):
        assert bad not in captions, bad
    assert any("Belum ada catatan alokasi anggaran untuk 2024" in str(i.value) for i in at.info)
    # the kab/kota table holds only the columns with a figure: name and regulation
    regions = [d.value for d in at.dataframe if "status_text" in d.value.columns]
    assert regions and list(regions[0].columns) == ["name", "status_text"] and len(regions[0]) == 14
