import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { flagVietQrSessionStep, FlagVietQrSessionInput } from "./steps/flag-vietqr-session"

export const flagVietQrPaymentWorkflowId = "flag-vietqr-payment"

/** Flags a VietQR payment for review; changes nothing else. */
export const flagVietQrPaymentWorkflow = createWorkflow(
  flagVietQrPaymentWorkflowId,
  (input: WorkflowData<FlagVietQrSessionInput>) => {
    return new WorkflowResponse(flagVietQrSessionStep(input))
  }
)
