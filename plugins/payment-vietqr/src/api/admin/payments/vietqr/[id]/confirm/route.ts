import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmVietQrByStaff, resolveVietQrSession } from "../../../../../utils/vietqr-confirmation"
import { PostAdminConfirmVietQr } from "./validators"

/**
 * POST /admin/payments/vietqr/:id/confirm — an admin saw the transfer on the
 * bank statement. `:id` is the payment session id or the OCOP reference.
 * Confirms the exact session amount, places or pays the order, captures once.
 */
export const POST = async (req: AuthenticatedMedusaRequest<PostAdminConfirmVietQr>, res: MedusaResponse) => {
  const session = await resolveVietQrSession(req.scope, req.params.id)
  const body = req.validatedBody ?? {}
  res.json(
    await confirmVietQrByStaff(req.scope, session, {
      source: "admin",
      actorId: req.auth_context?.actor_id,
      transactionId: body.transaction_id,
      note: body.note,
    })
  )
}
