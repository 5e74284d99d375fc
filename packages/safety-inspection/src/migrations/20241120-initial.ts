import { Migration } from '@mikro-orm/migrations';

/** Safety-inspection's tables, as the entities describe them, plus prefix indexes, checks and id sequences. */
export class InitialSafetyInspection extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "safety_inspection";`);
    this.addSql(`create table "safety_inspection"."estate_roster" ("estate_id" varchar(255) not null, "region_code" varchar(255) not null, "company_id" varchar(255) null, "serving_since" date null, "refreshed_at" timestamptz not null, constraint "estate_roster_pkey" primary key ("estate_id"));`);
    this.addSql(`create index "estate_roster_company_id_index" on "safety_inspection"."estate_roster" ("company_id");`);
    this.addSql(`create table "safety_inspection"."campaign" ("id" varchar(255) not null, "name" varchar(255) not null, "kind" varchar(255) not null, "region_code" varchar(255) not null, "organiser" varchar(255) not null, "starts_on" date not null, "ends_on" date not null, "quarter" varchar(255) null, "focus" text not null, "results_published_on" date null, constraint "campaign_pkey" primary key ("id"));`);
    this.addSql(`create table "safety_inspection"."checklist_item" ("version_id" varchar(255) not null, "code" varchar(255) not null, "position" int not null, "category" varchar(255) not null, "text" text not null, constraint "checklist_item_pkey" primary key ("version_id", "code"));`);
    this.addSql(`create table "safety_inspection"."checklist_version" ("id" varchar(255) not null, "version" varchar(255) not null, "title" varchar(255) not null, "effective_from" date not null, constraint "checklist_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "safety_inspection"."checklist_version" add constraint "checklist_version_version_unique" unique ("version");`);
    this.addSql(`alter table "safety_inspection"."checklist_version" add constraint "checklist_version_effective_from_unique" unique ("effective_from");`);
    this.addSql(`create table "safety_inspection"."draw" ("id" varchar(255) not null, "campaign_id" varchar(255) not null, "algorithm" varchar(255) not null, "seed" varchar(255) not null, "drawn_at" timestamptz not null, "estate_count" int not null, "inspector_count" int not null, "team_size" int not null, "eligible" jsonb not null, "pool" jsonb not null, "result" jsonb not null, "inputs_digest" varchar(255) not null, "result_digest" varchar(255) not null, "drawn_by" varchar(255) null, constraint "draw_pkey" primary key ("id"));`);
    this.addSql(`alter table "safety_inspection"."draw" add constraint "draw_campaign_id_unique" unique ("campaign_id");`);
    this.addSql(`create table "safety_inspection"."finding_evidence" ("id" varchar(255) not null, "finding_id" varchar(255) not null, "stage" varchar(255) not null, "kind" varchar(255) not null, "file_ref" varchar(255) not null, "recorded_at" timestamptz not null, constraint "finding_evidence_pkey" primary key ("id"));`);
    this.addSql(`create index "finding_evidence_finding_id_index" on "safety_inspection"."finding_evidence" ("finding_id");`);
    this.addSql(`create table "safety_inspection"."finding" ("id" varchar(255) not null, "inspection_id" varchar(255) not null, "campaign_id" varchar(255) not null, "estate_id" varchar(255) not null, "region_code" varchar(255) not null, "company_id" varchar(255) null, "category" varchar(255) not null, "severity" varchar(255) not null, "description" text not null, "state" varchar(255) not null, "raised_at" timestamptz not null, "notified_at" timestamptz null, "deadline" date null, "rectified_at" timestamptz null, "verified_at" timestamptz null, constraint "finding_pkey" primary key ("id"));`);
    this.addSql(`create index "finding_inspection_id_index" on "safety_inspection"."finding" ("inspection_id");`);
    this.addSql(`create index "finding_campaign_id_index" on "safety_inspection"."finding" ("campaign_id");`);
    this.addSql(`create index "finding_estate_id_index" on "safety_inspection"."finding" ("estate_id");`);
    this.addSql(`create index "finding_company_id_index" on "safety_inspection"."finding" ("company_id");`);
    this.addSql(`create table "safety_inspection"."finding_transition" ("finding_id" varchar(255) not null, "seq" int not null, "action" varchar(255) not null, "from_state" varchar(255) null, "to_state" varchar(255) not null, "at" timestamptz not null, "actor_role" varchar(255) not null, "actor_subject" varchar(255) null, "note" text null, constraint "finding_transition_pkey" primary key ("finding_id", "seq"));`);
    this.addSql(`create table "safety_inspection"."inspection" ("id" varchar(255) not null, "campaign_id" varchar(255) not null, "draw_id" varchar(255) null, "estate_id" varchar(255) not null, "region_code" varchar(255) not null, "company_id" varchar(255) null, "conducted_on" date null, constraint "inspection_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_campaign_id_index" on "safety_inspection"."inspection" ("campaign_id");`);
    this.addSql(`create index "inspection_estate_id_index" on "safety_inspection"."inspection" ("estate_id");`);
    this.addSql(`create table "safety_inspection"."inspection_inspector" ("inspection_id" varchar(255) not null, "inspector_id" varchar(255) not null, constraint "inspection_inspector_pkey" primary key ("inspection_id", "inspector_id"));`);
    this.addSql(`create index "inspection_inspector_inspector_id_index" on "safety_inspection"."inspection_inspector" ("inspector_id");`);
    this.addSql(`create table "safety_inspection"."inspector" ("id" varchar(255) not null, "name" varchar(255) not null, "agency" varchar(255) not null, "region_code" varchar(255) not null, "subject" varchar(255) null, "active" boolean not null, constraint "inspector_pkey" primary key ("id"));`);
    this.addSql(`alter table "safety_inspection"."inspector" add constraint "inspector_subject_unique" unique ("subject");`);
    this.addSql(`create table "safety_inspection"."inspector_tie" ("inspector_id" varchar(255) not null, "company_id" varchar(255) not null, "relation" varchar(255) not null, "recorded_on" date not null, constraint "inspector_tie_pkey" primary key ("inspector_id", "company_id"));`);
    this.addSql(`create index "inspector_tie_company_id_index" on "safety_inspection"."inspector_tie" ("company_id");`);
    this.addSql(`create table "safety_inspection"."self_inspection" ("id" varchar(255) not null, "estate_id" varchar(255) not null, "company_id" varchar(255) not null, "region_code" varchar(255) not null, "month" date not null, "checklist_version_id" varchar(255) not null, "submitted_on" date not null, "failed_item_codes" text[] not null, constraint "self_inspection_pkey" primary key ("id"));`);
    this.addSql(`alter table "safety_inspection"."self_inspection" add constraint "self_inspection_estate_id_month_unique" unique ("estate_id", "month");`);

    // region statistics are prefix LIKEs over these copies: text_pattern_ops makes them range scans
    for (const table of ['estate_roster', 'inspector', 'campaign', 'inspection', 'finding', 'self_inspection']) {
      this.addSql(`create index "${table}_region_code_prefix" on "safety_inspection"."${table}" ("region_code" text_pattern_ops);`);
    }
    // what the entities cannot say: the state machine's states, kinds and severities
    this.addSql(`alter table "safety_inspection"."finding" add constraint "finding_state_check" check ("state" in ('RAISED', 'NOTIFIED', 'RECTIFIED', 'VERIFIED'));`);
    this.addSql(`alter table "safety_inspection"."finding" add constraint "finding_severity_check" check ("severity" in ('MAJOR', 'GENERAL'));`);
    this.addSql(`alter table "safety_inspection"."campaign" add constraint "campaign_kind_check" check ("kind" in ('RANDOM_DRAW', 'UNANNOUNCED', 'RESIDENT_SUPERVISION', 'SPECIAL'));`);
    this.addSql(`alter table "safety_inspection"."campaign" add constraint "campaign_period_check" check ("ends_on" >= "starts_on");`);
    this.addSql(`alter table "safety_inspection"."self_inspection" add constraint "self_inspection_month_check" check (extract(day from "month") = 1);`);
    // ids of rows recorded through the API continue after the demo data's (seed moves them on)
    for (const name of ['campaign', 'draw', 'inspection', 'finding', 'evidence', 'inspector', 'checklist_version', 'self_inspection']) {
      this.addSql(`create sequence "safety_inspection"."${name}_id_seq";`);
    }
  }
}
