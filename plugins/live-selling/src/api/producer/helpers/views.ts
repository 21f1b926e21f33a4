import { shopFlvUrl } from "../../../modules/livestream/lib/video"
import type { OfferRow, StreamRow } from "../../../modules/livestream/lib/types"
import type { SellerIdentity } from "../../../workflows/sellers/sellers"
import type { SellerVerification } from "../../../workflows/sellers/verifications"

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

export type ProducerRef = { id: string; name: string } | null

/**
 * Who sells on a stream, for buyers: the legal name (the directory's, else
 * the verified one, else the seller's name), business registration number
 * and address from the store's seller directory, and whether (and how, and
 * when) an admin verified the seller's identity; `verification` null: not
 * verified. Nothing of the ID number is shown.
 */
export function sellerRest(sellerId: string, identity: SellerIdentity | null, verification: SellerVerification | null) {
  return {
    id: sellerId,
    legal_name: identity?.legal_name ?? verification?.legal_name ?? identity?.name ?? null,
    registration_number: identity?.registration_number ?? null,
    address: identity?.address ?? null,
    verification: verification ? { method: verification.method, verified_at: iso(verification.verified_at) } : null,
  }
}

export type SellerRest = ReturnType<typeof sellerRest>

/**
 * A stream in REST (the contract's `GET /store/live/streams` shape, plus
 * `title_en` and `description`).
 */
export function streamRest(
  s: Pick<StreamRow, "id" | "title_vi" | "title_en" | "description" | "status" | "scheduled_at" | "started_at" | "ended_at" | "video_kind" | "video_url" | "pinned_product_ids" | "producer_id">,
  o: { producer: ProducerRef; seller?: SellerRest; viewerCount: number }
) {
  return {
    id: s.id,
    title: s.title_vi,
    title_en: s.title_en ?? null,
    description: s.description ?? null,
    status: s.status,
    scheduled_at: iso(s.scheduled_at),
    started_at: iso(s.started_at),
    ended_at: iso(s.ended_at),
    producer: o.producer ?? { id: s.producer_id, name: "" },
    seller: o.seller ?? sellerRest(s.producer_id, null, null),
    video: s.video_kind === "shop"
      ? { kind: s.video_kind, url: s.video_url ?? null, flvUrl: shopFlvUrl(s.video_url ?? null) }
      : { kind: s.video_kind, url: s.video_url ?? null },
    pinned_product_ids: (s.pinned_product_ids ?? []) as string[],
    viewer_count: s.status === "live" ? o.viewerCount : 0,
  }
}

/** An offer in REST: money in integer VND, `left` = units still claimable. */
export function offerRest(o: OfferRow, left: number) {
  return {
    id: o.id,
    stream_id: o.stream_id,
    variant_id: o.variant_id,
    product_id: o.product_id,
    title: o.title,
    thumbnail: o.thumbnail,
    price: o.price,
    original_price: o.original_price,
    quantity: o.quantity,
    left,
    per_customer_limit: o.per_customer_limit,
    starts_at: iso(o.starts_at),
    ends_at: iso(o.ends_at),
    status: o.status,
    end_reason: o.end_reason,
  }
}

export type OfferRest = ReturnType<typeof offerRest>
