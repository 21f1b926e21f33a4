import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { adminLogin, type Headers } from "../helpers/harness"
import { seedStore } from "../helpers/seeded-store"

/** An odd amount that would show any rounding, ×100 or float error. */
export const ODD_TOTAL = 1234567

export type { Headers }

export type Shop = {
  store: Headers
  admin: Headers
  regionId: string
  salesChannelId: string
  variantId: string
  productId: string
  shippingOptionId: string
}

/**
 * Seeds the store, logs the seeded admin in, and prices one stocked variant
 * so that variant + standard delivery = ODD_TOTAL (prices include VAT).
 * The cart flow itself is only the store API.
 */
export async function prepareShop(api: AxiosInstance, container: MedusaContainer): Promise<Shop> {
  api.interceptors.response.use(undefined, (e) => {
    if (e.response) {
      e.message += ` ${e.config?.method?.toUpperCase()} ${e.config?.url}: ${JSON.stringify(e.response.data)}`
    }
    return Promise.reject(e)
  })
  const { seed, storeHeaders } = await seedStore(container)
  const admin = await adminLogin(api, seed.admin!)

  const { data: regions } = await api.get("/store/regions", storeHeaders)
  const region = regions.regions.find((r: any) => r.name === "Vietnam")
  const { data: channels } = await api.get("/admin/sales-channels?limit=20", admin)
  const online = channels.sales_channels.find((c: any) => c.name === "Online store")
  const { data: products } = await api.get(
    // shelf-stable (a bottle of honey), so standard delivery never outlasts its shelf life
    `/admin/products?handle=mat-ong-hoa-ngu-gia-bi-quang-lac&fields=id,*variants,variants.manage_inventory,*shipping_profile`,
    admin
  )
  const product = products.products.find((p: any) => p.variants.some((v: any) => v.manage_inventory))
  const variant = product.variants.find((v: any) => v.manage_inventory)

  const probe = await newCart(api, { store: storeHeaders, regionId: region.id, salesChannelId: online.id })
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${probe}`, storeHeaders)
  const delivery = options.shipping_options.find((o: any) => /Standard delivery/.test(o.name))
  const shipping = delivery.calculated_price?.calculated_amount ?? delivery.amount

  // The seed leaves products without a shipping profile; delivery needs the default one.
  if (!product.shipping_profile) {
    const { data: full } = await api.get(
      `/admin/shipping-options/${delivery.id}?fields=id,shipping_profile_id`,
      admin
    )
    await api.post(
      `/admin/products/${product.id}`,
      { shipping_profile_id: full.shipping_option.shipping_profile_id },
      admin
    )
  }
  // Priced for the region too, so the region's tax-inclusive preference applies (as for shipping).
  const amount = ODD_TOTAL - shipping
  await api.post(
    `/admin/products/${product.id}/variants/${variant.id}`,
    {
      prices: [
        { currency_code: "vnd", amount },
        { currency_code: "vnd", amount, rules: { region_id: region.id } },
      ],
    },
    admin
  )
  return {
    store: storeHeaders,
    admin,
    regionId: region.id,
    salesChannelId: online.id,
    variantId: variant.id,
    productId: product.id,
    shippingOptionId: delivery.id,
  }
}

async function newCart(api: AxiosInstance, shop: Pick<Shop, "store" | "regionId" | "salesChannelId">) {
  const address = {
    first_name: "Nguyễn",
    last_name: "Văn A",
    address_1: "12 Trần Đăng Ninh",
    city: "Lạng Sơn",
    country_code: "vn",
    phone: "0912345678",
  }
  const { data } = await api.post(
    "/store/carts",
    {
      region_id: shop.regionId,
      sales_channel_id: shop.salesChannelId,
      email: "buyer@example.vn",
      shipping_address: address,
      billing_address: address,
    },
    shop.store
  )
  return data.cart.id as string
}

/**
 * A cart worth exactly ODD_TOTAL with a payment session of `providerId`
 * (`data`: what the client sends with the session, as any client may).
 */
export async function cartWithSession(
  api: AxiosInstance,
  shop: Shop,
  providerId: string,
  sessionData?: Record<string, unknown>
) {
  const cartId = await newCart(api, shop)
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: shop.variantId, quantity: 1 }, shop.store)
  const { data } = await api.post(
    `/store/carts/${cartId}/shipping-methods`,
    { option_id: shop.shippingOptionId },
    shop.store
  )
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, shop.store)
  const { data: withSession } = await api.post(
    `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
    { provider_id: providerId, ...(sessionData ? { data: sessionData } : {}) },
    shop.store
  )
  const session = withSession.payment_collection.payment_sessions.find((s: any) => s.provider_id === providerId)
  return { cartId, cart: data.cart, paymentCollection: withSession.payment_collection, session }
}

export async function completeCart(api: AxiosInstance, shop: Shop, cartId: string) {
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
  return data
}

/** The order with its payments, captures and refunds, through the admin API. */
export async function adminOrder(api: AxiosInstance, shop: Shop, orderId: string) {
  const { data } = await api.get(
    `/admin/orders/${orderId}?fields=id,total,payment_status,*payment_collections,*payment_collections.payments,*payment_collections.payments.captures,*payment_collections.payments.refunds,*payment_collections.payment_sessions`,
    shop.admin
  )
  return data.order
}

export { failure } from "../helpers/harness"
