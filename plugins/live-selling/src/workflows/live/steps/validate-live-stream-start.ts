import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import { controlledStream } from "../../../modules/livestream/control"
import { goLiveRefusal } from "../../../modules/livestream/lib/seller-verification"
import type LivestreamModuleService from "../../../modules/livestream/service"
import type { LiveActor } from "../../sellers/actor"
import { liveContext } from "../../../live/live-context"
import { runLive } from "../../../live/medusa-errors"

export type ValidateLiveStreamStartInput = { actor: LiveActor; stream_id: string }

export const validateLiveStreamStartStepId = "validate-live-stream-start"
/**
 * This step checks that the actor may start the stream (404 / 403) and that
 * a scheduled stream's seller has a verified identity: NOT_ALLOWED otherwise,
 * before anything changes.
 */
export const validateLiveStreamStartStep = createStep(
  validateLiveStreamStartStepId,
  async (input: ValidateLiveStreamStartInput, { container }) => {
    const stream = await runLive(() => controlledStream(liveContext(container).db, input.actor, input.stream_id))
    if (stream.status === "scheduled") {
      const service = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
      const [verification] = await service.listLiveSellerVerifications(
        { seller_id: stream.producer_id, revoked_at: null },
        { take: 1 }
      )
      const refusal = goLiveRefusal(stream.producer_id, verification)
      if (refusal) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
      }
    }
    return new StepResponse({ seller_id: stream.producer_id, status: stream.status })
  }
)
