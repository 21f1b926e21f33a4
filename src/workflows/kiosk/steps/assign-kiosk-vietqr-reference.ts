import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { IPaymentModuleService, PaymentSessionDTO } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  offlineTransfer,
  renderQrSvg,
  VIETQR_PROVIDER_PREFIX,
  type VietQrSessionData,
} from "@ocop-live/payment-vietqr/lib/vietqr"
import { writeVietQrSessionData } from "@ocop-live/payment-vietqr/workflows/payments/steps/update-vietqr-session"

type Input = { payment_collection_id: string; idempotency_key: string; payment: string }
type Undo = { session: PaymentSessionDTO; data: VietQrSessionData } | null

const SESSION_FIELDS = ["id", "provider_id", "status", "amount", "currency_code", "data", "payment_collection_id"]

/**
 * A kiosk's VietQR order: its pending transfer takes the reference derived
 * from the order's idempotency key (what the kiosk's QR showed, even
 * offline) instead of the provider's random one, for the session's own
 * amount on the provider's own account; nothing else of the session
 * changes (still pending, paid only when the bank or staff confirm). A
 * reference already used by another payment is refused (400, nothing kept).
 */
export const assignKioskVietQrReferenceStep = createStep(
  "assign-kiosk-vietqr-reference",
  async (input: Input, { container }) => {
    if (input.payment !== "vietqr") return new StepResponse<string | null, Undo>(null, null)
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const [session] = (await payments.listPaymentSessions(
      { payment_collection_id: input.payment_collection_id },
      { select: SESSION_FIELDS }
    )).filter((s) => s.provider_id.startsWith(VIETQR_PROVIDER_PREFIX))
    if (!session) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The kiosk order has no VietQR payment session")
    }
    const data = session.data as unknown as VietQrSessionData
    const { reference, payload } = offlineTransfer(
      { bankBin: data.bank_bin, accountNumber: data.account_number },
      data.amount,
      input.idempotency_key
    )
    const taken = (await payments.listPaymentSessions({ data: { reference } } as Record<string, unknown>, { select: ["id", "data"], take: 2 }))
      .filter((s) => s.id !== session.id && (s.data as any)?.reference === reference)
    if (taken.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `vietqr_reference: ${reference} is already used by another payment`)
    }
    await writeVietQrSessionData(container, session, { ...data, reference, payload, qr_svg: await renderQrSvg(payload) })
    return new StepResponse<string | null, Undo>(reference, { session, data })
  },
  async (undo, { container }) => {
    if (!undo) return
    // the session may already be gone (its own step's compensation runs after this one)
    await writeVietQrSessionData(container, undo.session, undo.data).catch(() => undefined)
  }
)
