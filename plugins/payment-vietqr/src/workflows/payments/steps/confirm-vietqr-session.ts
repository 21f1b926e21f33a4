import { IPaymentModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { confirmSessionData, vietQrState } from "../../../providers/vietqr/session-data"
import { VietQrConfirmation } from "../../../providers/vietqr/types"
import { retrieveVietQrSession, writeVietQrSessionData } from "./update-vietqr-session"

export type ConfirmVietQrSessionInput = {
  payment_session_id: string
  confirmation: VietQrConfirmation
}

export const confirmVietQrSessionStepId = "confirm-vietqr-session"

/**
 * Records that the transfer arrived (data.confirmed_at). Deliberately not
 * compensated: money received stays recorded even if placing the order
 * fails afterwards, so a retry or a refund can follow. Idempotent.
 */
export const confirmVietQrSessionStep = createStep(
  confirmVietQrSessionStepId,
  async (input: ConfirmVietQrSessionInput, { container }) => {
    const paymentModule = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const session = await retrieveVietQrSession(paymentModule, input.payment_session_id)
    if (vietQrState(session.data) === "canceled" || session.status === "canceled") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `VietQR payment ${session.data.reference} was canceled; refund the transfer instead`
      )
    }
    const data = confirmSessionData(session.data, input.confirmation)
    if (data !== session.data) {
      await writeVietQrSessionData(container, session, data)
    }
    return new StepResponse({
      payment_session_id: session.id,
      reference: data.reference,
      amount: data.amount,
      already_confirmed: data === session.data,
    })
  }
)
