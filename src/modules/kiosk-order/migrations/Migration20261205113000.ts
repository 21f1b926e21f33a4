import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205113000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "kiosk_order" ("id" text not null, "idempotency_key" text not null, "order_id" text not null, "location_key" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kiosk_order_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kiosk_order_idempotency_key_unique" ON "kiosk_order" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_order_deleted_at" ON "kiosk_order" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kiosk_order" cascade;`)
  }
}
