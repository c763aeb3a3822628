"""Every measure the map and the coverage rankings show, declared once: its unit, whether it needs a
target (workers who should be covered), whether segment and worker group apply, which way ranks
first, the i18n key of its name, and the named query (analytics/queries/*.sql) its figures come
from. ``analytics.maps.metrics`` (METRICS, NEEDS_TARGET, IGNORES_SEGMENT, UNITS) and
``analytics.coverage_analytics.RANK_METRICS`` are read from here."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MetricSpec:
    key: str
    unit: str  # pct | people | rp
    name_key: str  # i18n key of its name, in both languages
    query: str  # the named query its figures come from
    needs_target: bool = False
    ignores_segment: bool = False  # the same figure whatever segment / worker group is chosen
    higher_first: bool = True  # rankings: a higher value ranks first


# The map's measures (analytics/maps/metrics.py computes each from the query's sums).
MAP_METRICS: tuple[MetricSpec, ...] = (
    MetricSpec("coverage", "pct", "map.metric.coverage", "map_coverage", needs_target=True),
    MetricSpec("active", "people", "map.metric.active", "map_coverage"),
    MetricSpec("uncovered", "people", "map.metric.uncovered", "map_coverage", needs_target=True),
    MetricSpec("growth", "pct", "map.metric.growth", "map_coverage"),
    MetricSpec("budget_per_worker", "rp", "map.metric.budget_per_worker", "map_coverage", needs_target=True),
    # provinces: share of regulated kabupaten/kota (%); kabupaten/kota show categories
    MetricSpec("regulation", "pct", "map.metric.regulation", "map_regions", ignores_segment=True),
    # provinces: share of kabupaten/kota whose status is known; kabupaten/kota: known or not (where a
    # meeting still has to ask)
    MetricSpec("reg_known", "pct", "map.metric.reg_known", "map_regions", ignores_segment=True),
    MetricSpec("ucj", "pct", "map.metric.ucj", "map_ucj", ignores_segment=True),
)

# The coverage page's rankings (columns of cov_ranking).
RANK_METRICS: tuple[MetricSpec, ...] = (
    MetricSpec("ucj_pct", "pct", "cov.metric.ucj_pct", "cov_ranking"),
    MetricSpec("active_participants", "people", "cov.metric.active_participants", "cov_ranking"),
    MetricSpec("growth_pct", "pct", "cov.metric.growth_pct", "cov_ranking"),
    # employed - active: the largest gap ranks first
    MetricSpec("gap_workers", "people", "cov.metric.gap_workers", "cov_ranking"),
)

MAP: dict[str, MetricSpec] = {m.key: m for m in MAP_METRICS}
RANKING: dict[str, MetricSpec] = {m.key: m for m in RANK_METRICS}
