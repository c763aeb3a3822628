"""The UI language of the running thread (a Streamlit session runs its script in one thread),
set by the page from the URL or the sidebar switch. A module of its own so that ``formats`` and
the strings both read it without importing each other."""

from __future__ import annotations

import threading
from contextlib import contextmanager

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

_state = threading.local()


def set_language(lang: str | None) -> str:
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    _state.lang = lang
    return lang


def language() -> str:
    return getattr(_state, "lang", DEFAULT_LANGUAGE)


@contextmanager
def using(lang: str):
    """Run a block in ``lang`` and restore the language after (a download made in another
    thread, a brief rendered in its own language)."""
    before = getattr(_state, "lang", None)
    set_language(lang)
    try:
        yield
    finally:
        if before is None:
            del _state.lang
        else:
            _state.lang = before
