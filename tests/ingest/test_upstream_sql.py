import pytest

from analytics.ingest.upstream_sql import iter_insert_rows


def test_parses_strings_numbers_and_escaped_quotes():
    text = """/* header */
    INSERT INTO t(kode,nama,lat,lng,path) VALUES
    ('62.06','Kabupaten Katingan',-1.68,113.07,'[[[-1.0,113.0],[-1.1,113.1]]]'),
    ('73.14','Kab. O''Neil',-3.9,120.0,NULL);
    """
    rows = list(iter_insert_rows(text, "t"))
    assert rows == [
        ["62.06", "Kabupaten Katingan", -1.68, 113.07, "[[[-1.0,113.0],[-1.1,113.1]]]"],
        ["73.14", "Kab. O'Neil", -3.9, 120.0, None],
    ]


def test_several_insert_statements_and_other_tables_ignored():
    text = ("INSERT INTO a(x) VALUES ('1'),('2');\nINSERT INTO b(x) VALUES ('no');\n"
            "INSERT INTO a(x) VALUES ('3');")
    assert [r[0] for r in iter_insert_rows(text, "a")] == ["1", "2", "3"]


def test_garbage_value_is_reported_with_offset():
    with pytest.raises(ValueError, match="unexpected SQL value"):
        list(iter_insert_rows("INSERT INTO a(x) VALUES (oops)", "a"))


def test_real_population_file(shared_data):
    text = (shared_data / "wilayah" / "wilayah_penduduk.sql").read_text(encoding="utf-8")
    rows = list(iter_insert_rows(text, "wilayah_penduduk"))
    assert len(rows) == 1 + 38 + 514
    assert rows[0][:2] == ["0", "INDONESIA"] and int(rows[0][4]) == 284_973_643
