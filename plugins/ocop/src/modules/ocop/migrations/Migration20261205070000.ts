import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Written by hand (issue #15): a producer's right to use a GI or mark; a
// product shows the mark's badge only while its producer holds one.
export class Migration20261205070000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_mark_use_right" ("id" text not null, "mark_id" text not null, "producer_id" text not null, "certificate_number" text null, "decision" text null, "granted_by" text not null, "granted_at" timestamptz not null, "valid_until" timestamptz null, "revoked_at" timestamptz null, "source_url" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_mark_use_right_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_mark_use_right_deleted_at" ON "ocop_mark_use_right" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_mark_use_right_mark_id_producer_id" ON "ocop_mark_use_right" ("mark_id", "producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_mark_use_right_producer_id" ON "ocop_mark_use_right" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "ocop_mark_use_right" add constraint "ocop_mark_use_right_mark_id_foreign" foreign key ("mark_id") references "ocop_mark" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "ocop_mark_use_right" add constraint "ocop_mark_use_right_producer_id_foreign" foreign key ("producer_id") references "ocop_producer" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_mark_use_right" cascade;`);
  }

}
