import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Written by hand (issue #14, ingest): the table of the model `live_ingest`,
// and the video kind `shop` (the shop's own RTMP ingest, played as HLS / HTTP-FLV).
export class Migration20261206000000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "live_ingest" ("id" text not null, "stream_id" text not null, "key_nonce" text not null, "key_hash" text not null, "status" text check ("status" in ('idle', 'publishing', 'reconnecting')) not null default 'idle', "last_publish_at" timestamptz null, "last_unpublish_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_ingest_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_ingest_deleted_at" ON "live_ingest" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_live_ingest_stream_unique" ON "live_ingest" ("stream_id") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table "live_stream" drop constraint if exists "live_stream_video_kind_check";`);
    this.addSql(`alter table "live_stream" add constraint "live_stream_video_kind_check" check ("video_kind" in ('hls', 'youtube', 'facebook', 'tiktok', 'shop'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "live_stream" set "video_kind" = 'hls' where "video_kind" = 'shop';`);
    this.addSql(`alter table "live_stream" drop constraint if exists "live_stream_video_kind_check";`);
    this.addSql(`alter table "live_stream" add constraint "live_stream_video_kind_check" check ("video_kind" in ('hls', 'youtube', 'facebook', 'tiktok'));`);
    this.addSql(`drop table if exists "live_ingest" cascade;`);
  }

}
