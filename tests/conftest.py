"""Shared fixtures: real reference data from ../shared/data, temporary databases and caches."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("JAMSOSTEK_DATA_SOURCE") or ROOT.parent / "shared" / "data")

# Every test process reads reference data from the shared copy and caches into a temp dir of
# the test run, never the user's cache and never the network. The xdist workers of one run (and
# the servers they start) share it: the prepared map geometry (~7 s of CPU) is then built once
# per run, not once per worker (the cache is written atomically, so a race only builds twice).
os.environ["JAMSOSTEK_DATA_SOURCE"] = str(SHARED_DATA)
_RUN_ID = os.environ.get("PYTEST_XDIST_TESTRUNUID")
if _RUN_ID:
    _SESSION_CACHE = Path(tempfile.gettempdir()) / f"jamsostek-test-cache-{_RUN_ID}"
    _SESSION_CACHE.mkdir(mode=0o700, exist_ok=True)
else:
    _SESSION_CACHE = Path(tempfile.mkdtemp(prefix="jamsostek-test-cache-"))
os.environ.setdefault("JAMSOSTEK_CACHE_DIR", str(_SESSION_CACHE))
# views a page shares uncopied (views.view(copy=False)) are fingerprinted: a page that changes one fails
os.environ.setdefault("JAMSOSTEK_CHECK_SHARED_VIEWS", "1")  # analytics/config.py ENV_CHECK_SHARED_VIEWS


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not (SHARED_DATA / "wilayah").is_dir():
        pytest.fail(f"reference data not found at {SHARED_DATA}: tests need ../shared/data")
    return SHARED_DATA


def _build_db(path: Path, demo: bool, source: Path) -> None:
    from analytics.ingest import bootstrap
    from analytics.store import Store

    store = Store(path)
    bootstrap.initialise(store, with_demo=demo, source=source)
    store.close()


@pytest.fixture(scope="session")
def _template_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("db-templates")


@pytest.fixture(scope="session")
def demo_db_path(_template_dir, shared_data) -> Path:
    """A database with regions, curated facts and the demo dataset. Treat as read-only."""
    path = _template_dir / "demo.duckdb"
    if not path.exists():
        _build_db(path, demo=True, source=shared_data)
    return path


@pytest.fixture(scope="session")
def _base_db_path(_template_dir, shared_data) -> Path:
    path = _template_dir / "base.duckdb"
    if not path.exists():
        _build_db(path, demo=False, source=shared_data)
    return path


@pytest.fixture
def empty_store(_base_db_path, tmp_path):
    """A fresh writable store with regions and curated facts but no demo data."""
    from analytics.store import Store

    path = tmp_path / "store.duckdb"
    shutil.copy(_base_db_path, path)
    store = Store(path)
    yield store
    store.close()


@pytest.fixture
def demo_store(demo_db_path, tmp_path):
    """A writable copy of the demo database."""
    from analytics.store import Store

    path = tmp_path / "demo.duckdb"
    shutil.copy(demo_db_path, path)
    store = Store(path)
    yield store
    store.close()


@pytest.fixture
def demo_env(demo_db_path, tmp_path, monkeypatch):
    """A writable copy of the demo database that pages under AppTest will open (JAMSOSTEK_DB),
    with editor rights (no read-only switch)."""
    path = tmp_path / "app.duckdb"
    shutil.copy(demo_db_path, path)
    monkeypatch.setenv("JAMSOSTEK_DB", str(path))
    monkeypatch.delenv("JAMSOSTEK_READ_ONLY", raising=False)
    return path


@pytest.fixture
def public_env(_base_db_path, tmp_path, monkeypatch):
    """A writable copy of the default (public) database -- regions, reference data and the curated
    public facts, no demo -- that pages under AppTest will open (JAMSOSTEK_DB)."""
    path = tmp_path / "public.duckdb"
    shutil.copy(_base_db_path, path)
    monkeypatch.setenv("JAMSOSTEK_DB", str(path))
    monkeypatch.delenv("JAMSOSTEK_READ_ONLY", raising=False)
    return path


@pytest.fixture
def jatim_known(empty_store):
    """The known UCJ answer of the domain notes, imported as a user would: Jawa Timur 2023,
    4,336,959 active participants (BPJS Ketenagakerjaan Jawa Timur) / 14,531,668 employed (the
    denominator quoted with it) = 29.84 %. (The curated public data keeps these as a reported
    figure beside the Kemnaker table's 4,583,246 and Sakernas' 22,7 juta: a conflict of sources.)"""
    from analytics.ingest import importers

    coverage = ("kode_wilayah;periode;segmen;kelompok;peserta_aktif;sumber\n"
                "35;2023-12;ALL;all;4.336.959;BPJS Ketenagakerjaan Jawa Timur, reported for 2023\n")
    employment = ("kode_wilayah;tahun;penduduk_bekerja;edisi;sumber\n"
                  "35;2023;14.531.668;Sakernas 2023 (as quoted with the UCJ figure);BPJS Ketenagakerjaan Jawa Timur\n")
    for dataset, text in (("coverage", coverage), ("employment", employment)):
        report = importers.prepare(dataset, text.encode(), f"known_{dataset}.csv")
        assert report.ok, report.summary()
        importers.commit(empty_store, report)
    return empty_store
