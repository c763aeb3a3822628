"""Fetch the public reference files (boundaries, population, area) the project may not commit.

Each file is pinned in ``data/reference_files.csv`` by upstream address and sha256. A file is
taken, in this order, from a local source directory (``--source`` or JAMSOSTEK_DATA_SOURCE,
laid out like ``shared/data``), from the local cache, or downloaded. Every copy is checked
against its checksum; a mismatch is refused, never used.
"""

from __future__ import annotations

import csv
import hashlib
import os
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from analytics import config

MANIFEST_PATH = config.DATA_DIR / "reference_files.csv"
DATASETS = ("wilayah", "wilayah_boundaries")

# progress(label, bytes_done, bytes_total)
Progress = Callable[[str, int, int], None]


class ReferenceDataError(RuntimeError):
    """The reference data could not be had; the message says what to do."""


class ChecksumMismatch(ReferenceDataError):
    pass


@dataclass(frozen=True)
class ReferenceFile:
    dataset: str
    path: str  # relative to the dataset root, e.g. "wilayah/wilayah_penduduk.sql"
    url: str
    sha256: str
    size: int


def manifest() -> list[ReferenceFile]:
    with MANIFEST_PATH.open(newline="", encoding="utf-8") as fh:
        return [
            ReferenceFile(r["dataset"], r["path"], r["url"], r["sha256"], int(r["bytes"]))
            for r in csv.DictReader(fh)
        ]


def files_of(dataset: str) -> list[ReferenceFile]:
    if dataset not in DATASETS:
        raise ValueError(f"unknown reference dataset {dataset!r}; known: {', '.join(DATASETS)}")
    return [f for f in manifest() if f.dataset == dataset]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def ensure_dataset(
    dataset: str,
    source: Path | str | None = None,
    progress: Progress | None = None,
    base_url: str | None = None,
) -> Path:
    """Return a directory holding every file of ``dataset`` at its manifest path, verified.

    With a source directory (argument or JAMSOSTEK_DATA_SOURCE) the files are read there and
    nothing is downloaded. Otherwise missing files are downloaded into the cache.
    """
    files = files_of(dataset)
    source_dir = Path(source) if source else config.data_source()
    if source_dir is not None:
        for ref in files:
            _verify_local(source_dir / ref.path, ref, where="local source")
        _ORIGINS[dataset] = f"the local copy at {source_dir} (checksums verified)"
        return source_dir
    root = config.cache_dir() / "reference"
    total = sum(f.size for f in files)
    done = 0
    downloaded = 0
    for ref in files:
        target = root / ref.path
        if target.exists() and target.stat().st_size == ref.size and sha256_of(target) == ref.sha256:
            done += ref.size
            if progress:
                progress(ref.path, done, total)
            continue
        _download(ref, target, base_url, progress, done, total)
        downloaded += 1
        done += ref.size
    where = (base_url or config.data_base_url() or "the pinned upstream addresses")
    _ORIGINS[dataset] = (f"a download of {downloaded} of {len(files)} file(s) from {where} into the cache at {root}"
                         if downloaded else f"the cache at {root} (checksums verified)")
    return root


_ORIGINS: dict[str, str] = {}


def last_origin(dataset: str) -> str | None:
    """Where this process last took ``dataset``'s files from, in words (for init's report)."""
    return _ORIGINS.get(dataset)


def dataset_fingerprint(dataset: str) -> str:
    """A short key for caches derived from a dataset: changes when any pinned file changes."""
    joined = "".join(f.sha256 for f in files_of(dataset))
    return hashlib.sha256(joined.encode()).hexdigest()[:16]


def _verify_local(path: Path, ref: ReferenceFile, where: str) -> None:
    if not path.exists():
        raise ReferenceDataError(f"{where}: {path} is missing (expected {ref.path} from {ref.url})")
    actual = sha256_of(path)
    if actual != ref.sha256:
        raise ChecksumMismatch(
            f"{where}: {path} has sha256 {actual}, expected {ref.sha256} (pinned upstream "
            f"{ref.url}); the file is not the pinned version and was not used"
        )


def _url_for(ref: ReferenceFile, base_url: str | None) -> str:
    base = base_url or config.data_base_url()
    if base:
        return base.rstrip("/") + "/" + ref.path
    return ref.url


def _download(
    ref: ReferenceFile,
    target: Path,
    base_url: str | None,
    progress: Progress | None,
    done_before: int,
    total: int,
) -> None:
    url = _url_for(ref, base_url)
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".part-", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, urllib.request.urlopen(url, timeout=30) as resp:
            got = 0
            while chunk := resp.read(1 << 16):
                out.write(chunk)
                digest.update(chunk)
                got += len(chunk)
                if progress:
                    progress(ref.path, done_before + min(got, ref.size), total)
        if digest.hexdigest() != ref.sha256:
            raise ChecksumMismatch(
                f"download of {url} has sha256 {digest.hexdigest()}, expected {ref.sha256}; "
                "refused and not cached"
            )
        os.replace(tmp, target)  # atomic: the cache never holds a half-written file
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
        if isinstance(exc, ReferenceDataError):
            raise
        raise ReferenceDataError(
            f"cannot download {url} ({exc}). Offline? Give a local copy laid out like "
            f"shared/data with --source DIR or the environment variable {config.ENV_DATA_SOURCE}."
        ) from exc
    finally:
        if tmp.exists():
            tmp.unlink()
