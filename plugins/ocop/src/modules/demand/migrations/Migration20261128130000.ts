import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Hand-written: the weekly rollup learns which weeks changed from markers
 * written in the same transaction as the events (one row per batch and
 * week), instead of a time watermark with a safety margin, which made a
 * refresh after heavy ingestion rebuild every recent week. The arrival-time
 * BRIN index served only that watermark.
 */
export class Migration20261128130000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "demand_rollup_dirty" ("id" bigint generated always as identity, "week" text not null, constraint "demand_rollup_dirty_pkey" primary key ("id"));`);
    this.addSql(`insert into "demand_rollup_dirty" ("week") select distinct "week" from "demand_event";`);
    this.addSql(`drop table if exists "demand_rollup_state" cascade;`);
    this.addSql(`drop index if exists "IDX_demand_event_received_at";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table if not exists "demand_rollup_state" ("name" text not null, "watermark" timestamptz not null, constraint "demand_rollup_state_pkey" primary key ("name"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_demand_event_received_at" ON "demand_event" USING brin ("received_at");`);
    this.addSql(`drop table if exists "demand_rollup_dirty" cascade;`);
  }

}
