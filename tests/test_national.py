"""National figures: sums of provinces say how many they cover and are None (not 0) over
nothing; a segment chart comes from sums only when they cover the total, else from what a source
reports; two sources that differ are both kept."""

from __future__ import annotations

import pandas as pd

from analytics import national


def _provinces(rows):
    return pd.DataFrame(rows, columns=["province", "active_participants", "employed", "allocated_rp"])


def test_province_sums_count_what_they_cover_and_sum_nothing_to_none():
    sums = national.province_sums(_provinces([
        ("A", 100, 400, None), ("B", 50, None, None), ("C", None, 1000, None),
    ]))
    assert sums.active_participants == 150 and sums.provinces_with_participants == 2
    # UCJ over the one province with both sides: 100 / 400, not 150 / 1400
    assert sums.provinces_with_ucj == 1 and sums.ucj_pct == 25.0 and sums.employed == 400
    assert sums.allocated_rp is None and sums.provinces_with_budget == 0
    assert sums.provinces_total == 3

    empty = national.province_sums(_provinces([("A", None, None, 0.0)]))
    assert empty.active_participants is None and empty.ucj_pct is None
    assert empty.allocated_rp == 0.0  # a recorded zero stays a zero


def _reported(rows):
    return pd.DataFrame(rows, columns=["figure_id", "indicator", "segment", "value", "value_reported",
                                       "source_title", "source_url", "source_date", "confidence"])


REPORTED = _reported([
    ("R049", "peserta_aktif", "ALL", 41.56e6, "41,56 juta", "Kemnaker", "https://a", "2024-01-30", "high"),
    ("R055", "peserta_aktif", "ALL", 41.46e6, "41,46 juta", "Databoks", "https://b", "2024-02-01", "medium"),
    ("R052", "peserta_aktif", "PU", 25e6, "25 juta", "Databoks", "https://b", "2024-02-01", "medium"),
    ("R053", "peserta_aktif", "BPU", 9.19e6, "9,19 juta", "Databoks", "https://b", "2024-02-01", "medium"),
    ("R050", "peserta_nonaktif", "ALL", 19.51e6, "19,51 juta", "Kemnaker", "https://a", "2024-01-30", "high"),
])


def test_segments_from_sums_only_when_they_cover_the_total():
    sums = pd.DataFrame({"segment": ["PU", "BPU"], "active_participants": [70_000, 30_000]})
    picked, origin = national.segment_breakdown(sums, 100_000, REPORTED)
    assert origin == "sum" and picked["active_participants"].sum() == 100_000
    # one kabupaten's segments against 28 provinces' total: the source's national figures instead
    picked, origin = national.segment_breakdown(sums, 39_782_324, REPORTED)
    assert origin == "reported"
    assert picked["segment"].tolist() == ["PU", "BPU"] and picked["source_url"].tolist() == ["https://b"] * 2
    # neither: nothing to draw
    picked, origin = national.segment_breakdown(sums.iloc[0:0], 39_782_324, REPORTED.iloc[[0, 4]])
    assert origin is None and picked.empty


def test_reported_totals_keep_both_sources_most_confident_first():
    totals = national.reported_total(REPORTED)
    assert totals["figure_id"].tolist() == ["R049", "R055"]
    assert national.conflicting(totals)
    assert not national.conflicting(totals.iloc[[0]])
    assert national.reported_total(REPORTED, "penduduk_bekerja").empty


def test_short_title_cuts_at_a_word():
    title = "Jumlah Peserta BPJS Ketenagakerjaan Capai 61,08 Juta Orang (SPN News; table 'Jumlah Peserta Jaminan')"
    short = national.short_title(title, 60)
    assert short.endswith(" …") and len(short) <= 62 and title.startswith(short[:-2])
    assert national.short_title("Kontan") == "Kontan" and national.short_title(None) == ""


def test_the_reported_national_ucj_card_names_its_source_in_the_ui_language():
    from analytics import i18n

    asked = []

    def query(name, params):
        asked.append((name, params))
        return pd.DataFrame([{"period": "2023-12", "value": 34.27, "source_title": "Laporan Keuangan BPJS 2023",
                              "source_date": "2024-05", "confidence": "high"}])

    def nothing(name, params):
        return pd.DataFrame(columns=["period", "value", "source_title", "source_date", "confidence"])

    with i18n.using("id"):
        card = national.reported_ucj_card(query, "2023-12")
        assert national.reported_ucj_card(nothing, "2023-12") is None
    assert asked == [("national_reported_ucj", {"period": "2023-12"})]
    assert card["label"] == "UCJ nasional (dilaporkan, Desember 2023)" and card["value"] == "34,27%"
    assert "Laporan Keuangan BPJS 2023" in card["help"] and "tinggi" in card["help"].lower()
    with i18n.using("en"):
        assert national.reported_ucj_card(query, "2023-12")["value"] == "34.27%"
