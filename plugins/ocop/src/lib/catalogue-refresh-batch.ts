import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshOcopCatalogueWorkflow } from "../workflows/ocop/refresh-ocop-catalogue"
import { createCoalescer } from "./coalesce"

/**
 * How long product ids named by product, variant and stock events are
 * gathered before one refresh of the catalogue's read model runs for all of
 * them: a flash sale's N reservations of a product make one refresh, and a
 * sold-out product leaves the in-stock list at most this long (plus one
 * refresh) after its last reservation. A window still open when Medusa
 * shuts down runs then (`flushCoalescers`, from the OCOP module's hook).
 */
export const CATALOGUE_REFRESH_WINDOW_MS = 300

let latest: MedusaContainer | null = null

const batch = createCoalescer<string>(
  async (productIds) => {
    await refreshOcopCatalogueWorkflow(latest!).run({ input: { product_ids: productIds } })
  },
  {
    windowMs: CATALOGUE_REFRESH_WINDOW_MS,
    // the nightly rebuild repairs rows a failed refresh left behind
    onError: (error) =>
      latest?.resolve(ContainerRegistrationKeys.LOGGER).error(`OCOP catalogue refresh failed: ${String(error)}`),
  }
)

/**
 * Queues the products' catalogue rows for the next batched refresh. Not
 * awaited by subscribers: an event bus running one handler at a time would
 * otherwise wait out a window per event.
 */
export function queueCatalogueRefresh(container: MedusaContainer, productIds: string[]): Promise<void> {
  latest = container
  return batch.add(productIds)
}
