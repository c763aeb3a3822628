"""Every measure of the map and the rankings is declared once (analytics/metric_specs.py), with a
name in both languages and a named query that exists; the map's and the rankings' registries are
read from it."""

from __future__ import annotations

import pytest

from analytics import coverage_analytics, metric_specs
from analytics.i18n import _all_strings
from analytics.maps import metrics as map_metrics
from analytics.queries import all_queries


@pytest.mark.parametrize("spec", metric_specs.MAP_METRICS + metric_specs.RANK_METRICS, ids=lambda m: m.key)
def test_every_measure_has_both_names_a_unit_and_its_query(spec):
    pair = _all_strings().get(spec.name_key)
    assert pair and all(pair), spec.name_key
    assert spec.unit in ("pct", "people", "rp")
    assert spec.query in all_queries(), spec.query


def test_map_and_rankings_read_the_declaration():
    assert map_metrics.METRICS == tuple(metric_specs.MAP)
    assert map_metrics.NEEDS_TARGET == {"coverage", "uncovered", "budget_per_worker"}
    assert map_metrics.IGNORES_SEGMENT == {"regulation", "reg_known", "ucj"}
    assert map_metrics.UNITS == {k: m.unit for k, m in metric_specs.MAP.items()}
    assert coverage_analytics.RANK_METRICS == {k: m.higher_first for k, m in metric_specs.RANKING.items()}
