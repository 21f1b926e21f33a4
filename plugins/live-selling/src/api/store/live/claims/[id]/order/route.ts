import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { placeLiveClaimOrderWorkflow, type PlaceLiveClaimOrderResult } from "../../../../../../workflows/live/place-live-claim-order"
import { LIVE_ORDER_PAYMENT_PROVIDERS, paymentInstructionsOf } from "../../../../../../live/order-payments"
import type { StorePostLiveClaimOrderType } from "../../../validators"

/** The claim's lock was not free in time (Medusa's locking providers say so only in words: in-memory, Redis). */
const isLockTimeout = (e: any) => typeof e?.message === "string" && /^(Failed to acquire lock|Timed-out acquiring lock)/.test(e.message)

/**
 * POST /store/live/claims/:id/order `{ payment: "cod" | "vietqr",
 * shipping_option_id?, address_id? }`: the signed-in buyer's held claim
 * becomes an order in one request (one workflow), shipped to a saved
 * address → `{ order: { id, display_id, total, currency_code, payment } }`
 * (`payment.instructions`: what to transfer, for VietQR). 404 unknown claim,
 * 403 another buyer's, 409 expired, released or already ordered; nothing is
 * written then.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StorePostLiveClaimOrderType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const providerId = LIVE_ORDER_PAYMENT_PROVIDERS[body.payment]
  let placed: PlaceLiveClaimOrderResult
  try {
    ;({ result: placed } = await placeLiveClaimOrderWorkflow(req.scope).run({
      input: {
        claim_id: req.params.id,
        customer_id: req.auth_context.actor_id,
        provider_id: providerId,
        shipping_option_id: body.shipping_option_id,
        address_id: body.address_id,
        sales_channel_id: req.publishable_key_context?.sales_channel_ids?.[0] ?? null,
      },
    }))
  } catch (e: any) {
    // Medusa's error handler answers every conflict with a generic message; this one says which.
    if (isLockTimeout(e)) {
      return res.status(409).json({ type: "conflict", message: "id: the claim is busy (being ordered or put in a cart); try again" })
    }
    if (e?.type === MedusaError.Types.CONFLICT) {
      return res.status(409).json({ type: "conflict", message: e.message })
    }
    throw e
  }
  const order = placed.summary ?? (await orderSummary(req, placed.order_id, providerId))
  res.json({
    order: {
      id: order.id,
      display_id: order.display_id,
      total: order.total,
      currency_code: order.currency_code,
      payment: {
        method: body.payment,
        provider_id: providerId,
        status: order.payment_status,
        instructions: paymentInstructionsOf(body.payment, order.payment_data),
      },
    },
  })
}

/** The order and its session of `providerId`, read back (an order completed from the claim's cart). */
async function orderSummary(req: AuthenticatedMedusaRequest, orderId: string, providerId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "total", "currency_code", "payment_collections.payment_sessions.provider_id",
      "payment_collections.payment_sessions.status", "payment_collections.payment_sessions.data"],
    filters: { id: orderId },
  })
  const order = data[0]
  const session = (order.payment_collections ?? []).flatMap((c: any) => c?.payment_sessions ?? [])
    .find((s: any) => s?.provider_id === providerId)
  return {
    id: order.id,
    display_id: order.display_id as number,
    total: Number(order.total),
    currency_code: order.currency_code,
    payment_status: (session?.status as string | undefined) ?? null,
    payment_data: (session?.data as Record<string, unknown> | undefined) ?? null,
  }
}
