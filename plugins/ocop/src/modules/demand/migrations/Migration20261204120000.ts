import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Hand-written: the weekly rollup keeps the events' source (`store`: sent by
 * a client with the publishable key, `server`: recorded from orders, carts
 * and claims, `demo`: generated), so client-sent signals can be told from
 * server-recorded ones. The source joins the primary key; the rollup is
 * rebuilt from the events.
 */
export class Migration20261204120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "demand_weekly" add column if not exists "source" text not null default 'store';`);
    this.addSql(`alter table "demand_weekly" drop constraint if exists "demand_weekly_pkey";`);
    this.addSql(`delete from "demand_weekly";`);
    this.addSql(`alter table "demand_weekly" add constraint "demand_weekly_pkey" primary key ("week", "kind", "source", "product_id", "location_key", "stream_id", "query_norm");`);
    this.addSql(`insert into "demand_rollup_dirty" ("week") select distinct "week" from "demand_event";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "demand_weekly" drop constraint if exists "demand_weekly_pkey";`);
    this.addSql(`delete from "demand_weekly";`);
    this.addSql(`alter table "demand_weekly" drop column if exists "source";`);
    this.addSql(`alter table "demand_weekly" add constraint "demand_weekly_pkey" primary key ("week", "kind", "product_id", "location_key", "stream_id", "query_norm");`);
    this.addSql(`insert into "demand_rollup_dirty" ("week") select distinct "week" from "demand_event";`);
  }

}
