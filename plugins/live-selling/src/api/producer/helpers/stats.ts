import type { MedusaContainer } from "@medusajs/framework/types"
import { claimGroups, offerFigures, orderTotals, streamStats } from "../../../modules/livestream/store/stats"
import type { StreamRow } from "../../../modules/livestream/lib/types"
import { streamAnalytics, type ClaimGroup } from "../../../modules/livestream/lib/analytics"
import { liveContext } from "../../../live/live-context"

/** A stream's live figures and analytics (see `streamAnalytics`). */
export async function loadStreamAnalytics(container: MedusaContainer, stream: StreamRow) {
  const live = liveContext(container)
  const db = live.db
  const [viewers, current, groups, totals, offers] = await Promise.all([
    streamStats(db, stream.id),
    stream.status === "live" ? live.viewerCounts([stream.id]) : Promise.resolve({} as Record<string, number>),
    claimGroups(db, stream.id),
    orderTotals(db, stream.id),
    offerFigures(db, stream.id),
  ])
  return streamAnalytics({
    viewers: {
      current: current[stream.id] ?? 0,
      peak: viewers.peak_viewers,
      average: viewers.average_viewers,
    },
    reactions: viewers.reactions ?? {},
    groups: groups as ClaimGroup[],
    orders: totals.orders,
    buyers: totals.buyers,
    offers,
  })
}
