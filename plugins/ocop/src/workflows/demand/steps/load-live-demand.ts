import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DemandEventRow } from "../../../modules/demand/lib"
import { liveClaimEvent, livePeakViewersEvent, SETTLED_CLAIM_STATUSES } from "../../../modules/demand/lib"

/**
 * The live-selling plugin's module, when the store installed it: read by its
 * registration name, so this plugin neither imports nor requires it.
 */
const LIVESTREAM_MODULE = "livestream"
type List = (filters: Record<string, unknown>, config: Record<string, unknown>) => Promise<any[]>
type LivestreamReads = { listLiveClaims: List; listLiveStreams: List; listLiveStreamStats: List }

export type LoadLiveDemandInput = { since: Date }

export const loadLiveDemandStepId = "load-live-demand"
/**
 * This step reads what live selling settled since `since` — claims that
 * were converted, released or expired, and streams that ended with their
 * peak audience — as demand events with refs, so a rerun over the same
 * window records nothing twice. It only reads: nothing to compensate.
 */
export const loadLiveDemandStep = createStep(loadLiveDemandStepId, async (input: LoadLiveDemandInput, { container }) => {
  if (!container.hasRegistration(LIVESTREAM_MODULE)) {
    return new StepResponse<DemandEventRow[]>([])
  }
  const live = container.resolve<LivestreamReads>(LIVESTREAM_MODULE)
  const [claims, streams] = await Promise.all([
    live.listLiveClaims(
      { status: [...SETTLED_CLAIM_STATUSES], updated_at: { $gte: input.since } },
      { select: ["id", "stream_id", "quantity", "price", "status", "created_at", "offer.product_id", "offer.variant_id"], relations: ["offer"] }
    ),
    live.listLiveStreams({ status: "ended", ended_at: { $gte: input.since } }, { select: ["id", "ended_at"] }),
  ])
  const stats = streams.length
    ? await live.listLiveStreamStats({ stream_id: streams.map((s) => s.id) }, { select: ["stream_id", "viewers_peak"] })
    : []
  const peak = (id: string) => Math.max(0, ...stats.filter((s) => s.stream_id === id).map((s) => s.viewers_peak))
  const rows = [
    ...claims.map((c: any) =>
      liveClaimEvent({ ...c, product_id: c.offer.product_id, variant_id: c.offer.variant_id ?? null })
    ),
    ...streams.map((s: any) => livePeakViewersEvent(s, peak(s.id))).filter((r): r is DemandEventRow => r !== null),
  ]
  return new StepResponse(rows)
})
