import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeSellerVerificationWorkflow } from "../../../../../../../workflows/live/revoke-seller-verification"
import { verificationView, type SellerVerification } from "../../../../../../../workflows/sellers/verifications"
import type { AdminPostSellerVerificationRevokeType } from "../../../../validators"

/** POST /admin/live/sellers/:id/verification/revoke `{ reason }`: the seller's streams can no longer go live. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPostSellerVerificationRevokeType>, res: MedusaResponse) => {
  const { result } = await revokeSellerVerificationWorkflow(req.scope).run({
    input: { seller_id: req.params.id, revoked_by: req.auth_context.actor_id, reason: req.validatedBody.reason },
  })
  res.json({ verification: verificationView(result as SellerVerification) })
}
