"""SQL of the views: how a dataset view shows free text (cut to ``SHOWN_TEXT_MAX``), the views
derived from the datasets' latest-batch views (``ucj_target_used``, the ``ucj`` view, ...) and
which of them a published snapshot holds as tables. ``analytics.store`` creates them on every
open, after the dataset views (``store._current_view_sql``); its schema fingerprint covers them."""

from __future__ import annotations

# Free text of the datasets (titles, notes, sources, addresses). Imports take at most
# SHOWN_TEXT_MAX characters of it (analytics/ingest/datasets.py); text stored before that limit,
# or by other means, is shown cut to that length with an ellipsis. The views are where every
# page, the map, the brief, the exports and the explorer read data, so the cut is made there,
# once: no reader pays for a 40 MB title. The ``*_row`` tables keep the text whole.
SHOWN_TEXT_MAX = 4000
TEXT_COLUMNS = frozenset({
    "number", "title", "scopes", "amends", "source_note", "source_title", "source_url", "edition", "source",
    "document", "definition", "note", "indicator", "unit", "value_reported", "conflicts_with",
    "figure_id", "category", "rank_or_title", "evidence", "confirmed_by",
})


def shown_column(column: str) -> str:
    """A view's column: free text cut to SHOWN_TEXT_MAX characters, the last one an ellipsis."""
    if column not in TEXT_COLUMNS:
        return f"r.{column}"
    return (f"CASE WHEN length(r.{column}) > {SHOWN_TEXT_MAX} "
            f"THEN left(r.{column}, {SHOWN_TEXT_MAX - 1}) || '…' ELSE r.{column} END AS {column}")


# Derived views a published snapshot holds as tables, computed once when it is published
# (Store.materialise); ``<name>_live`` is the view itself. In this order: ``ucj`` reads
# ``coverage``. ``coverage`` picks each key's row of the latest active batch with a window over
# every coverage row (189,000 in the demo): 0.15-0.6 s a query as a view, and pages run a
# dozen coverage queries after each publish, in every server process.
MATERIALISED = ("coverage", "ucj")

# Views derived from the dataset views; rebuilt on every open like them. Documented in README.
DERIVED_VIEWS: list[str] = [
    # The one target a gap is measured against, per year and region (NULL: national), when several
    # documents set one: Kemendagri's evaluation target (what regions are assessed on) first, then
    # the annual plan (RKP), the medium-term plan (RPJMN), the long-term plan (RPJPN), others;
    # then the more reliable source, the newer one. Every target stays in ucj_target and is shown.
    """
    CREATE OR REPLACE VIEW ucj_target_used AS
    SELECT year, region_code, target_pct, document, definition, source, source_url, source_date, confidence
    FROM ucj_target
    QUALIFY row_number() OVER (
        PARTITION BY year, region_code
        ORDER BY CASE WHEN document ILIKE '%kemendagri%' THEN 0 WHEN document ILIKE 'rkp%' THEN 1
                      WHEN document ILIKE 'rpjmn%' THEN 2 WHEN document ILIKE 'rpjpn%' THEN 3 ELSE 4 END,
                 CASE confidence WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END,
                 source_date DESC NULLS LAST, target_pct DESC) = 1
    """,
    # UCJ (Universal Coverage Jamsostek) = active participants of all segments / employed population.
    # Numerator: a region's own reported total (segment 'ALL'), else the sum of its own segment
    # rows, else (provinces) the sum of its kabupaten/kota. Denominator: employed population of the
    # latest edition not newer than the period's year, like with like: a province's own figure
    # pairs with its own employment row, a sum of kabupaten/kota with the sum of their employment
    # rows (each falls back to the other when missing; `edition` says which was used).
    # No denominator -> no rate (NULL), never 0 or 100.
    """
    CREATE OR REPLACE VIEW ucj_live AS
    WITH own AS (
        SELECT c.region_code, c.period,
               max(CASE WHEN c.segment = 'ALL' THEN c.active_participants END) AS reported_total,
               sum(CASE WHEN c.segment <> 'ALL' THEN c.active_participants END) AS segment_sum,
               bool_or(c.segment = 'ALL' AND c.is_demo) AS total_demo,
               bool_or(c.segment <> 'ALL' AND c.is_demo) AS segments_demo
        FROM coverage c WHERE c.worker_group = 'all'
        GROUP BY c.region_code, c.period
    ), children AS (
        SELECT r.province_code AS region_code, o.period,
               sum(coalesce(o.reported_total, o.segment_sum)) AS child_sum,
               bool_or(coalesce(o.total_demo, o.segments_demo)) AS child_demo,
               count(*) AS child_count  -- kabupaten/kota with a figure that month
        FROM own o JOIN region r ON r.code = o.region_code
        WHERE r.level IN ('kabupaten', 'kota')
        GROUP BY r.province_code, o.period
    ), numerator AS (
        SELECT coalesce(o.region_code, ch.region_code) AS region_code,
               coalesce(o.period, ch.period) AS period,
               CAST(coalesce(o.reported_total, o.segment_sum, ch.child_sum) AS BIGINT) AS active_participants,
               CASE WHEN o.reported_total IS NOT NULL THEN 'reported_total'
                    WHEN o.segment_sum IS NOT NULL THEN 'sum_of_segments'
                    ELSE 'sum_of_kabupaten_kota' END AS numerator_source,
               CASE WHEN o.reported_total IS NOT NULL THEN o.total_demo
                    WHEN o.segment_sum IS NOT NULL THEN o.segments_demo
                    ELSE ch.child_demo END AS numerator_demo,
               CASE WHEN o.reported_total IS NULL AND o.segment_sum IS NULL THEN ch.child_count END
                   AS regions_reporting
        FROM own o FULL JOIN children ch ON ch.region_code = o.region_code AND ch.period = o.period
    ), employed_own AS (
        SELECT region_code, year, employed, edition, is_demo FROM employment
    ), employed_children AS (
        SELECT r.province_code AS region_code, e.year, CAST(sum(e.employed) AS BIGINT) AS employed,
               'sum of kabupaten/kota: ' || string_agg(DISTINCT e.edition, '; ') AS edition,
               bool_or(e.is_demo) AS is_demo
        FROM employment e JOIN region r ON r.code = e.region_code
        WHERE r.level IN ('kabupaten', 'kota')
        GROUP BY r.province_code, e.year
    ), paired AS (
        SELECT n.*, eo.employed AS own_employed, eo.year AS own_year, eo.edition AS own_edition,
               eo.is_demo AS own_demo
        FROM numerator n
        ASOF LEFT JOIN employed_own eo ON eo.region_code = n.region_code AND year(n.period) >= eo.year
    ), both_sides AS (
        SELECT p.*, ec.employed AS kab_employed, ec.year AS kab_year, ec.edition AS kab_edition,
               ec.is_demo AS kab_demo,
               CASE WHEN p.numerator_source = 'sum_of_kabupaten_kota'
                    THEN ec.employed IS NOT NULL OR p.own_employed IS NULL
                    ELSE p.own_employed IS NULL AND ec.employed IS NOT NULL END AS use_children
        FROM paired p
        ASOF LEFT JOIN employed_children ec ON ec.region_code = p.region_code AND year(p.period) >= ec.year
    )
    SELECT b.region_code, r.name, r.level, coalesce(r.province_code, b.region_code) AS province_code,
           b.period, year(b.period) AS year, b.active_participants, b.numerator_source,
           CAST(b.regions_reporting AS INTEGER) AS regions_reporting,
           CASE WHEN b.regions_reporting IS NOT NULL THEN
               (SELECT CAST(count(*) AS INTEGER) FROM region k
                WHERE k.province_code = b.region_code AND k.level IN ('kabupaten', 'kota')) END AS regions_total,
           CASE WHEN b.use_children THEN b.kab_employed ELSE b.own_employed END AS employed,
           CASE WHEN b.use_children THEN b.kab_year ELSE b.own_year END AS employment_year,
           CASE WHEN b.use_children THEN b.kab_edition ELSE b.own_edition END AS edition,
           CASE WHEN (CASE WHEN b.use_children THEN b.kab_employed ELSE b.own_employed END) > 0
                THEN round(100.0 * b.active_participants
                           / (CASE WHEN b.use_children THEN b.kab_employed ELSE b.own_employed END), 2)
           END AS ucj_pct,
           coalesce(b.numerator_demo, false)
               OR coalesce(CASE WHEN b.use_children THEN b.kab_demo ELSE b.own_demo END, false) AS is_demo
    FROM both_sides b
    JOIN region r ON r.code = b.region_code
    """,
]
