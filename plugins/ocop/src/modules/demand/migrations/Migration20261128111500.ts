import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Hand-written (no DML model): the append-only demand events, their weekly
 * rollup and the rollup's watermark. Events are written by one multi-row
 * INSERT per batch and only read through the rollup, so the table stays
 * lean: a bigint identity key, no soft delete, a BRIN index on the arrival
 * time (append order) and two b-trees for week/kind/product lookups.
 */
export class Migration20261128111500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "demand_event" ("id" bigint generated always as identity, "kind" text not null, "occurred_at" timestamptz not null, "week" text not null, "product_id" text null, "variant_id" text null, "query" text null, "query_norm" text null, "location_key" text null, "stream_id" text null, "quantity" integer null, "value" bigint null, "session_id" text null, "source" text not null default 'store', "ref" text null, "received_at" timestamptz not null default now(), constraint "demand_event_pkey" primary key ("id"), constraint demand_event_kind check (kind in ('product_view', 'search', 'cart_add', 'order', 'kiosk_scan', 'kiosk_handover', 'live_claim', 'live_peak_viewers')), constraint demand_event_source check (source in ('store', 'server', 'demo')), constraint demand_event_quantity_positive check (quantity IS NULL OR quantity > 0), constraint demand_event_value_positive check (value IS NULL OR value >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_demand_event_week_kind_product_id" ON "demand_event" ("week", "kind", "product_id");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_demand_event_product_id_week" ON "demand_event" ("product_id", "week") WHERE product_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_demand_event_received_at" ON "demand_event" USING brin ("received_at");`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_demand_event_ref_unique" ON "demand_event" ("ref") WHERE ref IS NOT NULL;`);

    this.addSql(`create table if not exists "demand_weekly" ("week" text not null, "kind" text not null, "product_id" text not null default '', "location_key" text not null default '', "stream_id" text not null default '', "query_norm" text not null default '', "events" integer not null, "units" bigint not null, "value" bigint not null, "max_quantity" integer not null, "updated_at" timestamptz not null default now(), constraint "demand_weekly_pkey" primary key ("week", "kind", "product_id", "location_key", "stream_id", "query_norm"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_demand_weekly_product_id_week" ON "demand_weekly" ("product_id", "week");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_demand_weekly_location_key_week" ON "demand_weekly" ("location_key", "week") WHERE location_key <> '';`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_demand_weekly_stream_id_week" ON "demand_weekly" ("stream_id", "week") WHERE stream_id <> '';`);

    this.addSql(`create table if not exists "demand_rollup_state" ("name" text not null, "watermark" timestamptz not null, constraint "demand_rollup_state_pkey" primary key ("name"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "demand_rollup_state" cascade;`);

    this.addSql(`drop table if exists "demand_weekly" cascade;`);

    this.addSql(`drop table if exists "demand_event" cascade;`);
  }

}
