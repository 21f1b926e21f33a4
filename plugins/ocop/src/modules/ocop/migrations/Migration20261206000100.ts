import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Written by hand (issue #13): the OCOP catalogue's read model, one row per
// product, filtered, sorted and counted in SQL. A trigram index for `q`
// where pg_trgm can be installed (the search still works without it).
export class Migration20261206000100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_catalogue_entry" ("id" text not null, "product_id" text not null, "status" text not null, "sales_channel_ids" text[] not null default '{}', "title" text not null, "handle" text not null, "search_text" text not null, "product_created_at" timestamptz not null, "prices" jsonb not null default '{}', "in_stock" boolean not null default false, "stars" integer null, "cert_status" text null, "valid_until" timestamptz null, "group" text null, "producer_id" text null, "district" text null, "district_key" text null, "commune_key" text null, "season_months" jsonb null, "marks" jsonb not null default '[]', "standard_kinds" text[] not null default '{}', "source_at" timestamptz not null default now(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_catalogue_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_product_id_unique" ON "ocop_catalogue_entry" ("product_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_deleted_at" ON "ocop_catalogue_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_channels" ON "ocop_catalogue_entry" USING gin ("sales_channel_ids") WHERE status = 'published';`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_badge" ON "ocop_catalogue_entry" ("stars" DESC, "product_id" DESC) WHERE status = 'published' AND cert_status = 'active';`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_group" ON "ocop_catalogue_entry" ("group") WHERE status = 'published';`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_district" ON "ocop_catalogue_entry" ("district_key") WHERE status = 'published';`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_producer" ON "ocop_catalogue_entry" ("producer_id") WHERE status = 'published';`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_created" ON "ocop_catalogue_entry" ("product_created_at" DESC, "product_id" DESC) WHERE status = 'published';`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_marks" ON "ocop_catalogue_entry" USING gin ("marks" jsonb_path_ops) WHERE status = 'published';`);
    // Vietnamese order for titles (the storefront's Intl.Collator("vi", base, numeric)); plain "C" without ICU
    this.addSql(`DO $$ BEGIN
  CREATE COLLATION IF NOT EXISTS ocop_vi (provider = icu, locale = 'vi-u-kn-true-ks-level1', deterministic = false);
EXCEPTION WHEN OTHERS THEN
  CREATE COLLATION IF NOT EXISTS ocop_vi FROM "C";
END $$;`);
    this.addSql(`DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_search" ON "ocop_catalogue_entry" USING gin ("search_text" gin_trgm_ops) WHERE status = 'published';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'pg_trgm not installed: OCOP catalogue search scans the catalogue table';
END $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_catalogue_entry" cascade;`);
    this.addSql(`drop collation if exists ocop_vi;`);
  }

}
