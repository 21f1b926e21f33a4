import { shopFlvUrl } from "../lib/video"
import type { ClaimRow, OfferRow, StreamRow } from "../lib/types"

/** An offer as the contract sends it (times in epoch ms, money in VND). */
export function offerView(o: OfferRow, left: number) {
  return {
    id: o.id,
    streamId: o.stream_id,
    variantId: o.variant_id,
    productId: o.product_id,
    title: o.title,
    thumbnail: o.thumbnail,
    price: o.price,
    originalPrice: o.original_price,
    quantity: o.quantity,
    left,
    perCustomerLimit: o.per_customer_limit,
    startsAt: new Date(o.starts_at).getTime(),
    endsAt: new Date(o.ends_at).getTime(),
    status: o.status,
    endReason: o.end_reason,
  }
}

export type OfferView = ReturnType<typeof offerView>

export function streamView(s: StreamRow) {
  const ms = (d: Date | null) => (d ? new Date(d).getTime() : null)
  return {
    id: s.id,
    title: s.title_vi,
    titleVi: s.title_vi,
    titleEn: s.title_en,
    description: s.description,
    status: s.status,
    producerId: s.producer_id,
    scheduledAt: ms(s.scheduled_at),
    startedAt: ms(s.started_at),
    endedAt: ms(s.ended_at),
    video: s.video_kind === "shop"
      ? { kind: s.video_kind, url: s.video_url, flvUrl: shopFlvUrl(s.video_url) }
      : { kind: s.video_kind, url: s.video_url },
    slowModeSeconds: s.slow_mode_seconds,
  }
}

export function claimView(c: ClaimRow) {
  return {
    id: c.id,
    offerId: c.offer_id,
    status: c.status,
    quantity: c.quantity,
    price: c.price,
    expiresAt: new Date(c.expires_at).getTime(),
  }
}
