import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OcopEvents } from "../../modules/ocop/events"
import { refreshOcopCatalogueWorkflow } from "./refresh-ocop-catalogue"
import { createCertificationStep } from "./steps/create-certification"
import { updateCertificationsStep } from "./steps/update-certifications"
import { UpgradeInput, validateUpgradeStep } from "./steps/validate-upgrade"

export const upgradeCertificationWorkflowId = "upgrade-ocop-certification"
/**
 * Upgrades a product's rating (e.g. 3★ → 4★): the current record becomes
 * "superseded" and stays as history, pointing to the new active record.
 */
export const upgradeCertificationWorkflow = createWorkflow(
  upgradeCertificationWorkflowId,
  (input: UpgradeInput) => {
    const plan = validateUpgradeStep(input)
    updateCertificationsStep(
      transform({ plan }, ({ plan }) => [{ id: plan.superseded_id, status: "superseded" }])
    ).config({ name: "supersede-ocop-certification" })
    const certification = createCertificationStep(transform({ plan }, ({ plan }) => plan.data))
    updateCertificationsStep(
      transform({ plan, certification }, ({ plan, certification }) => [
        { id: plan.superseded_id, superseded_by_id: certification.id },
      ])
    ).config({ name: "link-superseded-ocop-certification" })
    // the catalogue's read model, in the same run (shoppers see the change at once)
    refreshOcopCatalogueWorkflow.runAsStep({
      input: transform({ certification }, ({ certification }) => ({ product_ids: [certification.product_id] })),
    })
    emitEventStep({
      eventName: OcopEvents.CERTIFICATION_UPGRADED,
      data: transform({ plan, certification }, ({ plan, certification }) => ({
        id: certification.id,
        product_id: certification.product_id,
        superseded_id: plan.superseded_id,
      })),
    })
    return new WorkflowResponse(certification)
  }
)
