import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { LiveActor } from "../sellers/actor"
import type { VideoKind } from "../../modules/livestream/lib/video"
import { updateLiveStreamStep } from "./steps/update-live-stream"
import { validateLiveStreamUpdateStep } from "./steps/validate-live-stream-update"

export type UpdateLiveStreamInput = {
  actor: LiveActor
  id: string
  title?: string
  title_en?: string | null
  description?: string | null
  scheduled_at?: string | Date | null
  video?: { kind: VideoKind; url: string } | null
}

/** Changes a stream's titles, description, start time or video source. Emits `live_stream.updated` (the storefront drops its cached stream pages). */
export const updateLiveStreamWorkflow = createWorkflow(
  "update-live-stream",
  (input: UpdateLiveStreamInput) => {
    validateLiveStreamUpdateStep({ actor: input.actor, id: input.id, scheduled_at: input.scheduled_at })
    const data = transform({ input }, ({ input }) => {
      const out: Record<string, unknown> = { id: input.id }
      if (input.title !== undefined) out.title_vi = input.title
      if (input.title_en !== undefined) out.title_en = input.title_en
      if (input.description !== undefined) out.description = input.description
      if (input.scheduled_at !== undefined) {
        out.scheduled_at = input.scheduled_at ? new Date(input.scheduled_at) : null
      }
      if (input.video !== undefined) {
        out.video_kind = input.video?.kind ?? "hls"
        out.video_url = input.video?.url ?? null
      }
      return out as { id: string } & Record<string, unknown>
    })
    const stream = updateLiveStreamStep(data)
    emitEventStep({ eventName: "live_stream.updated", data: transform({ input }, ({ input }) => ({ id: input.id })) })
    return new WorkflowResponse(stream)
  }
)
