/** What the one-step claim order takes: the payment, the delivery option and the saved address. */
export type ClaimOrderBody = { payment: "cod" | "vietqr"; shipping_option_id?: string; address_id?: string }
export type PlacedOrder = { id: string; display_id: number; total: number }

/**
 * The Translation Module's locale for the widget's language: products are
 * read and carts opened in it (Medusa names the cart's lines in it).
 */
export function backendLocale(lang: string): string {
  return ({ en: "en-US", zh: "zh-CN" } as Record<string, string>)[lang] ?? "vi-VN"
}

/** Medusa's store API from the browser (the page's origin must be in STORE_CORS). */
export class StoreApi {
  constructor(
    private readonly backend: string,
    private readonly key: string,
    public token: string | null = null,
    /** e.g. "zh-CN" (`?locale=`, not a header: no CORS preflight for it) */
    private readonly locale: string | null = null
  ) {}

  async call<T = any>(path: string, init: { method?: string; body?: unknown; query?: Record<string, string> } = {}): Promise<T> {
    const url = new URL(path, this.backend)
    for (const [k, v] of Object.entries(init.query ?? {})) url.searchParams.set(k, v)
    const res = await fetch(url, {
      method: init.method ?? (init.body ? "POST" : "GET"),
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": this.key,
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
    })
    const data = await res.json().catch(() => ({}))
    if (!res.ok) throw Object.assign(new Error(data?.message ?? `HTTP ${res.status}`), { status: res.status })
    return data as T
  }

  async region(): Promise<{ id: string; payment_providers?: { id: string }[] } | null> {
    const { regions } = await this.call<{ regions: any[] }>("/store/regions", { query: { fields: "id,currency_code,*countries" } })
    return regions.find((r) => r.countries?.some((c: any) => c.iso_2 === "vn")) ?? regions[0] ?? null
  }

  async login(email: string, password: string): Promise<string> {
    const { token } = await this.call<{ token: string }>("/auth/customer/emailpass", { body: { email, password } })
    this.token = token
    return token
  }

  /** The signed-in customer with its addresses (`token` only). */
  async me() {
    const { customer } = await this.call<{ customer: any }>("/store/customers/me", { query: { fields: "id,email,first_name,last_name,phone,*addresses" } })
    return customer
  }

  async createCart(regionId: string | undefined, salesChannelId: string | null) {
    const body: Record<string, unknown> = { region_id: regionId }
    if (salesChannelId) body.sales_channel_id = salesChannelId
    if (this.locale) body.locale = this.locale
    const { cart } = await this.call<{ cart: any }>("/store/carts", { body })
    return cart
  }

  /** Puts a held claim in the cart (idempotent: one line per claim). */
  async addClaimToCart(claimId: string, cartId: string) {
    await this.call(`/store/live/claims/${encodeURIComponent(claimId)}/cart`, { body: { cart_id: cartId } })
  }

  async cart(id: string) {
    const { cart } = await this.call<{ cart: any }>(`/store/carts/${id}`, { query: { fields: "+items.total,+items.metadata,+completed_at" } })
    return cart
  }

  async shippingOptions(cartId: string) {
    const { shipping_options } = await this.call<{ shipping_options: any[] }>("/store/shipping-options", {
      query: { cart_id: cartId, fields: "id,name,*calculated_price,service_zone.fulfillment_set.type,*service_zone.fulfillment_set.location" },
    })
    return shipping_options
  }

  async products(ids: string[], regionId?: string) {
    if (!ids.length) return []
    const url = `/store/products?${ids.map((id) => `id[]=${encodeURIComponent(id)}`).join("&")}`
    const { products } = await this.call<{ products: any[] }>(url, {
      query: {
        fields: "id,title,handle,thumbnail,*variants.calculated_price",
        ...(regionId ? { region_id: regionId } : {}),
        ...(this.locale ? { locale: this.locale } : {}),
      },
    })
    return products
  }

  /**
   * A held claim's order in one request (`POST /store/live/claims/:id/order`,
   * one workflow on the backend): with the token straight to the backend,
   * else to the page's own endpoint `pageUrl` (`{claim}` replaced by the
   * claim's id), which adds the signed-in customer from its session cookie.
   */
  async claimOrder(claimId: string, body: ClaimOrderBody, pageUrl?: string | null): Promise<PlacedOrder> {
    if (this.token || !pageUrl) {
      const { order } = await this.call<{ order: PlacedOrder }>(`/store/live/claims/${encodeURIComponent(claimId)}/order`, { body })
      return order
    }
    const res = await fetch(pageUrl.replace("{claim}", encodeURIComponent(claimId)), {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
    })
    const data = await res.json().catch(() => ({}))
    if (!res.ok) throw Object.assign(new Error(data?.message ?? `HTTP ${res.status}`), { status: res.status })
    return data.order as PlacedOrder
  }

  /** Address, delivery, cash on delivery, then the order (the guest form's path: several calls). */
  async checkout(cartId: string, input: { email: string; address: Record<string, string>; optionId: string; providerId: string }) {
    await this.call(`/store/carts/${cartId}`, { body: { email: input.email || undefined, shipping_address: input.address, billing_address: input.address } })
    await this.call(`/store/carts/${cartId}/shipping-methods`, { body: { option_id: input.optionId } })
    const { cart } = await this.call<{ cart: any }>(`/store/carts/${cartId}`, { query: { fields: "id,*payment_collection" } })
    const pcId =
      cart.payment_collection?.id ??
      (await this.call<{ payment_collection: { id: string } }>("/store/payment-collections", { body: { cart_id: cartId } })).payment_collection.id
    await this.call(`/store/payment-collections/${pcId}/payment-sessions`, { body: { provider_id: input.providerId } })
    const done = await this.call<any>(`/store/carts/${cartId}/complete`, { body: {} })
    if (done.type !== "order") throw new Error(done.error?.message ?? "not completed")
    return done.order as PlacedOrder
  }
}
