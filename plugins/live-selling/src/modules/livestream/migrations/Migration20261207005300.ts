import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Written by hand (issue #14, admin deletes recordings): `purged_at` is when the media server was
// told to remove a deleted recording's folder (retention answers each deleted one once).
export class Migration20261207005300 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "live_recording" add column if not exists "purged_at" timestamptz null;`);
    this.addSql(`update "live_recording" set "purged_at" = "updated_at" where "status" = 'deleted' and "purged_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "live_recording" drop column if exists "purged_at";`);
  }

}
