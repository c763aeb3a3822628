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


def test_reads_beyond_select_work_on_the_page(demo_env):
    for query, columns in (("PIVOT region ON level USING count(*) GROUP BY province_code",
                            {"province_code", "provinsi", "kabupaten", "kota"}),
                           ("SUMMARIZE region", {"column_name", "min", "max"}),
                           ("DESCRIBE coverage", {"column_name", "column_type"})):
        at = page_test("explorer", params={"sql_q": query}).run()
        assert not errors_of(at), (query, errors_of(at))
        assert any(columns <= set(d.value.columns) for d in at.dataframe), query


def test_a_link_with_a_hidden_delete_is_refused_and_changes_nothing(demo_env):
    query = "WITH x AS (DELETE FROM region RETURNING *) SELECT count(*) FROM x"
    at = page_test("explorer", params={"sql_q": query}).run()
    errors = errors_of(at)
    assert len(errors) == 1 and "mengubah data atau struktur (DELETE)" in errors[0], errors
    assert not at.exception
    at = page_test("explorer", params={"sql_q": "SELECT count(*) AS n FROM region"}).run()
    assert [int(d.value["n"][0]) for d in at.dataframe if list(d.value.columns) == ["n"]] == [552]
    assert any("1.024 MB" in c.value for c in at.caption)  # the ceiling, in the intro


def test_results_are_cached_within_a_byte_budget(demo_env, monkeypatch):
    from analytics.explorer import readonly as sql_readonly
    from analytics.explorer.cache import ResultCache

    runs = []
    real_run = sql_readonly.ReadOnlyExplorer.run

    def counting(self, query, *args, **kwargs):
        runs.append(query)
        return real_run(self, query, *args, **kwargs)

    monkeypatch.setattr(sql_readonly.ReadOnlyExplorer, "run", counting)
    query = "SELECT name FROM region WHERE level = 'provinsi'"
    for _ in range(2):
        at = page_test("explorer", params={"sql_q": query}).run()
        assert not errors_of(at), errors_of(at)
    assert runs == [query]  # the second view came from the cache

    cache = ResultCache(max_bytes=100, max_entry_bytes=60)
    for i in range(10):
        cache.put(i, f"result {i}", 40)
        assert cache.size <= 100
    assert cache.get(9) == "result 9" and cache.get(0) is None  # least recently used went first
    cache.put("big", "too big to keep", 61)
    assert cache.get("big") is None


# What once showed a raw traceback with server paths (issue 22): each gets a reason on the page.
TRACEBACK_CLASSES = [
    ("UPDATE EXTENSIONS", "hanya kueri SELECT yang diizinkan, ini pernyataan UPDATE"),
    ("SELECT " + "+".join(["1"] * 500), "ekspresi terlalu dalam"),
    ("SELECT " + "(" * 300 + "1" + ")" * 300, "ekspresi terlalu dalam"),
    ("PIVOT (FROM \"query\"('select 1 a, 2 b')) ON a USING sum(b)", "fungsi query tidak diizinkan"),
    ("SELECT * FROM nosuchtable", "DuckDB tidak dapat menjalankan kueri ini"),
]


def test_each_traceback_class_gets_a_message_on_the_page(demo_env):
    for query, reason in TRACEBACK_CLASSES:
        at = page_test("explorer", params={"sql_q": query}).run()
        assert not at.exception, (query[:40], at.exception)
        errors = errors_of(at)
        assert len(errors) == 1 and reason in errors[0], (query[:40], errors)
        assert "Traceback" not in errors[0] and "/work/" not in errors[0]
    # a result holding a BLOB that is not UTF-8: shown, as DuckDB writes it
    at = page_test("explorer", params={"sql_q": "SELECT '\\xFF\\xFE'::BLOB AS b, 'x' AS t"}).run()
    assert not at.exception and not errors_of(at), (at.exception, errors_of(at))
    assert [d.value["b"].iloc[0] for d in at.dataframe if "b" in d.value.columns] == ["\\xFF\\xFE"]


def test_a_query_too_long_for_a_link_is_stored_under_a_short_id(demo_env):
    """A long query's link carries a short id; a new session opens it with its result."""
    from analytics.explorer import links

    query = "SELECT " + ", ".join(f"{k} AS column_number_{k}" for k in range(300))  # ~7,000 characters
    assert not links.fits_link(query)
    at = page_test("explorer", params={"sql_q": query}).run()
    assert not at.exception and not errors_of(at), errors_of(at)
    qid = at.query_params.get("sql_id")
    qid = qid[0] if isinstance(qid, list) else qid
    assert qid == links.query_id(query) and "sql_q" not in at.query_params
    assert any("terlalu panjang untuk sebuah tautan" in c.value for c in at.caption)
    again = page_test("explorer", params={"sql_id": qid}).run()
    assert again.text_area(key="sql_q").value == query
    assert any(list(d.value.columns)[:2] == ["column_number_0", "column_number_1"] for d in again.dataframe)
    unknown = page_test("explorer", params={"sql_id": "0123456789abcdef"}).run()
    assert any("tidak ditemukan" in w.value for w in unknown.warning)
    short = page_test("explorer", params={"sql_q": "SELECT 1 AS n"}).run()
    assert short.query_params["sql_q"] in ("SELECT 1 AS n", ["SELECT 1 AS n"]) and "sql_id" not in short.query_params
