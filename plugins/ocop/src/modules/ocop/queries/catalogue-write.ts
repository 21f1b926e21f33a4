import type { CatalogueEntryInput } from "../lib/catalogue/entry"

/** The columns the refresh writes, with their types for jsonb_to_recordset. */
const COLUMNS: [keyof CatalogueEntryInput | "id", string][] = [
  ["id", "text"],
  ["product_id", "text"],
  ["status", "text"],
  ["sales_channel_ids", "text[]"],
  ["title", "text"],
  ["handle", "text"],
  ["search_text", "text"],
  ["search_bigrams", "text[]"],
  ["titles", "jsonb"],
  ["product_created_at", "timestamptz"],
  ["prices", "jsonb"],
  ["in_stock", "boolean"],
  ["stars", "integer"],
  ["cert_status", "text"],
  ["valid_until", "timestamptz"],
  ["group", "text"],
  ["producer_id", "text"],
  ["district", "text"],
  ["district_key", "text"],
  ["commune_key", "text"],
  ["season_months", "jsonb"],
  ["marks", "jsonb"],
  ["standard_kinds", "text[]"],
  ["stats_producer_id", "text"],
  ["has_marks", "boolean"],
  ["has_expired_certificate", "boolean"],
  ["source_at", "timestamptz"],
]

const q = (name: string) => `"${name}"`

/**
 * Inserts or replaces rows by product id from one bound jsonb array of
 * entries (`jsonb_to_recordset`), in one statement. Unless forced (a
 * compensation putting rows back), a row built from older reads
 * (`source_at`) does not replace a newer one.
 */
export const upsertCatalogueSql = (force: boolean) => `
INSERT INTO ocop_catalogue_entry (${COLUMNS.map(([c]) => q(c)).join(", ")})
SELECT ${COLUMNS.map(([c]) => `x.${q(c)}`).join(", ")}
FROM jsonb_to_recordset(?::jsonb) AS x(${COLUMNS.map(([c, t]) => `${q(c)} ${t}`).join(", ")})
ON CONFLICT (product_id) DO UPDATE SET
  ${COLUMNS.filter(([c]) => c !== "id" && c !== "product_id").map(([c]) => `${q(c)} = EXCLUDED.${q(c)}`).join(",\n  ")},
  updated_at = now(), deleted_at = NULL${force ? "" : "\nWHERE ocop_catalogue_entry.source_at <= EXCLUDED.source_at"}`

/** The stored rows of some products, as entries (to restore them on compensation). */
export const SELECT_ENTRIES_SQL = `
SELECT ${COLUMNS.filter(([c]) => c !== "id").map(([c]) => q(c)).join(", ")}
FROM ocop_catalogue_entry WHERE product_id = ANY(?::text[])`

/** Bindings: the product ids, then a time: only rows written from reads before it (null: any). */
export const DELETE_ENTRIES_SQL = `DELETE FROM ocop_catalogue_entry
WHERE product_id = ANY(?::text[]) AND (?::timestamptz IS NULL OR source_at < ?::timestamptz)
RETURNING ${COLUMNS.filter(([c]) => c !== "id").map(([c]) => q(c)).join(", ")}`

/** Removes rows whose product is not among the given ones (a full rebuild's leftovers), returning them. */
export const PRUNE_ENTRIES_SQL = `
DELETE FROM ocop_catalogue_entry WHERE NOT (product_id = ANY(?::text[])) AND source_at < ?::timestamptz
RETURNING ${COLUMNS.filter(([c]) => c !== "id").map(([c]) => q(c)).join(", ")}`
