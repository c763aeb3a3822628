"""Named SQL. Each ``*.sql`` file here holds blocks headed ``-- name: <query_name>``.

Queries are parameterised (``?`` or ``$name``); user input is never formatted into SQL text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

# A named query's parameters: a list for ``?`` placeholders, a dict for ``$name`` ones.
Params = Sequence[Any] | dict[str, Any]
# The one way library functions reach data: (query name, params) -> DataFrame. Pages pass the
# cached ``analytics.web.data.run_query``; the CLI and tests pass ``direct(store)``.
Query = Callable[..., pd.DataFrame]

_DIR = Path(__file__).parent
_HEADER = re.compile(r"^--\s*name:\s*([a-z_][a-z0-9_]*)\s*$", re.M)


@lru_cache(maxsize=1)
def all_queries() -> dict[str, str]:
    queries: dict[str, str] = {}
    for path in sorted(_DIR.glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        heads = list(_HEADER.finditer(text))
        for i, head in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            body = text[head.end():end].strip().rstrip(";")
            name = head.group(1)
            if name in queries:
                raise ValueError(f"query {name!r} defined twice (second in {path.name})")
            queries[name] = body
    return queries


def sql(name: str) -> str:
    try:
        return all_queries()[name]
    except KeyError:
        raise KeyError(f"no named query {name!r}") from None


def direct(store) -> Query:
    """The uncached query callable over one store (CLI, tests, benchmarks)."""

    def query(name: str, params: Params = ()) -> pd.DataFrame:
        return store.query_df(sql(name), params)

    return query
