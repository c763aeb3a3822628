"""The explorer's result cache, shared by all sessions of a process."""

from __future__ import annotations

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
