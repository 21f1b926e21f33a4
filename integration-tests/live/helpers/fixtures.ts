import { randomBytes } from "crypto"
import jwt from "jsonwebtoken"
import type { Pool } from "pg"
import { ID_PREFIX, newId } from "../../../src/live/ids"
import { insertOffer } from "../../../src/live/store/offers"
import type { OfferRow } from "../../../src/live/types"

export const JWT_SECRET = "live-test-secret"

export function tokenFor(actorType: "customer" | "producer" | "user", actorId: string) {
  return jwt.sign({ actor_id: actorId, actor_type: actorType, auth_identity_id: "authid_test" }, JWT_SECRET, {
    expiresIn: "1h",
  })
}

export async function seedPublishableKey(db: Pool, revoked = false): Promise<string> {
  const token = `pk_${randomBytes(12).toString("hex")}`
  await db.query(`INSERT INTO api_key (id, token, type, revoked_at) VALUES ($1, $2, 'publishable', $3)`, [
    newId("apk"), token, revoked ? new Date() : null,
  ])
  return token
}

export async function seedStream(
  db: Pool,
  o: { producerId: string; status?: "scheduled" | "live" | "ended"; slowMode?: number }
): Promise<string> {
  const id = newId(ID_PREFIX.stream)
  await db.query(
    `INSERT INTO live_stream (id, producer_id, title_vi, title_en, status, video_kind, video_url,
       slow_mode_seconds, started_at)
     VALUES ($1, $2, 'Phiên live thử', 'Test live', $3, 'hls', 'https://example.test/live.m3u8', $4,
       CASE WHEN $3 = 'live' THEN now() END)`,
    [id, o.producerId, o.status ?? "live", o.slowMode ?? 0]
  )
  return id
}

/** A product in the Medusa stub tables, owned by `producerId` (OCOP provenance) if given. */
export async function seedProduct(db: Pool, o: { id?: string; producerId?: string } = {}): Promise<string> {
  const id = o.id ?? newId("prod")
  await db.query(`INSERT INTO product (id, title, thumbnail) VALUES ($1, 'Hồi khô Lạng Sơn', null)`, [id])
  if (o.producerId) {
    await db.query(`INSERT INTO ocop_product_provenance (id, product_id, producer_id) VALUES ($1, $2, $3)`, [
      newId("prov"), id, o.producerId,
    ])
  }
  return id
}

/** A variant in the Medusa stub tables, with a VND price (its product owned by `producerId`, if given). */
export async function seedVariant(
  db: Pool,
  price = 120_000,
  producerId?: string
): Promise<{ variantId: string; productId: string }> {
  const productId = await seedProduct(db, { producerId })
  const variantId = newId("variant")
  const priceSetId = newId("pset")
  await db.query(`INSERT INTO product_variant (id, product_id, title) VALUES ($1, $2, '500 g')`, [variantId, productId])
  await db.query(`INSERT INTO product_variant_price_set (id, variant_id, price_set_id) VALUES ($1, $2, $3)`, [
    newId("pvps"), variantId, priceSetId,
  ])
  await db.query(`INSERT INTO price (id, price_set_id, currency_code, amount) VALUES ($1, $2, 'vnd', $3)`, [
    newId("price"), priceSetId, price,
  ])
  return { variantId, productId }
}

/** A live offer, claimable now (tests skip the countdown). */
export async function seedOffer(
  db: Pool,
  o: { streamId: string; quantity: number; perCustomerLimit?: number; price?: number; durationSec?: number }
): Promise<OfferRow> {
  return insertOffer(db, {
    id: newId(ID_PREFIX.offer),
    streamId: o.streamId,
    variantId: newId("variant"),
    productId: newId("prod"),
    title: "Na Chi Lăng (hộp 2 kg)",
    thumbnail: null,
    price: o.price ?? 99_000,
    originalPrice: 150_000,
    quantity: o.quantity,
    perCustomerLimit: o.perCustomerLimit ?? 1,
    startsInSec: -1,
    durationSec: (o.durationSec ?? 600) + 1,
    live: true,
  })
}

export const uniqueKey = (label: string) => `${label}-${randomBytes(6).toString("hex")}`
