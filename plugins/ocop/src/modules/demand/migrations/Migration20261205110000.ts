import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Hand-written: shares and visits through a shared link (issue #17). Two
 * client-sent kinds, `share` (with its `channel`) and `referral_visit`, both
 * with the sharer's `referral_code`; a visit carries a `ref` so it is
 * recorded once per visitor session.
 */
export class Migration20261205110000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "demand_event" add column if not exists "channel" text null;`);
    this.addSql(`alter table "demand_event" add column if not exists "referral_code" text null;`);
    this.addSql(`alter table "demand_event" drop constraint if exists "demand_event_kind";`);
    this.addSql(`alter table "demand_event" add constraint "demand_event_kind" check (kind in ('product_view', 'search', 'cart_add', 'order', 'kiosk_scan', 'kiosk_handover', 'live_claim', 'live_peak_viewers', 'share', 'referral_visit'));`);
    this.addSql(`alter table "demand_event" drop constraint if exists "demand_event_channel";`);
    this.addSql(`alter table "demand_event" add constraint "demand_event_channel" check (channel IS NULL OR channel in ('native', 'zalo', 'facebook', 'copy'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "demand_event" where kind in ('share', 'referral_visit');`);
    this.addSql(`alter table "demand_event" drop constraint if exists "demand_event_channel";`);
    this.addSql(`alter table "demand_event" drop constraint if exists "demand_event_kind";`);
    this.addSql(`alter table "demand_event" add constraint "demand_event_kind" check (kind in ('product_view', 'search', 'cart_add', 'order', 'kiosk_scan', 'kiosk_handover', 'live_claim', 'live_peak_viewers'));`);
    this.addSql(`alter table "demand_event" drop column if exists "referral_code";`);
    this.addSql(`alter table "demand_event" drop column if exists "channel";`);
  }

}
