"""URL state: filter values read from and written to the URL, and select widgets whose value
lives in the URL as a code, whatever label the user sees.

Streamlit's ``bind="query-params"`` stores a select widget's *formatted label* in the URL, so a
link would carry "Kabupaten Katingan" or, worse, a language-dependent text ("Non-ASN staff").
These helpers keep the option itself (a region code, a group id, a year) in the URL: the URL
seeds the widget the first time a session renders it, and every change is written back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st


def param(key: str, default: str | None = None, choices: Sequence[str] | None = None) -> str | None:
    """A filter value from the URL; values not among ``choices`` fall back to the default."""
    value = st.query_params.get(key, default)
    if choices is not None and value not in choices:
        return default
    return value


def parse_iso_date(text: str | None) -> dt.date | None:
    """A YYYY-MM-DD URL value as a date; None when absent or malformed (links get edited)."""
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def set_params(**values: object) -> None:
    """Write filters to the URL so a link reopens the same view (None removes a key)."""
    for key, value in values.items():
        _write(key, None if value is None or value == "" else str(value))


def _from_url(key: str, options: Sequence[Any]) -> Any:
    raw = st.query_params.get(key)
    if raw is None:
        return None
    for option in options:
        if str(option) == raw:
            return option
    return None


def _write(key: str, value: str | None) -> None:
    if value is None:
        if key in st.query_params:
            del st.query_params[key]
    elif st.query_params.get(key) != value:
        st.query_params[key] = value


def _default(options: list, default: Any, allow_none: bool) -> Any:
    # an option not offered falls back to the first one (or to nothing, when allowed)
    if default not in options and not (allow_none and default is None):
        return options[0] if options else None
    return default


def url_value(options: Sequence[Any], key: str, *, default: Any = None, allow_none: bool = False) -> Any:
    """The option ``url_select`` with the same arguments will show, known before its widget is
    drawn (e.g. for the label of the popover that holds it). Seeds the widget's state from the
    URL the first time; an option no longer offered falls back to ``default`` (the first option
    when None, unless ``allow_none``)."""
    options = list(options)
    default = _default(options, default, allow_none)
    if key not in st.session_state:
        chosen = _from_url(key, options)
        st.session_state[key] = default if chosen is None else chosen
    elif st.session_state[key] not in options:
        st.session_state[key] = default
    return st.session_state[key]


def url_select(container, label: str, options: Sequence[Any], key: str, *, default: Any = None,
               format_func: Callable[[Any], str] = str, widget: str = "selectbox", allow_none: bool = False,
               **kwargs) -> Any:
    """A selectbox (or radio / segmented_control via ``widget``) synced with ``?key=<option>``.

    An option missing from the URL, or no longer offered (a region of another province), falls
    back to ``default`` (the first option when None, unless ``allow_none``: then nothing is
    chosen and the selectbox shows its placeholder)."""
    options = list(options)
    default = _default(options, default, allow_none)
    current = url_value(options, key, default=default, allow_none=allow_none)
    # The current option is also the widget's own default: a widget the browser draws late
    # (inside a popover, opened after some reruns) starts from its default, which would show
    # the first option while the app uses another.
    if widget in ("selectbox", "radio"):
        kwargs.setdefault("index", options.index(current) if current in options else None)
    else:
        kwargs.setdefault("default", current)
    value = getattr(container, widget)(label, options, format_func=format_func, key=key, **kwargs)
    _write(key, None if value == default or value is None else str(value))
    return value


def url_toggle(container, label: str, key: str, *, default: bool = True, **kwargs) -> bool:
    """A toggle synced with ``?key=true|false`` (absent when it is at ``default``); like
    ``url_select`` it also passes its current value as the widget's default."""
    if key not in st.session_state:
        raw = st.query_params.get(key)
        st.session_state[key] = default if raw not in ("true", "false") else raw == "true"
    value = container.toggle(label, value=bool(st.session_state[key]), key=key, **kwargs)
    _write(key, None if value == default else str(value).lower())
    return value


def url_multiselect(container, label: str, options: Sequence[Any], key: str, *,
                    default: Sequence[Any] = (), format_func: Callable[[Any], str] = str, **kwargs) -> list:
    """A multiselect synced with ``?key=a,b,c`` (options must not contain commas)."""
    options = list(options)
    default = [d for d in default if d in options]
    if key not in st.session_state:
        raw = st.query_params.get(key)
        chosen = default
        if raw is not None:
            wanted = raw.split(",") if raw else []
            chosen = [o for o in options if str(o) in wanted]
        st.session_state[key] = chosen
    else:
        st.session_state[key] = [v for v in st.session_state[key] if v in options]
    value = container.multiselect(label, options, format_func=format_func, key=key, **kwargs)
    _write(key, None if list(value) == list(default) else ",".join(str(v) for v in value))
    return value
