import { PaymentActions } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import {
  confirmVietQrSessionStep,
  ConfirmVietQrSessionInput,
} from "./steps/confirm-vietqr-session"

export const confirmVietQrPaymentWorkflowId = "confirm-vietqr-payment"

/**
 * The money for a VietQR payment arrived (matched bank notification, or an
 * admin checked the statement): record it, then run Medusa's payment
 * processing as for a provider's "captured" webhook. That places the order
 * if the cart is not completed yet, or authorizes the deferred session of an
 * existing order, and captures the exact session amount once.
 */
export const confirmVietQrPaymentWorkflow = createWorkflow(
  confirmVietQrPaymentWorkflowId,
  (input: WorkflowData<ConfirmVietQrSessionInput>) => {
    const confirmed = confirmVietQrSessionStep(input)

    const processInput = transform({ confirmed }, ({ confirmed }) => ({
      action: PaymentActions.SUCCESSFUL,
      data: { session_id: confirmed.payment_session_id, amount: confirmed.amount },
    }))
    processPaymentWorkflow.runAsStep({ input: processInput })

    return new WorkflowResponse(confirmed)
  }
)
