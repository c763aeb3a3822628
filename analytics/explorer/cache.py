"""The explorer's result cache, shared by all sessions of a process."""

from __future__ import annotations

import ctypes
import gc
import threading
from collections import OrderedDict


class ResultCache:
    """Explorer results shared by all sessions, least recently used first out, bounded in bytes
    (a result may hold up to 64 MB: a count of entries alone would not bound memory)."""

    def __init__(self, max_bytes: int, max_entry_bytes: int):
        self.max_bytes, self.max_entry_bytes = max_bytes, max_entry_bytes
        self._entries: OrderedDict = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            self._entries.move_to_end(key)
            return entry[0]

    def put(self, key, value, size: int) -> None:
        if size > self.max_entry_bytes:
            return  # a big result is not kept: rerunning it is cheaper than holding it
        with self._lock:
            if key in self._entries:
                self._size -= self._entries.pop(key)[1]
            self._entries[key] = (value, size)
            self._size += size
            while self._size > self.max_bytes:
                self._size -= self._entries.popitem(last=False)[1][1]

    @property
    def size(self) -> int:
        return self._size


# --- giving memory back ---------------------------------------------------------------------------
# A big result passes through several large buffers in the server (the worker's Arrow stream, the
# DataFrame, Streamlit's serialised table). Once the sessions that showed it end, Python frees
# them, but glibc keeps freed heap memory for reuse: four big explorer sessions left a server at
# 950 MB (issue 22). malloc_trim(0) hands the free pages back to the system; it is called a few
# times after a big result, when the sessions that asked for it have likely moved on or ended.
BIG_RESULT_BYTES = 4 * 2**20
# Streamlit keeps a closed session's state for server.disconnectedSessionTTL (120 s) for a
# reconnect: the later calls come after that.
TRIM_AFTER_S = (15.0, 60.0, 150.0, 300.0)
_trim_lock = threading.Lock()
_trims_pending: set[float] = set()


def _malloc_trim() -> None:
    # the server turns Streamlit's collection after every run off (.streamlit/config.toml): an
    # ended session's cycles may still hold its result, so collect them first
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim
        pass


def release_memory_later(size: int, delays: tuple[float, ...] = TRIM_AFTER_S) -> None:
    """After a result of ``size`` bytes, give freed memory back to the system at each of
    ``delays`` seconds (one timer per delay at a time, however many results come)."""
    if size < BIG_RESULT_BYTES:
        return
    with _trim_lock:
        for delay in delays:
            if delay in _trims_pending:
                continue
            _trims_pending.add(delay)

            def fire(delay=delay):
                with _trim_lock:
                    _trims_pending.discard(delay)
                _malloc_trim()

            timer = threading.Timer(delay, fire)
            timer.daemon = True
            timer.start()
