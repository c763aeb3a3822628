"""The download path against a local HTTP server (this machine has no internet)."""

import http.server
import shutil
import socket
import threading
from functools import partial

import pytest

from analytics.ingest import refdata


@pytest.fixture
def mirror(tmp_path, shared_data):
    """A local HTTP server serving a copy of the reference files at their manifest paths."""
    root = tmp_path / "mirror"
    for ref in refdata.files_of("wilayah"):
        target = root / ref.path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(shared_data / ref.path, target)
    requests = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            requests.append(self.path)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()
    server.server_close()


@pytest.fixture
def no_local_source(monkeypatch, tmp_path):
    monkeypatch.delenv("JAMSOSTEK_DATA_SOURCE", raising=False)
    monkeypatch.setenv("JAMSOSTEK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_download_verifies_caches_and_reports_progress(mirror, no_local_source):
    _, url, requests = mirror
    seen = []
    root = refdata.ensure_dataset("wilayah", base_url=url, progress=lambda *a: seen.append(a))
    assert root == no_local_source / "reference"
    for ref in refdata.files_of("wilayah"):
        assert refdata.sha256_of(root / ref.path) == ref.sha256
    assert seen and seen[-1][1] == seen[-1][2] == sum(f.size for f in refdata.files_of("wilayah"))
    fetched = len(requests)
    assert fetched == 2
    refdata.ensure_dataset("wilayah", base_url=url)  # second call: from cache, no request
    assert len(requests) == fetched


def test_corrupted_download_is_refused_and_not_cached(mirror, no_local_source):
    root, url, _ = mirror
    target = root / "wilayah" / "wilayah_luas.sql"
    target.write_bytes(target.read_bytes().replace(b"56835.019", b"99999.999"))
    with pytest.raises(refdata.ChecksumMismatch, match="expected"):
        refdata.ensure_dataset("wilayah", base_url=url)
    cached = no_local_source / "reference" / "wilayah"
    assert not (cached / "wilayah_luas.sql").exists()
    assert not list(cached.glob(".part-*"))  # no half-written file left behind


def test_offline_gives_a_clear_message(no_local_source):
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(refdata.ReferenceDataError, match="JAMSOSTEK_DATA_SOURCE"):
        refdata.ensure_dataset("wilayah", base_url=f"http://127.0.0.1:{port}")


def test_local_source_is_used_and_verified(shared_data, tmp_path):
    assert refdata.ensure_dataset("wilayah_boundaries", source=shared_data) == shared_data
    bad = tmp_path / "bad"
    shutil.copytree(shared_data / "wilayah", bad / "wilayah")
    (bad / "wilayah" / "wilayah_penduduk.sql").write_text("tampered")
    with pytest.raises(refdata.ChecksumMismatch, match="not the pinned version"):
        refdata.ensure_dataset("wilayah", source=bad)


def test_pinned_addresses_are_the_documented_commits():
    for ref in refdata.manifest():
        assert ref.url.startswith("https://raw.githubusercontent.com/cahyadsn/")
        assert ("3c5a7960f4d227a38489094d84252bdbb3f978a5" in ref.url) or (
            "b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7" in ref.url)
    assert len(refdata.files_of("wilayah_boundaries")) == 38
