/**
 * Field lists for the store OCOP routes. Query resolves only one read-only
 * link per module in a `product` graph, so the product page reads the
 * product (with `product.ocop_certifications`) and its provenance
 * (`ocop_product_provenance`, by product id) in two calls.
 */

/** Product fields of a catalogue card (Medusa's store product fields the contract names). */
export const CARD_PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  // e.g. the store's alcohol_abv: a card hides the price of alcohol until the buyer says 18+
  "metadata",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.variant_rank",
  "variants.calculated_price.*",
]

/** The product page adds images, options, every certification and the full provenance records. */
export const DETAIL_PRODUCT_FIELDS = [
  ...CARD_PRODUCT_FIELDS,
  "ocop_certifications.*",
  "created_at",
  "images.url",
  // ids too: the Translation Module finds an option's, a value's texts by id
  "options.id",
  "options.title",
  "options.values.id",
  "options.values.value",
  "variants.options.id",
  "variants.options.value",
]

export const DETAIL_PROVENANCE_FIELDS = [
  "*",
  "producer.*",
  "marks.*",
  "marks.use_rights.*",
  "planting_areas.*",
  "standards.*",
]
