import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OcopEvents } from "../../modules/ocop/events"
import { refreshOcopCatalogueWorkflow } from "./refresh-ocop-catalogue"
import { upsertProvenanceStep } from "./steps/upsert-provenance"
import { ProvenanceInput, validateProvenanceStep } from "./steps/validate-provenance"

export const setProductProvenanceWorkflowId = "set-ocop-product-provenance"
/**
 * Sets a product's provenance: producer, season, traceability URL and the
 * marks, planting-area codes and standards it carries (lists are replaced).
 */
export const setProductProvenanceWorkflow = createWorkflow(
  setProductProvenanceWorkflowId,
  (input: ProvenanceInput) => {
    const data = validateProvenanceStep(input)
    const provenance = upsertProvenanceStep(data)
    // the catalogue's read model, in the same run (shoppers see the change at once)
    refreshOcopCatalogueWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })),
    })
    emitEventStep({
      eventName: OcopEvents.PROVENANCE_UPDATED,
      data: transform({ input }, ({ input }) => ({ product_id: input.product_id })),
    })
    return new WorkflowResponse(provenance)
  }
)
