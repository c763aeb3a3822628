"""The Data page speaks the user's language (issue 23 item 6): it offers what users upload, each by
its name and with its template, names the curated reference facts apart, shows choices by their
names, previews a file under its own headers, and says every problem in the UI language."""

from __future__ import annotations

import re

import pytest

from analytics.i18n import _all_strings, t, using
from analytics.ingest import datasets
from analytics.presentation import codes
from tests.apptest_support import errors_of, page_test, shown
from tests.conftest import ROOT

MESSY = ROOT / "tests" / "fixtures" / "kalteng_non_asn_2021-10.xlsx"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# every i18n key with a dot, as a raw key would show ("data.dataset.ucj_targets", "field.confidence")
_KEYS = sorted((k for k in _all_strings() if "." in k), key=len, reverse=True)
_RAW_KEY = re.compile(r"(?<![\w./-])(" + "|".join(map(re.escape, _KEYS)) + r")(?![\w.])")


def _texts(at) -> str:
    """Every text the page shows: element and widget protos (labels, options, help, markdown)
    and the tables' headers and cells."""
    parts = []

    def walk(node):
        proto = getattr(node, "proto", None)
        if proto is not None and node.type not in ("dataframe", "arrow_data_frame"):
            parts.append(str(proto))
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    for frame in at.dataframe:
        text = shown(frame)
        parts.append(" ".join(map(str, text.columns)))
        parts.append(" ".join(map(str, text.to_numpy().ravel())))
    return "\n".join(parts)


def _raw_keys(at) -> list[str]:
    return sorted(set(_RAW_KEY.findall(_texts(at))))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_offers_what_users_upload_by_name_with_template_and_no_raw_key(demo_env, lang):
    at = page_test("data", lang=lang).run()
    assert not errors_of(at), errors_of(at)
    control = at.get("button_group")[0]
    offered = [o.content for o in control.proto.options]
    with using(lang):
        assert offered == [datasets.SPECS[d].title(lang) for d in datasets.UPLOADABLE]
    page = _texts(at)
    # the reference facts are named apart, not offered for upload
    for name in datasets.REFERENCE:
        assert datasets.SPECS[name].title(lang) in page and datasets.SPECS[name].title(lang) not in offered
    for dataset in datasets.UPLOADABLE:
        with using(lang):  # AppTest formats the choice in the test's thread, in its language
            at.get("button_group")[0].set_value(dataset).run()
        assert not errors_of(at), (dataset, errors_of(at))
        spec = datasets.SPECS[dataset]
        if spec.sheet:  # its sheet is made per province on the tracker page, and the page says so
            with using(lang):
                assert t("data.regulation_status.template").split("(")[0].strip() in _texts(at)
        else:
            template = [b for b in at.get("download_button") if b.proto.id and spec.template in str(b.proto.label)]
            assert template, (dataset, [b.proto.label for b in at.get("download_button")])
        assert _raw_keys(at) == [], (dataset, _raw_keys(at))
        # choices by their names ("Penerima Upah (PU)", "Non-ASN", "tinggi"), never codes
        for f in spec.fields:
            if f.constant_allowed and f.vocabulary:
                box = at.selectbox(key=f"const_{dataset}_{f.name}")
                with using(lang):
                    names = [codes.label(f.vocabulary, v) for v in datasets.allowed_values(f.vocabulary)]
                assert list(box.proto.options)[1:] == names, (f.name, list(box.proto.options))


def _upload(at, name, data, mime):
    at.file_uploader[0].set_value((name, data, mime)).run()
    assert not at.exception, at.exception


def test_preview_of_a_messy_file_shows_its_own_headers_region_first_and_no_none(demo_env):
    at = page_test("data").run()
    at.selectbox(key="const_coverage_segment").select("PU")
    at.selectbox(key="const_coverage_worker_group").select("non_asn")
    at.text_input(key="const_coverage_period").input("2021-10")
    _upload(at, MESSY.name, MESSY.read_bytes(), XLSX)
    preview = next(d.value for d in at.dataframe if "Kabupaten/Kota" in d.value.columns)
    columns = list(preview.columns)
    # the file's own headers, the region first; "No." is not imported, so not shown
    assert columns[:4] == ["Kabupaten/Kota", "Jumlah Pegawai Non ASN", "Jumlah Peserta Aktif", "Keterangan"], columns
    assert "No." not in columns and "region_code" not in columns and "active_participants" not in columns
    # values given for the whole file, by the boxes' names and the choices' names
    assert set(preview["Segmen"]) == {"Penerima Upah (PU)"} and set(preview["Kelompok pekerja"]) == {"Non-ASN"}
    assert set(preview["Periode (YYYY-MM)"]) == {"Oktober 2021"}
    assert preview["Kabupaten/Kota"].iloc[0] == "Kabupaten Kotawaringin Barat (62.01)"
    assert preview["Jumlah Pegawai Non ASN"].iloc[0] == "2.315"  # Indonesian thousands
    cells = preview.astype(str).to_numpy().ravel().tolist()
    assert "–" in preview["Keterangan"].tolist()
    assert not [c for c in cells if c in ("None", "nan", "NaN", "<NA>", "")], cells
    assert len(preview) == 14 and _raw_keys(at) == []


ENGLISH = re.compile(r"\b(did you mean|unknown|region|column|row|use one of|missing|value)\b", re.I)
INDONESIAN = re.compile(r"\b(mungkin maksudnya|tidak dikenal|wilayah|kolom|baris|gunakan salah satu|nilai)\b", re.I)


@pytest.mark.parametrize("lang,foreign", [("id", ENGLISH), ("en", INDONESIAN)])
def test_an_import_with_bad_rows_says_every_problem_in_the_ui_language_only(demo_env, lang, foreign):
    bad = ("Kabupaten/Kota;Periode;Segmen;Kelompok;Jumlah Peserta Aktif;Keyakinan\n"
           "Katinggan;2021-10;PU;Non ASN;100;tinggi\n"
           "Bogor;2021-10;PU;Non ASN;100;tinggi\n"
           "Kapuas;2021-13;Swasta;Non ASN;-5;pasti\n").encode()
    at = page_test("data", lang=lang).run()
    _upload(at, "buruk.csv", bad, "text/csv")
    problems = next(d.value for d in at.dataframe if list(d.value.columns)[:2] in (["Baris", "Kolom"], ["Row", "Column"]))
    assert len(problems) >= 5, problems
    reasons = " | ".join(problems.iloc[:, 1].astype(str).tolist() + problems.iloc[:, 3].astype(str).tolist())
    assert "Katingan" in reasons  # the suggestion for the misspelt name
    assert not foreign.search(reasons), (lang, foreign.findall(reasons), reasons)
    headline = " ".join(e.value for e in at.error)
    assert not foreign.search(headline), headline
    assert _raw_keys(at) == []
