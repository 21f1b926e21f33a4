import type { MedusaContainer } from "@medusajs/framework/types"
import type { LiveStreamRow } from "../../../../modules/demand/types"

export type LiveFigure = {
  stream_id: string
  title: string | null
  status: string | null
  /** integer VND */
  gmv: number
  units: number
  peak_viewers: number
}

type LiveService = {
  listLiveStreams: (filters: object, config?: object) => Promise<any[]>
  listLiveClaims: (filters: object, config?: object) => Promise<any[]>
  listLiveStreamStats: (filters: object, config?: object) => Promise<any[]>
}

/**
 * GMV per livestream. With the livestream module registered, from its
 * records: converted claims (price × quantity) and the peak of the
 * per-minute viewer stats, for the latest streams (a producer's own when
 * `producerId` is given). Without it, from the `live_claim` and
 * `live_peak_viewers` demand events.
 */
export async function liveFigures(
  container: MedusaContainer,
  fromEvents: LiveStreamRow[],
  producerId?: string,
  limit = 20
): Promise<{ source: "livestream" | "demand_events"; streams: LiveFigure[] }> {
  if (!container.hasRegistration("livestream")) {
    return {
      source: "demand_events",
      streams: fromEvents.map((r) => ({ ...r, title: null, status: null })),
    }
  }
  const live = container.resolve<LiveService>("livestream")
  const streams = await live.listLiveStreams(producerId ? { producer_id: producerId } : {}, {
    select: ["id", "title_vi", "status", "started_at", "scheduled_at"],
    order: { created_at: "DESC" },
    take: limit,
  })
  const ids = streams.map((s) => s.id)
  const [claims, stats] = ids.length
    ? await Promise.all([
        live.listLiveClaims({ stream_id: ids, status: "converted" }, { select: ["stream_id", "price", "quantity"] }),
        live.listLiveStreamStats({ stream_id: ids }, { select: ["stream_id", "viewers_peak"] }),
      ])
    : [[], []]
  return {
    source: "livestream",
    streams: streams
      .map((s) => {
        const mine = claims.filter((c) => c.stream_id === s.id)
        return {
          stream_id: s.id,
          title: s.title_vi,
          status: s.status,
          gmv: mine.reduce((a, c) => a + Number(c.price) * Number(c.quantity), 0),
          units: mine.reduce((a, c) => a + Number(c.quantity), 0),
          peak_viewers: Math.max(0, ...stats.filter((x) => x.stream_id === s.id).map((x) => Number(x.viewers_peak))),
        }
      })
      .sort((a, b) => b.gmv - a.gmv),
  }
}
