import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEMAND_MODULE } from "../../../modules/demand"
import type { DemandEventRow } from "../../../modules/demand/lib"
import type DemandModuleService from "../../../modules/demand/service"

export const recordDemandEventsStepId = "record-demand-events"
/**
 * This step stores a batch of demand events whole or not at all (one
 * multi-row INSERT in a transaction). Events are append-only facts, and
 * this is the workflow's only write, so there is nothing to compensate.
 */
export const recordDemandEventsStep = createStep(
  recordDemandEventsStepId,
  async (rows: DemandEventRow[], { container }) => {
    const recorded = await container.resolve<DemandModuleService>(DEMAND_MODULE).recordEvents(rows)
    return new StepResponse(recorded)
  }
)
