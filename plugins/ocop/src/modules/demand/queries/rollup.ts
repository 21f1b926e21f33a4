/**
 * The weekly rollup: `demand_weekly` holds, per week, kind, source (store,
 * server, demo), product, location, stream and (for searches naming no
 * product) normalised query,
 * the number of events, their units (quantity, 1 when absent), value (VND)
 * and largest quantity.
 *
 * Every batch of events also writes one `demand_rollup_dirty` row per week
 * it touches, in the same transaction. A refresh deletes the committed
 * markers and rebuilds those weeks, in one transaction: a batch still open
 * during the refresh commits its marker afterwards, so the next refresh
 * rebuilds its week; a batch committed before the markers were read is
 * visible to the rebuild. No event is missed or counted twice.
 */
/** One refresh at a time, across processes (two would collide on the rollup's primary key). */
export const LOCK_REFRESH_SQL = `SELECT pg_advisory_xact_lock(hashtext('demand_weekly_refresh'))`

export const MARK_DIRTY_WEEKS_SQL = `INSERT INTO "demand_rollup_dirty" ("week") SELECT DISTINCT unnest(?::text[])`

export const TAKE_DIRTY_WEEKS_SQL = `DELETE FROM "demand_rollup_dirty" RETURNING "week"`

export const DELETE_WEEKS_SQL = `DELETE FROM "demand_weekly" WHERE "week" = ANY(?)`

export const INSERT_WEEKS_SQL = `
INSERT INTO "demand_weekly"
  ("week", "kind", "source", "product_id", "location_key", "stream_id", "query_norm", "events", "units", "value", "max_quantity")
SELECT "week", "kind", "source",
  COALESCE("product_id", ''), COALESCE("location_key", ''), COALESCE("stream_id", ''),
  CASE WHEN "kind" = 'search' AND "product_id" IS NULL THEN COALESCE("query_norm", '') ELSE '' END,
  count(*), sum(COALESCE("quantity", 1)), sum(COALESCE("value", 0)), max(COALESCE("quantity", 1))
FROM "demand_event"
WHERE "week" = ANY(?)
GROUP BY 1, 2, 3, 4, 5, 6, 7`
