import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Written by hand (issue #16): the catalogue rows keep the products'
// translated titles per locale; `search_text` (same trigram index) now also
// holds the translated titles and subtitles. Rows written before are filled
// in by the next refresh (POST /admin/ocop/catalogue/rebuild, the nightly job).
export class Migration20261207000100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_catalogue_entry" add column if not exists "titles" jsonb not null default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_catalogue_entry" drop column if exists "titles";`);
  }

}
