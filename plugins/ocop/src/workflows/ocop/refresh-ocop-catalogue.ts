import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OcopEvents } from "../../modules/ocop/events"
import type { LoadCatalogueEntriesInput } from "./catalogue/load-catalogue-entries"
import { invalidateCatalogueAnswersStep } from "./catalogue/invalidate-catalogue-answers"
import { refreshCatalogueEntriesStep } from "./catalogue/write-catalogue-entries"

export type RefreshOcopCatalogueInput = LoadCatalogueEntriesInput & {
  /**
   * Drop the cached answers and announce the refresh only for rows that
   * changed (a stock change: a catalogue card shows no stock, so a product
   * still in stock changes no answer). Otherwise (product, price,
   * translation, OCOP changes) always: a card shows product fields and
   * prices the row does not hold.
   */
  only_if_changed?: boolean
}

export type RefreshOcopCatalogueResult = {
  written: number
  removed: number
  /** rows new or different, and rows removed */
  changed: number
}

export const refreshOcopCatalogueWorkflowId = "refresh-ocop-catalogue"
/**
 * Keeps the OCOP catalogue's read model in step: rebuilds the rows of the
 * given products (or of every product, removing rows of products that are
 * gone) from Medusa's product data and the OCOP records. Run by the
 * subscribers on product, variant, stock and OCOP changes, by the OCOP
 * certification and provenance workflows themselves, the nightly job and
 * POST /admin/ocop/catalogue/rebuild. Then the cached catalogue answers
 * (lib/answer-cache.ts) are invalidated, and `ocop.catalogue.refreshed`
 * tells whoever shows the catalogue (the store's storefront revalidation)
 * that its answers changed: a price or stock change reaches the catalogue
 * only now, after the event of the change itself. With `only_if_changed`,
 * neither happens unless a row changed, and the event names those products.
 */
export const refreshOcopCatalogueWorkflow = createWorkflow(
  refreshOcopCatalogueWorkflowId,
  (input: RefreshOcopCatalogueInput) => {
    const refreshed = refreshCatalogueEntriesStep(input)
    const announced = transform({ input, refreshed }, ({ input, refreshed }) =>
      input.only_if_changed
        ? { any: refreshed.changed_product_ids.length > 0, product_ids: refreshed.changed_product_ids }
        : { any: true, product_ids: input.product_ids ?? [] }
    )
    when({ announced }, ({ announced }) => announced.any).then(() => {
      invalidateCatalogueAnswersStep()
      emitEventStep({
        eventName: OcopEvents.CATALOGUE_REFRESHED,
        data: transform({ announced }, ({ announced }) => ({ product_ids: announced.product_ids })),
      })
    })
    const result = transform({ refreshed }, ({ refreshed }): RefreshOcopCatalogueResult => ({
      written: refreshed.written,
      removed: refreshed.removed,
      changed: refreshed.changed_product_ids.length,
    }))
    return new WorkflowResponse(result)
  }
)
