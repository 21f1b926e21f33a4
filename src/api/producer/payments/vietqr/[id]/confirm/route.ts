import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { producerProductIds } from "@ocop-live/ocop/lib/producer-products"
import {
  confirmVietQrByStaff,
  paidCartEmail,
  paidProductIds,
  resolveVietQrSession,
  SELLER_CONFIRMATION_MESSAGES,
  sellerConfirmationRefusal,
  type PostAdminConfirmVietQr,
} from "@ocop-live/payment-vietqr/lib/vietqr"
import { actorEmails } from "../../../../../utils/actor-emails"

/**
 * POST /producer/payments/vietqr/:id/confirm — the producer saw the transfer
 * on its own account's statement. Refused (403, saying why) for a transfer
 * into the platform's or another seller's account, a payment covering
 * another producer's products, or the producer's own purchase.
 */
export const POST = async (req: AuthenticatedMedusaRequest<PostAdminConfirmVietQr>, res: MedusaResponse) => {
  const producerId = req.auth_context.actor_id
  const session = await resolveVietQrSession(req.scope, req.params.id)
  const [productIds, buyerEmail, sellerEmails] = await Promise.all([
    paidProductIds(req.scope, session.payment_collection_id),
    paidCartEmail(req.scope, session.payment_collection_id),
    actorEmails(req.scope, req.auth_context.auth_identity_id),
  ])
  const refusal = sellerConfirmationRefusal({
    sellerId: producerId,
    accountOwner: session.data.account_owner,
    productIds,
    ownProductIds: await producerProductIds(req.scope, producerId, productIds),
    buyerEmail,
    sellerEmails,
  })
  if (refusal) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `VietQR payment ${session.data.reference} cannot be confirmed by its producer: ${SELLER_CONFIRMATION_MESSAGES[refusal]}`
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
