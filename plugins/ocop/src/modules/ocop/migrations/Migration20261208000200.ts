import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Written by hand (issue #16): `search_bigrams`, the Chinese bigrams of the
// search text (lib/catalogue/text.ts `cjkBigrams`), with a GIN index, so a
// 2-character Chinese query (no trigram for pg_trgm) is found by index.
// Rows written before get theirs here from the main CJK blocks (Han, kana,
// hangul); the next refresh writes them with the module's tokeniser.
export class Migration20261208000200 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_catalogue_entry" add column if not exists "search_bigrams" text[] not null default '{}';`);
    this.addSql(`UPDATE "ocop_catalogue_entry" e SET "search_bigrams" = COALESCE((
  SELECT array_agg(DISTINCT s.bigram ORDER BY s.bigram) FROM (
    SELECT substr(e.search_text, i, 2) AS bigram FROM generate_series(1, char_length(e.search_text) - 1) i) s
  WHERE s.bigram ~ '^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]{2}$'), '{}');`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_bigrams" ON "ocop_catalogue_entry" USING gin ("search_bigrams") WHERE status = 'published';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_catalogue_entry_bigrams";`);
    this.addSql(`alter table if exists "ocop_catalogue_entry" drop column if exists "search_bigrams";`);
  }

}
