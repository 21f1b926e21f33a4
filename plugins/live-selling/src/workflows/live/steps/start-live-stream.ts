import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { startStream } from "../../../modules/livestream/control"
import type { LiveActor } from "../../sellers/actor"
import { liveContext } from "../../../live/live-context"
import { runLive } from "../../../live/medusa-errors"

export type StartLiveStreamStepInput = { actor: LiveActor; stream_id: string }

export const startLiveStreamStepId = "start-live-stream"
/**
 * This step moves a stream from scheduled to live (the control operation the
 * gateway's `stream:start` runs too); viewers get `stream:status`.
 */
export const startLiveStreamStep = createStep(
  startLiveStreamStepId,
  async (input: StartLiveStreamStepInput, { container }) => {
    const { stream } = await runLive(() => startStream(liveContext(container), input.actor, input.stream_id))
    return new StepResponse(stream)
  }
)
