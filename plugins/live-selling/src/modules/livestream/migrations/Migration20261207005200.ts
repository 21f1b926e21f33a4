import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Written by hand (issue #14, interrupted recordings): `live_recording.status` may be `failed`
// (the media server died mid-recording and found no media in the part's folder).
export class Migration20261207005200 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "live_recording" drop constraint if exists "live_recording_status_check";`);
    this.addSql(`alter table if exists "live_recording" add constraint "live_recording_status_check" check ("status" in ('recording', 'ready', 'failed', 'deleted'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "live_recording" set "status" = 'deleted' where "status" = 'failed';`);
    this.addSql(`alter table if exists "live_recording" drop constraint if exists "live_recording_status_check";`);
    this.addSql(`alter table if exists "live_recording" add constraint "live_recording_status_check" check ("status" in ('recording', 'ready', 'deleted'));`);
  }

}
