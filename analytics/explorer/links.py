"""Links to explorer queries that are too long for a URL.

A query lives in the URL (``sql_q``) so a link reopens it. Percent-encoded, a 20,000-character
query makes a URL of up to 60,000 characters, and HAProxy (``bin/serve``) answers anything past
its buffer with a bare 400. So a query whose encoded form is longer than MAX_LINK_CHARS is
stored under a short id (the first 16 hex digits of its SHA-256) in a small folder of files next
to the dataset (``X.duckdb.queries/``), and the link carries ``sql_id`` instead. Every server
process and every machine that shares the dataset's folder reads the same files; the published
snapshots are never written. Files are written whole (temporary name, then rename), hold
nothing but the query's text, and the folder keeps at most MAX_FILES of them (the least
recently used go first).
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from pathlib import Path
from urllib.parse import quote_plus

MAX_LINK_CHARS = 4000  # the query as it stands in a URL (percent-encoded)
MAX_QUERY_CHARS = 20_000  # as the explorer (readonly.MAX_QUERY_CHARS); nothing longer is stored
MAX_FILES = 2000
ID_PATTERN = re.compile(r"[0-9a-f]{16}")


def fits_link(query: str) -> bool:
    """Whether ``query`` can stand in a link as ``sql_q`` (its percent-encoded length)."""
    return len(quote_plus(query)) <= MAX_LINK_CHARS


def query_id(query: str) -> str:
    return hashlib.sha256(query.encode("utf-8")).hexdigest()[:16]


def store_dir(db_path: Path | str) -> Path:
    """The folder beside the dataset ``X.duckdb``: ``X.duckdb.queries``."""
    path = Path(db_path)
    return path.with_name(path.name + ".queries")


class QueryStore:
    """Queries by short id, as small files in one folder."""

    def __init__(self, folder: Path, max_files: int = MAX_FILES):
        self.folder = Path(folder)
        self.max_files = max_files

    def put(self, query: str) -> str:
        """Store ``query`` (idempotent) and return its id."""
        if len(query) > MAX_QUERY_CHARS:
            raise ValueError(f"query longer than {MAX_QUERY_CHARS} characters")
        qid = query_id(query)
        path = self.folder / f"{qid}.sql"
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            if path.read_text(encoding="utf-8") == query:
                os.utime(path)  # in use: kept longer
                return qid
        except (FileNotFoundError, UnicodeDecodeError):
            pass
        tmp = self.folder / f".{qid}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
        try:
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(query)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        self._prune()
        return qid

    def get(self, qid: object) -> str | None:
        """The query stored under ``qid``; None for an unknown or malformed id."""
        if not isinstance(qid, str) or not ID_PATTERN.fullmatch(qid):
            return None
        try:
            text = (self.folder / f"{qid}.sql").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        return text if query_id(text) == qid else None  # a damaged file is no query

    def _prune(self) -> None:
        try:
            files = [(p.stat().st_mtime, p) for p in self.folder.glob("*.sql")]
        except OSError:
            return
        if len(files) <= self.max_files:
            return
        files.sort()
        for _, path in files[: len(files) - self.max_files]:
            path.unlink(missing_ok=True)
