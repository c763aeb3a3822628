"""Create or migrate a database and fill what it needs: regions, rates, curated facts, demo.

Used by ``python -m analytics init`` and by the app on first start, so a fresh deployment
opens on the embedded default data without extra steps. Running it again changes nothing
that is already there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analytics import config
from analytics.ingest import demo, importers, regions
from analytics.store import Store

CURATED_DIR = config.DATA_DIR / "curated"
RATES_PATH = config.DATA_DIR / "contribution_rates.csv"
CURATED_NOTE = "curated facts (news reports; see data/curated/README.md)"
DEMO_NOTE = "demo data made by analytics.ingest.demo (not official figures)"

# curated file -> dataset it is imported as
CURATED_FILES = {
    "regulations.csv": "regulations",
    "coverage.csv": "coverage",
    "employment.csv": "employment",
}


@dataclass
class InitResult:
    schema_version: int
    regions: int
    warnings: list[str] = field(default_factory=list)
    batches: list[int] = field(default_factory=list)


def initialise(store: Store, with_demo: bool = False, source: Path | str | None = None,
               progress=None) -> InitResult:
    warnings: list[str] = []
    if not store.has_regions():
        warning = regions.load_into_store(store, source=source, progress=progress)
        if warning:
            warnings.append("population and area not loaded: " + warning)
    elif store.query_value("SELECT count(*) FROM region WHERE population IS NULL") and (
        source or config.data_source()
    ):
        warning = regions.load_into_store(store, source=source, progress=progress)
        if warning:
            warnings.append(warning)
    _load_reference_tables(store)
    batches = _load_curated(store)
    if with_demo:
        batches += _load_demo(store)
    count = int(store.query_value("SELECT count(*) FROM region"))
    return InitResult(store.schema_version(), count, warnings, batches)


def _load_reference_tables(store: Store) -> None:
    """Rates, UCJ targets and regulation snapshots are curated tables, loaded once (a write
    only when one is empty: an init that changes nothing publishes nothing)."""
    empty = [t for t in ("contribution_rate", "ucj_target", "regulation_snapshot")
             if not store.query_value(f"SELECT count(*) FROM {t}")]  # table names from this list
    if not empty:
        return
    with store.write() as cur:
        if not cur.execute("SELECT count(*) FROM contribution_rate").fetchall()[0][0]:
            rates = pd.read_csv(RATES_PATH, dtype={"risk_class": "Int64"})
            cur.register("_rates", rates)
            cur.execute(
                "INSERT INTO contribution_rate SELECT program, segment, basis, risk_class, rate, "
                "CAST(valid_from AS DATE), legal_source, note FROM _rates"
            )
            cur.unregister("_rates")
        if not cur.execute("SELECT count(*) FROM ucj_target").fetchall()[0][0]:
            targets = pd.read_csv(CURATED_DIR / "ucj_targets.csv", dtype={"region_code": "str"})
            cur.register("_targets", targets)
            cur.execute("INSERT INTO ucj_target SELECT year, region_code, target_pct, source FROM _targets")
            cur.unregister("_targets")
        if not cur.execute("SELECT count(*) FROM regulation_snapshot").fetchall()[0][0]:
            snaps = pd.read_csv(CURATED_DIR / "regulation_snapshots.csv", dtype={"province_code": "str"})
            cur.register("_snaps", snaps)
            cur.execute(
                "INSERT INTO regulation_snapshot SELECT province_code, CAST(as_of AS DATE), "
                "regions_with_regulation, regions_total, instrument, source, note FROM _snaps"
            )
            cur.unregister("_snaps")


def _load_curated(store: Store) -> list[int]:
    loaded = []
    for name, dataset in CURATED_FILES.items():
        path = CURATED_DIR / name
        data = path.read_bytes()
        report = importers.prepare(dataset, data, f"curated/{name}")
        if not report.ok:
            raise RuntimeError(f"curated file {path} does not validate:\n{report.summary()}")
        already = store.query_value(
            "SELECT count(*) FROM import_batch WHERE sha256 = ? AND dataset = ?",
            [report.sha256, report.dataset],
        )
        if already:
            continue
        loaded.append(importers.commit(store, report, is_demo=False, note=CURATED_NOTE))
    return loaded


def _load_demo(store: Store) -> list[int]:
    if store.query_value("SELECT count(*) FROM import_batch WHERE is_demo"):
        return []
    region_table = store.query_df("SELECT * FROM region")
    frames = demo.generate(region_table)
    ids = []
    with store.write() as cur:  # all demo datasets or none
        for dataset, frame in frames.items():
            ids.append(store.insert_batch(cur, dataset, frame, f"demo:{dataset}", None,
                                          is_demo=True, note=DEMO_NOTE))
    return ids
