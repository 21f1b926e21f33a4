/**
 * Who sells on a stream. The live-selling plugin has no seller table of its
 * own: the store names, in the plugin's options, the Query entity of its
 * sellers and the entity that says which seller owns which product. The
 * `producer` actor's `actor_id` is a seller's id.
 *
 * ```ts
 * sellers: {
 *   entity: "ocop_producer",
 *   products: { entity: "ocop_product_provenance", seller_field: "producer_id", product_field: "product_id" },
 *   identity: { legal_name: "name", registration_number: "registration_number", address: ["address", "commune"] },
 * }
 * ```
 * Without it, only admin users run streams, with any product. `identity`
 * names the seller entity's fields that buyers see on a stream (who sells:
 * legal name, business registration number, address; several address
 * fields are joined with ", ").
 */
export type SellerDirectory = {
  /** Query entity of the sellers; must have `id` and `name`. */
  entity: string
  products: {
    /** Query entity linking a seller to a product. */
    entity: string
    seller_field: string
    product_field: string
  }
  /** Fields of the seller entity shown to buyers as the seller's identity. */
  identity?: SellerIdentityFields
}

export type SellerIdentityFields = {
  legal_name?: string
  registration_number?: string
  address?: string | string[]
}

export type LiveSellingOptions = {
  sellers?: SellerDirectory
  /**
   * Key of the HMAC that stands for a seller's ID number (only its last 4
   * digits and this hash are kept). Default: env `LIVE_ID_HASH_SECRET`, else
   * Medusa's `http.jwtSecret`. Keep it stable: hashes made with another key
   * no longer match.
   */
  identity_hash_secret?: string
  /**
   * The stream page a reminder links to: a URL with `{id}` and `{locale}`,
   * e.g. `https://shop.example/{locale}/live/{id}`. Without it reminders carry no link.
   */
  stream_page_url?: string
}

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/

/** The seller directory from the plugin's options, or null; refuses a malformed one. */
export function sellerDirectory(options: LiveSellingOptions | undefined): SellerDirectory | null {
  const s = options?.sellers
  if (!s) {
    return null
  }
  const names = [s.entity, s.products?.entity, s.products?.seller_field, s.products?.product_field]
  const bad = names.findIndex((n) => typeof n !== "string" || !IDENT.test(n))
  if (bad >= 0) {
    const field = ["entity", "products.entity", "products.seller_field", "products.product_field"][bad]
    throw new Error(`live-selling options: sellers.${field} must be a snake_case name`)
  }
  for (const [key, value] of Object.entries(s.identity ?? {})) {
    const fields = Array.isArray(value) ? value : [value]
    if (!["legal_name", "registration_number", "address"].includes(key) || !fields.length || fields.some((f) => typeof f !== "string" || !IDENT.test(f))) {
      throw new Error(`live-selling options: sellers.identity.${key} must name snake_case fields (legal_name, registration_number, address)`)
    }
  }
  return s
}
