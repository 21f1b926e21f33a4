import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { LiveActor } from "../sellers/actor"
import { startLiveStreamStep } from "./steps/start-live-stream"
import { validateLiveStreamStartStep } from "./steps/validate-live-stream-start"

export type StartLiveStreamInput = { actor: LiveActor; stream_id: string }

/**
 * Takes a stream live from REST. Only a seller whose identity is verified
 * (an active `live_seller_verification`) goes live; otherwise NOT_ALLOWED and
 * nothing changes. Emits `live_stream.started`.
 */
export const startLiveStreamWorkflow = createWorkflow("start-live-stream", (input: StartLiveStreamInput) => {
  validateLiveStreamStartStep(input)
  const stream = startLiveStreamStep(input)
  // reminders go out on this event (and by the job when a gateway started the stream)
  emitEventStep({ eventName: "live_stream.started", data: transform({ input }, ({ input }) => ({ id: input.stream_id })) })
  return new WorkflowResponse(stream)
})
