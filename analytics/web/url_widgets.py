"""URL state: the one way a page's filters live in the URL. Every view filter of every page is
drawn by a ``url_*`` widget here (select, multiselect, toggle, date, text, number); the share
link (``web.frame.current_link``) is the URL they write.

Why not Streamlit's ``bind="query-params"``: it stores a select widget's *formatted label* in
the URL ("Kabupaten Katingan", or a language-dependent "Non-ASN staff"), and a bound widget's
change is written by the browser only: the server's ``st.query_params`` does not see it until
the page is reloaded, so the share link missed it (a tracker link kept the province and lost
the date), and the server's next write to the URL dropped it. These helpers keep the option
itself (a region code, a group id, a year, an ISO date) in the URL: the URL seeds the widget
the first time a session renders it, and every change is written back by the server.

Each helper records its key and kind for the run (``bound_widgets``): the tests walk every page,
set every URL-bound widget and read the share link.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st


_BOUND = "_url_bound"  # session_state: {key: widget kind} drawn by this run's page


def reset_bound() -> None:
    """Called by the frame before each page run."""
    st.session_state[_BOUND] = {}


def bound_widgets() -> dict[str, tuple[str, list]]:
    """The URL-bound widgets the current page drew in this run: key -> (kind, options offered)."""
    return dict(st.session_state.get(_BOUND, {}))


def _bind(key: str, kind: str, options: Sequence[Any] = ()) -> None:
    st.session_state.setdefault(_BOUND, {})[key] = (kind, list(options))


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
    _bind(key, widget, options)
    return value


def url_toggle(container, label: str, key: str, *, default: bool = True, on: str = "true", **kwargs) -> bool:
    """A toggle synced with ``?key=true|false`` (``on`` names the switched-on value, e.g. "1";
    absent when it is at ``default``); like ``url_select`` it also passes its current value as
    the widget's default."""
    if key not in st.session_state:
        raw = st.query_params.get(key)
        st.session_state[key] = (raw in (on, "true", "1")) if raw in (on, "true", "1", "false", "0") else default
    value = container.toggle(label, value=bool(st.session_state[key]), key=key, **kwargs)
    _write(key, None if value == default else (on if value else "false"))
    _bind(key, "toggle")
    return value


def url_date(container, label: str, key: str, *, default: dt.date, min_value: dt.date | None = None,
             max_value: dt.date | None = None, **kwargs) -> dt.date:
    """A date_input synced with ``?key=YYYY-MM-DD`` (absent when it is at ``default``). A date
    in the URL outside [min_value, max_value] or malformed falls back to ``default``; a cleared
    box reads as ``default``."""
    if key not in st.session_state:
        day = parse_iso_date(st.query_params.get(key))
        if day is None or (min_value and day < min_value) or (max_value and day > max_value):
            day = default
        st.session_state[key] = day
    value = container.date_input(label, value=st.session_state[key], min_value=min_value, max_value=max_value,
                                 key=key, **kwargs) or default
    _write(key, None if value == default else value.isoformat())
    _bind(key, "date_input")
    return value


def url_text(container, label: str, key: str, *, default: str = "", widget: str = "text_input", **kwargs) -> str:
    """A text_input (or ``widget="text_area"``) synced with ``?key=<text>`` (absent when it is
    at ``default``). The widget's state may be set before it is drawn (an example query)."""
    if key not in st.session_state:
        st.session_state[key] = st.query_params.get(key, default)
    value = getattr(container, widget)(label, key=key, **kwargs) or ""
    _write(key, None if value == default else value)
    _bind(key, widget)
    return value


def url_number(container, label: str, key: str, *, default: int, min_value: int, max_value: int,
               **kwargs) -> int:
    """A whole-number number_input synced with ``?key=<n>`` (absent when it is at ``default``);
    a value in the URL outside [min_value, max_value] or not a number falls back to ``default``."""
    if key not in st.session_state:
        try:
            number = int(st.query_params.get(key, default))
        except ValueError:
            number = default
        st.session_state[key] = number if min_value <= number <= max_value else default
    value = container.number_input(label, min_value=min_value, max_value=max_value, value=st.session_state[key],
                                   key=key, **kwargs)
    value = default if value is None else int(value)
    _write(key, None if value == default else str(value))
    _bind(key, "number_input")
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
    _bind(key, "multiselect", options)
    return value
