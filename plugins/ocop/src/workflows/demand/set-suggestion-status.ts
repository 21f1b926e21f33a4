import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DEMAND_MODULE } from "../../modules/demand"
import type DemandModuleService from "../../modules/demand/service"

type Input = { id: string; status: "open" | "dismissed" | "done" }

/** This step sets a suggestion's status; compensation restores the previous one. */
export const setSuggestionStatusStep = createStep(
  "set-demand-suggestion-status",
  async (input: Input, { container }) => {
    const demand = container.resolve<DemandModuleService>(DEMAND_MODULE)
    const previous = await demand.retrieveDemandSuggestion(input.id, { select: ["id", "status"] })
    const updated = await demand.updateDemandSuggestions(input)
    return new StepResponse(updated, { id: previous.id, status: previous.status })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<DemandModuleService>(DEMAND_MODULE).updateDemandSuggestions(previous)
  }
)

/**
 * Marks a suggestion dismissed or done (or open again). The status survives
 * the next matching run, which keys suggestions by kind, week, product and
 * location.
 */
export const setSuggestionStatusWorkflow = createWorkflow("set-demand-suggestion-status", (input: Input) => {
  return new WorkflowResponse(setSuggestionStatusStep(input))
})
