"""AppTest of the SQL explorer page: schema, examples, URL state, result, chart, downloads."""

from __future__ import annotations



from analytics.explorer.readonly import EXPLORER_RELATIONS
from tests.apptest_support import errors_of, page_test


def test_schema_lists_every_documented_relation(demo_env):
    at = page_test("explorer").run()
    assert not errors_of(at), errors_of(at)
    labels = [e.label for e in at.expander]
    for name in ("region", "coverage", "regulation", "budget", "employment", "ucj", "import_batch"):
        assert any(f"`{name}`" in label for label in labels), (name, labels)
    assert sum(1 for label in labels if label.startswith("`")) == len(EXPLORER_RELATIONS)


def test_example_fills_the_query_and_the_url_and_charts_it(demo_env):
    at = page_test("explorer").run()
    at.selectbox(key="explorer_example").set_value("example_coverage_trend").run()
    assert not errors_of(at), errors_of(at)
    query = at.text_area(key="sql_q").value
    assert query.startswith("SELECT period, segment")
    assert at.query_params["sql_q"] == query  # the link carries the query
    charts = at.get("plotly_chart")
    assert len(charts) == 1 and '"type":"scatter"' in charts[0].proto.spec.replace(" ", "")
    labels = [b.proto.label for b in at.get("download_button")]
    assert {"Unduh CSV", "Unduh XLSX", "HTML"} <= set(labels), labels


def test_query_from_the_url_reopens_with_its_result(demo_env):
    query = "SELECT name, population FROM region WHERE level = 'provinsi' ORDER BY population DESC"
    at = page_test("explorer", params={"sql_q": query}).run()
    assert not errors_of(at), errors_of(at)
    assert at.text_area(key="sql_q").value == query
    result = [d.value for d in at.dataframe if list(d.value.columns) == ["name", "population"]]
    assert result and len(result[0]) == 38 and result[0]["name"].iloc[0] == "Jawa Barat"
    assert any("38 baris" in c.value for c in at.caption)
    spec = at.get("plotly_chart")[0].proto.spec
    assert '"separators":",."' in spec.replace(" ", "")  # Indonesian number format in the chart
