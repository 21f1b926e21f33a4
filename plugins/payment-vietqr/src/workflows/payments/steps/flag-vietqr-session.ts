import { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { flagSessionData, isProcessedTransaction } from "../../../providers/vietqr/session-data"
import { VietQrReviewFlag } from "../../../providers/vietqr/types"
import { retrieveVietQrSession, writeVietQrSessionData } from "./update-vietqr-session"

export type FlagVietQrSessionInput = {
  payment_session_id: string
  flag: VietQrReviewFlag
}

export const flagVietQrSessionStepId = "flag-vietqr-session"

/**
 * Adds a review flag (wrong amount, double payment, ...) to the session and
 * remembers the bank transaction id, so a replay adds nothing. Never
 * confirms, authorizes or captures.
 */
export const flagVietQrSessionStep = createStep(
  flagVietQrSessionStepId,
  async (input: FlagVietQrSessionInput, { container }) => {
    const paymentModule = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const session = await retrieveVietQrSession(paymentModule, input.payment_session_id)
    if (isProcessedTransaction(session.data, input.flag.transaction_id)) {
      return new StepResponse({ flagged: false }, null)
    }
    await writeVietQrSessionData(container, session, flagSessionData(session.data, input.flag))
    return new StepResponse({ flagged: true }, { session, data: session.data })
  },
  async (previous, { container }) => {
    if (previous) {
      await writeVietQrSessionData(container, previous.session, previous.data)
    }
  }
)
