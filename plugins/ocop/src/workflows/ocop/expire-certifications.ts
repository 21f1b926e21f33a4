import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OcopEvents } from "../../modules/ocop/events"
import { refreshOcopCatalogueWorkflow } from "./refresh-ocop-catalogue"
import { findDueCertificationsStep } from "./steps/find-due-certifications"
import { updateCertificationsStep } from "./steps/update-certifications"

export type ExpireCertificationsInput = {
  /** the moment to evaluate validity at (default: now); tests pass a fixed one */
  now?: string | Date
}

export const expireCertificationsWorkflowId = "expire-ocop-certifications"
/**
 * Stores "expired" on every active certification past its valid-until
 * day and emits `ocop.certification.expired` with their ids. Reads derive
 * the badge from the dates anyway, so the badge is gone everywhere as soon
 * as the date passes; this keeps the stored status and the admin in step.
 */
export const expireCertificationsWorkflow = createWorkflow(
  expireCertificationsWorkflowId,
  (input: ExpireCertificationsInput) => {
    const due = findDueCertificationsStep(input)
    when({ due }, ({ due }) => due.length > 0).then(() => {
      updateCertificationsStep(
        transform({ due, input }, ({ due, input }) => {
          const at = input.now ? new Date(input.now) : new Date()
          return due.map((c) => ({ id: c.id, status: "expired", expired_at: at }))
        })
      )
      // the catalogue's read model, in the same run
      refreshOcopCatalogueWorkflow.runAsStep({
        input: transform({ due }, ({ due }) => ({ product_ids: [...new Set(due.map((c) => c.product_id))] })),
      })
      emitEventStep({
        eventName: OcopEvents.CERTIFICATION_EXPIRED,
        data: transform({ due }, ({ due }) => ({
          ids: due.map((c) => c.id),
          product_ids: due.map((c) => c.product_id),
        })),
      })
    })
    return new WorkflowResponse(due)
  }
)
