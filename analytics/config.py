"""Paths and settings shared by the CLI and the app, with their environment overrides."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"

# The database a deployment reads; the CLI's --db and the app's JAMSOSTEK_DB override it.
DEFAULT_DB_PATH = DATA_DIR / "jamsostek.duckdb"

ENV_DB = "JAMSOSTEK_DB"
ENV_DATA_SOURCE = "JAMSOSTEK_DATA_SOURCE"  # a local directory laid out like shared/data
ENV_DATA_BASE_URL = "JAMSOSTEK_DATA_BASE_URL"  # a mirror of the pinned upstream files
ENV_CACHE_DIR = "JAMSOSTEK_CACHE_DIR"


def db_path() -> Path:
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB_PATH)


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
