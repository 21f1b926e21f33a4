import type { Db, DbClient, OfferRow } from "../lib/types"

type Q = Db | DbClient

export const OFFER_COLUMNS = `id, stream_id, variant_id, product_id, title, thumbnail, price,
  original_price, quantity, claimed, per_customer_limit, starts_at, ends_at, status,
  end_reason, ended_at`

export type NewOffer = {
  id: string
  streamId: string
  variantId: string
  productId: string
  title: string
  thumbnail: string | null
  price: number
  originalPrice: number | null
  quantity: number
  perCustomerLimit: number
  startsInSec: number
  durationSec: number
  /** Insert as live immediately (tests, Medusa-side tools); default scheduled. */
  live?: boolean
}

export async function insertOffer(db: Q, o: NewOffer): Promise<OfferRow> {
  const { rows } = await db.query(
    `INSERT INTO live_offer (id, stream_id, variant_id, product_id, title, thumbnail, price,
       original_price, quantity, per_customer_limit, starts_at, ends_at, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
       now() + make_interval(secs => $11),
       now() + make_interval(secs => $11 + $12), $13)
     RETURNING ${OFFER_COLUMNS}`,
    [
      o.id, o.streamId, o.variantId, o.productId, o.title, o.thumbnail, o.price,
      o.originalPrice, o.quantity, o.perCustomerLimit, o.startsInSec, o.durationSec,
      o.live ? "live" : "scheduled",
    ]
  )
  return rows[0]
}

/**
 * Units the open (scheduled or live) offers of a variant still promise:
 * their quantity less what was bought (bought units are Medusa reservations,
 * already out of the inventory's available quantity).
 */
export async function promisedUnits(db: Q, variantId: string): Promise<number> {
  const { rows } = await db.query(
    `SELECT coalesce(sum(o.quantity - (SELECT coalesce(sum(c.quantity), 0) FROM live_claim c
       WHERE c.offer_id = o.id AND c.status = 'converted' AND c.deleted_at IS NULL)), 0)::int AS n
     FROM live_offer o
     WHERE o.variant_id = $1 AND o.deleted_at IS NULL AND o.status IN ('scheduled', 'live')`,
    [variantId]
  )
  return rows[0].n
}

export async function getOffer(db: Q, id: string): Promise<OfferRow | null> {
  const { rows } = await db.query(
    `SELECT ${OFFER_COLUMNS} FROM live_offer WHERE id = $1 AND deleted_at IS NULL`,
    [id]
  )
  return rows[0] ?? null
}

/** Offers a viewer should see on join: upcoming and running. */
export async function listOpenOffers(db: Q, streamId: string): Promise<OfferRow[]> {
  const { rows } = await db.query(
    `SELECT ${OFFER_COLUMNS} FROM live_offer
     WHERE stream_id = $1 AND deleted_at IS NULL AND status IN ('scheduled', 'live')
     ORDER BY starts_at`,
    [streamId]
  )
  return rows
}

export async function countOpenOffers(db: Q, streamId: string): Promise<number> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS n FROM live_offer
     WHERE stream_id = $1 AND deleted_at IS NULL AND status IN ('scheduled', 'live')`,
    [streamId]
  )
  return rows[0].n
}

/** Starts due scheduled offers; each row is returned to exactly one caller. */
export async function startDueOffers(db: Q, offerId?: string): Promise<OfferRow[]> {
  const { rows } = await db.query(
    `UPDATE live_offer SET status = 'live', updated_at = now()
     WHERE status = 'scheduled' AND deleted_at IS NULL
       AND starts_at <= now() + interval '20 milliseconds'
       AND ($1::text IS NULL OR id = $1)
     RETURNING ${OFFER_COLUMNS}`,
    [offerId ?? null]
  )
  return rows
}

/**
 * Ends offers whose time is up (reason `sold_out` when nothing is left,
 * else `time`), or the given offers with `reason`.
 */
export async function endOffers(
  db: Q,
  filter: { due: true } | { ids: string[]; reason: "stopped" | "sold_out" },
  rederive: boolean
): Promise<OfferRow[]> {
  const byIds = "ids" in filter
  // Postgres engine: `claimed` is the truth (re-read after the row lock).
  // Redis engine: Postgres only follows, so re-derive it from the claims.
  const claimed = rederive ? "s.claimed" : "o.claimed"
  const { rows } = await db.query(
    `WITH target AS (
       SELECT id FROM live_offer
       WHERE deleted_at IS NULL AND status IN ('scheduled', 'live')
         AND (${byIds ? "id = ANY($1::text[])" : "status = 'live' AND ends_at <= now()"})
       FOR UPDATE
     ), sums AS (
       SELECT t.id, coalesce((SELECT sum(c.quantity) FROM live_claim c
         WHERE c.offer_id = t.id AND c.status IN ('held', 'converted')
           AND c.deleted_at IS NULL), 0)::int AS claimed
       FROM target t
     )
     UPDATE live_offer o SET status = 'ended', ended_at = now(), updated_at = now(),
       claimed = ${claimed},
       end_reason = ${byIds ? "$2" : `CASE WHEN ${claimed} >= o.quantity THEN 'sold_out' ELSE 'time' END`}
     FROM sums s WHERE o.id = s.id
     RETURNING ${OFFER_COLUMNS.split(",").map((c) => "o." + c.trim()).join(", ")}`,
    byIds ? [filter.ids, filter.reason] : []
  )
  return rows
}

export async function listOpenOfferIds(db: Q, streamId: string): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT id FROM live_offer WHERE stream_id = $1 AND deleted_at IS NULL
       AND status IN ('scheduled', 'live')`,
    [streamId]
  )
  return rows.map((r) => r.id)
}

/** Re-derives `claimed` from held + converted claims (Redis engine sync). */
export async function syncClaimed(db: Q, offerId: string): Promise<void> {
  await db.query(
    `UPDATE live_offer SET claimed = (SELECT coalesce(sum(quantity), 0) FROM live_claim
       WHERE offer_id = $1 AND status IN ('held', 'converted') AND deleted_at IS NULL),
       updated_at = now()
     WHERE id = $1`,
    [offerId]
  )
}

export async function listOffersDueForTimers(db: Q): Promise<OfferRow[]> {
  const { rows } = await db.query(
    `SELECT ${OFFER_COLUMNS} FROM live_offer WHERE deleted_at IS NULL
       AND status IN ('scheduled', 'live')
       AND ((status = 'scheduled' AND starts_at <= now() + interval '5 seconds')
         OR (status = 'live' AND ends_at <= now() + interval '5 seconds'))`
  )
  return rows
}

/** Ends a running offer whose units are all bought (reason `sold_out`). */
export async function endOfferIfAllConverted(db: Q, offerId: string): Promise<OfferRow[]> {
  const { rows } = await db.query(
    `UPDATE live_offer o SET status = 'ended', end_reason = 'sold_out', ended_at = now(),
       updated_at = now()
     WHERE o.id = $1 AND o.status IN ('scheduled', 'live') AND o.quantity <= (
       SELECT coalesce(sum(quantity), 0) FROM live_claim
       WHERE offer_id = $1 AND status = 'converted' AND deleted_at IS NULL)
     RETURNING ${OFFER_COLUMNS}`,
    [offerId]
  )
  return rows
}

/** Every offer of a stream, ended ones too, by start. */
export async function listStreamOffers(db: Q, streamId: string): Promise<OfferRow[]> {
  const { rows } = await db.query(
    `SELECT ${OFFER_COLUMNS} FROM live_offer WHERE stream_id = $1 AND deleted_at IS NULL
     ORDER BY starts_at`,
    [streamId]
  )
  return rows
}
