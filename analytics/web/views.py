"""Whole views cached for every session: what a page computes from the data for a set of
parameters is the same for everyone, so it is built once per process and shared.

A view is keyed by (page, parameters, language, dataset, data version): a publish (an import,
a rollback, a restore) or the other dataset (``?data=demo``) gives new keys, and old ones age
out. When a meeting's 40 people open the same link, one session builds the view while the
others wait for it (one build per key and process, not 40). Callers get copies: frames are
copy-on-write copies (pandas 3), so a page that changes one never changes the cache.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import pickle
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import pandas as pd

T = TypeVar("T")

MAX_ENTRIES = 256  # views of ~10-500-row frames: a few MB per process at most
TTL_S = 3600.0  # a view unused for an hour goes (today's date moves, old versions linger)


class ViewCache:
    """A bounded, thread-safe LRU of built views with one build per key at a time. Bounded by
    entries, age and, given ``cost`` (value -> a number, e.g. cells), by their total cost."""

    def __init__(self, max_entries: int = MAX_ENTRIES, ttl_s: float = TTL_S, clock=time.monotonic,
                 cost: Callable[[Any], float] | None = None, max_cost: float = float("inf")):
        self.max_entries, self.ttl_s, self._clock = max_entries, ttl_s, clock
        self._cost, self.max_cost, self.total_cost = cost, max_cost, 0.0
        self._entries: OrderedDict[Hashable, tuple[float, Any, float]] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[Hashable, threading.Lock] = {}
        self.builds = 0  # views computed since the last clear (tests, benchmarks)

    def _drop(self, key: Hashable) -> None:  # under the lock
        self.total_cost -= self._entries.pop(key)[2]

    def _get(self, key: Hashable) -> tuple[bool, Any]:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return False, None
            stamp, value, _ = entry
            if self._clock() - stamp > self.ttl_s:
                self._drop(key)
                return False, None
            self._entries.move_to_end(key)
            return True, value

    def get_or_build(self, key: Hashable, build: Callable[[], T]) -> T:
        found, value = self._get(key)
        if found:
            return value
        with self._lock:
            gate = self._building.setdefault(key, threading.Lock())
        with gate:  # the others of a burst wait here for the first one's build
            found, value = self._get(key)
            if found:
                return value
            try:
                value = build()
                cost = self._cost(value) if self._cost else 0.0
                with self._lock:
                    self.builds += 1
                    if cost <= self.max_cost:  # a view larger than the whole budget is not kept
                        if key in self._entries:
                            self._drop(key)
                        self._entries[key] = (self._clock(), value, cost)
                        self.total_cost += cost
                    while self._entries and (len(self._entries) > self.max_entries
                                             or self.total_cost > self.max_cost):
                        self._drop(next(iter(self._entries)))
            finally:
                with self._lock:
                    self._building.pop(key, None)
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.builds, self.total_cost = 0, 0.0

    def __len__(self) -> int:
        return len(self._entries)


def copy_out(value: T) -> T:
    """What a caller may change without changing the cache: frames and series copied (pandas'
    copy-on-write makes that cheap until someone writes), containers and dataclasses rebuilt
    around copies; anything else (strings, numbers, dates, figures' dicts) as it is."""
    if isinstance(value, (pd.DataFrame, pd.Series)):
        return value.copy(deep=False)
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(copy_out(v) for v in value)
    if isinstance(value, list):
        return [copy_out(v) for v in value]
    if isinstance(value, dict):
        return {k: copy_out(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = copy.copy(value)
        for f in dataclasses.fields(value):
            object.__setattr__(out, f.name, copy_out(getattr(value, f.name)))
        return out
    return value


def frozen_params(params: Any) -> Hashable:
    """A key from a page's parameters: dicts by sorted items, lists as tuples."""
    if isinstance(params, dict):
        return tuple(sorted((k, frozen_params(v)) for k, v in params.items()))
    if isinstance(params, (list, tuple, set, frozenset)):
        items = [frozen_params(v) for v in params]
        return tuple(sorted(items, key=repr) if isinstance(params, (set, frozenset)) else items)
    return params


_views = ViewCache()


def view_key(page: str, params: Any) -> tuple:
    """(page, parameters, language, (data version, dataset)) of the running page view."""
    from analytics import i18n
    from analytics.web.data import cache_key

    return page, frozen_params(params), i18n.language(), cache_key()


def view(page: str, params: Any, build: Callable[[], T], *, copy: bool = True) -> T:
    """``build()``'s result for this page, parameters, language and data, built once per process
    and shared by every session; a copy the caller may change (``copy=False``: the shared value
    itself, for results no caller changes, e.g. the map's drawing or a brief the page only
    reads: copying a brief's 20 frames cost 3 ms a view). ``build`` must depend on nothing else
    (read the data through ``run_query``, take the rest from ``params``). This is the one view
    cache: no page keeps its own ``st.cache_*``."""
    key = view_key(page, params)
    value = _views.get_or_build(key, lambda: _remember_origins(key, build()))
    return copy_out(value) if copy else shared(key, value)


# --- which view a frame is ------------------------------------------------------------------
# Every frame inside a built view, by identity, with the view's key and its place in the view:
# a table shown from a frame handed out uncopied (``copy=False``) is then kept under that (see
# web/tables.py) instead of hashing its cells on every visit, and no page has to name the view
# again. A copy is a new object and is never found: a page may change its copy.
_origins: dict[int, tuple[weakref.ref, tuple]] = {}


def _remember_origins(key: Hashable, value: T, place: tuple = ()) -> T:
    if isinstance(value, pd.DataFrame):
        ident = id(value)

        def forget(ref, ident=ident):  # the frame is gone: its id may be another's next
            if _origins.get(ident, (None,))[0] is ref:
                _origins.pop(ident, None)

        _origins[ident] = (weakref.ref(value, forget), (key, place))
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _remember_origins(key, item, (*place, i))
    elif isinstance(value, dict):
        for name, item in value.items():
            _remember_origins(key, item, (*place, repr(name)))
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            _remember_origins(key, getattr(value, f.name), (*place, f.name))
    return value


def derived(page: str, frame: pd.DataFrame, build: Callable[[], T], *, copy: bool = True) -> T:
    """``build()``'s result, made from ``frame``: a view keyed by where ``frame`` is when a view
    handed it out uncopied (built once, as ``view``); made anew for any other frame."""
    found = origin(frame)
    return build() if found is None else view(page, found, build, copy=copy)


def origin(frame: Any) -> tuple | None:
    """(view key, place in the view) of a frame a view built, as handed out uncopied; None for
    any other frame (a copy, or one a page made)."""
    entry = _origins.get(id(frame))
    return entry[1] if entry is not None and entry[0]() is frame else None


def shared(key: Hashable, value: T) -> T:
    """``value`` as every session gets it, uncopied (tests check nobody changed it; ``key[0]``
    names it in the failure)."""
    if _checking():
        _check_unchanged(key, value)
    return value


# --- shared views stay as built (tests) ------------------------------------------------------
# With JAMSOSTEK_CHECK_SHARED_VIEWS=1 (the test suite sets it) every view handed out uncopied is
# fingerprinted when first handed out; a page that changed one fails the next time it is asked.
_fingerprints: dict[Hashable, tuple[str, bytes]] = {}


def _checking() -> bool:
    from analytics import config

    return config.check_shared_views()


def _canonical(value: Any) -> Any:
    """What a value holds, without what pandas caches inside a frame once it is read (an index's
    engine): a pickle of the frame itself grows when the page only looked at it."""
    if isinstance(value, pd.DataFrame):
        return ("frame", [str(c) for c in value.columns], [str(d) for d in value.dtypes], value.index.tolist(),
                [value.iloc[:, i].tolist() for i in range(value.shape[1])], dict(value.attrs))
    if isinstance(value, pd.Series):
        return ("series", str(value.name), str(value.dtype), value.index.tolist(), value.tolist())
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [_canonical(v) for v in value])
    if isinstance(value, dict):
        return ("dict", [(repr(k), _canonical(v)) for k, v in value.items()])
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, [(f.name, _canonical(getattr(value, f.name))) for f in dataclasses.fields(value)])
    return value


def _fingerprint(value: Any) -> bytes:
    return hashlib.blake2b(pickle.dumps(_canonical(value), protocol=pickle.HIGHEST_PROTOCOL), digest_size=16).digest()


def _check_unchanged(key: Hashable, value: Any) -> None:
    now = _fingerprint(value)
    seen = _fingerprints.setdefault(key, (key[0], now))
    if seen[1] != now:
        raise SharedViewChanged(key[0])


def changed_shared_views() -> list[str]:
    """The shared views (by page name) that changed since they were first handed out."""
    changed = []
    for key, (name, fingerprint) in list(_fingerprints.items()):
        found, value = _views._get(key)
        if found and _fingerprint(value) != fingerprint:
            changed.append(name)
    return changed


class SharedViewChanged(AssertionError):
    def __init__(self, name: str):
        super().__init__(f"the shared view {name!r} was changed after it was built: a page may only read a view "
                         f"it asks for with copy=False (analytics/web/views.py)")


def clear() -> None:
    _views.clear()
    _fingerprints.clear()
    _origins.clear()
