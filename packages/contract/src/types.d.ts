// Shapes of the public API (shared docs: api-contract.md) as the storefront,
// the <ocop-live> widget and outside clients read them. REST: snake_case;
// Socket.IO payloads: camelCase, times in epoch ms. Extend, never rename.

export type Price = { calculated_amount: number | null; original_amount?: number | null; currency_code?: string }

export type Variant = {
  id: string
  title: string | null
  sku?: string | null
  manage_inventory?: boolean
  inventory_quantity?: number | null
  calculated_price?: Price | null
  metadata?: Record<string, unknown> | null
}

export type Ocop = {
  stars: number
  status: string
  /** true when the certificate shows as an OCOP badge (active and in date) */
  badge?: boolean
  group: string
  subgroup?: string | null
  score_total?: number | null
  /** the score was made up to fit the stars (sources give none): never shown as the council's */
  illustrative_scores?: boolean
  decision_number?: string | null
  decided_at?: string | null
  /** only the year of the decision is known */
  decided_at_approximate?: boolean
  valid_until?: string | null
  issuing_body?: string | null
  /** the issuing body was inferred from the rules in force, not stated by a source */
  issuing_body_inferred?: boolean
}

/** A producer's right to use a mark (the GI right-to-use certificate, the mark owner's approval). */
export type MarkUseRight = {
  certificate_number?: string | null
  decision?: string | null
  granted_by?: string | null
  granted_at?: string | null
  valid_until?: string | null
}
export type Mark = {
  id: string
  kind: string
  name: string
  registry_number?: string | null
  holder?: string | null
  /** true only while the product's producer holds a right to use the mark */
  badge?: boolean
  use_right?: MarkUseRight | null
}
/** `illustrative`: a code in the national format that is not an official one */
export type PlantingArea = { code: string; area_ha?: number | null; location?: string | null; crop?: string | null; illustrative?: boolean }
/** `illustrative`: a reported fact without published certificate details */
export type Standard = {
  kind: string
  certificate_number?: string | null
  issuer?: string | null
  valid_until?: string | null
  illustrative?: boolean
}
export type Producer = {
  id: string
  name: string
  type?: string | null
  commune?: string | null
  district?: string | null
  story?: string | null
  story_en?: string | null
}

/** An entry of the OCOP catalogue (`GET /store/ocop/products`, `/:handle` adds story, traceability and history). */
export type OcopProduct = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  images?: { url: string }[] | null
  variants: Variant[]
  metadata?: Record<string, unknown> | null
  ocop: Ocop | null
  marks: Mark[]
  planting_areas: PlantingArea[]
  standards: Standard[]
  producer: Producer | null
  traceability_url?: string | null
  certifications?: {
    id?: string
    stars: number
    status?: string
    decided_at?: string | null
    decided_at_approximate?: boolean
    decision_number?: string | null
    valid_until?: string | null
  }[]
  season?: { months: number[] | null; off_season_months?: number[] | null; uncertain?: boolean } | null
}

export type Facets = Partial<Record<"stars" | "group" | "mark_kind" | "district" | "standard", Record<string, number>>>

/** `GET /store/ocop/products` */
export type OcopCatalogueAnswer = {
  products: OcopProduct[]
  count: number
  limit: number
  offset: number
  facets: Facets
}

/** `GET /store/ocop/stats` */
export type OcopStats = {
  certified: { total: number; by_stars: Record<string, number>; by_group: Record<string, number> }
  ip_protected: number
  producers: number
  expiring_within_90_days: number
}

export type LiveSeller = {
  id: string
  legal_name: string | null
  registration_number: string | null
  address: string | null
  verification: { method: string; verified_at: string | null } | null
}

export type LiveStream = {
  id: string
  title: string
  status: "live" | "scheduled" | "ended"
  scheduled_at?: string | null
  started_at?: string | null
  ended_at?: string | null
  producer?: { id: string; name: string } | null
  /** who sells (legal name, registration number, address) and whether an admin verified its identity */
  seller?: LiveSeller | null
  video?: { kind: "hls" | "youtube" | "facebook" | "tiktok" | "shop"; url: string | null; flvUrl?: string | null } | null
  pinned_product_ids?: string[]
  viewer_count?: number
}

/** `GET /store/live/streams` */
export type LiveStreamsAnswer = { streams: LiveStream[] }

/** A live offer as the gateway sends it (`offer:scheduled`, `offer:started`, the `join` ack). */
export type LiveOffer = {
  id: string
  streamId: string
  variantId: string
  productId: string
  title: string
  thumbnail?: string | null
  price: number
  originalPrice: number | null
  quantity: number
  left: number
  perCustomerLimit: number
  startsAt: number
  endsAt: number
  status?: string
  endReason?: string | null
}

/** The `offer:claim` ack: the claim and the units left. */
export type LiveClaimAnswer = {
  claim: { id: string; status: string; quantity: number; price: number; expiresAt: number }
  left: number
}

/** Every server-to-room event carries these. */
export type LiveEventMeta = { streamId: string; seq: number; ts: number }
/** `product:pinned` */
export type PinnedProducts = LiveEventMeta & { productIds: string[] }
/** `offer:ended` */
export type OfferEnded = LiveEventMeta & { offerId: string; reason: "sold_out" | "time" | "stopped" }
/** `chat:message` */
export type LiveChatMessage = { id: string; userId: string; name: string; text: string; ts?: number }
