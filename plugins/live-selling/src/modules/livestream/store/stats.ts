import { ID_PREFIX, newId } from "../lib/ids"
import type { Db } from "../lib/types"

export type StatSample = {
  streamId: string
  bucketStart: Date
  peak: number
  sum: number
  samples: number
  last: number
  reactions: Record<string, number>
}

/** Adds samples to a stream's one-minute bucket (merging reaction counts). */
export async function addStatSample(db: Db, s: StatSample): Promise<void> {
  await db.query(
    `INSERT INTO live_stream_stat (id, stream_id, bucket_start, viewers_peak, viewers_sum,
       samples, viewers_last, reactions)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
     ON CONFLICT (stream_id, bucket_start) WHERE deleted_at IS NULL DO UPDATE SET
       viewers_peak = GREATEST(live_stream_stat.viewers_peak, EXCLUDED.viewers_peak),
       viewers_sum = live_stream_stat.viewers_sum + EXCLUDED.viewers_sum,
       samples = live_stream_stat.samples + EXCLUDED.samples,
       viewers_last = EXCLUDED.viewers_last,
       reactions = (SELECT coalesce(jsonb_object_agg(k, v), '{}'::jsonb) FROM (
         SELECT k, sum(v::int) AS v FROM (
           SELECT * FROM jsonb_each_text(live_stream_stat.reactions)
           UNION ALL SELECT * FROM jsonb_each_text(EXCLUDED.reactions)) AS kv(k, v)
         GROUP BY k) AS merged),
       updated_at = now()`,
    [
      newId(ID_PREFIX.stat), s.streamId, s.bucketStart, s.peak, s.sum, s.samples, s.last,
      JSON.stringify(s.reactions),
    ]
  )
}

/** Latest viewer count of streams (from the newest bucket of the last 2 min). */
export async function latestViewerCounts(
  db: Db,
  streamIds: string[]
): Promise<Record<string, number>> {
  const { rows } = await db.query(
    `SELECT DISTINCT ON (stream_id) stream_id, viewers_last FROM live_stream_stat
     WHERE stream_id = ANY($1::text[]) AND deleted_at IS NULL
       AND updated_at > now() - interval '2 minutes'
     ORDER BY stream_id, bucket_start DESC`,
    [streamIds]
  )
  return Object.fromEntries(rows.map((r) => [r.stream_id, r.viewers_last]))
}

/** Analytics over a stream's buckets. */
export async function streamStats(db: Db, streamId: string) {
  const { rows } = await db.query(
    `SELECT coalesce(max(viewers_peak), 0)::int AS peak_viewers,
       CASE WHEN sum(samples) > 0 THEN round(sum(viewers_sum)::numeric / sum(samples), 1)
         ELSE 0 END::float AS average_viewers,
       (SELECT coalesce(jsonb_object_agg(k, v), '{}'::jsonb) FROM (
          SELECT k, sum(v::int) AS v FROM live_stream_stat s2,
            jsonb_each_text(s2.reactions) AS kv(k, v)
          WHERE s2.stream_id = $1 AND s2.deleted_at IS NULL GROUP BY k) t) AS reactions
     FROM live_stream_stat WHERE stream_id = $1 AND deleted_at IS NULL`,
    [streamId]
  )
  return rows[0] as { peak_viewers: number; average_viewers: number; reactions: Record<string, number> }
}

/** Sales side of a stream's analytics (money in VND). */
export async function streamSales(db: Db, streamId: string) {
  const { rows } = await db.query(
    `SELECT count(*)::int AS claims,
       count(*) FILTER (WHERE status = 'converted')::int AS orders,
       coalesce(sum(quantity) FILTER (WHERE status = 'converted'), 0)::int AS units_sold,
       coalesce(sum(quantity::bigint * price) FILTER (WHERE status = 'converted'), 0)::bigint AS gmv,
       count(DISTINCT customer_key)::int AS claimers,
       count(DISTINCT customer_key) FILTER (WHERE status = 'converted')::int AS buyers
     FROM live_claim WHERE stream_id = $1 AND deleted_at IS NULL`,
    [streamId]
  )
  const r = rows[0]
  return { ...r, gmv: Number(r.gmv) } as {
    claims: number
    orders: number
    units_sold: number
    gmv: number
    claimers: number
    buyers: number
  }
}

/** Claims of a stream grouped by offer and status (units, value in VND). */
export async function claimGroups(db: Db, streamId: string) {
  const { rows } = await db.query(
    `SELECT offer_id, status, count(*)::int AS claims, coalesce(sum(quantity), 0)::int AS units,
       coalesce(sum(quantity::bigint * price), 0)::bigint AS value
     FROM live_claim WHERE stream_id = $1 AND deleted_at IS NULL GROUP BY offer_id, status`,
    [streamId]
  )
  return rows.map((g) => ({ ...g, value: Number(g.value) })) as {
    offer_id: string
    status: string
    claims: number
    units: number
    value: number
  }[]
}

/** Orders and distinct buyers of a stream's converted claims. */
export async function orderTotals(db: Db, streamId: string): Promise<{ orders: number; buyers: number }> {
  const { rows } = await db.query(
    `SELECT count(DISTINCT order_id)::int AS orders, count(DISTINCT customer_key)::int AS buyers
     FROM live_claim WHERE stream_id = $1 AND status = 'converted' AND deleted_at IS NULL`,
    [streamId]
  )
  return rows[0]
}

/** A stream's offers for its analytics, by start. */
export async function offerFigures(db: Db, streamId: string) {
  const { rows } = await db.query(
    `SELECT id, title, price, quantity FROM live_offer WHERE stream_id = $1 AND deleted_at IS NULL
     ORDER BY starts_at`,
    [streamId]
  )
  return rows as { id: string; title: string; price: number; quantity: number }[]
}
