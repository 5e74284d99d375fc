import { Migration } from '@mikro-orm/migrations';

/** The registry's tables, as the entities describe them, plus what entities cannot say (see comments). */
export class InitialRegistry extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "registry";`);
    this.addSql(`create table "registry"."region" ("code" varchar(255) not null, "name" varchar(255) not null, "level" varchar(255) not null, "parent_code" varchar(255) null, constraint "region_pkey" primary key ("code"));`);
    this.addSql(`create index "region_parent_code_index" on "registry"."region" ("parent_code");`);

    this.addSql(`create table "registry"."property_company" ("id" varchar(255) not null, "uscc" varchar(255) not null, "name" varchar(255) not null, "ownership" varchar(255) not null, "region_code" varchar(255) not null, "founded_on" date not null, constraint "property_company_pkey" primary key ("id"));`);
    this.addSql(`alter table "registry"."property_company" add constraint "property_company_uscc_unique" unique ("uscc");`);
    // region subtree filters are prefix LIKEs: text_pattern_ops makes them index range scans
    this.addSql(`create index "property_company_region_code_prefix" on "registry"."property_company" ("region_code" text_pattern_ops, "id");`);

    this.addSql(`create table "registry"."residential_estate" ("id" varchar(255) not null, "name" varchar(255) not null, "address" varchar(255) not null, "region_code" varchar(255) not null, "category" varchar(255) not null, "households" int not null, "build_year" int not null, "service_mode" varchar(255) not null, "company_id" varchar(255) null, "fallback_since" date null, "latitude" numeric(9,6) not null, "longitude" numeric(9,6) not null, constraint "residential_estate_pkey" primary key ("id"));`);
    this.addSql(`create index "residential_estate_company_id_index" on "registry"."residential_estate" ("company_id");`);
    this.addSql(`create index "residential_estate_region_code_prefix" on "registry"."residential_estate" ("region_code" text_pattern_ops, "id");`);

    this.addSql(`create table "registry"."service_contract" ("id" varchar(255) not null, "estate_id" varchar(255) not null, "company_id" varchar(255) not null, "kind" varchar(255) not null, "signed_on" date not null, "starts_on" date not null, "ends_on" date not null, "filing_status" varchar(255) not null, "filed_on" date not null, "decided_on" date null, "rejection_reason" varchar(255) null, constraint "service_contract_pkey" primary key ("id"));`);
    this.addSql(`create index "service_contract_estate_id_index" on "registry"."service_contract" ("estate_id");`);
    this.addSql(`create index "service_contract_company_id_index" on "registry"."service_contract" ("company_id");`);

    this.addSql(`create table "registry"."owners_committee" ("id" varchar(255) not null, "estate_id" varchar(255) not null, "elected_on" date not null, "term_years" int not null, constraint "owners_committee_pkey" primary key ("id"));`);
    this.addSql(`create index "owners_committee_estate_id_index" on "registry"."owners_committee" ("estate_id");`);
    this.addSql(`create table "registry"."owners_committee_member" ("id" varchar(255) not null, "committee_id" varchar(255) not null, "name" varchar(255) not null, "role" varchar(255) not null, constraint "owners_committee_member_pkey" primary key ("id"));`);
    this.addSql(`create index "owners_committee_member_committee_id_index" on "registry"."owners_committee_member" ("committee_id");`);

    // ids of rows registered through the API continue after the demo data's (seed moves them on)
    for (const name of ['estate', 'company', 'contract', 'committee', 'committee_member']) {
      this.addSql(`create sequence "registry"."${name}_id_seq";`);
    }
  }
}
