import { Migration } from '@wuye/plugin-sdk';

const T = (table: string) => `"plugin_xiamen"."${table}"`;

/** The plugin's tables in its own schema plugin_xiamen; the workflows' rules where the rows are. */
export class InitialXiamen extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "plugin_xiamen";`);
    this.addSql(`create table ${T('bundle')} ("id" varchar(32) primary key, "name" varchar(255) not null, "street_code" varchar(9) not null, "state" varchar(16) not null, "proposed_at" timestamptz not null, "company_id" varchar(64) null, "contracted_on" date null, "term_months" int null, "contract_ends_on" date null, "ended_on" date null, "end_reason" text null, "updated_at" timestamptz not null, constraint "bundle_state_check" check ("state" in ('PROPOSED', 'APPROVED', 'CONTRACTED', 'ENDED')));`);
    this.addSql(`create index "bundle_street_code_prefix" on ${T('bundle')} ("street_code" text_pattern_ops);`);
    this.addSql(`create index "bundle_company_id_index" on ${T('bundle')} ("company_id");`);
    this.addSql(`create table ${T('bundle_estate')} ("bundle_id" varchar(32) not null references ${T('bundle')} ("id") on delete cascade, "estate_id" varchar(64) not null, "position" int not null, "estate_name" varchar(255) not null, "region_code" varchar(12) not null, "service_mode" varchar(32) not null, "households" int not null, "latitude" double precision not null, "longitude" double precision not null, "monthly_fee_income" numeric(14,2) not null check ("monthly_fee_income" >= 0), "monthly_cost" numeric(14,2) not null check ("monthly_cost" >= 0), "active" boolean not null, primary key ("bundle_id", "estate_id"));`);
    // an estate is in at most one bundle that has not ended — enforced here too, against races
    this.addSql(`create unique index "bundle_estate_one_active" on ${T('bundle_estate')} ("estate_id") where "active";`);
    this.addSql(`create index "bundle_estate_region_code_prefix" on ${T('bundle_estate')} ("region_code" text_pattern_ops);`);
    this.addSql(`create table ${T('bundle_transition')} ("id" serial primary key, "bundle_id" varchar(32) not null references ${T('bundle')} ("id") on delete cascade, "street_code" varchar(9) not null, "from_state" varchar(16) null, "to_state" varchar(16) not null, "at" timestamptz not null, "actor" varchar(255) not null, "actor_role" varchar(32) not null);`);
    this.addSql(`create index "bundle_transition_bundle_id_index" on ${T('bundle_transition')} ("bundle_id", "at", "id");`);
    this.addSql(`create table ${T('deliberation')} ("id" varchar(32) primary key, "estate_id" varchar(64) not null, "region_code" varchar(12) not null, "company_id" varchar(64) not null, "title" varchar(255) not null, "matter" text not null, "state" varchar(16) not null, "raised_at" timestamptz not null, "raised_by" varchar(255) not null, "raised_role" varchar(32) not null, "updated_at" timestamptz not null, constraint "deliberation_state_check" check ("state" in ('RAISED', 'DRAFTED', 'CO_DECIDING', 'CO_DECIDED', 'ANNOUNCED')));`);
    this.addSql(`create index "deliberation_estate_id_index" on ${T('deliberation')} ("estate_id");`);
    this.addSql(`create index "deliberation_region_code_prefix" on ${T('deliberation')} ("region_code" text_pattern_ops);`);
    // one row per step and item: a step recorded twice is refused by the primary key as well
    this.addSql(`create table ${T('deliberation_step')} ("item_id" varchar(32) not null references ${T('deliberation')} ("id") on delete cascade, "step" varchar(32) not null, "at" timestamptz not null, "actor" varchar(255) not null, "actor_role" varchar(32) not null, "text" text not null, primary key ("item_id", "step"), constraint "deliberation_step_check" check ("step" in ('BRANCH_DRAFT', 'COMMUNITY_COMMITTEE', 'OWNERS_COMMITTEE', 'ANNOUNCEMENT')));`);
    // ids of rows created through the API continue after the demo data's (the seed moves them on)
    this.addSql(`create sequence "plugin_xiamen"."bundle_id_seq";`);
    this.addSql(`create sequence "plugin_xiamen"."deliberation_id_seq";`);
  }
}
