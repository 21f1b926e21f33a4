import { refreshOcopCatalogueWorkflow } from "@ocop-live/ocop/workflows/ocop/refresh-ocop-catalogue"
import type { SeedContext } from "./context"

/**
 * Builds the OCOP catalogue's read model from the seeded products and
 * records (also after a seed-version bump, so a database from before the
 * read model gets it); the subscribers and the nightly job keep it in step.
 */
export async function ensureCatalogue({ container, log }: SeedContext) {
  const { result } = await refreshOcopCatalogueWorkflow(container).run({ input: {} })
  log(`OCOP catalogue: ${result.written} products`)
}
