import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OcopEvents } from "../../modules/ocop/events"
import type { LoadCatalogueEntriesInput } from "./catalogue/load-catalogue-entries"
import { invalidateCatalogueAnswersStep } from "./catalogue/invalidate-catalogue-answers"
import { refreshCatalogueEntriesStep } from "./catalogue/write-catalogue-entries"

export type RefreshOcopCatalogueInput = LoadCatalogueEntriesInput

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
 * only now, after the event of the change itself.
 */
export const refreshOcopCatalogueWorkflow = createWorkflow(
  refreshOcopCatalogueWorkflowId,
  (input: RefreshOcopCatalogueInput) => {
    const result = refreshCatalogueEntriesStep(input)
    invalidateCatalogueAnswersStep()
    emitEventStep({
      eventName: OcopEvents.CATALOGUE_REFRESHED,
      data: transform({ input }, ({ input }) => ({ product_ids: input.product_ids ?? [] })),
    })
    return new WorkflowResponse(result)
  }
)
