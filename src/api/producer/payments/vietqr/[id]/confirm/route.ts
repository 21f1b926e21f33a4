import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { producerProductIds } from "../../../../../../workflows/live/lib/producers"
import type { PostAdminConfirmVietQr } from "../../../../../admin/payments/vietqr/[id]/confirm/validators"
import {
  confirmVietQrByStaff,
  paidProductIds,
  resolveVietQrSession,
} from "../../../../../utils/vietqr-confirmation"

/**
 * POST /producer/payments/vietqr/:id/confirm — the producer saw the transfer
 * for its products. Allowed only when every product the payment covers is
 * the producer's own (403 otherwise: an admin confirms mixed orders).
 */
export const POST = async (req: AuthenticatedMedusaRequest<PostAdminConfirmVietQr>, res: MedusaResponse) => {
  const producerId = req.auth_context.actor_id
  const session = await resolveVietQrSession(req.scope, req.params.id)
  const products = await paidProductIds(req.scope, session.payment_collection_id)
  const own = new Set(await producerProductIds(req.scope, producerId, products))
  if (!products.length || products.some((id) => !own.has(id))) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `VietQR payment ${session.data.reference} covers products of another producer; an admin must confirm it`
    )
  }
  const body = req.validatedBody ?? {}
  res.json(
    await confirmVietQrByStaff(req.scope, session, {
      source: "producer",
      actorId: producerId,
      transactionId: body.transaction_id,
      note: body.note,
    })
  )
}
