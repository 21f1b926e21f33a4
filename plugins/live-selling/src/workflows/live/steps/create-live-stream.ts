import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"
import type { VideoKind } from "../../../modules/livestream/lib/video"

export type CreateLiveStreamStepInput = {
  producer_id: string
  title_vi: string
  title_en?: string | null
  description?: string | null
  scheduled_at?: Date | null
  video_kind?: VideoKind
  video_url?: string | null
  pinned_product_ids?: string[]
}

export const createLiveStreamStepId = "create-live-stream"
/**
 * This step creates a scheduled live stream.
 */
export const createLiveStreamStep = createStep(
  createLiveStreamStepId,
  async (input: CreateLiveStreamStepInput, { container }) => {
    const service = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const stream = await service.createLiveStreams({
      ...input,
      status: "scheduled",
      pinned_product_ids: (input.pinned_product_ids ?? []) as any,
    })
    return new StepResponse(stream, stream.id)
  },
  async (streamId, { container }) => {
    if (!streamId) {
      return
    }
    await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).deleteLiveStreams(streamId)
  }
)
