import { Migration } from '@mikro-orm/migrations';

/** Party-building's tables, as the entities describe them, plus prefix indexes and id sequences. */
export class InitialPartyBuilding extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "party_building";`);
    this.addSql(`create table "party_building"."committee_member_party" ("member_id" varchar(255) not null, "committee_id" varchar(255) not null, "party_member" boolean not null, "is_chair" boolean not null, "region_code" varchar(255) not null, constraint "committee_member_party_pkey" primary key ("member_id"));`);
    this.addSql(`create index "committee_member_party_committee_id_index" on "party_building"."committee_member_party" ("committee_id");`);
    this.addSql(`create table "party_building"."company_party_members" ("company_id" varchar(255) not null, "party_members" int not null, "region_code" varchar(255) not null, constraint "company_party_members_pkey" primary key ("company_id"));`);
    this.addSql(`create table "party_building"."cross_appointment" ("id" varchar(255) not null, "person_name" varchar(255) not null, "side" varchar(255) not null, "company_id" varchar(255) null, "committee_id" varchar(255) null, "side_role" varchar(255) not null, "organization_id" varchar(255) not null, "organization_role" varchar(255) not null, "starts_on" date not null, "ends_on" date null, "region_code" varchar(255) not null, constraint "cross_appointment_pkey" primary key ("id"));`);
    this.addSql(`create index "cross_appointment_organization_id_index" on "party_building"."cross_appointment" ("organization_id");`);
    this.addSql(`create table "party_building"."instructor" ("id" varchar(255) not null, "name" varchar(255) not null, "sent_on" date not null, "recalled_on" date null, "company_id" varchar(255) null, "estate_id" varchar(255) null, "region_code" varchar(255) not null, constraint "instructor_pkey" primary key ("id"));`);
    this.addSql(`create index "instructor_company_id_index" on "party_building"."instructor" ("company_id");`);
    this.addSql(`create index "instructor_estate_id_index" on "party_building"."instructor" ("estate_id");`);
    this.addSql(`create table "party_building"."organization_company" ("organization_id" varchar(255) not null, "company_id" varchar(255) not null, constraint "organization_company_pkey" primary key ("organization_id", "company_id"));`);
    this.addSql(`create index "organization_company_company_id_index" on "party_building"."organization_company" ("company_id");`);
    this.addSql(`create table "party_building"."organization_estate" ("organization_id" varchar(255) not null, "estate_id" varchar(255) not null, "region_code" varchar(255) not null, constraint "organization_estate_pkey" primary key ("organization_id", "estate_id"));`);
    this.addSql(`create index "organization_estate_estate_id_index" on "party_building"."organization_estate" ("estate_id");`);
    this.addSql(`create table "party_building"."party_organization" ("id" varchar(255) not null, "name" varchar(255) not null, "kind" varchar(255) not null, "formation" varchar(255) not null, "parent_id" varchar(255) null, "member_count" int not null, "established_on" date not null, "dissolved_on" date null, "region_code" varchar(255) not null, constraint "party_organization_pkey" primary key ("id"));`);
    this.addSql(`create index "party_organization_parent_id_index" on "party_building"."party_organization" ("parent_id");`);
    this.addSql(`create table "party_building"."party_site" ("id" varchar(255) not null, "name" varchar(255) not null, "kind" varchar(255) not null, "region_code" varchar(255) not null, "opened_on" date not null, constraint "party_site_pkey" primary key ("id"));`);
    this.addSql(`create table "party_building"."site_estate" ("site_id" varchar(255) not null, "estate_id" varchar(255) not null, "region_code" varchar(255) not null, constraint "site_estate_pkey" primary key ("site_id", "estate_id"));`);
    this.addSql(`create index "site_estate_estate_id_index" on "party_building"."site_estate" ("estate_id");`);

    // region statistics are prefix LIKEs over these copies: text_pattern_ops makes them range scans
    for (const table of ['party_organization', 'organization_estate', 'company_party_members', 'instructor', 'cross_appointment', 'committee_member_party', 'party_site', 'site_estate']) {
      this.addSql(`create index "${table}_region_code_prefix" on "party_building"."${table}" ("region_code" text_pattern_ops);`);
    }
    // ids of rows recorded through the API continue after the demo data's (seed moves them on)
    for (const name of ['organization', 'instructor', 'cross_appointment', 'site']) {
      this.addSql(`create sequence "party_building"."${name}_id_seq";`);
    }
  }
}
