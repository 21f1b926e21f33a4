import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { computeDemandMatchesWorkflow } from "../workflows/demand/compute-demand-matches"

/**
 * Hourly: refreshes the weekly rollup of demand signals and matches demand
 * against supply for this week and the next three, storing the matches and
 * suggestions the admin dashboard reads.
 */
export default async function matchSupplyDemandJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await computeDemandMatchesWorkflow(container).run({ input: {} })
  logger.info(`Demand matching ${result.week}: ${result.matches} matches, ${result.suggestions} suggestions`)
}

export const config = {
  name: "match-supply-demand",
  schedule: "0 * * * *",
}
