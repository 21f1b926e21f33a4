/**
 * The products whose catalogue rows show a record (bound parameter: the
 * record ids as a text[] literal). Planting areas are not on the rows.
 */
export const RECORD_PRODUCTS_SQL: Record<string, string | null> = {
  producer: `SELECT product_id FROM ocop_product_provenance WHERE producer_id = ANY(?::text[]) AND deleted_at IS NULL`,
  mark: `SELECT pv.product_id FROM ocop_provenance_mark pm
    JOIN ocop_product_provenance pv ON pv.id = pm.provenance_id AND pv.deleted_at IS NULL
    WHERE pm.mark_id = ANY(?::text[])`,
  standard: `SELECT pv.product_id FROM ocop_provenance_standard ps
    JOIN ocop_product_provenance pv ON pv.id = ps.provenance_id AND pv.deleted_at IS NULL
    WHERE ps.standard_id = ANY(?::text[])`,
  mark_use_right: `SELECT pv.product_id FROM ocop_mark_use_right r
    JOIN ocop_provenance_mark pm ON pm.mark_id = r.mark_id
    JOIN ocop_product_provenance pv ON pv.id = pm.provenance_id AND pv.producer_id = r.producer_id AND pv.deleted_at IS NULL
    WHERE r.id = ANY(?::text[])`,
  planting_area: null,
}
