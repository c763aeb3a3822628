"""Explorer queries too long for a link: stored whole under a short id, beside the dataset."""

from __future__ import annotations

import threading

from analytics.explorer.links import MAX_LINK_CHARS, QueryStore, fits_link, query_id, store_dir


def test_fits_link_counts_the_encoded_length():
    assert fits_link("SELECT 1")
    assert not fits_link("é" * (MAX_LINK_CHARS // 4))  # 6 characters each in a URL
    assert not fits_link("x" * (MAX_LINK_CHARS + 1))


def test_store_and_read_back_by_id(tmp_path):
    store = QueryStore(store_dir(tmp_path / "x.duckdb"))
    assert store.folder == tmp_path / "x.duckdb.queries"
    query = "SELECT '✓' AS ok, " + "1 + " * 3000 + "1"
    qid = store.put(query)
    assert qid == query_id(query) and len(qid) == 16
    assert store.put(query) == qid and len(list(store.folder.glob("*.sql"))) == 1
    assert QueryStore(store.folder).get(qid) == query  # another process reads the same file


def test_unknown_malformed_or_damaged_ids_give_nothing(tmp_path):
    store = QueryStore(tmp_path / "q")
    qid = store.put("SELECT 1")
    for bad in ("0123456789abcdef", "../../etc/passwd", "ABCDEF0123456789", None, 5, qid + "0"):
        assert store.get(bad) is None
    (store.folder / f"{qid}.sql").write_text("SELECT 2")  # changed on disk: not that query
    assert store.get(qid) is None


def test_concurrent_writers_and_the_bound_on_files(tmp_path):
    store = QueryStore(tmp_path / "q", max_files=5)
    threads = [threading.Thread(target=store.put, args=(f"SELECT {i}",)) for i in range(12)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(list(store.folder.glob("*.sql"))) <= 5 + 1  # a write may land after another's prune
    assert not list(store.folder.glob(".*.tmp"))
