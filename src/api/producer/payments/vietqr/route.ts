import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pendingVietQrPaymentsOf } from "../../../utils/vietqr-pending"

/**
 * GET /producer/payments/vietqr: placed orders of the producer's own
 * products still waiting for their VietQR transfer (newest first), with the
 * reference and exact amount to look for on the bank statement before
 * confirming with `POST /producer/payments/vietqr/:id/confirm`.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const payments = await pendingVietQrPaymentsOf(req.scope, req.auth_context.actor_id)
  res.json({ payments, count: payments.length })
}
