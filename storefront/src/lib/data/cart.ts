import "server-only"
import { getCartId, getToken } from "../cookies"
import { isStatus, memo, storeGet, sdk } from "../medusa"
import { runtimeConfig } from "../config"
import { vietnamRegion } from "./regions"
import { channelPublishableKey, salesChannelId } from "./channels"
import { alcoholOf } from "../alcohol"

export type CartItem = {
  id: string
  title: string
  product_title: string | null
  product_handle: string | null
  product_id?: string | null
  variant_title: string | null
  variant_id: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  total: number | null
  metadata: Record<string, unknown> | null
}

export type Cart = {
  id: string
  email: string | null
  region_id: string
  sales_channel_id: string | null
  completed_at: string | null
  /** the language the backend writes the lines' names in (`cartLocale`) */
  locale?: string | null
  /** e.g. `vat_invoice`: the buyer's VAT e-invoice details */
  metadata?: Record<string, unknown> | null
  items: CartItem[]
  item_total: number
  shipping_total: number
  tax_total: number
  total: number
  shipping_methods: { shipping_option_id: string; amount: number; name?: string }[]
  shipping_address: Record<string, any> | null
  payment_collection: { id: string; payment_sessions?: { id: string; provider_id: string; data: Record<string, any> }[] } | null
}

const CART_FIELDS =
  "+items.total,+items.metadata,+items.product_id,*shipping_methods,*payment_collection,*payment_collection.payment_sessions,+sales_channel_id,+completed_at,+metadata,+locale"

export async function fetchCart(id: string): Promise<Cart | null> {
  try {
    const { cart } = await storeGet<{ cart: Cart }>(`/store/carts/${id}`, { fields: CART_FIELDS })
    return cart
  } catch (e) {
    if (isStatus(e, 404, 400)) return null
    throw e
  }
}

/** The visitor's open cart (cookie), or null. */
export async function currentCart(): Promise<Cart | null> {
  const id = await getCartId()
  if (!id) return null
  const cart = await fetchCart(id)
  return cart && !cart.completed_at ? cart : null
}

/**
 * A new cart in `channel` (its lines named in `locale`, e.g. "zh-CN"),
 * created with that channel's publishable key (Medusa
 * checks the key only here; later calls on the cart may use any key); a
 * signed-in customer's cart is theirs (their orders list shows it).
 */
export async function createCart(channel: "online" | "kiosk" | "live" = "online", locale?: string): Promise<Cart> {
  const region = await vietnamRegion()
  const token = channel === "kiosk" ? undefined : await getToken()
  const { cart } = await sdk(channelPublishableKey(channel)).store.cart.create(
    // the checkout asks for personal-data consent: the backend then requires it (Decree 13/2023)
    {
      region_id: region?.id,
      sales_channel_id: salesChannelId(channel),
      metadata: { personal_data_consent_required: true },
      ...(locale ? { locale } : {}),
    },
    {},
    token ? { authorization: `Bearer ${token}` } : undefined
  )
  return cart as unknown as Cart
}

export type ShippingOption = {
  id: string
  name: string
  amount: number
  kind: "delivery" | "pickup"
  location: { id: string; key: string | null; name: string; address: string | null } | null
}

const OPTION_FIELDS =
  "id,name,amount,*calculated_price,service_zone.fulfillment_set.type,*service_zone.fulfillment_set.location,*service_zone.fulfillment_set.location.address"

function toOption(o: any): ShippingOption {
  const set = o.service_zone?.fulfillment_set
  const loc = set?.location
  const addr = loc?.address
  return {
    id: o.id,
    name: o.name,
    amount: Number(o.calculated_price?.calculated_amount ?? o.amount ?? 0),
    kind: set?.type === "pickup" ? "pickup" : "delivery",
    location: loc
      ? {
          id: loc.id,
          key: (loc.metadata?.key as string) ?? null,
          name: loc.name,
          address: addr ? [addr.address_1, addr.city].filter(Boolean).join(", ") : null,
        }
      : null,
  }
}

/** What the backend says about delivering a cart's perishables (`GET /store/carts/:id/delivery-options`). */
export type DeliveryConstraints = {
  shortest_shelf_life: { days: number; product_id: string; title: string } | null
  allowed_shipping_option_ids: string[]
  excluded_shipping_options: { id: string; max_transit_days: number }[]
}

export async function deliveryConstraints(cartId: string): Promise<DeliveryConstraints> {
  return storeGet<DeliveryConstraints>(`/store/carts/${encodeURIComponent(cartId)}/delivery-options`)
}

/**
 * The cart's shipping options, without those slower than its shortest shelf
 * life (the backend refuses them too).
 */
export async function shippingOptions(cartId: string): Promise<ShippingOption[]> {
  const [{ shipping_options }, constraints] = await Promise.all([
    storeGet<{ shipping_options: any[] }>("/store/shipping-options", { cart_id: cartId, fields: OPTION_FIELDS }),
    deliveryConstraints(cartId),
  ])
  const excluded = new Set(constraints.excluded_shipping_options.map((o) => o.id))
  return shipping_options.map(toOption).filter((o) => !excluded.has(o.id))
}

/**
 * The kiosks (pickup points). The store API lists them only through a cart's
 * shipping options, so one probe cart per process is used (memoised).
 */
const loadPoints = async () => {
  const probe = await createCart("kiosk")
  return (await shippingOptions(probe.id)).filter((o) => o.kind === "pickup")
}
/** One per process (on `globalThis`): the revalidation route's bundle and the pages' must reach the same. */
const PICKUP_POINTS = Symbol.for("ocop.storefront.pickup-points")
type PointsMemo = ReturnType<typeof memo<ShippingOption[]>>
const loadPickupPoints: PointsMemo = ((globalThis as { [PICKUP_POINTS]?: PointsMemo })[PICKUP_POINTS] ??= memo(10 * 60_000, loadPoints))

/** Forgets the kiosks kept per process: POST /api/revalidate with `kiosk-points`. */
export function dropPickupPoints() {
  loadPickupPoints.clear()
}

export function pickupPoints(): Promise<ShippingOption[]> {
  return loadPickupPoints(runtimeConfig().publishableKey)
}

export type PaymentProvider = { id: string }

const loadProviders = memo(60_000, async (regionId: string) => {
  const { payment_providers } = await storeGet<{ payment_providers: PaymentProvider[] }>(
    "/store/payment-providers",
    { region_id: regionId }
  )
  return payment_providers
})

export async function paymentProviders(regionId: string): Promise<PaymentProvider[]> {
  return loadProviders(regionId)
}

/** Whether the cart holds alcohol (its products' `alcohol_abv`): 18+ and no cash on delivery online. */
export async function cartHasAlcohol(cart: Pick<Cart, "items">): Promise<boolean> {
  const ids = [...new Set(cart.items.map((i) => i.product_id).filter(Boolean))] as string[]
  if (!ids.length) return false
  const { products } = await storeGet<{ products: { id: string; metadata?: Record<string, unknown> | null }[] }>(
    "/store/products",
    { id: ids, fields: "id,metadata", limit: ids.length }
  )
  return products.some((p) => alcoholOf(p.metadata) !== null)
}
