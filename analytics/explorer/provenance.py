"""Whether an explorer result shows demo data, so the DEMO mark is on results that hold demo
rows and not on reference data (regions, population, rates, targets)."""

from __future__ import annotations

import duckdb
import pandas as pd

# Relations that can hold rows of a demo import batch; the others are reference data and
# curated facts (region, contribution_rate, ucj_target, regulation_snapshot).
DEMO_RELATIONS = frozenset({"coverage", "regulation", "budget", "employment", "ucj", "import_batch"})


def holds_demo(query: str, frame: pd.DataFrame, demo_loaded: bool) -> bool:
    """A result with an ``is_demo`` column says itself; otherwise it may hold demo rows when
    demo data is loaded and the query reads a relation that can hold them."""
    if not demo_loaded:
        return False
    flags = [c for c in frame.columns if str(c).lower() == "is_demo"]
    if flags:
        return bool(frame[flags[0]].fillna(False).astype(bool).any())
    try:
        read = {name.lower() for name in duckdb.get_table_names(query)}
    except duckdb.Error:
        return True  # cannot tell: mark it
    return bool(read & DEMO_RELATIONS)
