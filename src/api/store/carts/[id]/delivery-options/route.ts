import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deliveryConstraints } from "../../../../../lib/compliance"
import { loadCartPerishables, loadShippingTransit } from "../../../../../workflows/delivery/delivery-facts"

/**
 * Which shipping options can deliver this cart before its shortest shelf
 * life runs out: `{ shortest_shelf_life, allowed_shipping_option_ids,
 * excluded_shipping_options }` (adding an excluded one answers 400).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { lines } = await loadCartPerishables(req.scope, req.params.id)
  const options = await loadShippingTransit(req.scope)
  res.json(deliveryConstraints(options, lines))
}
