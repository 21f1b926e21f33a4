import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128113744 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "live_stream_stat" drop constraint if exists "live_stream_stat_bucket_unique";`);
    this.addSql(`alter table if exists "live_claim" drop constraint if exists "live_claim_offer_idempotency_key_unique";`);
    this.addSql(`alter table if exists "live_event" drop constraint if exists "live_event_stream_seq_unique";`);
    this.addSql(`create table if not exists "live_banned_word" ("id" text not null, "stream_id" text null, "word" text not null, "action" text check ("action" in ('mask', 'block')) not null default 'mask', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_banned_word_pkey" primary key ("id"), constraint live_banned_word_length check (char_length(word) BETWEEN 1 AND 100));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_banned_word_deleted_at" ON "live_banned_word" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_banned_word_stream_id" ON "live_banned_word" ("stream_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "live_chat_message" ("id" text not null, "stream_id" text not null, "user_id" text not null, "name" text not null, "role" text not null default 'viewer', "text" text not null, "deleted_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_chat_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_chat_message_deleted_at" ON "live_chat_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_chat_message_stream_id_created_at" ON "live_chat_message" ("stream_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_chat_message_user_id" ON "live_chat_message" ("user_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "live_event" ("id" text not null, "stream_id" text not null, "seq" integer not null, "type" text not null, "payload" jsonb not null, "ts" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_event_deleted_at" ON "live_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_live_event_stream_seq_unique" ON "live_event" ("stream_id", "seq") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_event_ts" ON "live_event" ("ts") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "live_moderation" ("id" text not null, "stream_id" text null, "user_id" text not null, "kind" text check ("kind" in ('mute', 'ban')) not null, "until" timestamptz null, "reason" text null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_moderation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_moderation_deleted_at" ON "live_moderation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_moderation_user_id_stream_id" ON "live_moderation" ("user_id", "stream_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_moderation_stream_id" ON "live_moderation" ("stream_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "live_stream" ("id" text not null, "producer_id" text not null, "title_vi" text not null, "title_en" text null, "description" text null, "scheduled_at" timestamptz null, "started_at" timestamptz null, "ended_at" timestamptz null, "status" text check ("status" in ('scheduled', 'live', 'ended')) not null default 'scheduled', "video_kind" text check ("video_kind" in ('hls', 'youtube', 'facebook', 'tiktok')) not null default 'hls', "video_url" text null, "pinned_product_ids" jsonb not null default '[]', "slow_mode_seconds" integer not null default 0, "last_seq" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_stream_pkey" primary key ("id"), constraint live_stream_slow_mode_range check (slow_mode_seconds >= 0 AND slow_mode_seconds <= 3600), constraint live_stream_last_seq_positive check (last_seq >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_stream_deleted_at" ON "live_stream" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_stream_producer_id" ON "live_stream" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_stream_status_scheduled_at" ON "live_stream" ("status", "scheduled_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "live_offer" ("id" text not null, "stream_id" text not null, "variant_id" text not null, "product_id" text not null, "title" text not null, "thumbnail" text null, "price" integer not null, "original_price" integer null, "quantity" integer not null, "claimed" integer not null default 0, "per_customer_limit" integer not null default 1, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "status" text check ("status" in ('scheduled', 'live', 'ended')) not null default 'scheduled', "end_reason" text check ("end_reason" in ('sold_out', 'time', 'stopped')) null, "ended_at" timestamptz null, "stock_gen" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_offer_pkey" primary key ("id"), constraint live_offer_quantity_positive check (quantity > 0), constraint live_offer_claimed_range check (claimed >= 0 AND claimed <= quantity), constraint live_offer_price_positive check (price >= 0), constraint live_offer_original_price_positive check (original_price IS NULL OR original_price >= 0), constraint live_offer_limit_positive check (per_customer_limit > 0), constraint live_offer_window check (ends_at > starts_at));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_offer_stream_id" ON "live_offer" ("stream_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_offer_deleted_at" ON "live_offer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_offer_status_starts_at" ON "live_offer" ("status", "starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_offer_status_ends_at" ON "live_offer" ("status", "ends_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_offer_variant_id" ON "live_offer" ("variant_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "live_claim" ("id" text not null, "offer_id" text not null, "stream_id" text not null, "customer_key" text not null, "customer_id" text null, "cart_id" text null, "quantity" integer not null, "price" integer not null, "status" text check ("status" in ('held', 'converted', 'released', 'expired')) not null default 'held', "idempotency_key" text not null, "expires_at" timestamptz not null, "line_item_id" text null, "order_id" text null, "converted_at" timestamptz null, "released_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_claim_pkey" primary key ("id"), constraint live_claim_quantity_positive check (quantity > 0), constraint live_claim_price_positive check (price >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_claim_offer_id" ON "live_claim" ("offer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_claim_deleted_at" ON "live_claim" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_live_claim_offer_idempotency_key_unique" ON "live_claim" ("offer_id", "idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_claim_offer_id_customer_key" ON "live_claim" ("offer_id", "customer_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_claim_status_expires_at" ON "live_claim" ("status", "expires_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_claim_cart_id" ON "live_claim" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_claim_stream_id" ON "live_claim" ("stream_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "live_stream_stat" ("id" text not null, "stream_id" text not null, "bucket_start" timestamptz not null, "viewers_peak" integer not null default 0, "viewers_sum" integer not null default 0, "samples" integer not null default 0, "viewers_last" integer not null default 0, "reactions" jsonb not null default '{}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "live_stream_stat_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_live_stream_stat_deleted_at" ON "live_stream_stat" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_live_stream_stat_bucket_unique" ON "live_stream_stat" ("stream_id", "bucket_start") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "live_offer" add constraint "live_offer_stream_id_foreign" foreign key ("stream_id") references "live_stream" ("id") on update cascade;`);

    this.addSql(`alter table if exists "live_claim" add constraint "live_claim_offer_id_foreign" foreign key ("offer_id") references "live_offer" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "live_offer" drop constraint if exists "live_offer_stream_id_foreign";`);

    this.addSql(`alter table if exists "live_claim" drop constraint if exists "live_claim_offer_id_foreign";`);

    this.addSql(`drop table if exists "live_banned_word" cascade;`);

    this.addSql(`drop table if exists "live_chat_message" cascade;`);

    this.addSql(`drop table if exists "live_event" cascade;`);

    this.addSql(`drop table if exists "live_moderation" cascade;`);

    this.addSql(`drop table if exists "live_stream" cascade;`);

    this.addSql(`drop table if exists "live_offer" cascade;`);

    this.addSql(`drop table if exists "live_claim" cascade;`);

    this.addSql(`drop table if exists "live_stream_stat" cascade;`);
  }

}
