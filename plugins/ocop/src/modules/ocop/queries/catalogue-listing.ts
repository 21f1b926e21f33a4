/**
 * Keeps `ocop_catalogue_listing` (the narrow rows the catalogue statement
 * scans) in step with `ocop_catalogue_entry` for some products, in the
 * transaction that wrote or removed their entry rows: a published, not
 * deleted entry gets its listing row (inserted or replaced), any other
 * product loses it. Bindings: the product ids as a text[] literal, twice.
 *
 * What each column is, from the entry: the badge's certificate condition
 * (status active, 3 stars or more, as `badge_stars` in queries/catalogue.ts)
 * kept as the date it holds until; the months in season as bits; marks null
 * when there are none.
 */
export const SYNC_LISTING_SQL = `
WITH gone AS (
  DELETE FROM ocop_catalogue_listing l
  WHERE l.product_id = ANY(?::text[]) AND NOT EXISTS (
    SELECT 1 FROM ocop_catalogue_entry e
    WHERE e.product_id = l.product_id AND e.deleted_at IS NULL AND e.status = 'published'
  )
)
INSERT INTO ocop_catalogue_listing (
  product_id, version, in_stock, product_created_at, stars, badge_until, season_mask, sales_channel_ids,
  "group", district, district_key, commune_key, producer_id, marks, standard_kinds, prices, title, titles,
  search_text, search_bigrams
)
SELECT e.product_id, e.updated_at, e.in_stock, e.product_created_at, e.stars,
  CASE WHEN e.cert_status = 'active' AND COALESCE(e.stars, 3) >= 3 THEN e.valid_until END,
  CASE WHEN jsonb_typeof(e.season_months) = 'array' THEN COALESCE((
    SELECT bit_or(1 << (m::text::int - 1)) FROM jsonb_array_elements(e.season_months) m
    WHERE jsonb_typeof(m) = 'number' AND m::text IN ('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12')
  ), 0) ELSE 0 END,
  e.sales_channel_ids, e."group", e.district, e.district_key, e.commune_key, e.producer_id,
  NULLIF(e.marks, '[]'::jsonb), e.standard_kinds, e.prices, e.title, e.titles, e.search_text, e.search_bigrams
FROM ocop_catalogue_entry e
WHERE e.product_id = ANY(?::text[]) AND e.deleted_at IS NULL AND e.status = 'published'
ON CONFLICT (product_id) DO UPDATE SET
  version = EXCLUDED.version, in_stock = EXCLUDED.in_stock, product_created_at = EXCLUDED.product_created_at,
  stars = EXCLUDED.stars, badge_until = EXCLUDED.badge_until, season_mask = EXCLUDED.season_mask,
  sales_channel_ids = EXCLUDED.sales_channel_ids, "group" = EXCLUDED."group", district = EXCLUDED.district,
  district_key = EXCLUDED.district_key, commune_key = EXCLUDED.commune_key, producer_id = EXCLUDED.producer_id,
  marks = EXCLUDED.marks, standard_kinds = EXCLUDED.standard_kinds, prices = EXCLUDED.prices,
  title = EXCLUDED.title, titles = EXCLUDED.titles, search_text = EXCLUDED.search_text,
  search_bigrams = EXCLUDED.search_bigrams, updated_at = now()`
