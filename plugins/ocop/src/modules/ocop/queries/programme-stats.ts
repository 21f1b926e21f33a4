/**
 * Programme figures from the catalogue's read model (`ocop_catalogue_entry`,
 * one row per product, its current certification: the active one if any, a
 * product has at most one) plus the producer register. Bound parameters:
 * the validity cutoff (start of today, UTC), the end of the "expiring"
 * window, the cutoff again. `certified` = products with an active, in-date
 * certificate; "expired, not renewed" = no such certificate but an active
 * one past its date or a record stored as expired.
 */
export const PROGRAMME_STATS_SQL = `
WITH badge AS (
  SELECT stars, "group", valid_until, stats_producer_id AS producer_id
  FROM ocop_catalogue_entry WHERE deleted_at IS NULL AND cert_status = 'active' AND valid_until >= ?
)
SELECT
  (SELECT count(*)::int FROM badge) AS certified_total,
  (SELECT COALESCE(jsonb_object_agg(stars::text, n), '{}'::jsonb)
     FROM (SELECT stars, count(*)::int AS n FROM badge GROUP BY stars) s) AS by_stars,
  (SELECT COALESCE(jsonb_object_agg("group", n), '{}'::jsonb)
     FROM (SELECT "group", count(*)::int AS n FROM badge GROUP BY "group") g) AS by_group,
  (SELECT count(*)::int FROM ocop_catalogue_entry WHERE deleted_at IS NULL AND has_marks) AS ip_protected,
  (SELECT count(DISTINCT producer_id)::int FROM badge) AS producers,
  (SELECT count(*)::int FROM ocop_producer WHERE deleted_at IS NULL) AS producers_total,
  (SELECT count(*)::int FROM badge WHERE valid_until < ?) AS expiring,
  (SELECT count(*)::int FROM ocop_catalogue_entry
     WHERE deleted_at IS NULL AND ((cert_status = 'active' AND valid_until < ?)
        OR (has_expired_certificate AND cert_status IS DISTINCT FROM 'active'))) AS expired_not_renewed`

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
