import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OcopEvents } from "../../modules/ocop/events"
import { refreshOcopCatalogueWorkflow } from "./refresh-ocop-catalogue"
import { updateCertificationsStep } from "./steps/update-certifications"
import { RevokeInput, validateRevocationStep } from "./steps/validate-revocation"

export const revokeCertificationWorkflowId = "revoke-ocop-certification"
/**
 * Revokes a certification (e.g. not re-evaluated, or failing the mandatory
 * criteria). The product loses its OCOP badge and stays on sale.
 */
export const revokeCertificationWorkflow = createWorkflow(
  revokeCertificationWorkflowId,
  (input: RevokeInput) => {
    const plan = validateRevocationStep(input)
    const updated = updateCertificationsStep(transform({ plan }, ({ plan }) => [plan.update]))
    const certification = transform({ updated }, ({ updated }) => updated[0])
    // the catalogue's read model, in the same run (shoppers see the change at once)
    refreshOcopCatalogueWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({ product_ids: [plan.product_id] })),
    })
    emitEventStep({
      eventName: OcopEvents.CERTIFICATION_REVOKED,
      data: transform({ plan }, ({ plan }) => ({ id: plan.update.id, product_id: plan.product_id })),
    })
    return new WorkflowResponse(certification)
  }
)
