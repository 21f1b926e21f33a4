import {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import {
  AbstractPaymentProvider,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { toIntegerVnd } from "./amount"
import { assertVnd, buildSessionData } from "./build-session"
import { buildVietQrPayload, generateReference } from "./lib"
import { refundSessionData, serverStateUnset, vietQrState } from "./session-data"
import { VietQrProviderOptions, VietQrSessionData } from "./types"

/**
 * VietQR bank transfer (NAPAS 247). The session carries the QR payload for
 * the exact amount with a unique reference in 62.08; the payment stays
 * pending until a signed bank notification or an admin confirms the money
 * arrived (data.confirmed_at). Refunds are manual bank transfers.
 */
class VietQrProviderService extends AbstractPaymentProvider<VietQrProviderOptions> {
  static identifier = "vietqr"

  protected options_: VietQrProviderOptions

  static validateOptions(options: Record<string, unknown>): void {
    try {
      buildVietQrPayload({
        bankBin: String(options.bankBin ?? ""),
        accountNumber: String(options.accountNumber ?? ""),
      })
    } catch (e) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        `VietQR provider options: ${(e as Error).message}`
      )
    }
  }

  constructor(cradle: Record<string, unknown>, options: VietQrProviderOptions) {
    super(cradle, options)
    this.options_ = options
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    assertVnd(input.currency_code)
    const amount = toIntegerVnd(input.amount)
    const reference = generateReference()
    const data: VietQrSessionData = {
      ...serverStateUnset(),
      ...(await buildSessionData(this.options_, reference, amount)),
      session_id: input.data?.session_id as string | undefined,
    }
    return { id: reference, status: PaymentSessionStatus.PENDING, data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const data = (input.data ?? {}) as VietQrSessionData
    assertVnd(input.currency_code)
    const amount = toIntegerVnd(input.amount)
    if (amount === data.amount && data.payload) {
      return { data, status: this.statusOf(data) }
    }
    if (vietQrState(data) !== "awaiting_transfer") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `VietQR payment ${data.reference} is ${vietQrState(data)}; its amount cannot change`
      )
    }
    // Same reference, new amount: a transfer of the old amount is flagged for review.
    const reference = data.reference ?? generateReference()
    return {
      data: { ...data, ...(await buildSessionData(this.options_, reference, amount)) },
      status: PaymentSessionStatus.PENDING,
    }
  }

  private statusOf(data: VietQrSessionData): PaymentSessionStatus {
    switch (vietQrState(data)) {
      case "canceled":
        return PaymentSessionStatus.CANCELED
      case "captured":
        return PaymentSessionStatus.CAPTURED
      case "confirmed":
        return PaymentSessionStatus.AUTHORIZED
      default:
        return PaymentSessionStatus.PENDING
    }
  }

  /**
   * Until the transfer is confirmed, authorization is deferred
   * (`pending_authorization`): the cart completes into an order awaiting
   * payment and no payment is created. Once confirmed: `authorized`.
   */
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = (input.data ?? {}) as VietQrSessionData
    const state = vietQrState(data)
    if (state === "canceled") {
      return { status: PaymentSessionStatus.CANCELED, data }
    }
    if (state === "awaiting_transfer") {
      return { status: PaymentSessionStatus.PENDING_AUTHORIZATION, data }
    }
    return { status: PaymentSessionStatus.AUTHORIZED, data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = (input.data ?? {}) as VietQrSessionData
    return { status: this.statusOf(data), data }
  }

  /** The money is already in the account once confirmed: capture only records it. */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const data = (input.data ?? {}) as VietQrSessionData
    if (!data.confirmed_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `VietQR payment ${data.reference} has not been confirmed as received; it cannot be captured`
      )
    }
    return { data: { ...data, captured_at: data.captured_at ?? new Date().toISOString() } }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = (input.data ?? {}) as VietQrSessionData
    const amount = toIntegerVnd(input.amount, "refund amount")
    return { data: refundSessionData(data, amount) as unknown as Record<string, unknown> }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const data = (input.data ?? {}) as VietQrSessionData
    return { data: { ...data, canceled_at: data.canceled_at ?? new Date().toISOString() } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  /**
   * Bank notifications carry a reference, not a session id, so they go to the
   * dedicated route POST /hooks/vietqr (signature, lookup by reference,
   * amount check) instead of the generic /hooks/payment/vietqr_vietqr.
   */
  async getWebhookActionAndData(
    _payload: ProviderWebhookPayload["payload"]
  ): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default VietQrProviderService
