import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshOcopCatalogueWorkflow } from "../workflows/ocop/refresh-ocop-catalogue"

/**
 * Nightly: rebuilds the OCOP catalogue's read model from the products and
 * OCOP records, catching anything an event did not carry (e.g. prices
 * changed outside a workflow, a missed event).
 */
export default async function rebuildOcopCatalogueJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await refreshOcopCatalogueWorkflow(container).run({ input: {} })
  logger.info(`OCOP catalogue: ${result.written} rows rebuilt, ${result.removed} removed`)
}

export const config = {
  name: "rebuild-ocop-catalogue",
  schedule: "30 1 * * *",
}
