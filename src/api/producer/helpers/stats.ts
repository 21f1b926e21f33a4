import type { MedusaContainer } from "@medusajs/framework/types"
import { streamStats } from "../../../live/store/stats"
import type { StreamRow } from "../../../live/types"
import { streamAnalytics, type ClaimGroup } from "../../../workflows/live/lib/analytics"
import { liveContext } from "../../../workflows/live/lib/live-context"

/** A stream's live figures and analytics (see `streamAnalytics`). */
export async function loadStreamAnalytics(container: MedusaContainer, stream: StreamRow) {
  const live = liveContext(container)
  const db = live.db
  const [viewers, current, groups, totals, offers] = await Promise.all([
    streamStats(db, stream.id),
    stream.status === "live" ? live.viewerCounts([stream.id]) : Promise.resolve({} as Record<string, number>),
    db.query(
      `SELECT offer_id, status, count(*)::int AS claims, coalesce(sum(quantity), 0)::int AS units,
         coalesce(sum(quantity::bigint * price), 0)::bigint AS value
       FROM live_claim WHERE stream_id = $1 AND deleted_at IS NULL GROUP BY offer_id, status`,
      [stream.id]
    ),
    db.query(
      `SELECT count(DISTINCT order_id)::int AS orders, count(DISTINCT customer_key)::int AS buyers
       FROM live_claim WHERE stream_id = $1 AND status = 'converted' AND deleted_at IS NULL`,
      [stream.id]
    ),
    db.query(
      `SELECT id, title, price, quantity FROM live_offer WHERE stream_id = $1 AND deleted_at IS NULL
       ORDER BY starts_at`,
      [stream.id]
    ),
  ])
  return streamAnalytics({
    viewers: {
      current: current[stream.id] ?? 0,
      peak: viewers.peak_viewers,
      average: viewers.average_viewers,
    },
    reactions: viewers.reactions ?? {},
    groups: groups.rows.map((g: any) => ({ ...g, value: Number(g.value) }) as ClaimGroup),
    orders: totals.rows[0].orders,
    buyers: totals.rows[0].buyers,
    offers: offers.rows,
  })
}
