import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OcopEvents } from "../../modules/ocop/events"
import { refreshOcopCatalogueWorkflow } from "./refresh-ocop-catalogue"
import { updateCertificationsStep } from "./steps/update-certifications"
import {
  CertificationUpdateInput,
  validateCertificationUpdateStep,
} from "./steps/validate-certification-update"

export const updateCertificationWorkflowId = "update-ocop-certification"
/**
 * Corrects a certification (scores, decision, body, notes). Stars and
 * validity are derived again; a change of star rating is refused.
 */
export const updateCertificationWorkflow = createWorkflow(
  updateCertificationWorkflowId,
  (input: CertificationUpdateInput) => {
    const update = validateCertificationUpdateStep(input)
    const updated = updateCertificationsStep(transform({ update }, ({ update }) => [update]))
    const certification = transform({ updated }, ({ updated }) => updated[0])
    // the catalogue's read model, in the same run (shoppers see the change at once)
    refreshOcopCatalogueWorkflow.runAsStep({
      input: transform({ certification }, ({ certification }) => ({ product_ids: [certification.product_id] })),
    })
    emitEventStep({
      eventName: OcopEvents.CERTIFICATION_UPDATED,
      data: transform({ certification }, ({ certification }) => ({
        id: certification.id,
        product_id: certification.product_id,
      })),
    })
    return new WorkflowResponse(certification)
  }
)
