import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Written by hand (issue #17, reminders): the table of the model `live_reminder`.
export class Migration20261205073000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "live_reminder" ("id" text not null, "stream_id" text not null, "email" text not null, "customer_id" text null, "locale" text not null default 'vi', "notified_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_reminder_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_reminder_deleted_at" ON "live_reminder" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_live_reminder_stream_email_unique" ON "live_reminder" ("stream_id", "email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_reminder_unsent" ON "live_reminder" ("stream_id") WHERE notified_at IS NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "live_reminder" cascade;`);
  }

}
