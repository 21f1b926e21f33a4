import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
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
 * (lib/answer-cache.ts) are invalidated.
 */
export const refreshOcopCatalogueWorkflow = createWorkflow(
  refreshOcopCatalogueWorkflowId,
  (input: RefreshOcopCatalogueInput) => {
    const result = refreshCatalogueEntriesStep(input)
    invalidateCatalogueAnswersStep()
    return new WorkflowResponse(result)
  }
)
