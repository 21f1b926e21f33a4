import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeSellerVerificationStep, type RevokeSellerVerificationStepInput } from "./steps/revoke-seller-verification"

/** Revokes a seller's identity verification: its streams can no longer go live. */
export const revokeSellerVerificationWorkflow = createWorkflow(
  "revoke-seller-verification",
  (input: RevokeSellerVerificationStepInput) => new WorkflowResponse(revokeSellerVerificationStep(input))
)
