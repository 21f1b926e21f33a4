import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { liveVariant } from "../../../../../queries/live-catalog"

/**
 * GET /store/live/variants/:id: `{ variant: { id, product_id, title,
 * thumbnail, original_price, available_quantity, live_restricted } }`, what a live offer of
 * it shows (the gateway asks before `offer:launch`); `original_price` is the
 * regular VND price, `available_quantity` the units in inventory across
 * stock locations (null: inventory not tracked); `live_restricted`: the
 * product may not be offered live.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const v = await liveVariant(req.scope, req.params.id)
  if (!v) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `variant ${req.params.id} not found`)
  }
  res.json({
    variant: {
      id: v.variantId, product_id: v.productId, title: v.title, thumbnail: v.thumbnail,
      original_price: v.originalPrice, available_quantity: v.available, live_restricted: v.liveRestricted ?? false,
    },
  })
}
