import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Written by hand (issue #13): /store/ocop/stats reads the catalogue's read
// model. The rows keep what the programme figures need besides the current
// certificate: the producer counted, whether any mark is listed and whether
// a record was stored as expired. Rows written before are filled in by the
// next refresh (POST /admin/ocop/catalogue/rebuild, the nightly job).
export class Migration20261208000300 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_catalogue_entry" add column if not exists "stats_producer_id" text null, add column if not exists "has_marks" boolean not null default false, add column if not exists "has_expired_certificate" boolean not null default false;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_programme" ON "ocop_catalogue_entry" ("valid_until") INCLUDE ("stars", "group", "stats_producer_id") WHERE deleted_at IS NULL AND cert_status = 'active';`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_marked" ON "ocop_catalogue_entry" ("product_id") WHERE deleted_at IS NULL AND has_marks;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_lapsed" ON "ocop_catalogue_entry" ("cert_status", "valid_until") WHERE deleted_at IS NULL AND (has_expired_certificate OR cert_status = 'active');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_catalogue_entry_lapsed";`);
    this.addSql(`drop index if exists "IDX_ocop_catalogue_entry_marked";`);
    this.addSql(`drop index if exists "IDX_ocop_catalogue_entry_programme";`);
    this.addSql(`alter table if exists "ocop_catalogue_entry" drop column if exists "stats_producer_id", drop column if exists "has_marks", drop column if exists "has_expired_certificate";`);
  }

}
