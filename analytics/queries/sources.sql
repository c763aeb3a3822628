-- Sources: where every fact on screen comes from (README "Sources"). Every dataset's rows carry a
-- source title, URL, date and confidence; these queries list them and what each supports.

-- name: sources_all
-- One row per source (title + URL) and dataset: how many facts and regions it supports.
WITH facts AS (
    SELECT 'coverage' AS dataset, region_code, source_title, source_url, source_date, confidence, is_demo
    FROM coverage
    UNION ALL SELECT 'regulation', region_code, coalesce(source_title, source_note), source_url, source_date,
                     confidence, is_demo FROM regulation
    UNION ALL SELECT 'employment', region_code, source, source_url, source_date, confidence, is_demo FROM employment
    UNION ALL SELECT 'budget', region_code, coalesce(source_title, source_note), source_url, source_date,
                     confidence, is_demo FROM budget
    UNION ALL SELECT 'ucj_target', region_code, source, source_url, source_date, confidence, is_demo FROM ucj_target
    UNION ALL SELECT 'regulation_snapshot', province_code, source, source_url, source_date, confidence, is_demo
              FROM regulation_snapshot
    UNION ALL SELECT 'reported_figure', region_code, source_title, source_url, source_date, confidence, is_demo
              FROM reported_figure
    UNION ALL SELECT 'paritrana_award', region_code, source_title, source_url, source_date, confidence, is_demo
              FROM paritrana_award
)
SELECT * FROM (
SELECT coalesce(source_title, source_url) AS source_title, source_url, max(source_date) AS source_date,
       -- the lowest confidence any of its rows has: a source is as strong as its weakest use
       CASE min(CASE confidence WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 END)
            WHEN 3 THEN 'high' WHEN 2 THEN 'medium' WHEN 1 THEN 'low' END AS confidence,
       dataset, count(*) AS facts, count(DISTINCT region_code) AS regions,
       count(*) FILTER (WHERE region_code IS NULL) AS national_facts
FROM facts
WHERE NOT is_demo AND (source_title IS NOT NULL OR source_url IS NOT NULL)
GROUP BY coalesce(source_title, source_url), source_url, dataset
)
ORDER BY confidence = 'high' DESC, confidence = 'medium' DESC, source_title, dataset;

-- name: sources_unsourced
-- Facts (not demo) that name no source at all, per dataset: a file imported without one.
WITH facts AS (
    SELECT 'coverage' AS dataset, source_title AS title, source_url AS url, source_note AS note, is_demo FROM coverage
    UNION ALL SELECT 'regulation', source_title, source_url, source_note, is_demo FROM regulation
    UNION ALL SELECT 'employment', source, source_url, source_note, is_demo FROM employment
    UNION ALL SELECT 'budget', source_title, source_url, source_note, is_demo FROM budget
)
SELECT dataset, count(*) AS facts FROM facts
WHERE NOT is_demo AND title IS NULL AND url IS NULL AND note IS NULL
GROUP BY dataset ORDER BY dataset;

-- name: sources_conflicts
-- Figures two sources report differently, side by side (both kept: never averaged), with the
-- curation's note on the difference.
SELECT a.figure_id, a.region_code, coalesce(r.name, 'Indonesia') AS region, a.period, a.indicator, a.segment,
       a.value, a.unit, a.value_reported, a.source_title, a.source_url, a.source_date, a.confidence,
       a.conflicts_with, b.value AS other_value, b.value_reported AS other_value_reported,
       b.source_title AS other_source_title, b.source_url AS other_source_url, a.note
FROM reported_figure a
LEFT JOIN reported_figure b ON b.figure_id = a.conflicts_with
LEFT JOIN region r ON r.code = a.region_code
WHERE a.conflicts_with IS NOT NULL AND NOT a.is_demo
ORDER BY a.region_code NULLS FIRST, a.period, a.figure_id;

-- name: national_reported
-- National figures as sources report them for a month ($period, first day) or, with $year, for any
-- month of that year; each with its source. A figure given for the year only ('2023') counts for
-- its December.
SELECT figure_id, period, indicator, segment, value, unit, value_reported, source_title, source_url,
       source_date, confidence, conflicts_with, note, is_demo
FROM reported_figure
WHERE region_code IS NULL
  AND (CAST($period AS DATE) IS NULL OR period = strftime(CAST($period AS DATE), '%Y-%m')
       OR (length(period) = 4 AND month(CAST($period AS DATE)) = 12 AND period = CAST(year(CAST($period AS DATE)) AS VARCHAR)))
  AND (CAST($year AS INTEGER) IS NULL OR left(period, 4) = CAST($year AS VARCHAR))
ORDER BY period, indicator, segment NULLS FIRST, confidence = 'high' DESC, figure_id;

-- name: region_reported
-- Figures sources report for one region ($code), newest first. A figure another source reports
-- differently carries the other value beside it (other_*): the other reported figure, or, when the
-- other value is a row of another curated file, the conflict note that names it. Never averaged.
SELECT a.figure_id, a.period, a.indicator, a.segment, a.value, a.unit, a.value_reported, a.source_title,
       a.source_url, a.source_date, a.confidence, a.conflicts_with, a.note, a.is_demo,
       coalesce(b.value_reported, a.conflicts_with) AS other_value_reported,
       b.source_title AS other_source_title, b.source_url AS other_source_url,
       b.source_date AS other_source_date, b.confidence AS other_confidence
FROM reported_figure a
LEFT JOIN reported_figure b ON b.figure_id = a.conflicts_with
WHERE a.region_code = $code
ORDER BY a.period DESC NULLS LAST, a.indicator, a.figure_id;

-- name: region_awards
-- The Paritrana Award's official results for one region ($code).
SELECT edition_year, award_date, level, category, rank_or_title, source_title, source_url, source_date,
       confidence, note, is_demo
FROM paritrana_award WHERE region_code = $code
ORDER BY edition_year DESC, level;

-- name: paritrana_awards
-- Every official result (the award's own, apart from this project's scoring).
SELECT p.edition_year, p.award_date, p.level, p.category, p.rank_or_title, p.region_code, r.name AS region,
       r.level AS region_level, p.source_title, p.source_url, p.source_date, p.confidence, p.note, p.is_demo
FROM paritrana_award p JOIN region r ON r.code = p.region_code
ORDER BY p.edition_year DESC, p.level, p.category, TRY_CAST(p.rank_or_title AS INTEGER) NULLS LAST, p.rank_or_title;
