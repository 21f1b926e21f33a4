import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"

export type UpdateLiveStreamStepInput = { id: string } & Record<string, unknown>

export const updateLiveStreamStepId = "update-live-stream"
/**
 * This step updates a stream's details; compensation puts the previous values back.
 */
export const updateLiveStreamStep = createStep(
  updateLiveStreamStepId,
  async (input: UpdateLiveStreamStepInput, { container }) => {
    const service = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const fields = Object.keys(input).filter((k) => k !== "id")
    const before = await service.retrieveLiveStream(input.id, { select: ["id", ...fields] })
    const updated = await service.updateLiveStreams(input as any)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).updateLiveStreams(before as any)
  }
)
