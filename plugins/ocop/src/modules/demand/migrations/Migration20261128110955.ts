import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128110955 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tourism_event" drop constraint if exists "tourism_event_handle_unique";`);
    this.addSql(`alter table if exists "supply_season" drop constraint if exists "supply_season_product_id_unique";`);
    this.addSql(`alter table if exists "supply_forecast" drop constraint if exists "supply_forecast_product_id_week_unique";`);
    this.addSql(`alter table if exists "demand_suggestion" drop constraint if exists "demand_suggestion_handle_unique";`);
    this.addSql(`alter table if exists "demand_match" drop constraint if exists "demand_match_week_product_id_unique";`);
    this.addSql(`create table if not exists "demand_match" ("id" text not null, "week" text not null, "product_id" text not null, "status" text check ("status" in ('shortage', 'surplus', 'balanced')) not null, "phase" text check ("phase" in ('main', 'off', 'none', 'all_year')) not null, "demand" integer not null, "supply" integer not null, "committed" integer not null, "available" integer not null, "balance" integer not null, "magnitude" integer not null, "out_of_season" boolean not null default false, "season_uncertain" boolean not null default false, "multiplier" real not null, "channels" jsonb not null, "computed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "demand_match_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_demand_match_deleted_at" ON "demand_match" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_demand_match_week_product_id_unique" ON "demand_match" ("week", "product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_demand_match_product_id_week" ON "demand_match" ("product_id", "week") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_demand_match_week_status" ON "demand_match" ("week", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "demand_suggestion" ("id" text not null, "handle" text not null, "kind" text check ("kind" in ('schedule_livestream', 'restock_kiosk', 'open_pre_orders', 'raise_supply')) not null, "week" text not null, "product_id" text not null, "location_key" text null, "quantity" integer not null, "value_at_stake" numeric not null, "message" text not null, "message_vi" text not null, "status" text check ("status" in ('open', 'dismissed', 'done')) not null default 'open', "computed_at" timestamptz not null, "raw_value_at_stake" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "demand_suggestion_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_demand_suggestion_deleted_at" ON "demand_suggestion" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_demand_suggestion_handle_unique" ON "demand_suggestion" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_demand_suggestion_week_status" ON "demand_suggestion" ("week", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_demand_suggestion_product_id" ON "demand_suggestion" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pre_order" ("id" text not null, "product_id" text not null, "variant_id" text not null, "quantity" integer not null, "expected_week" text not null, "status" text check ("status" in ('reserved', 'harvest_ready', 'fulfilled', 'cancelled')) not null default 'reserved', "payment_mode" text check ("payment_mode" in ('cod', 'deposit')) not null, "unit_price" numeric not null, "deposit_amount" numeric not null default 0, "cart_id" text null, "order_id" text null, "customer_id" text null, "channel" text check ("channel" in ('store', 'admin')) not null default 'store', "note" text null, "harvest_ready_at" timestamptz null, "fulfilled_at" timestamptz null, "cancelled_at" timestamptz null, "cancel_reason" text null, "raw_unit_price" jsonb not null, "raw_deposit_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pre_order_pkey" primary key ("id"), constraint pre_order_quantity_positive check (quantity > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pre_order_deleted_at" ON "pre_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pre_order_product_id_expected_week" ON "pre_order" ("product_id", "expected_week") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pre_order_status_expected_week" ON "pre_order" ("status", "expected_week") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pre_order_cart_id" ON "pre_order" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pre_order_order_id" ON "pre_order" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "supply_forecast" ("id" text not null, "product_id" text not null, "week" text not null, "quantity" integer not null, "note" text null, "set_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supply_forecast_pkey" primary key ("id"), constraint supply_forecast_quantity_positive check (quantity >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supply_forecast_deleted_at" ON "supply_forecast" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_supply_forecast_product_id_week_unique" ON "supply_forecast" ("product_id", "week") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supply_forecast_week" ON "supply_forecast" ("week") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "supply_season" ("id" text not null, "product_id" text not null, "months" jsonb not null, "off_season_months" jsonb not null, "uncertain" boolean not null default false, "perishable" boolean not null default false, "source" text check ("source" in ('catalogue', 'operator')) not null default 'operator', "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supply_season_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supply_season_deleted_at" ON "supply_season" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_supply_season_product_id_unique" ON "supply_season" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tourism_event" ("id" text not null, "handle" text not null, "name" text not null, "kind" text check ("kind" in ('market_day', 'festival', 'holiday', 'border_peak', 'other')) not null, "location_key" text null, "starts_on" text not null, "ends_on" text not null, "multiplier" real not null, "source" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tourism_event_pkey" primary key ("id"), constraint tourism_event_dates check (char_length(starts_on) = 10 AND char_length(ends_on) = 10 AND starts_on <= ends_on), constraint tourism_event_multiplier_range check (multiplier >= 0 AND multiplier <= 10));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tourism_event_deleted_at" ON "tourism_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tourism_event_handle_unique" ON "tourism_event" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tourism_event_starts_on_ends_on" ON "tourism_event" ("starts_on", "ends_on") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tourism_event_location_key_starts_on" ON "tourism_event" ("location_key", "starts_on") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "demand_match" cascade;`);

    this.addSql(`drop table if exists "demand_suggestion" cascade;`);

    this.addSql(`drop table if exists "pre_order" cascade;`);

    this.addSql(`drop table if exists "supply_forecast" cascade;`);

    this.addSql(`drop table if exists "supply_season" cascade;`);

    this.addSql(`drop table if exists "tourism_event" cascade;`);
  }

}
