import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Pool } from "pg"
import { startDue } from "@ocop-live/live-selling/modules/livestream/control"
import { liveContext } from "@ocop-live/live-selling/live/live-context"
import { adminLogin, producerLogin, type Headers } from "../helpers/harness"
import { seedStore } from "../helpers/seeded-store"

// the one HTTP test harness's helpers, where the live specs have always imported them
export { bearer, failure, producerLogin, waitFor, type Headers } from "../helpers/harness"

/** The secret this Medusa signs its tokens with (random per test process: there is no default). */
export function medusaJwtSecret(container: MedusaContainer): string {
  return (container.resolve("configModule") as any).projectConfig.http.jwtSecret
}

export type LiveShop = {
  store: Headers
  admin: Headers
  producer: Headers
  publishableKey: string
  demoStreamId: string
}

/** Seeds the store (with the live demo) and logs the admin and the demo producer in. */
export async function liveShop(api: AxiosInstance, container: MedusaContainer): Promise<LiveShop> {
  const { seed, storeHeaders } = await seedStore(container)
  const admin = await adminLogin(api, seed.admin!)
  const producer = await producerLogin(api, seed.producer!.email, seed.producer!.password)
  const { data } = await api.get("/producer/streams", producer)
  return {
    store: storeHeaders,
    admin,
    producer,
    publishableKey: seed.publishableKey,
    demoStreamId: data.streams[0].id,
  }
}

/** A pool on the test database (its idle clients are cut when the runner restores it). */
export function testPool(clientUrl: string) {
  const pool = new Pool({ connectionString: clientUrl, max: 4 })
  pool.on("error", () => undefined)
  return pool
}

/** A VND cart in the Vietnam region with an address (`store`: its headers, a customer's too). */
export async function newCart(api: AxiosInstance, store: Headers, regionId: string, salesChannelId: string) {
  const address = {
    first_name: "Hoàng",
    last_name: "Thị B",
    address_1: "5 Lê Lợi",
    city: "Lạng Sơn",
    country_code: "vn",
    phone: "0987654321",
  }
  const { data } = await api.post(
    "/store/carts",
    { region_id: regionId, sales_channel_id: salesChannelId, email: "live-buyer@example.vn", shipping_address: address, billing_address: address },
    store
  )
  return data.cart.id as string
}

/** Standard delivery and a cash-on-delivery payment session. */
export async function checkoutReady(api: AxiosInstance, store: Headers, cartId: string) {
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
  const delivery = options.shipping_options.find((o: any) => /Standard delivery/.test(o.name))
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: delivery.id }, store)
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
}

/** The Vietnam region and the "Online store" sales channel, for carts. */
export async function onlineStore(api: AxiosInstance, shop: LiveShop) {
  const { data: regions } = await api.get("/store/regions", shop.store)
  const { data: channels } = await api.get("/admin/sales-channels?limit=20", shop.admin)
  return {
    regionId: regions.regions.find((r: any) => r.name === "Vietnam").id as string,
    salesChannelId: channels.sales_channels.find((c: any) => c.name === "Online store").id as string,
  }
}

/**
 * The demo stream goes live and its producer launches an offer of its first
 * product's 65,000 ₫ variant at `price`, already past its countdown (no
 * gateway runs to start it on time).
 */
export async function runningOffer(
  api: AxiosInstance,
  container: MedusaContainer,
  shop: LiveShop,
  o: { price: number; quantity: number; perCustomerLimit: number }
) {
  await api.post(`/producer/streams/${shop.demoStreamId}/start`, {}, shop.producer)
  const { data: products } = await api.get("/producer/products", shop.producer)
  const product = products.products[0]
  const variant = product.variants.find((v: any) => v.price === 65000)
  const { data } = await api.post(
    `/producer/streams/${shop.demoStreamId}/offers`,
    { variant_id: variant.id, price: o.price, quantity: o.quantity, per_customer_limit: o.perCustomerLimit, starts_in_sec: 10, duration_sec: 3600 },
    shop.producer
  )
  const offerId = data.offer.id as string
  const live = liveContext(container)
  await live.db.query("UPDATE live_offer SET starts_at = now() - interval '1 second' WHERE id = $1", [offerId])
  const started = await startDue(live, offerId)
  if (!started.some((s) => s.id === offerId)) throw new Error(`offer ${offerId} did not start`)
  return { offerId, productId: product.id as string, variantId: variant.id as string }
}
