import { IPaymentModuleService, PaymentSessionDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { VietQrSessionData } from "../../providers/vietqr/types"
import { VIETQR_PROVIDER_PREFIX } from "./steps/update-vietqr-session"

export type VietQrSession = PaymentSessionDTO & { data: VietQrSessionData }

/** The VietQR payment session whose data.reference is `reference`, or null. */
export async function findVietQrSessionByReference(
  container: { resolve: <T>(key: string) => T },
  reference: string
): Promise<VietQrSession | null> {
  const paymentModule = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
  const sessions = await paymentModule.listPaymentSessions(
    { data: { reference } } as Record<string, unknown>,
    {
      select: ["id", "provider_id", "status", "amount", "currency_code", "data", "payment_collection_id"],
      take: 2,
    }
  )
  const matching = sessions.filter(
    (s) => s.provider_id.startsWith(VIETQR_PROVIDER_PREFIX) && s.data?.reference === reference
  )
  return matching.length === 1 ? (matching[0] as VietQrSession) : null
}
