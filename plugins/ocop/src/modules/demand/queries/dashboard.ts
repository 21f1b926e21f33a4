import { DEMAND_EVENT_SOURCES } from "../lib/event-kinds"

/**
 * Read queries over the weekly rollup (never over the raw events). Bound
 * parameters: first week, last week, then a product-id array or NULL for
 * "all products".
 */
const PRODUCT_FILTER = `(?::text[] IS NULL OR "product_id" = ANY(?::text[]))`

/** Units and events per product, channel ("" = online, else a kiosk key) and kind, per week. */
export const SIGNALS_BY_PRODUCT_SQL = `
SELECT "week", "product_id", "location_key", "kind",
  sum("events")::int AS "events", sum("units")::bigint AS "units", sum("value")::bigint AS "value"
FROM "demand_weekly"
WHERE "week" BETWEEN ? AND ? AND "product_id" <> '' AND ${PRODUCT_FILTER}
GROUP BY 1, 2, 3, 4`

/** Events, units and value per week and kind (all products), with events and units per source. */
export const SIGNALS_BY_WEEK_SQL = `
SELECT "week", "kind",
  sum("events")::int AS "events", sum("units")::bigint AS "units", sum("value")::bigint AS "value",
  ${DEMAND_EVENT_SOURCES.map(
    (s) =>
      `COALESCE(sum("events") FILTER (WHERE "source" = '${s}'), 0)::int AS "${s}_events", ` +
      `COALESCE(sum("units") FILTER (WHERE "source" = '${s}'), 0)::bigint AS "${s}_units"`
  ).join(",\n  ")}
FROM "demand_weekly"
WHERE "week" BETWEEN ? AND ? AND ${PRODUCT_FILTER}
GROUP BY 1, 2
ORDER BY 1, 2`

/** The top products of each kiosk: handed over, then scanned. */
export const TOP_PRODUCTS_BY_LOCATION_SQL = `
SELECT * FROM (
  SELECT "location_key", "product_id", "handovers", "scans", "value",
    row_number() OVER (PARTITION BY "location_key" ORDER BY "handovers" DESC, "scans" DESC, "product_id") AS "rank"
  FROM (
    SELECT "location_key", "product_id",
      (sum("units") FILTER (WHERE "kind" = 'kiosk_handover'))::int AS "handovers",
      (sum("events") FILTER (WHERE "kind" = 'kiosk_scan'))::int AS "scans",
      (sum("value") FILTER (WHERE "kind" = 'kiosk_handover'))::bigint AS "value"
    FROM "demand_weekly"
    WHERE "week" BETWEEN ? AND ? AND "location_key" <> '' AND "product_id" <> '' AND ${PRODUCT_FILTER}
    GROUP BY 1, 2
  ) per_product
) ranked
WHERE "rank" <= ?
ORDER BY "location_key", "rank"`

/** Claimed value (GMV, VND), units and peak viewers per stream, from the demand events. */
export const LIVE_BY_STREAM_SQL = `
SELECT "stream_id",
  COALESCE(sum("value") FILTER (WHERE "kind" = 'live_claim'), 0)::bigint AS "gmv",
  COALESCE(sum("units") FILTER (WHERE "kind" = 'live_claim'), 0)::int AS "units",
  COALESCE(max("max_quantity") FILTER (WHERE "kind" = 'live_peak_viewers'), 0)::int AS "peak_viewers"
FROM "demand_weekly"
WHERE "week" BETWEEN ? AND ? AND "stream_id" <> '' AND ${PRODUCT_FILTER}
GROUP BY 1
ORDER BY 2 DESC, 1
LIMIT ?`

/** Searches that named no product, most frequent first. */
export const TOP_SEARCHES_SQL = `
SELECT "query_norm", sum("events")::int AS "events"
FROM "demand_weekly"
WHERE "week" BETWEEN ? AND ? AND "kind" = 'search' AND "product_id" = '' AND "query_norm" <> ''
GROUP BY 1
ORDER BY 2 DESC, 1
LIMIT ?`

/** Searches per normalised query per week, for attributing them to products. */
export const SEARCHES_BY_WEEK_SQL = `
SELECT "week", "query_norm", sum("events")::int AS "events"
FROM "demand_weekly"
WHERE "week" BETWEEN ? AND ? AND "kind" = 'search' AND "product_id" = '' AND "query_norm" <> ''
GROUP BY 1, 2`
