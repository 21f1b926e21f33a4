import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { controlledStream } from "../../../modules/livestream/control"
import type { LiveActor } from "../../sellers/actor"
import { liveContext } from "../../../live/live-context"
import { runLive } from "../../../live/medusa-errors"
import { assertScheduledAt } from "../../../modules/livestream/lib/schedule"

export type ValidateLiveStreamUpdateInput = {
  actor: LiveActor
  id: string
  scheduled_at?: string | Date | null
}

export const validateLiveStreamUpdateStepId = "validate-live-stream-update"
/**
 * This step checks that the actor controls the stream, that it has not
 * ended, and that a new start time is in the future and set before the start.
 */
export const validateLiveStreamUpdateStep = createStep(
  validateLiveStreamUpdateStepId,
  async (input: ValidateLiveStreamUpdateInput, { container }) => {
    const { db } = liveContext(container)
    const stream = await runLive(() => controlledStream(db, input.actor, input.id))
    if (stream.status === "ended") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "id: the stream has ended")
    }
    if (input.scheduled_at !== undefined) {
      if (stream.status !== "scheduled") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "scheduled_at: the stream has already started")
      }
      assertScheduledAt(input.scheduled_at, new Date())
    }
    return new StepResponse(stream)
  }
)
