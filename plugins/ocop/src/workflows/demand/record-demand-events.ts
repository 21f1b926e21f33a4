import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DemandEventInput, DemandEventSource, toEventRow } from "../../modules/demand/lib"
import { recordDemandEventsStep } from "./steps/record-demand-events"

export type RecordDemandEventsInput = {
  /** validated events (see `parseDemandBatch`) */
  events: DemandEventInput[]
  source: DemandEventSource
}

export const recordDemandEventsWorkflowId = "record-demand-events"
/**
 * Records a batch of demand signals (views, searches, cart additions,
 * orders, kiosk scans and handovers, live claims and peaks), each stamped
 * with its ISO week in Vietnam time.
 */
export const recordDemandEventsWorkflow = createWorkflow(recordDemandEventsWorkflowId, (input: RecordDemandEventsInput) => {
  const rows = transform({ input }, ({ input }) => input.events.map((e) => toEventRow(e, input.source)))
  const recorded = recordDemandEventsStep(rows)
  return new WorkflowResponse({ recorded })
})
