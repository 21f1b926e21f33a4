import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Written by hand (issue #14, recording and replay): the tables of the models
// `live_recording` (a stream's recorded parts) and `live_timeline_event` (the
// events a replay shows, kept as long as the recordings).
export class Migration20261207003100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "live_recording" ("id" text not null, "stream_id" text not null, "path" text not null, "status" text check ("status" in ('recording', 'ready', 'deleted')) not null default 'recording', "started_at" timestamptz not null, "ended_at" timestamptz null, "duration_ms" integer not null default 0, "bytes" numeric not null default 0, "raw_bytes" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_recording_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_recording_deleted_at" ON "live_recording" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_recording_stream_id_started_at" ON "live_recording" ("stream_id", "started_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_recording_status_started_at" ON "live_recording" ("status", "started_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "live_timeline_event" ("id" text not null, "stream_id" text not null, "seq" integer not null, "type" text not null, "payload" jsonb not null, "ts" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_timeline_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_timeline_event_deleted_at" ON "live_timeline_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_live_timeline_event_stream_seq_unique" ON "live_timeline_event" ("stream_id", "seq") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "live_timeline_event" cascade;`);
    this.addSql(`drop table if exists "live_recording" cascade;`);
  }

}
