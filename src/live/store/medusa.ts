import type { Db } from "../types"

/**
 * Reads of Medusa's own tables (same database): publishable keys,
 * customers, carts, variants and prices. Column names as in Medusa 2.21.
 */

export async function isPublishableKeyValid(db: Db, token: string): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT id FROM api_key WHERE token = $1 AND type = 'publishable'
       AND revoked_at IS NULL AND deleted_at IS NULL LIMIT 1`,
    [token]
  )
  return rows.length > 0
}

export async function customerName(db: Db, id: string): Promise<string | null> {
  const { rows } = await db.query(
    `SELECT first_name, last_name FROM customer WHERE id = $1 AND deleted_at IS NULL`,
    [id]
  )
  if (!rows[0]) {
    return null
  }
  const name = [rows[0].first_name, rows[0].last_name].filter(Boolean).join(" ")
  return name || null
}

export type CartInfo = { id: string; customer_id: string | null; completed_at: Date | null }

export async function getCart(db: Db, id: string): Promise<CartInfo | null> {
  const { rows } = await db.query(
    `SELECT id, customer_id, completed_at FROM cart WHERE id = $1 AND deleted_at IS NULL`,
    [id]
  )
  return rows[0] ?? null
}

export type VariantInfo = {
  variantId: string
  productId: string
  title: string
  thumbnail: string | null
  /** The variant's regular VND price (no price list), if it has one. */
  originalPrice: number | null
}

export async function getVariant(db: Db, id: string): Promise<VariantInfo | null> {
  const { rows } = await db.query(
    `SELECT v.id, v.product_id, v.title AS variant_title, p.title AS product_title,
       p.thumbnail,
       (SELECT pr.amount FROM product_variant_price_set pvps
          JOIN price pr ON pr.price_set_id = pvps.price_set_id
        WHERE pvps.variant_id = v.id AND pvps.deleted_at IS NULL
          AND pr.deleted_at IS NULL AND pr.currency_code = 'vnd'
          AND pr.price_list_id IS NULL AND pr.rules_count = 0
        ORDER BY pr.min_quantity NULLS FIRST LIMIT 1) AS original_price
     FROM product_variant v JOIN product p ON p.id = v.product_id
     WHERE v.id = $1 AND v.deleted_at IS NULL AND p.deleted_at IS NULL`,
    [id]
  )
  const r = rows[0]
  if (!r) {
    return null
  }
  const title =
    r.variant_title && r.variant_title !== "Default variant"
      ? `${r.product_title} - ${r.variant_title}`
      : r.product_title
  return {
    variantId: r.id,
    productId: r.product_id,
    title,
    thumbnail: r.thumbnail ?? null,
    originalPrice: r.original_price == null ? null : Math.round(Number(r.original_price)),
  }
}

/**
 * The OCOP producer owning each product that exists (null: the product has
 * no OCOP provenance), from the OCOP module's table in the same database.
 * Products not in the map do not exist.
 */
export async function productOwners(db: Db, productIds: string[]): Promise<Map<string, string | null>> {
  if (!productIds.length) {
    return new Map()
  }
  const { rows } = await db.query(
    `SELECT p.id,
       (SELECT pv.producer_id FROM ocop_product_provenance pv
        WHERE pv.product_id = p.id AND pv.deleted_at IS NULL LIMIT 1) AS producer_id
     FROM product p WHERE p.id = ANY($1) AND p.deleted_at IS NULL`,
    [productIds]
  )
  return new Map(rows.map((r) => [r.id as string, (r.producer_id as string | null) ?? null]))
}
