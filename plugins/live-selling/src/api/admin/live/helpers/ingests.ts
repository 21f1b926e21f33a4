import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { IngestStats } from "../../../../live/media/ops"
import { mediaOps } from "../../../producer/helpers/ingest"
import { sellerFacts } from "../../../producer/helpers/streams"

/**
 * The encoders publishing now (from the media server) with their stream's
 * title and status and its producer: what the admin's *Live ingests* page lists.
 */
export async function liveIngests(container: MedusaContainer) {
  let stats: IngestStats[]
  try {
    stats = await mediaOps(container).ingests()
  } catch (e) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `the live media server did not answer: ${(e as Error).message}`)
  }
  if (!stats.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "live_stream",
    fields: ["id", "title_vi", "title_en", "status", "producer_id"],
    filters: { id: stats.map((s) => s.stream_id) },
  })
  const streams = new Map(data.map((s: any) => [s.id, s]))
  const sellers = await sellerFacts(container, [...new Set(data.map((s: any) => s.producer_id as string))])
  return stats.map((s) => {
    const stream = streams.get(s.stream_id) as any
    return {
      ...s,
      resolution: s.video.width && s.video.height ? `${s.video.width}x${s.video.height}` : null,
      stream: stream ? { id: stream.id, title: stream.title_vi || stream.title_en, status: stream.status } : null,
      producer: stream ? sellers(stream.producer_id).producer ?? { id: stream.producer_id, name: null } : null,
    }
  })
}
