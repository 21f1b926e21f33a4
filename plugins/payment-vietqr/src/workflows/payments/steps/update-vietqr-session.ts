import { IPaymentModuleService, PaymentSessionDTO } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { VietQrSessionData } from "../../../providers/vietqr/types"

export const VIETQR_PROVIDER_PREFIX = "pp_vietqr_"

export async function retrieveVietQrSession(
  paymentModule: IPaymentModuleService,
  sessionId: string
): Promise<PaymentSessionDTO & { data: VietQrSessionData }> {
  const session = await paymentModule.retrievePaymentSession(sessionId, {
    select: ["id", "provider_id", "status", "amount", "currency_code", "data", "payment_collection_id"],
  })
  if (!session.provider_id.startsWith(VIETQR_PROVIDER_PREFIX)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Payment session ${sessionId} is not a VietQR payment (${session.provider_id})`
    )
  }
  return session as PaymentSessionDTO & { data: VietQrSessionData }
}

/** Writes new session data without touching the session's status. */
export async function writeVietQrSessionData(
  container: { resolve: (key: string) => unknown },
  session: PaymentSessionDTO,
  data: VietQrSessionData
) {
  const paymentModule = container.resolve(Modules.PAYMENT) as IPaymentModuleService
  await paymentModule.updatePaymentSession({
    id: session.id,
    data: data as unknown as Record<string, unknown>,
    amount: session.amount,
    currency_code: session.currency_code,
    status: session.status,
  })
}
