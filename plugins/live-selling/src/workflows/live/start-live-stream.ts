import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { LiveActor } from "../sellers/actor"
import { startLiveStreamStep } from "./steps/start-live-stream"
import { validateLiveStreamStartStep } from "./steps/validate-live-stream-start"

export type StartLiveStreamInput = { actor: LiveActor; stream_id: string }

/**
 * Takes a stream live from REST. Only a seller whose identity is verified
 * (an active `live_seller_verification`) goes live; otherwise NOT_ALLOWED and
 * nothing changes.
 */
export const startLiveStreamWorkflow = createWorkflow("start-live-stream", (input: StartLiveStreamInput) => {
  validateLiveStreamStartStep(input)
  return new WorkflowResponse(startLiveStreamStep(input))
})
