import { randomBytes } from "crypto"
import jwt from "jsonwebtoken"
import type { Pool } from "pg"
import { ID_PREFIX, newId } from "../../../src/modules/livestream/lib/ids"
import { insertOffer } from "../../../src/modules/livestream/store/offers"
import { insertStream } from "../../../src/modules/livestream/store/streams"
import { activeVerification, insertVerification } from "../../../src/modules/livestream/store/verifications"
import { minimiseIdNumber } from "../../../src/modules/livestream/lib/seller-verification"
import type { OfferRow } from "../../../src/modules/livestream/lib/types"
import { JWT_SECRET, medusaFixtures } from "./fake-medusa"

export { JWT_SECRET }

export function tokenFor(actorType: "customer" | "producer" | "user", actorId: string) {
  return jwt.sign({ actor_id: actorId, actor_type: actorType, auth_identity_id: "authid_test" }, JWT_SECRET, {
    expiresIn: "1h",
  })
}

/** A publishable key the fake Medusa backend knows (`db`: unused, Medusa's data is not in it). */
export async function seedPublishableKey(_db: Pool, revoked = false): Promise<string> {
  const token = `pk_${randomBytes(12).toString("hex")}`
  medusaFixtures.keys.set(token, { revoked })
  return token
}

/** Revokes a publishable key in the fake Medusa backend. */
export function revokePublishableKey(token: string) {
  medusaFixtures.keys.set(token, { revoked: true })
}

/** A customer with a name, in the fake Medusa backend. */
export function seedCustomer(id: string, first_name: string | null, last_name: string | null) {
  medusaFixtures.customers.set(id, { first_name, last_name })
}

/** A cart in the fake Medusa backend. */
export function seedCart(o: { customerId?: string | null; completed?: boolean } = {}): string {
  const id = newId("cart")
  medusaFixtures.carts.set(id, { customer_id: o.customerId ?? null, completed_at: o.completed ? new Date().toISOString() : null })
  return id
}

/** An active identity verification of the seller (a stream goes live only with one), through the module's store. */
export async function verifySeller(db: Pool, sellerId: string): Promise<void> {
  if (await activeVerification(db, sellerId)) {
    return
  }
  await insertVerification(db, {
    seller_id: sellerId,
    legal_name: "Hợp tác xã thử nghiệm",
    ...minimiseIdNumber("012345678901", "live-tests"),
    method: "vneid_level_2",
    verified_at: new Date(Date.now() - 60_000),
    verified_by: "user_admin",
  })
}

/** A stream of `producerId`, whose identity is verified unless `verified: false`. */
export async function seedStream(
  db: Pool,
  o: { producerId: string; status?: "scheduled" | "live" | "ended"; slowMode?: number; verified?: boolean }
): Promise<string> {
  if (o.verified !== false) {
    await verifySeller(db, o.producerId)
  }
  const id = newId(ID_PREFIX.stream)
  await insertStream(db, {
    id, producer_id: o.producerId, title_vi: "Phiên live thử", title_en: "Test live", status: o.status ?? "live",
    video_kind: "hls", video_url: "https://example.test/live.m3u8", slow_mode_seconds: o.slowMode ?? 0,
  })
  return id
}

/** A product in the fake Medusa backend, owned by `producerId` (the seller directory) if given. */
export async function seedProduct(_db: Pool, o: { id?: string; producerId?: string } = {}): Promise<string> {
  const id = o.id ?? newId("prod")
  medusaFixtures.products.set(id, { id, title: "Hồi khô Lạng Sơn", thumbnail: null, sellerId: o.producerId ?? null })
  return id
}

/**
 * A variant in the fake Medusa backend, with a VND price (its product owned by `producerId`, if given)
 * and `available` units in inventory (null: inventory not tracked).
 */
export async function seedVariant(
  db: Pool,
  price = 120_000,
  producerId?: string,
  available: number | null = null
): Promise<{ variantId: string; productId: string }> {
  const productId = await seedProduct(db, { producerId })
  const variantId = newId("variant")
  medusaFixtures.variants.set(variantId, { id: variantId, productId, title: "500 g", price, available })
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
