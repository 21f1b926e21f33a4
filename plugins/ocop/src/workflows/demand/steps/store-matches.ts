import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEMAND_MODULE } from "../../../modules/demand"
import type { Match, Suggestion } from "../../../modules/demand/lib"
import type DemandModuleService from "../../../modules/demand/service"

export type StoreMatchesInput = {
  weeks: string[]
  matches: Match[]
  suggestions: Suggestion[]
  computed_at: string
}

type Previous = { matches: Record<string, unknown>[]; suggestions: Record<string, unknown>[] }

const MATCH_FIELDS = [
  "week", "product_id", "status", "phase", "demand", "supply", "committed", "available", "balance",
  "magnitude", "out_of_season", "season_uncertain", "multiplier", "channels", "computed_at",
] as const
const SUGGESTION_FIELDS = [
  "id", "handle", "kind", "week", "product_id", "location_key", "quantity", "value_at_stake",
  "message", "message_vi", "status", "computed_at",
] as const

export const storeMatchesStepId = "store-demand-matches"
/**
 * This step replaces the matches of the computed weeks and refreshes the
 * suggestions: new ones are created, existing ones (same kind, week,
 * product, location) updated without touching their status, and open ones
 * no longer suggested removed. Compensation puts the previous rows back.
 */
export const storeMatchesStep = createStep(
  storeMatchesStepId,
  async (input: StoreMatchesInput, { container }) => {
    const demand = container.resolve<DemandModuleService>(DEMAND_MODULE)
    const at = new Date(input.computed_at)
    const oldMatches = await demand.listDemandMatches({ week: input.weeks }, { select: ["id", ...MATCH_FIELDS] })
    const oldSuggestions = await demand.listDemandSuggestions({ week: input.weeks }, { select: [...SUGGESTION_FIELDS] })
    await demand.deleteDemandMatches(oldMatches.map((m) => m.id))
    await demand.createDemandMatches(input.matches.map((m) => ({ ...m, computed_at: at })) as any)

    const existing = new Map(oldSuggestions.map((s) => [s.handle, s]))
    const fresh = new Set(input.suggestions.map((s) => s.handle))
    const stale = oldSuggestions.filter((s) => s.status === "open" && !fresh.has(s.handle)).map((s) => s.id)
    const toCreate = input.suggestions.filter((s) => !existing.has(s.handle))
    const toUpdate = input.suggestions
      .filter((s) => existing.has(s.handle))
      .map((s) => ({ id: existing.get(s.handle)!.id, quantity: s.quantity, value_at_stake: s.value_at_stake, message: s.message, message_vi: s.message_vi, computed_at: at }))
    if (stale.length) await demand.deleteDemandSuggestions(stale)
    if (toCreate.length) await demand.createDemandSuggestions(toCreate.map((s) => ({ ...s, computed_at: at })))
    if (toUpdate.length) await demand.updateDemandSuggestions(toUpdate)
    return new StepResponse(
      { matches: input.matches.length, suggestions: input.suggestions.length },
      { weeks: input.weeks, matches: oldMatches, suggestions: oldSuggestions } as Previous & { weeks: string[] }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    const demand = container.resolve<DemandModuleService>(DEMAND_MODULE)
    const now = await demand.listDemandMatches({ week: previous.weeks }, { select: ["id"] })
    await demand.deleteDemandMatches(now.map((m) => m.id))
    if (previous.matches.length) await demand.createDemandMatches(previous.matches.map(({ id: _id, ...m }) => m) as any)
    const current = await demand.listDemandSuggestions({ week: previous.weeks }, { select: ["id"] })
    await demand.deleteDemandSuggestions(current.map((s) => s.id))
    if (previous.suggestions.length) {
      await demand.createDemandSuggestions(previous.suggestions.map(({ id: _id, ...s }) => s) as any)
    }
  }
)
