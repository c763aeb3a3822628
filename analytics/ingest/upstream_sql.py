"""Parse the MySQL ``INSERT ... VALUES (...)`` dumps published by cahyadsn/wilayah*.

The upstream files are SQL, not CSV; we read only their VALUES tuples (strings with
``''`` escapes and bare numbers) and never execute them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_TOKEN = re.compile(
    r"""\s*(?:
        '(?P<str>(?:[^']|'')*)'      # quoted string, '' is an escaped quote
      | (?P<num>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)
      | (?P<null>NULL)
    )\s*(?P<sep>[,)])""",
    re.VERBOSE,
)


def iter_insert_rows(sql_text: str, table: str) -> Iterator[list[object]]:
    """Yield each VALUES tuple of ``INSERT INTO <table>`` statements as a list.

    Strings come back unescaped, numbers as int or float, NULL as None.
    """
    head = re.compile(rf"INSERT\s+INTO\s+`?{re.escape(table)}`?\s*\([^)]*\)\s*VALUES", re.I)
    for match in head.finditer(sql_text):
        pos = match.end()
        while True:
            open_paren = _skip_to(sql_text, pos, "(")
            if open_paren is None:
                break
            row, pos = _parse_tuple(sql_text, open_paren + 1)
            yield row
            nxt = _next_non_space(sql_text, pos)
            if nxt is None or sql_text[nxt] != ",":
                break
            pos = nxt + 1


def _next_non_space(text: str, pos: int) -> int | None:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos if pos < len(text) else None


def _skip_to(text: str, pos: int, char: str) -> int | None:
    nxt = _next_non_space(text, pos)
    if nxt is None or text[nxt] != char:
        return None
    return nxt


def _parse_tuple(text: str, pos: int) -> tuple[list[object], int]:
    values: list[object] = []
    while True:
        m = _TOKEN.match(text, pos)
        if m is None:
            snippet = text[pos : pos + 60].replace("\n", " ")
            raise ValueError(f"unexpected SQL value at offset {pos}: {snippet!r}")
        if m.group("str") is not None:
            values.append(m.group("str").replace("''", "'"))
        elif m.group("num") is not None:
            num = m.group("num")
            values.append(float(num) if any(c in num for c in ".eE") else int(num))
        else:
            values.append(None)
        pos = m.end()
        if m.group("sep") == ")":
            return values, pos
