import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { LiveActor } from "../sellers/actor"
import type { VideoKind } from "../../modules/livestream/lib/video"
import { createLiveStreamStep } from "./steps/create-live-stream"
import { validateNewLiveStreamStep } from "./steps/validate-new-live-stream"

export type CreateLiveStreamInput = {
  actor: LiveActor
  producer_id: string
  title: string
  title_en?: string | null
  description?: string | null
  scheduled_at?: string | Date | null
  video?: { kind: VideoKind; url: string } | null
  pinned_product_ids?: string[]
}

/** Schedules a producer's livestream (status `scheduled`). Emits `live_stream.created` (the storefront drops its cached stream pages). */
export const createLiveStreamWorkflow = createWorkflow(
  "create-live-stream",
  (input: CreateLiveStreamInput) => {
    validateNewLiveStreamStep({
      actor: input.actor,
      producer_id: input.producer_id,
      scheduled_at: input.scheduled_at,
      pinned_product_ids: input.pinned_product_ids,
    })
    const data = transform({ input }, ({ input }) => ({
      producer_id: input.producer_id,
      title_vi: input.title,
      title_en: input.title_en ?? null,
      description: input.description ?? null,
      scheduled_at: input.scheduled_at ? new Date(input.scheduled_at) : null,
      video_kind: input.video?.kind ?? "hls",
      video_url: input.video?.url ?? null,
      pinned_product_ids: input.pinned_product_ids ?? [],
    }))
    const stream = createLiveStreamStep(data)
    emitEventStep({ eventName: "live_stream.created", data: transform({ stream }, ({ stream }) => ({ id: stream.id })) })
    return new WorkflowResponse(stream)
  }
)
