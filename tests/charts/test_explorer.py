"""The explorer's automatic chart: which chart a result's column types give."""

from __future__ import annotations

import pandas as pd

from analytics.charts.explorer import auto_chart, measures, plan_chart


def test_dates_give_a_line_split_by_a_text_column():
    frame = pd.DataFrame({
        "period": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-02-01", "2024-02-01"]),
        "segment": pd.Series(["PU", "BPU", "PU", "BPU"], dtype="str"),
        "n": [10.0, 5.0, 12.0, 6.0],
    })
    plan = plan_chart(frame)
    assert (plan.kind, plan.x, plan.y, plan.color) == ("line", "period", ("n",), "segment")
    fig = auto_chart(frame)
    assert {tr.name for tr in fig.data} == {"PU", "BPU"}
    assert all(tr.type == "scatter" for tr in fig.data)


def test_text_and_numbers_give_bars_without_ids_or_flags():
    frame = pd.DataFrame({"province": ["Aceh", "Bali"], "population": [5, 4], "batch_id": [1, 2],
                          "is_demo": [True, False]})
    plan = plan_chart(frame)
    assert plan == plan_chart(frame) and (plan.kind, plan.x, plan.y, plan.color) == ("bar", "province", ("population",), None)
    fig = auto_chart(frame, separators=",.")
    assert fig.data[0].type == "bar" and list(fig.data[0].x) == ["Aceh", "Bali"]
    assert fig.layout.separators == ",."


def test_year_column_is_a_time_axis():
    frame = pd.DataFrame({"instrument": ["perbup", "perbup", "perda"], "year": [2021, 2022, 2021], "n": [1, 2, 3]})
    plan = plan_chart(frame)
    assert (plan.kind, plan.x, plan.color) == ("line", "year", "instrument")


def test_no_chart_without_label_or_number():
    assert plan_chart(pd.DataFrame({"a": [1, 2], "b": [3, 4]})) is None  # no label/time column
    assert plan_chart(pd.DataFrame({"name": ["x"], "code": ["y"]})) is None  # no number
    assert plan_chart(pd.DataFrame({"n": [1]})) is None
    assert auto_chart(pd.DataFrame()) is None


def test_bars_are_capped():
    frame = pd.DataFrame({"name": [f"r{i}" for i in range(300)], "v": range(300)})
    fig = auto_chart(frame)
    assert len(fig.data[0].x) == 50


def test_measures_in_different_units_never_share_an_axis():
    # population and area on one axis made the area bars invisible
    frame = pd.DataFrame({"name": ["Aceh", "Bali"], "population": [5_300_000, 4_300_000], "area_km2": [57_956.0, 5_780.0],
                          "employed": [2_400_000, 2_500_000]})
    groups = measures(frame)
    assert groups == [("population", "employed"), ("area_km2",)]
    first = auto_chart(frame)
    assert [tr.name for tr in first.data] == ["population", "employed"]
    area = auto_chart(frame, measure=("area_km2",))
    assert [tr.name for tr in area.data] == ["area_km2"] and list(area.data[0].y) == [57_956.0, 5_780.0]
    assert area.layout.yaxis.title.text == "area_km2"


def test_a_percentage_and_a_count_are_two_measures():
    frame = pd.DataFrame({"name": ["A", "B"], "active_participants": [10, 20], "ucj_pct": [29.8, 31.0]})
    assert measures(frame) == [("active_participants",), ("ucj_pct",)]


def test_chart_draws_no_html_from_results():
    """Plotly renders <a href>, <b>, <br> in labels: every text from a result is escaped."""
    link = '<a href="http://evil.example/">Klik</a>'
    frame = pd.DataFrame({link: ["<b>x</b>", "y"], "<i>n</i>": [1, 2], "grp": [link, "b"]})
    fig = auto_chart(frame)
    spec = fig.to_json()
    assert "<a href" not in spec and "<b>" not in spec and "<i>" not in spec
    assert sorted(x for tr in fig.data for x in tr.x) == ["&lt;b&gt;x&lt;/b&gt;", "y"]
    assert fig.layout.xaxis.title.text.startswith("&lt;a href")
    two = auto_chart(pd.DataFrame({"name": ["a", "b", "c"], "n": [1, 2, 3], "grp": [link, "b", link]}))
    assert {tr.name for tr in two.data} == {"&lt;a href=\"http://evil.example/\"&gt;Klik&lt;/a&gt;", "b"}
