"""Sources of facts as readers see them: one line per value (map hover, region detail), table
columns, and what a region's sources report, conflicts side by side."""

from __future__ import annotations

import pandas as pd

from analytics import i18n, sources
from analytics.maps import view
from analytics.queries import direct


def test_source_phrase_names_title_date_and_confidence_in_both_languages():
    with i18n.using("id"):
        assert sources.source_phrase("Tabel Kemnaker", "2024-01-30", "high") == \
            "Tabel Kemnaker (30 Januari 2024; keyakinan tinggi)"
        assert sources.source_phrase("Tabel", "2024-01", None) == "Tabel (Januari 2024)"
        assert sources.source_phrase(None, None, None, demo=True).startswith("data demo")
        assert sources.source_phrase("A", "2024", "low", count=3).startswith("3 sumber")
        assert sources.source_phrase(None) == ""
    with i18n.using("en"):
        assert sources.source_phrase("Kemnaker table", "2024-01-30", "medium") == \
            "Kemnaker table (30 January 2024; confidence medium)"
    long = sources.source_phrase("x" * 200, max_title=20)
    assert len(long) == 20 and long.endswith("…")


def test_with_date_text_keeps_the_value_and_adds_the_reader_text():
    frame = pd.DataFrame({"source_date": ["2024-01-30", "2023", None]})
    with i18n.using("id"):
        out = sources.with_date_text(frame)
    assert out["source_date"].tolist()[:2] == ["2024-01-30", "2023"]  # sorting and CSV keep ISO
    assert out["source_date_text"].tolist() == ["30 Januari 2024", "2023", "–"]
    assert [c.name for c in sources.source_columns()] == ["source_title", "source_url", "source_date", "confidence"]


def test_a_regions_reported_figures_show_a_conflict_side_by_side(empty_store):
    """Sulawesi Selatan, June 2025: 52,89 % (R110) and 47 % (R109), each with its own source,
    shown beside each other, never averaged."""
    reported = view.region_reported(direct(empty_store), "73")
    ucj = reported[reported["figure_id"].isin(["R109", "R110"])].set_index("figure_id")
    assert ucj.loc["R109", "other_value_reported"] == ucj.loc["R110", "value_reported"]
    assert ucj.loc["R110", "other_value_reported"] == ucj.loc["R109", "value_reported"]
    assert ucj.loc["R109", "source_url"] != ucj.loc["R109", "other_source_url"]
    assert ucj["source_date_text"].notna().all()
    # a conflict with a row of another curated file names that row
    jatim = view.region_reported(direct(empty_store), "35").set_index("figure_id")
    assert "coverage.csv" in jatim.loc["R031", "other_value_reported"]
    no_conflict = reported[reported["conflicts_with"].isna()]
    assert no_conflict["other_value_reported"].isna().all()


def test_a_regions_official_awards_with_their_sources(empty_store):
    awards = view.region_awards(direct(empty_store), "96.03")  # Raja Ampat, now in Papua Barat Daya
    assert len(awards) >= 3 and awards["source_title"].notna().all()
    assert set(awards["confidence"]) <= {"high", "medium", "low"}
    assert {"award_date_text", "source_date_text"} <= set(awards.columns)


def test_reported_values_and_periods_in_the_ui_language():
    """The Sources page's conflicts: "Desember 2022" and "47,00%", not "2022-12" and "47 %"."""
    from analytics import i18n, sources as src

    frame = pd.DataFrame({"period": ["2022-12"], "value": [47.0], "unit": ["persen"], "value_reported": ["47 %"],
                          "other_value": [46.0], "other_value_reported": ["46 %"]})
    with i18n.using("id"):
        out = src.with_reported_texts(frame)
        assert out.loc[0, "period_text"] == "Desember 2022"
        assert out.loc[0, "value_text"] == "47,00%" and out.loc[0, "other_value_text"] == "46,00%"
    with i18n.using("en"):
        assert src.with_reported_texts(frame).loc[0, "period_text"] == "December 2022"
    assert src.reported_value_text(None, "persen", "about half") == "about half"


def test_reported_value_text_for_a_card_is_short_and_escapes_only_the_wording():
    from analytics import i18n, sources as src

    with i18n.using("id"):
        assert src.reported_value_text(41_560_000.0, "orang", "41,56 juta", short=True) == "41,56 juta"
        assert src.reported_value_text(41_560_000.0, "orang", "41,56 juta") == "41.560.000"
    with i18n.using("en"):
        # the number is ours, never escaped; the source's wording is data, escaped when shown
        assert src.reported_value_text(41_560_000.0, "orang", "x", short=True, escape=lambda s: "!") \
            == "41.56 million"
    assert src.reported_value_text(None, "orang", "*lebih* dari 40 juta", short=True,
                                   escape=lambda s: s.replace("*", r"\*")) == r"\*lebih\* dari 40 juta"
    assert src.reported_value_text(float("nan"), "orang", None, short=True) is None
