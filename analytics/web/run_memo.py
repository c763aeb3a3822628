"""Values that stay the same for the rest of one script run, worked out once per run.

The frame and the pages ask some things many times a run (which dataset the run reads: 30 times
on the tracker; the role settings: four times), each asking Streamlit's query parameters or the
file system again. A run is told apart by the cursor table Streamlit makes anew at the start of
every run (and of every fragment run); outside a run nothing is kept.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_memo = threading.local()  # a script run happens on one thread: (the run's marker, {name: value})


def _run_marker() -> object | None:
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx(suppress_warning=True)
    return getattr(ctx, "cursors", None) if ctx is not None else None


def per_run(name: str, compute: Callable[[], T]) -> T:
    """``compute()``, once per script run under ``name``; every call outside a run computes."""
    marker = _run_marker()
    if marker is None:
        return compute()
    kept: tuple[Any, dict] | None = getattr(_memo, "kept", None)
    if kept is None or kept[0] is not marker:
        kept = (marker, {})  # holding the marker: its identity is never reused while kept
        _memo.kept = kept
    values = kept[1]
    if name not in values:
        values[name] = compute()
    return values[name]


def forget(name: str) -> None:
    """Drop ``name`` for the rest of this run (something it depends on was just changed)."""
    kept = getattr(_memo, "kept", None)
    if kept is not None and kept[0] is _run_marker():
        kept[1].pop(name, None)
