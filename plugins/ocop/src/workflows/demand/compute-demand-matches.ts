import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { matchProduct, suggest } from "../../modules/demand/lib"
import { loadMatchInputsStep } from "./steps/load-match-inputs"
import { refreshDemandRollupStep } from "./steps/refresh-demand-rollup"
import { storeMatchesStep } from "./steps/store-matches"

export type ComputeDemandMatchesInput = {
  /** evaluate as of this instant (default: now); tests pass a fixed one */
  now?: string
  /** weeks to match from the current one (default 4) */
  horizon?: number
  /** completed weeks that set the demand baseline (default 4) */
  history?: number
}

export const DEMAND_MATCHING_LOCK = "demand-matching"

export const computeDemandMatchesWorkflowId = "compute-demand-matches"
/**
 * Refreshes the weekly rollup of demand signals, then matches demand
 * against supply per product for the current week and the next ones, and
 * stores the matches and the suggestions they lead to. One run at a time.
 */
export const computeDemandMatchesWorkflow = createWorkflow(
  computeDemandMatchesWorkflowId,
  (input: ComputeDemandMatchesInput) => {
    acquireLockStep({ key: DEMAND_MATCHING_LOCK, timeout: 60, ttl: 600 })
    const rolledUp = refreshDemandRollupStep()
    const settings = transform({ input }, ({ input }) => ({
      now: input.now,
      horizon: input.horizon ?? 4,
      history: input.history ?? 4,
    }))
    const inputs = loadMatchInputsStep(settings)
    const computed = transform({ inputs, settings }, ({ inputs, settings }) => {
      const options = { currentWeek: inputs.currentWeek, horizon: settings.horizon, historyWeeks: settings.history, calendar: inputs.calendar }
      const ctx = { currentWeek: inputs.currentWeek, calendar: inputs.calendar, locationNames: inputs.locationNames }
      const matches = inputs.products.map((p) => ({ product: p, matches: matchProduct(p, options) }))
      return {
        weeks: inputs.weeks,
        matches: matches.flatMap((m) => m.matches),
        suggestions: matches.flatMap((m) => suggest(m.product, m.matches, ctx)),
        computed_at: settings.now ?? new Date().toISOString(),
      }
    })
    const stored = storeMatchesStep(computed)
    releaseLockStep({ key: DEMAND_MATCHING_LOCK })
    return new WorkflowResponse(
      transform({ inputs, stored, rolledUp }, ({ inputs, stored, rolledUp }) => ({
        week: inputs.currentWeek,
        weeks: inputs.weeks,
        matches: stored.matches,
        suggestions: stored.suggestions,
        rolled_up_weeks: rolledUp,
      }))
    )
  }
)
