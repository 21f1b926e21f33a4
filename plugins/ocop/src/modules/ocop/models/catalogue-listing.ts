import { model } from "@medusajs/framework/utils"

/**
 * The narrow half of the catalogue's read model: one row per product the
 * store lists (its `ocop_catalogue_entry` row is published and not
 * deleted) with only what the catalogue statement filters, counts and
 * sorts on, in the form it reads (no handle, certificate record or
 * statistics; the badge's certificate condition kept as a date). A
 * catalogue request scans every listed row of the key's channels, so the
 * work per row sets its cost: the columns every request reads come first,
 * those only an order or a search reads last (a row is read only up to the
 * last column a statement uses).
 *
 * Derived in SQL from the entry rows by this module's service whenever it
 * writes or removes them (`queries/catalogue-listing.ts`), in the same
 * transaction; never written elsewhere, never a source of truth. Rows are
 * removed, not soft-deleted.
 */
const OcopCatalogueListing = model.define("ocop_catalogue_listing", {
  product_id: model.text().primaryKey(),
  /** the entry row's `updated_at`: the version a product's cached card is keyed by */
  version: model.dateTime(),
  in_stock: model.boolean().default(false),
  product_created_at: model.dateTime(),
  stars: model.number().nullable(),
  /** the certificate's valid-until when it can give a badge (active, 3 stars or more); the badge holds while it is not before the day */
  badge_until: model.dateTime().nullable(),
  /** the months in season as bits (bit 0 = January); 0 when none are known */
  season_mask: model.number().default(0),
  sales_channel_ids: model.array(),
  group: model.text().nullable(),
  district: model.text().nullable(),
  district_key: model.text().nullable(),
  commune_key: model.text().nullable(),
  producer_id: model.text().nullable(),
  /** the entry's marks, null when it has none */
  marks: model.json().nullable(),
  standard_kinds: model.array(),
  /** sort keys read only by a price or title order */
  prices: model.json(),
  title: model.text(),
  titles: model.json(),
  /** the entry's search text and its Chinese bigrams, read only by a search (`q`) */
  search_text: model.text(),
  search_bigrams: model.array(),
})

export default OcopCatalogueListing
