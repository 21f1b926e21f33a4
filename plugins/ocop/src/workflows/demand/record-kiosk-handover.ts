import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadKioskHandoverStep, type LoadKioskHandoverInput } from "./steps/load-kiosk-handover"
import { recordDemandEventsStep } from "./steps/record-demand-events"

export const recordKioskHandoverWorkflowId = "record-kiosk-handover"
/**
 * Server side of a kiosk hand-over (the kiosk's QR opened on a visitor's
 * phone): the cart's lines as `kiosk_handover` events, read from the cart,
 * recorded once per line.
 */
export const recordKioskHandoverWorkflow = createWorkflow(recordKioskHandoverWorkflowId, (input: LoadKioskHandoverInput) => {
  const rows = loadKioskHandoverStep(input)
  const recorded = recordDemandEventsStep(rows)
  return new WorkflowResponse({ recorded })
})
