import type { Pool, PoolClient } from "pg"

/** What the live code needs from Postgres: a `pg` Pool. */
export type Db = Pool
export type DbClient = PoolClient

export type ActorType = "customer" | "producer" | "user" | "guest"

/** Who is on a socket (or calling a control function). */
export type Actor = {
  type: ActorType
  /** Medusa actor id (customer / producer / user id) or the guest id. */
  id: string
  /** Key used for chat moderation and claims: the actor id, or `guest_<id>`. */
  userId: string
  name: string
}

export type StreamRow = {
  id: string
  producer_id: string
  title_vi: string
  title_en: string | null
  description: string | null
  scheduled_at: Date | null
  started_at: Date | null
  ended_at: Date | null
  status: "scheduled" | "live" | "ended"
  video_kind: "hls" | "youtube" | "facebook" | "tiktok" | "shop"
  video_url: string | null
  pinned_product_ids: string[]
  slow_mode_seconds: number
  last_seq: number
}

export type OfferRow = {
  id: string
  stream_id: string
  variant_id: string
  product_id: string
  title: string
  thumbnail: string | null
  price: number
  original_price: number | null
  quantity: number
  claimed: number
  per_customer_limit: number
  starts_at: Date
  ends_at: Date
  status: "scheduled" | "live" | "ended"
  end_reason: "sold_out" | "time" | "stopped" | null
  ended_at: Date | null
}

export type ClaimStatus = "held" | "converted" | "released" | "expired"

export type ClaimRow = {
  id: string
  offer_id: string
  stream_id: string
  customer_key: string
  customer_id: string | null
  cart_id: string | null
  quantity: number
  price: number
  status: ClaimStatus
  idempotency_key: string
  expires_at: Date
  line_item_id: string | null
  order_id: string | null
  converted_at: Date | null
  released_at: Date | null
  created_at: Date
}
