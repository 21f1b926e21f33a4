import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Written by hand (issue #15): the producer's business / cooperative
// registration number, shown to buyers as the live seller's identity.
export class Migration20261204183100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer" add column if not exists "registration_number" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer" drop column if exists "registration_number";`);
  }

}
