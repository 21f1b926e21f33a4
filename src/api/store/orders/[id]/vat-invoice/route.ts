import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { VAT_INVOICE_KEY } from "../../../../../lib/compliance"

/**
 * `{ vat_invoice }`: the VAT e-invoice details of an order (null when none
 * was asked for), for the confirmation page. Like Medusa's `GET
 * /store/orders/:id`, the order id is the secret; that route does not return
 * the order's metadata.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "metadata"],
    filters: { id: req.params.id, is_draft_order: false },
  })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order id not found: ${req.params.id}`)
  }
  res.json({ vat_invoice: (order.metadata as Record<string, unknown> | null)?.[VAT_INVOICE_KEY] ?? null })
}
