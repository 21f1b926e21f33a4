import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Written by hand (issue #14, relay keys encrypted at rest): `stream_key` now holds
// `v1:<iv>:<tag>:<ciphertext>` (AES-256-GCM, lib/relay-key-crypto.ts); the hint routes show
// (the key's last 4 characters) is kept beside it so listing never decrypts. Rows written
// before stay readable as plaintext (no `v1:` prefix); their hint is filled in here.
export class Migration20261207005100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "live_relay_destination" add column if not exists "stream_key_hint" text not null default '••••';`);
    this.addSql(`update "live_relay_destination" set "stream_key_hint" = case when length("stream_key") < 8 then '••••' else '••••' || right("stream_key", 4) end where "stream_key" not like 'v1:%';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "live_relay_destination" drop column if exists "stream_key_hint";`);
  }

}
