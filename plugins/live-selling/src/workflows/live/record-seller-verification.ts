import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordSellerVerificationStep, type RecordSellerVerificationStepInput } from "./steps/record-seller-verification"
import { validateSellerVerificationStep } from "./steps/validate-seller-verification"

/**
 * Records an admin's check of a seller's identity (e-ID), superseding the
 * seller's active one. The input carries only what is kept of the ID number
 * (last 4 characters, keyed hash: `minimiseIdNumber`), never the number.
 */
export const recordSellerVerificationWorkflow = createWorkflow(
  "record-seller-verification",
  (input: RecordSellerVerificationStepInput) => {
    validateSellerVerificationStep({ seller_id: input.seller_id, verified_at: input.verified_at })
    return new WorkflowResponse(recordSellerVerificationStep(input))
  }
)
