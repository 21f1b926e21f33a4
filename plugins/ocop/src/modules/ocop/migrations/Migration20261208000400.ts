import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Written by hand (issue #13): `ocop_catalogue_listing`, the narrow rows the
// catalogue statement scans (models/catalogue-listing.ts), one per listed
// product, kept by the module's service with the entry rows. Columns are in
// the order the statement reads them (fixed-width first, the sort keys only a
// price or title order reads last). The rows of the entries written before
// are derived here as the service derives them (queries/catalogue-listing.ts);
// the next refresh rewrites them. The search indexes move with the search.
export class Migration20261208000400 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_catalogue_listing" ("product_id" text not null, "version" timestamptz not null, "in_stock" boolean not null default false, "product_created_at" timestamptz not null, "stars" integer null, "badge_until" timestamptz null, "season_mask" integer not null default 0, "sales_channel_ids" text[] not null default '{}', "group" text null, "district" text null, "district_key" text null, "commune_key" text null, "producer_id" text null, "marks" jsonb null, "standard_kinds" text[] not null default '{}', "prices" jsonb not null default '{}', "title" text not null, "titles" jsonb not null default '{}', "search_text" text not null default '', "search_bigrams" text[] not null default '{}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_catalogue_listing_pkey" primary key ("product_id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_listing_producer" ON "ocop_catalogue_listing" ("producer_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_listing_commune" ON "ocop_catalogue_listing" ("commune_key");`);
    // the search indexes move from the entry rows (nothing else searches them) to the listing
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_listing_bigrams" ON "ocop_catalogue_listing" USING gin ("search_bigrams");`);
    this.addSql(`drop index if exists "IDX_ocop_catalogue_entry_bigrams";`);
    this.addSql(`DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_listing_search" ON "ocop_catalogue_listing" USING gin ("search_text" gin_trgm_ops);
  END IF;
END $$;`);
    this.addSql(`drop index if exists "IDX_ocop_catalogue_entry_search";`);
    this.addSql(`INSERT INTO "ocop_catalogue_listing" (
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
FROM "ocop_catalogue_entry" e
WHERE e.deleted_at IS NULL AND e.status = 'published'
ON CONFLICT (product_id) DO NOTHING;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_catalogue_listing" cascade;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_bigrams" ON "ocop_catalogue_entry" USING gin ("search_bigrams") WHERE status = 'published';`);
    this.addSql(`DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_search" ON "ocop_catalogue_entry" USING gin ("search_text" gin_trgm_ops) WHERE status = 'published';
  END IF;
END $$;`);
  }

}
