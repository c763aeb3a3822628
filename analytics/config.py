"""Paths and settings shared by the CLI and the app, with their environment overrides.

Every environment variable the project reads is read here and nowhere else, so this module is
the list of what a deployment can set."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"

# The database a deployment reads; the CLI's --db and the app's JAMSOSTEK_DB override it.
DEFAULT_DB_PATH = DATA_DIR / "jamsostek.duckdb"

ENV_DB = "JAMSOSTEK_DB"
ENV_DEMO_DB = "JAMSOSTEK_DEMO_DB"  # the separate demo dataset (default: beside the dataset, *-demo.duckdb)
ENV_DATA_SOURCE = "JAMSOSTEK_DATA_SOURCE"  # a local directory laid out like shared/data
ENV_DATA_BASE_URL = "JAMSOSTEK_DATA_BASE_URL"  # a mirror of the pinned upstream files
ENV_CACHE_DIR = "JAMSOSTEK_CACHE_DIR"
ENV_CRITERIA = "JAMSOSTEK_PARITRANA_CRITERIA"  # the Paritrana criteria file
ENV_READ_ONLY = "JAMSOSTEK_READ_ONLY"  # 1: nobody edits through the web app
ENV_EDITOR_PASSWORD = "JAMSOSTEK_EDITOR_PASSWORD_HASH"  # shared editor password (scrypt$..., `password-hash`)
ENV_EDITOR_PASSWORD_LEGACY = "JAMSOSTEK_EDITOR_PASSWORD_SHA256"  # old unsalted digest: refused with a message
ENV_EDITOR_TOKEN = "JAMSOSTEK_EDITOR_TOKEN"  # the editor token (default: a random one in editor_token_path())
ENV_ALLOWED_HOSTS = "JAMSOSTEK_ALLOWED_HOSTS"  # host names people open, comma-separated (besides this machine's)
ENV_RERUN_BUDGET = "JAMSOSTEK_RERUNS_PER_MINUTE"  # script runs a browser session may ask for per minute
ENV_SCRIPT_SLOTS = "JAMSOSTEK_SCRIPT_SLOTS"  # script runs going at once per process, fairly queued (0: no queue)
ENV_SNAPSHOTS_KEEP = "JAMSOSTEK_SNAPSHOTS_KEEP"  # published snapshots kept for restore (default 10)
ENV_BEHIND_PROXY = "JAMSOSTEK_BEHIND_PROXY"  # 1: sessions arrive through a reverse proxy (bin/serve)
ENV_WARM_AFTER_PUBLISH = "JAMSOSTEK_WARM_AFTER_PUBLISH"  # 1: each server process re-warms its views after a publish (bin/serve)
ENV_CHECK_SHARED_VIEWS = "JAMSOSTEK_CHECK_SHARED_VIEWS"  # tests: fail a page that changes a shared view
ENV_BROWSER = "BROWSER_PATH"  # kaleido's own variable: the Chromium that renders chart images
ENV_EXPLORER_DIR = "JAMSOSTEK_EXPLORER_DIR"  # the SQL explorer's database copies (default <tmp>/jamsostek-explorer)
# Tests only: "stubborn" makes every SQL explorer worker ignore signals until it is killed (set
# in the environment, it reaches a CLI run in a subprocess)
ENV_EXPLORER_TEST_HOOK = "JAMSOSTEK_EXPLORER_TEST_HOOK"

DEFAULT_CRITERIA_PATH = DATA_DIR / "paritrana_criteria.csv"
_TRUE = ("1", "true", "yes")


def db_path() -> Path:
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB_PATH)


def demo_db_path() -> Path:
    """The demo dataset: generated numbers live in a dataset of their own, never mixed into the
    public one."""
    configured = os.environ.get(ENV_DEMO_DB)
    if configured:
        return Path(configured)
    main = db_path()
    return main.with_name(f"{main.stem}-demo{main.suffix or '.duckdb'}")


def cache_dir() -> Path:
    """Where downloaded reference files and prepared geometry are kept between runs."""
    configured = os.environ.get(ENV_CACHE_DIR)
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "jamsostek-dashboard"


def data_source() -> Path | None:
    value = os.environ.get(ENV_DATA_SOURCE)
    return Path(value) if value else None


def data_base_url() -> str | None:
    """A mirror of the pinned upstream reference files, if one is configured."""
    return os.environ.get(ENV_DATA_BASE_URL) or None


def criteria_path() -> Path:
    return Path(os.environ.get(ENV_CRITERIA) or DEFAULT_CRITERIA_PATH)


def browser_path_setting() -> str | None:
    return os.environ.get(ENV_BROWSER) or None


def explorer_dir_setting() -> Path | None:
    value = os.environ.get(ENV_EXPLORER_DIR)
    return Path(value) if value else None


def explorer_test_hook() -> str | None:
    return os.environ.get(ENV_EXPLORER_TEST_HOOK) or None


def role_settings(environ: Mapping[str, str] | None = None) -> dict:
    """The role settings of the environment, or of ``environ`` (tests pass their own):
    read_only, password_hash, legacy_sha256, behind_proxy, token (None: use the token file),
    allowed_hosts (extra host names)."""
    environ = os.environ if environ is None else environ
    return {
        "read_only": str(environ.get(ENV_READ_ONLY, "")).strip().lower() in _TRUE,
        "password_hash": environ.get(ENV_EDITOR_PASSWORD) or None,
        "legacy_sha256": environ.get(ENV_EDITOR_PASSWORD_LEGACY) or None,
        "behind_proxy": str(environ.get(ENV_BEHIND_PROXY, "")).strip().lower() in _TRUE,
        "token": (environ.get(ENV_EDITOR_TOKEN) or "").strip() or None,
        "allowed_hosts": [h.strip() for h in str(environ.get(ENV_ALLOWED_HOSTS, "")).split(",") if h.strip()],
    }


def warm_after_publish() -> bool:
    """Whether each server process opens its main pages again once a new snapshot is published
    (analytics/web/warmup.py; bin/serve sets it)."""
    return str(os.environ.get(ENV_WARM_AFTER_PUBLISH, "")).strip().lower() in _TRUE


def check_shared_views() -> bool:
    """Whether views handed out uncopied are fingerprinted and checked on every hand-out
    (analytics/web/views.py; the test suite sets it)."""
    return os.environ.get(ENV_CHECK_SHARED_VIEWS) == "1"


def editor_token_path() -> Path:
    """The file holding the editor token bin/start and bin/serve print (mode 0600, in the cache
    directory, outside the repository)."""
    return cache_dir() / "editor-token"


def reruns_per_minute() -> int:
    """Script runs one browser session may request per minute before further ones wait
    (0: no budget)."""
    try:
        return max(0, int(os.environ.get(ENV_RERUN_BUDGET) or 120))
    except ValueError:
        return 120


def script_slots() -> int:
    """Script runs one server process lets go at once; more wait in a fair queue (0: no queue)."""
    try:
        return max(0, int(os.environ.get(ENV_SCRIPT_SLOTS) or 2))
    except ValueError:
        return 2


def snapshots_keep() -> int:
    """How many published snapshots the history keeps (at least 2: the current and one to go
    back to)."""
    try:
        return max(2, int(os.environ.get(ENV_SNAPSHOTS_KEEP) or 10))
    except ValueError:
        return 10


def project_relative(path: Path | str) -> str:
    """A path as readers may see it: relative to the project (data/paritrana_criteria.csv), or
    the bare file name when it lies elsewhere; never the server's directories."""
    path = Path(path)
    try:
        return path.resolve().relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return path.name
