import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Written by hand (issue #15, seller identity): the table of the model
// `live_seller_verification`. The snapshot is left to the next generated
// migration.
export class Migration20261204183000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "live_seller_verification" ("id" text not null, "seller_id" text not null, "legal_name" text not null, "id_number_last4" text not null, "id_number_hash" text not null, "method" text check ("method" in ('vneid_level_2', 'vneid_level_1', 'in_person')) not null, "verified_at" timestamptz not null, "verified_by" text not null, "note" text null, "revoked_at" timestamptz null, "revoked_by" text null, "revoke_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_seller_verification_pkey" primary key ("id"), constraint live_seller_verification_last4 check (id_number_last4 ~ '^[0-9A-Z]{4}$'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_seller_verification_deleted_at" ON "live_seller_verification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_seller_verification_seller_id" ON "live_seller_verification" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_live_seller_verification_active" ON "live_seller_verification" ("seller_id") WHERE revoked_at IS NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "live_seller_verification" cascade;`);
  }

}
