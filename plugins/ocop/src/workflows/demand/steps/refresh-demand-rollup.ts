import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEMAND_MODULE } from "../../../modules/demand"
import type DemandModuleService from "../../../modules/demand/service"

export const refreshDemandRollupStepId = "refresh-demand-rollup"
/**
 * This step rebuilds the weekly rollup of the weeks that received demand
 * events since the last refresh. The rollup is derived data: rebuilding is
 * idempotent, so there is nothing to compensate.
 */
export const refreshDemandRollupStep = createStep(refreshDemandRollupStepId, async (_: void, { container }) => {
  const { weeks } = await container.resolve<DemandModuleService>(DEMAND_MODULE).refreshWeeklyRollup()
  return new StepResponse(weeks)
})
