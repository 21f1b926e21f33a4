import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ageConfirmationProblem, codAllowed, isAlcoholic, PICKUP_CODE_PREFIX } from "../../lib/compliance"
import { SALES_CHANNELS } from "../../scripts/seed/context"
import { COD_PROVIDER_ID } from "../payments/cod-delivery"
import { loadShippingTransit } from "../delivery/delivery-facts"

export type CartAlcohol = {
  cart_id: string
  metadata: Record<string, unknown> | null
  /** the cart's alcoholic products (none: the alcohol rules do not apply) */
  alcohol: { product_id: string; title: string }[]
  /** a kiosk sale collected at the stall: seller and buyer face to face */
  in_person: boolean
}

/** The cart's alcoholic lines and whether it is sold in person; null: no such cart. */
export async function loadCartAlcohol(container: MedusaContainer, cartId: string): Promise<CartAlcohol | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: ["id", "metadata", "sales_channel.name", "items.product_id", "shipping_methods.shipping_option_id"],
    filters: { id: cartId },
  })
  if (!cart) {
    return null
  }
  const productIds = [...new Set((cart.items ?? []).map((i: any) => i?.product_id).filter(Boolean))] as string[]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "title", "metadata"], filters: { id: productIds } })
    : { data: [] as any[] }
  const optionIds = (cart.shipping_methods ?? []).map((m: any) => m?.shipping_option_id).filter(Boolean) as string[]
  const options = optionIds.length ? await loadShippingTransit(container, optionIds) : []
  const pickupOnly = options.length > 0 && options.every((o) => (o.type_code ?? "").startsWith(PICKUP_CODE_PREFIX))
  return {
    cart_id: cart.id,
    metadata: (cart.metadata as Record<string, unknown> | null) ?? null,
    alcohol: products.filter((p: any) => isAlcoholic(p.metadata)).map((p: any) => ({ product_id: p.id, title: p.title })),
    in_person: (cart as any).sales_channel?.name === SALES_CHANNELS.kiosk.name && pickupOnly,
  }
}

/** INVALID_DATA (400) when the cart holds alcohol and no server-recorded 18+ confirmation. */
export function assertAgeConfirmed(facts: CartAlcohol, now = new Date()) {
  const problem = ageConfirmationProblem(facts.alcohol.length > 0, facts.metadata, now)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${problem} ("${facts.alcohol[0].title}")`)
  }
}

/** NOT_ALLOWED (400) naming provider_id when cash on delivery would pay for alcohol bought online. */
export function assertPaymentProviderAllowed(facts: CartAlcohol, providerId: string) {
  if (providerId === COD_PROVIDER_ID && !codAllowed({ hasAlcohol: facts.alcohol.length > 0, inPerson: facts.in_person })) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `provider_id: cash on delivery is not accepted for alcohol bought online ("${facts.alcohol[0].title}"); pay by bank transfer or card`
    )
  }
}

/** The cart of a payment collection, or null. */
export async function cartIdOfPaymentCollection(container: MedusaContainer, paymentCollectionId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [collection] } = await query.graph({
    entity: "payment_collection",
    fields: ["id", "cart.id"],
    filters: { id: paymentCollectionId },
  })
  return (collection as any)?.cart?.id ?? null
}
