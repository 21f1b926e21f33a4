import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128104740 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_standard" drop constraint if exists "ocop_standard_handle_unique";`);
    this.addSql(`alter table if exists "ocop_product_provenance" drop constraint if exists "ocop_product_provenance_product_id_unique";`);
    this.addSql(`alter table if exists "ocop_producer" drop constraint if exists "ocop_producer_handle_unique";`);
    this.addSql(`alter table if exists "ocop_planting_area" drop constraint if exists "ocop_planting_area_code_unique";`);
    this.addSql(`alter table if exists "ocop_mark" drop constraint if exists "ocop_mark_handle_unique";`);
    this.addSql(`create table if not exists "ocop_mark" ("id" text not null, "handle" text not null, "kind" text check ("kind" in ('geographical_indication', 'collective_mark', 'certification_mark')) not null, "name" text not null, "registry_number" text null, "decision" text null, "holder" text null, "protected_area" text null, "year" integer null, "source_url" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_mark_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_mark_deleted_at" ON "ocop_mark" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_mark_handle_unique" ON "ocop_mark" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_mark_kind" ON "ocop_mark" ("kind") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_mark_registry_number" ON "ocop_mark" ("registry_number") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_planting_area" ("id" text not null, "code" text not null, "kind" text check ("kind" in ('planting_area', 'packing_facility')) not null default 'planting_area', "area_ha" real null, "location" text not null, "crop" text null, "illustrative" boolean not null default false, "note" text null, "source_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_planting_area_pkey" primary key ("id"), constraint ocop_planting_area_area_positive check (area_ha IS NULL OR area_ha > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_planting_area_deleted_at" ON "ocop_planting_area" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_planting_area_code_unique" ON "ocop_planting_area" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_producer" ("id" text not null, "handle" text not null, "name" text not null, "type" text check ("type" in ('cooperative', 'cooperative_group', 'enterprise', 'household_business', 'community')) not null, "representative" text null, "phone" text null, "address" text null, "commune" text null, "district" text null, "district_inferred" boolean not null default false, "placeholder" boolean not null default false, "story_vi" text null, "story_en" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_deleted_at" ON "ocop_producer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_handle_unique" ON "ocop_producer" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_district" ON "ocop_producer" ("district") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_certification" ("id" text not null, "product_id" text not null, "producer_id" text null, "score_a" real not null, "score_b" real not null, "score_c" real not null, "score_total" real not null, "illustrative_scores" boolean not null default false, "stars" integer not null, "group" text check ("group" in ('food', 'beverage', 'herbal', 'handicraft', 'ornamental', 'tourism')) not null, "subgroup" text null, "decision_number" text null, "decided_at" timestamptz not null, "decided_at_approximate" boolean not null default false, "issuing_body" text null, "issuing_level" text check ("issuing_level" in ('district', 'provincial', 'central')) not null, "issuing_body_inferred" boolean not null default false, "certificate_number" text null, "round" text null, "valid_until" timestamptz not null, "status" text check ("status" in ('active', 'expired', 'revoked', 'superseded')) not null default 'active', "supersedes_id" text null, "superseded_by_id" text null, "expired_at" timestamptz null, "revoked_at" timestamptz null, "revocation_reason" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certification_pkey" primary key ("id"), constraint ocop_certification_scores_range check (score_a BETWEEN 0 AND 40 AND score_b BETWEEN 0 AND 25 AND score_c BETWEEN 0 AND 35), constraint ocop_certification_total_sum check (abs(score_a + score_b + score_c - score_total) < 0.01), constraint ocop_certification_stars_certified check (stars BETWEEN 3 AND 5), constraint ocop_certification_validity_after_decision check (valid_until > decided_at));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_producer_id" ON "ocop_certification" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_deleted_at" ON "ocop_certification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_product_id_status" ON "ocop_certification" ("product_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_status_valid_until" ON "ocop_certification" ("status", "valid_until") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certification_one_active_per_product" ON "ocop_certification" ("product_id") WHERE status = 'active' AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_product_provenance" ("id" text not null, "product_id" text not null, "producer_id" text null, "season_months" jsonb null, "off_season_months" jsonb null, "season_uncertain" boolean not null default false, "traceability_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_product_provenance_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_product_provenance_producer_id" ON "ocop_product_provenance" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_product_provenance_deleted_at" ON "ocop_product_provenance" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_product_provenance_product_id_unique" ON "ocop_product_provenance" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_provenance_planting_area" ("provenance_id" text not null, "planting_area_id" text not null, constraint "ocop_provenance_planting_area_pkey" primary key ("provenance_id", "planting_area_id"));`);

    this.addSql(`create table if not exists "ocop_provenance_mark" ("provenance_id" text not null, "mark_id" text not null, constraint "ocop_provenance_mark_pkey" primary key ("provenance_id", "mark_id"));`);

    this.addSql(`create table if not exists "ocop_standard" ("id" text not null, "handle" text not null, "kind" text check ("kind" in ('vietgap', 'organic', 'globalgap')) not null, "certificate_number" text null, "issuer" text null, "valid_until" timestamptz null, "scope" text null, "illustrative" boolean not null default false, "source_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_standard_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_standard_deleted_at" ON "ocop_standard" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_standard_handle_unique" ON "ocop_standard" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_standard_kind" ON "ocop_standard" ("kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_provenance_standard" ("provenance_id" text not null, "standard_id" text not null, constraint "ocop_provenance_standard_pkey" primary key ("provenance_id", "standard_id"));`);

    this.addSql(`alter table if exists "ocop_certification" add constraint "ocop_certification_producer_id_foreign" foreign key ("producer_id") references "ocop_producer" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "ocop_product_provenance" add constraint "ocop_product_provenance_producer_id_foreign" foreign key ("producer_id") references "ocop_producer" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "ocop_provenance_planting_area" add constraint "ocop_provenance_planting_area_provenance_id_foreign" foreign key ("provenance_id") references "ocop_product_provenance" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "ocop_provenance_planting_area" add constraint "ocop_provenance_planting_area_planting_area_id_foreign" foreign key ("planting_area_id") references "ocop_planting_area" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "ocop_provenance_mark" add constraint "ocop_provenance_mark_provenance_id_foreign" foreign key ("provenance_id") references "ocop_product_provenance" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "ocop_provenance_mark" add constraint "ocop_provenance_mark_mark_id_foreign" foreign key ("mark_id") references "ocop_mark" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "ocop_provenance_standard" add constraint "ocop_provenance_standard_provenance_id_foreign" foreign key ("provenance_id") references "ocop_product_provenance" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "ocop_provenance_standard" add constraint "ocop_provenance_standard_standard_id_foreign" foreign key ("standard_id") references "ocop_standard" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_provenance_mark" drop constraint if exists "ocop_provenance_mark_mark_id_foreign";`);

    this.addSql(`alter table if exists "ocop_provenance_planting_area" drop constraint if exists "ocop_provenance_planting_area_planting_area_id_foreign";`);

    this.addSql(`alter table if exists "ocop_certification" drop constraint if exists "ocop_certification_producer_id_foreign";`);

    this.addSql(`alter table if exists "ocop_product_provenance" drop constraint if exists "ocop_product_provenance_producer_id_foreign";`);

    this.addSql(`alter table if exists "ocop_provenance_planting_area" drop constraint if exists "ocop_provenance_planting_area_provenance_id_foreign";`);

    this.addSql(`alter table if exists "ocop_provenance_mark" drop constraint if exists "ocop_provenance_mark_provenance_id_foreign";`);

    this.addSql(`alter table if exists "ocop_provenance_standard" drop constraint if exists "ocop_provenance_standard_provenance_id_foreign";`);

    this.addSql(`alter table if exists "ocop_provenance_standard" drop constraint if exists "ocop_provenance_standard_standard_id_foreign";`);

    this.addSql(`drop table if exists "ocop_mark" cascade;`);

    this.addSql(`drop table if exists "ocop_planting_area" cascade;`);

    this.addSql(`drop table if exists "ocop_producer" cascade;`);

    this.addSql(`drop table if exists "ocop_certification" cascade;`);

    this.addSql(`drop table if exists "ocop_product_provenance" cascade;`);

    this.addSql(`drop table if exists "ocop_provenance_planting_area" cascade;`);

    this.addSql(`drop table if exists "ocop_provenance_mark" cascade;`);

    this.addSql(`drop table if exists "ocop_standard" cascade;`);

    this.addSql(`drop table if exists "ocop_provenance_standard" cascade;`);
  }

}
