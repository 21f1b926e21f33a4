import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshOcopCatalogueWorkflow } from "../workflows/ocop/refresh-ocop-catalogue"
import { Coalescer, createCoalescer } from "./coalesce"

/**
 * How long product ids named by product, variant and stock events are
 * gathered before one refresh of the catalogue's read model runs for all of
 * them: a flash sale's N reservations of a product make one refresh, and a
 * sold-out product leaves the in-stock list at most this long (plus one
 * refresh) after its last reservation. A window still open when Medusa
 * shuts down runs then (`flushCoalescers`, from the OCOP module's hook).
 */
export const CATALOGUE_REFRESH_WINDOW_MS = 300

/**
 * What named the products: their content (product, variant, price,
 * translation), after which every cached catalogue answer is dropped, or
 * only their stock, after which answers are dropped only if a row changed
 * (sold out, back in stock): a flash sale's orders leave the catalogue's
 * answers and the storefront's pages alone until the product sells out.
 */
export type CatalogueRefreshCause = "content" | "stock"

let latest: MedusaContainer | null = null

const batchOf = (only_if_changed: boolean) =>
  createCoalescer<string>(
    async (productIds) => {
      await refreshOcopCatalogueWorkflow(latest!).run({ input: { product_ids: productIds, only_if_changed } })
    },
    {
      windowMs: CATALOGUE_REFRESH_WINDOW_MS,
      // the nightly rebuild repairs rows a failed refresh left behind
      onError: (error) =>
        latest?.resolve(ContainerRegistrationKeys.LOGGER).error(`OCOP catalogue refresh failed: ${String(error)}`),
    }
  )

// one batch per cause: a product named by both refreshes in each (the content one drops every answer)
const batches: Record<CatalogueRefreshCause, Coalescer<string>> = {
  content: batchOf(false),
  stock: batchOf(true),
}

/**
 * Queues the products' catalogue rows for the next batched refresh. Not
 * awaited by subscribers: an event bus running one handler at a time would
 * otherwise wait out a window per event.
 */
export function queueCatalogueRefresh(
  container: MedusaContainer,
  productIds: string[],
  cause: CatalogueRefreshCause = "content"
): Promise<void> {
  latest = container
  return batches[cause].add(productIds)
}
