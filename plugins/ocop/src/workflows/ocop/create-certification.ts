import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OcopEvents } from "../../modules/ocop/events"
import { refreshOcopCatalogueWorkflow } from "./refresh-ocop-catalogue"
import { createCertificationStep } from "./steps/create-certification"
import { NewCertificationInput, validateNewCertificationStep } from "./steps/validate-new-certification"

export type CreateCertificationWorkflowInput = Omit<NewCertificationInput, "supersedes_id">

export const createCertificationWorkflowId = "create-ocop-certification"
/**
 * Creates an OCOP certification for a product. The stars and the
 * valid-until date are derived from the scores and the decision date;
 * invalid input is refused before anything is written.
 */
export const createCertificationWorkflow = createWorkflow(
  createCertificationWorkflowId,
  (input: CreateCertificationWorkflowInput) => {
    const data = validateNewCertificationStep(input)
    const certification = createCertificationStep(data)
    // the catalogue's read model, in the same run (shoppers see the change at once)
    refreshOcopCatalogueWorkflow.runAsStep({
      input: transform({ certification }, ({ certification }) => ({ product_ids: [certification.product_id] })),
    })
    emitEventStep({
      eventName: OcopEvents.CERTIFICATION_CREATED,
      data: transform({ certification }, ({ certification }) => ({
        id: certification.id,
        product_id: certification.product_id,
      })),
    })
    return new WorkflowResponse(certification)
  }
)
