import { placeLiveClaimOrderWorkflow } from "@ocop-live/live-selling/workflows/live/place-live-claim-order"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isAlcoholic, VAT_INVOICE_KEY, vatInvoiceProblem } from "../../lib/compliance"
import { assertCheckoutConsent } from "../../api/utils/checkout-consent-guard"
import { assertOptionsKeepFresh } from "../delivery/delivery-facts"
import { assertAgeConfirmed, assertPaymentProviderAllowed } from "../alcohol/alcohol-facts"

/**
 * The one-step live order (`POST /store/live/claims/:id/order`) keeps the
 * rules the store enforces when a cart completes (`complete-cart-guard.ts`),
 * before anything is written: VAT invoice details and the personal-data
 * consent recorded on the claim's cart (a claim without a cart has none),
 * a delivery that keeps the perishables fresh, and for alcohol the buyer's
 * 18+ confirmation and no cash on delivery (a live sale is never in person).
 */
placeLiveClaimOrderWorkflow.hooks.validate(async ({ order }, { container }) => {
  const products = order.items.map((i) => i.product)
  const { data: carts } = order.cart_id
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["id", "metadata"], filters: { id: order.cart_id } })
    : { data: [] as any[] }
  const metadata = (carts[0]?.metadata as Record<string, unknown> | null | undefined) ?? null
  const invoice = metadata?.[VAT_INVOICE_KEY]
  if (invoice != null) {
    const problem = vatInvoiceProblem(invoice)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid VAT invoice details: ${problem}`)
    }
  }
  assertCheckoutConsent(metadata)
  await assertOptionsKeepFresh(
    container,
    products.map((p) => ({ product_id: p.id, title: p.title, shelf_life_days: p.metadata?.shelf_life_days })),
    [order.shipping_option_id]
  )
  const alcohol = products.filter((p) => isAlcoholic(p.metadata)).map((p) => ({ product_id: p.id, title: p.title }))
  if (alcohol.length) {
    const facts = { cart_id: order.cart_id ?? "", metadata, alcohol, in_person: false }
    assertAgeConfirmed(facts)
    assertPaymentProviderAllowed(facts, order.provider_id)
  }
})
