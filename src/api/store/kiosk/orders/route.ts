import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { KIOSK_ORDER_MODULE } from "../../../../modules/kiosk-order"
import type KioskOrderModuleService from "../../../../modules/kiosk-order/service"
import { placeKioskOrderWorkflow } from "../../../../workflows/kiosk/place-kiosk-order"
import type { PostStoreKioskOrder } from "./validators"

const ORDER_FIELDS = ["id", "display_id", "status", "total", "currency_code", "items.variant_id", "items.quantity"]

/** A stock conflict: answered here, since Medusa's error handler replaces a 409's message with a generic one. */
const isConflict = (e: unknown) => (e as { type?: string } | null)?.type === MedusaError.Types.CONFLICT

/**
 * Under the idempotency key's lock: a key already recorded answers its
 * order; otherwise the workflow places it (and records the key, unique).
 */
async function placeOnce(scope: MedusaContainer, body: PostStoreKioskOrder, salesChannelId: string) {
  const locking = scope.resolve(Modules.LOCKING)
  const kioskOrders: KioskOrderModuleService = scope.resolve(KIOSK_ORDER_MODULE)
  return locking.execute(
    `kiosk-order:${body.idempotency_key}`,
    async () => {
      const [existing] = await kioskOrders.listKioskOrders({ idempotency_key: body.idempotency_key })
      if (existing) return { order_id: existing.order_id, replayed: true }
      const { result } = await placeKioskOrderWorkflow(scope).run({ input: { ...body, sales_channel_id: salesChannelId } })
      return { order_id: result.order_id, replayed: false }
    },
    { timeout: 60 }
  )
}

/**
 * A kiosk order, exactly once per idempotency key: 201 with the order when
 * placed now, 200 with the same order for a key already placed
 * (`replayed: true`), 409 naming the item when stock is short (nothing written).
 */
export const POST = async (req: MedusaStoreRequest<PostStoreKioskOrder>, res: MedusaResponse) => {
  const salesChannelId = req.publishable_key_context?.sales_channel_ids?.[0]
  if (!salesChannelId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The publishable key has no sales channel")
  }
  let placed: { order_id: string; replayed: boolean }
  try {
    placed = await placeOnce(req.scope, req.validatedBody, salesChannelId)
  } catch (e) {
    if (!isConflict(e)) throw e
    res.status(409).json({ type: "conflict", code: "insufficient_stock", message: (e as Error).message })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: placed.order_id } })
  res.status(placed.replayed ? 200 : 201).json({ order, replayed: placed.replayed })
}
