"""Map building blocks: hover texts (known answers from a tiny hand-built frame) and the
geometry prepared once per process. The drawing itself is tested in test_svg.py."""

from __future__ import annotations


import numpy as np
import pandas as pd

from analytics import i18n
from analytics.maps import labels as charts_map


def _square(code: str, x: float) -> dict:
    ring = [[x, 0.0], [x, 1.0], [x + 1, 1.0], [x + 1, 0.0], [x, 0.0]]
    return {"type": "Feature", "id": code, "properties": {"code": code, "name": code},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}


GEOMETRY = charts_map.MapGeometry(
    "kabupaten", "99", "province", {c: _square(c, i) for i, c in enumerate(["99.01", "99.02", "99.03", "99.04"])},
    {c: c for c in ["99.01", "99.02", "99.03", "99.04"]},
)

LABELS = charts_map.MapLabels(
    metric="Cakupan", unit="%", numerator="peserta", denominator="sasaran", no_data="Tidak ada data",
    status={"issued": "Terbit", "other": "Instruksi", "draft": "Rancangan", "none": "Belum ada",
            "no_data": "Tidak ada data regulasi"},
    regulation_layer="Regulasi", province_regulation="Regulasi provinsi",
    instruments={"perbup": "Perbup", "pergub": "Pergub"},
)


def _frame() -> pd.DataFrame:
    return pd.DataFrame({
        "code": ["99.01", "99.02", "99.03", "99.04"],
        "name": ["Satu <b>", "Dua", "Tiga", "Empat"],
        "level": ["kabupaten"] * 4,
        "value": [80.0, 0.0, np.nan, 55.5],
        "numerator": [800.0, 0.0, np.nan, 555.0],
        "denominator": [1000.0, 300.0, np.nan, 1000.0],
        "reg_status": ["issued", "none", "no_data", "draft"],
        "reg_instrument": ["perbup", None, None, "perbup"],
        "reg_number": ["5", None, None, None],
        "reg_year": [2022, None, None, None],
        "reg_date": [pd.Timestamp("2022-03-01"), pd.NaT, pd.NaT, pd.Timestamp("2023-01-05")],
        "prov_reg_status": ["issued"] * 4,
        "prov_reg_instrument": ["pergub"] * 4,
        "prov_reg_number": ["3"] * 4,
        "prov_reg_year": [2022] * 4,
        "prov_reg_date": [pd.Timestamp("2022-12-31")] * 4,
    })


def with_language(lang):
    i18n.set_language(lang)


def _hover(frame=None, metric="coverage") -> dict[str, str]:
    frame = _frame() if frame is None else frame
    with_language("id")
    texts = charts_map.region_hover(frame, metric, LABELS, lambda v: i18n.fmt_pct(v, 1), i18n.fmt_int, i18n.fmt_date)
    return dict(zip(frame["code"], texts))


def test_hover_has_value_denominator_regulation_and_escapes_names():
    hover = _hover()
    text = hover["99.01"]
    assert "Satu &lt;b&gt;" in text and "<b>Satu <b>" not in text
    assert "80,0%" in text and "peserta 800 / sasaran 1.000" in text
    assert "Perbup No. 5 Tahun 2022 (1 Maret 2022)" in text
    assert "Regulasi provinsi: Terbit – Pergub No. 3 Tahun 2022 (31 Desember 2022)" in text
    assert "0,0%" in hover["99.02"]  # a real zero is a value
    missing = hover["99.03"]
    assert "Tidak ada data" in missing and "sasaran" not in missing


def test_hover_of_the_regulation_metric_names_the_category():
    frame = _frame().assign(category=_frame()["reg_status"], value=[3.0, 0.0, np.nan, 1.0])
    hover = _hover(frame, metric="regulation")
    assert "Cakupan: Terbit" in hover["99.01"] and "Cakupan: Belum ada" in hover["99.02"]


def test_geometry_is_prepared_once_per_process():
    assert charts_map.map_geometry("kabupaten") is charts_map.map_geometry("kabupaten")
    assert len(charts_map.map_geometry("kabupaten").features) == 514
    assert len(charts_map.map_geometry("kabupaten", "62").features) == 14


def test_hover_of_a_province_ucj_summed_from_kabupaten_says_how_many_reported():
    frame = _frame().iloc[:2].assign(level="provinsi", ucj_regions_reporting=[3, None],
                                     ucj_regions_total=[14, None], employment_edition="Sakernas 2024")
    hover = _hover(frame, metric="ucj")
    assert "3 of 14" in hover["99.01"] and "Sakernas 2024" in hover["99.01"]
    assert " of " not in hover["99.02"].split("Regulasi")[0]  # its own reported figure: nothing to add


def test_hover_of_a_ucj_above_100_percent_gives_its_reason():
    note = "di atas 100 %: penyebutnya 4.870.000 penduduk bekerja"
    frame = _frame().iloc[:2].assign(level="provinsi", value=[153.97, 45.4], ucj_note=[note, ""],
                                     employment_edition="Sakernas 2024")
    hover = _hover(frame, metric="ucj")
    assert "154,0%" in hover["99.01"]
    lines = hover["99.01"].split("<br>")
    assert note in lines and lines.index(note) == lines.index("Sakernas 2024") + 1  # beside its edition
    assert "di atas 100" not in hover["99.02"]
    # another measure never carries it
    assert "di atas 100" not in _hover(frame.assign(value=[80.0, 45.4]), metric="coverage")["99.01"]
