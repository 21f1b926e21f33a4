import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { IPaymentModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { isReference } from "../../../../../../modules/vietqr/lib"
import { vietQrState } from "../../../../../../modules/vietqr/session-data"
import {
  confirmVietQrPaymentWorkflow,
  findVietQrSessionByReference,
  withVietQrLock,
} from "../../../../../../workflows/payments"
import { retrieveVietQrSession } from "../../../../../../workflows/payments/steps/update-vietqr-session"
import { PostAdminConfirmVietQr } from "./validators"

async function resolveSession(req: AuthenticatedMedusaRequest, id: string) {
  if (isReference(id.toUpperCase())) {
    const session = await findVietQrSessionByReference(req.scope, id.toUpperCase())
    if (!session) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No VietQR payment with reference ${id}`)
    }
    return session
  }
  const paymentModule = req.scope.resolve<IPaymentModuleService>(Modules.PAYMENT)
  return retrieveVietQrSession(paymentModule, id)
}

/**
 * POST /admin/payments/vietqr/:id/confirm — an admin saw the transfer on the
 * bank statement. `:id` is the payment session id or the OCOP reference.
 * Confirms the exact session amount, places or pays the order, captures once.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<PostAdminConfirmVietQr>,
  res: MedusaResponse
) => {
  const session = await resolveSession(req, req.params.id)
  if (vietQrState(session.data) === "canceled") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `VietQR payment ${session.data.reference} was canceled`)
  }
  const body = (req.validatedBody ?? req.body ?? {}) as PostAdminConfirmVietQr
  await withVietQrLock(req.scope, session.data.reference, () =>
    confirmVietQrPaymentWorkflow(req.scope).run({
      input: {
        payment_session_id: session.id,
        confirmation: {
          source: "admin",
          amount: session.data.amount,
          actor_id: req.auth_context?.actor_id,
          transaction_id: body.transaction_id,
          note: body.note,
        },
      },
    })
  )

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [updated] } = await query.graph({
    entity: "payment_session",
    fields: ["id", "status", "amount", "data", "payment.id", "payment.captured_at"],
    filters: { id: session.id },
  })
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: session.payment_collection_id },
  })
  res.json({
    payment_session: {
      id: updated.id,
      status: updated.status,
      amount: updated.amount,
      reference: session.data.reference,
      confirmed_at: (updated.data as Record<string, unknown>)?.confirmed_at ?? null,
      payment: updated.payment ?? null,
    },
    order_id: (links[0]?.order_id as string | undefined) ?? null,
  })
}
