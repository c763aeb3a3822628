"""The explorer's DEMO mark: only on results that hold demo rows."""

from __future__ import annotations

import pandas as pd

from analytics.explorer.provenance import holds_demo


def test_reference_data_is_not_demo():
    frame = pd.DataFrame({"name": ["Aceh"], "population": [5_300_000]})
    assert not holds_demo("SELECT name, population FROM region WHERE level = 'provinsi'", frame, demo_loaded=True)
    assert not holds_demo("SELECT * FROM contribution_rate", frame, demo_loaded=True)


def test_demo_relations_and_the_is_demo_column():
    frame = pd.DataFrame({"n": [1]})
    assert holds_demo("SELECT count(*) AS n FROM coverage", frame, demo_loaded=True)
    assert holds_demo("WITH x AS (SELECT * FROM budget) SELECT count(*) FROM x", frame, demo_loaded=True)
    assert not holds_demo("SELECT count(*) AS n FROM coverage", frame, demo_loaded=False)
    curated = pd.DataFrame({"region_code": ["62"], "is_demo": [False]})
    assert not holds_demo("SELECT region_code, is_demo FROM coverage WHERE region_code = '62'", curated, True)
    assert holds_demo("SELECT region_code, is_demo FROM coverage", pd.DataFrame({"is_demo": [False, True]}), True)
