import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ForecastInput, upsertSupplyForecastsStep } from "./steps/upsert-supply-forecasts"

export const setSupplyForecastsWorkflowId = "set-supply-forecasts"
/**
 * Sets the volumes producers expect to sell per ISO week (replacing what
 * was entered for the same product and week).
 */
export const setSupplyForecastsWorkflow = createWorkflow(setSupplyForecastsWorkflowId, (input: { forecasts: ForecastInput[] }) => {
  return new WorkflowResponse(upsertSupplyForecastsStep(input.forecasts))
})
