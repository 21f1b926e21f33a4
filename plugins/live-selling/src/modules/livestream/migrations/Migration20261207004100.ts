import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Written by hand (issue #14, multistream relay): the table of the model `live_relay_destination`.
export class Migration20261207004100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "live_relay_destination" ("id" text not null, "stream_id" text not null, "platform" text check ("platform" in ('facebook', 'youtube', 'tiktok', 'custom')) not null, "url" text not null, "stream_key" text not null, "enabled" boolean not null default true, "state" text check ("state" in ('idle', 'connecting', 'live', 'failed')) not null default 'idle', "last_error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_relay_destination_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_relay_destination_deleted_at" ON "live_relay_destination" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_relay_destination_stream" ON "live_relay_destination" ("stream_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "live_relay_destination" cascade;`);
  }

}
