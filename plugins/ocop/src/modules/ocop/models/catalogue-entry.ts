import { model } from "@medusajs/framework/utils"

/**
 * The OCOP catalogue's read model: one row per product with what the store
 * catalogue filters, sorts, searches and counts on. Written only by this
 * module's service (`writeCatalogueEntries`), from the
 * `refresh-ocop-catalogue` workflow; never a source of truth.
 */
const OcopCatalogueEntry = model
  .define("ocop_catalogue_entry", {
    id: model.id({ prefix: "occe" }).primaryKey(),
    product_id: model.text(),
    /** the product's status; only "published" rows are listed */
    status: model.text(),
    sales_channel_ids: model.array(),
    title: model.text(),
    handle: model.text(),
    /**
     * folded (accent-free, lower-case, Chinese kept) words to search, each
     * preceded by a space: the product's own texts and its translated titles
     * and subtitles in every locale
     */
    search_text: model.text(),
    /** the Chinese bigrams of `search_text` (GIN index): 2-character Chinese queries, which pg_trgm cannot index */
    search_bigrams: model.array(),
    /** the translated titles by locale code, e.g. { "zh-CN": "谅山八角（支陵大料）" } (the Translation Module's) */
    titles: model.json(),
    product_created_at: model.dateTime(),
    /** lowest base price per currency code, e.g. { "vnd": 65000 } */
    prices: model.json(),
    in_stock: model.boolean().default(false),
    /** the current certification (the badge is derived at read time from status and valid_until) */
    stars: model.number().nullable(),
    cert_status: model.text().nullable(),
    valid_until: model.dateTime().nullable(),
    group: model.text().nullable(),
    producer_id: model.text().nullable(),
    district: model.text().nullable(),
    district_key: model.text().nullable(),
    commune_key: model.text().nullable(),
    season_months: model.json().nullable(),
    /** marks with a recorded right: { id, kind, registry_number, granted_at, valid_until, revoked_at } */
    marks: model.json(),
    standard_kinds: model.array(),
    /** for /store/ocop/stats: the producer counted (provenance's, else the certificate's) */
    stats_producer_id: model.text().nullable(),
    /** the provenance lists a mark (IP-protected), with or without a recorded use right */
    has_marks: model.boolean().default(false),
    /** some certification record is stored as expired (for "expired, not renewed") */
    has_expired_certificate: model.boolean().default(false),
    /** when the refresh that wrote the row started reading: an older refresh never overwrites a newer one */
    source_at: model.dateTime(),
  })
  .indexes([{ on: ["product_id"], unique: true }])

export default OcopCatalogueEntry
