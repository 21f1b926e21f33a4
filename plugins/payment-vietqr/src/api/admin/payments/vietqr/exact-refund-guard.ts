import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { IPaymentModuleService } from "@medusajs/framework/types"
import { MathBN, Modules } from "@medusajs/framework/utils"

/**
 * Medusa's refund check tolerates one unit of the currency's precision, so
 * for VND (0 decimals) it lets 1 ₫ more than captured be refunded and
 * recorded even when the provider refunds nothing (Stripe answers
 * charge_already_refunded, which the stock provider ignores). This guard on
 * POST /admin/payments/:id/refund refuses any refund above
 * captured − refunded, exactly, for every provider.
 */
export async function guardExactRefund(
  req: MedusaRequest<{ amount?: unknown }>,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const requested = req.body?.amount
  if (requested !== undefined && typeof requested !== "number") {
    return next()
  }
  const paymentModule = req.scope.resolve<IPaymentModuleService>(Modules.PAYMENT)
  const payment = await paymentModule
    .retrievePayment(req.params.id, { relations: ["captures", "refunds"] })
    .catch(() => null)
  if (!payment) {
    return next()
  }
  const captured = MathBN.sum(0, ...(payment.captures ?? []).map((c) => c.raw_amount ?? c.amount))
  const refunded = MathBN.sum(0, ...(payment.refunds ?? []).map((r) => r.raw_amount ?? r.amount))
  const remaining = MathBN.sub(captured, refunded)
  const amount = requested ?? payment.raw_amount ?? payment.amount
  if (MathBN.gt(amount, remaining)) {
    return res.status(400).json({
      type: "invalid_data",
      message: `Refund of ${MathBN.convert(amount).toString()} exceeds the ${remaining.toString()} still refundable on payment ${payment.id}`,
    })
  }
  next()
}
