import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pendingVietQrPaymentsOf } from "../../../utils/vietqr-pending"

/**
 * GET /producer/payments/vietqr: placed orders of the producer's own
 * products still waiting for their VietQR transfer (newest first), with the
 * reference and exact amount. `confirmable` marks transfers into the
 * producer's own account, which it may confirm from its statement with
 * `POST /producer/payments/vietqr/:id/confirm`; the platform confirms the rest.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const payments = await pendingVietQrPaymentsOf(req.scope, req.auth_context.actor_id)
  res.json({ payments, count: payments.length })
}
