"""A dataset's lifecycle, the same for the dashboard and the command line: create it, open its
published snapshot (a dataset published by older code is brought in line first), and write
through a working copy that is published when the write ends. ``analytics/snapshots.py`` keeps
the files and the writer lock; ``analytics/web/data.py`` adds the page's parts (session state,
spinner, messages in the UI language), ``analytics/cli/common.py`` the command line's (printing).

Errors are ``snapshots.DatasetError`` (busy past the wait, unreadable, disk full), with the
file's name; each caller turns them into its own message."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from analytics import snapshots
from analytics.ingest import bootstrap
from analytics.store import SCHEMA_FINGERPRINT, Store

OnWait = Callable[[snapshots.Holder | None], None]  # told whom a writer waits for
OnPublished = Callable[[int], None]  # told the id of the snapshot a write published
Progress = Callable[[str, int, int], None]  # (label, done, total) of the reference downloads


def published_by_older_code(store: Store) -> bool:
    """Whether a published snapshot lacks what this code reads (an older schema or view set)."""
    return store.query_value("SELECT value FROM app_meta WHERE key = 'schema_fingerprint'") != SCHEMA_FINGERPRINT


def bring_in_line(path: Path, *, who: str) -> bool:
    """Republish a dataset published by older code (``who`` is the dashboard or the CLI):
    opening the working copy migrates it and rebuilds the views, the curated files this code
    ships are loaded, demo batches stay as they are. Returns whether it had to."""
    if not published_by_older_code(snapshots.reader(path).state().store):
        return False
    with snapshots.writing(path, who=f"{who} (upgrade)", what="schema upgrade") as session:
        bootstrap.initialise(session.store, demo_policy="keep")
    return True


def open_published(path: Path, *, who: str) -> snapshots.ReadState:
    """The published snapshot to read, brought in line with this code first; its ``problem``
    says when the dataset file was damaged and an older snapshot is served instead."""
    bring_in_line(path, who=who)
    return snapshots.reader(path).state()


@contextlib.contextmanager
def writing(path: Path, *, who: str, what: str, on_wait: OnWait | None = None, timeout_s: float | None = None,
            on_published: OnPublished | None = None) -> Iterator[Store]:
    """A writable copy of the dataset for one change (``what`` names it in the snapshot
    history): published atomically when the block ends and changed something, and then
    ``on_published`` is told the new snapshot's id; left unpublished on an error. Writers queue
    (``on_wait``; ``timeout_s`` None waits as long as it takes)."""
    with snapshots.writing(path, who=who, what=what, on_wait=on_wait, timeout_s=timeout_s) as session:
        yield session.store
    if on_published is not None and session.published and session.published.snapshot_id is not None:
        on_published(session.published.snapshot_id)


def create(path: Path, *, who: str, demo: bool = False, source: Path | None = None, progress: Progress | None = None,
           on_wait: OnWait | None = None, on_published: OnPublished | None = None) -> bootstrap.InitResult:
    """Create the dataset, or bring an existing one up to date: regions, reference data, the
    curated facts, and the demo data with ``demo`` (the dashboard's first start, ``init``)."""
    with writing(path, who=who, what="init --demo" if demo else "init", on_wait=on_wait,
                 on_published=on_published) as store:
        return bootstrap.initialise(store, with_demo=demo, source=source, progress=progress)
