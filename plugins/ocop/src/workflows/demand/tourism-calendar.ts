import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createTourismEventsStep,
  deleteTourismEventsStep,
  TourismEventInput,
  updateTourismEventStep,
} from "./steps/tourism-events"
import { validateTourismEventsStep } from "./steps/validate-tourism-events"

export type { TourismEventInput }

/** Adds tourism-calendar entries (market days, festivals, Tết, border-gate peaks). */
export const createTourismEventsWorkflow = createWorkflow(
  "create-tourism-events",
  (input: { events: TourismEventInput[] }) => {
    validateTourismEventsStep(input.events)
    return new WorkflowResponse(createTourismEventsStep(input.events))
  }
)

/** Changes one calendar entry (dates, multiplier, name…). */
export const updateTourismEventWorkflow = createWorkflow(
  "update-tourism-event",
  (input: { id: string } & Partial<TourismEventInput>) => new WorkflowResponse(updateTourismEventStep(input))
)

/** Removes calendar entries. */
export const deleteTourismEventsWorkflow = createWorkflow(
  "delete-tourism-events",
  (input: { ids: string[] }) => new WorkflowResponse(deleteTourismEventsStep(input.ids))
)
