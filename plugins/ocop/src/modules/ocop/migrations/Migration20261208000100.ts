import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Written by hand (issue #16): `order=title` sorts by the title in the
// request's locale, in its language's order: Chinese by pinyin (ICU's zh
// default), English; like `ocop_vi`, numbers numerically, case and accents
// ignored, and plain "C" where the server has no ICU.
export class Migration20261208000100 extends Migration {

  override async up(): Promise<void> {
    for (const [name, locale] of [["ocop_zh", "zh-u-kn-true-ks-level1"], ["ocop_en", "en-u-kn-true-ks-level1"]]) {
      this.addSql(`DO $$ BEGIN
  CREATE COLLATION IF NOT EXISTS ${name} (provider = icu, locale = '${locale}', deterministic = false);
EXCEPTION WHEN OTHERS THEN
  CREATE COLLATION IF NOT EXISTS ${name} FROM "C";
END $$;`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop collation if exists ocop_zh;`);
    this.addSql(`drop collation if exists ocop_en;`);
  }

}
