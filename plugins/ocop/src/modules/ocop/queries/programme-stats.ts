/**
 * Programme figures from the data. Bound parameters: the validity cutoff
 * (start of today, UTC) twice, then the end of the "expiring" window.
 * `certified` = products with an active, in-date certificate.
 */
export const PROGRAMME_STATS_SQL = `
WITH badge AS (
  SELECT c.product_id, c.stars, c."group", c.valid_until,
    COALESCE(pv.producer_id, c.producer_id) AS producer_id
  FROM ocop_certification c
  LEFT JOIN ocop_product_provenance pv
    ON pv.product_id = c.product_id AND pv.deleted_at IS NULL
  WHERE c.deleted_at IS NULL AND c.status = 'active' AND c.valid_until >= ?
)
SELECT
  (SELECT count(*)::int FROM badge) AS certified_total,
  (SELECT COALESCE(jsonb_object_agg(stars::text, n), '{}'::jsonb)
     FROM (SELECT stars, count(*)::int AS n FROM badge GROUP BY stars) s) AS by_stars,
  (SELECT COALESCE(jsonb_object_agg("group", n), '{}'::jsonb)
     FROM (SELECT "group", count(*)::int AS n FROM badge GROUP BY "group") g) AS by_group,
  (SELECT count(DISTINCT pv.product_id)::int
     FROM ocop_product_provenance pv
     JOIN ocop_provenance_mark pm ON pm.provenance_id = pv.id
     JOIN ocop_mark m ON m.id = pm.mark_id AND m.deleted_at IS NULL
     WHERE pv.deleted_at IS NULL) AS ip_protected,
  (SELECT count(DISTINCT producer_id)::int FROM badge) AS producers,
  (SELECT count(*)::int FROM ocop_producer WHERE deleted_at IS NULL) AS producers_total,
  (SELECT count(*)::int FROM badge WHERE valid_until < ?) AS expiring,
  (SELECT count(DISTINCT c.product_id)::int FROM ocop_certification c
     WHERE c.deleted_at IS NULL
       AND (c.status = 'expired' OR (c.status = 'active' AND c.valid_until < ?))
       AND NOT EXISTS (SELECT 1 FROM badge b WHERE b.product_id = c.product_id)) AS expired_not_renewed`

export type ProgrammeStatsRow = {
  certified_total: number
  by_stars: Record<string, number>
  by_group: Record<string, number>
  ip_protected: number
  producers: number
  producers_total: number
  expiring: number
  expired_not_renewed: number
}
