import { Migration } from '@mikro-orm/migrations';

const S = '"governance"';
const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Governance's tables as the entities describe them, plus what entities cannot say: checks that keep
 * states, kinds and dates consistent (a settled matter has its level and date, a mediation's steps in
 * order), the unique keys that make a second recording of a milestone collide, prefix indexes on the
 * copied region codes, and id sequences.
 */
export class InitialGovernance extends Migration {
  override async up(): Promise<void> {
    const sql = (text: string) => this.addSql(text);
    sql(`create schema if not exists ${S};`);

    sql(`create table ${S}."grid_integration" ("county_code" varchar(6) not null, "milestone" varchar(32) not null check ("milestone" in (${list(['GRID_MERGED', 'WHISTLE_REPORT', 'PLATFORM_CONNECTED'])})), "achieved_on" date not null, "evidence" text not null, "recorded_by" varchar(255) not null,
         constraint "grid_integration_pkey" primary key ("county_code", "milestone"));`);

    sql(`create table ${S}."joint_meeting" ("id" varchar(255) not null primary key, "street_code" varchar(9) not null, "held_on" date not null, "topic" varchar(255) not null, "departments" jsonb not null, "matters" jsonb not null, "recorded_by" varchar(255) not null);`);
    sql(`create table ${S}."joint_resolution" ("id" varchar(255) not null primary key, "meeting_id" varchar(255) not null references ${S}."joint_meeting" ("id"), "street_code" varchar(9) not null, "text" text not null, "owner_department" varchar(255) not null, "deadline" date not null,
         "state" varchar(8) not null check ("state" in ('OPEN', 'DONE')), "done_on" date null, "done_note" text null, constraint "joint_resolution_done" check (("state" = 'DONE') = ("done_on" is not null)));`);
    sql(`create index "joint_resolution_meeting_id_index" on ${S}."joint_resolution" ("meeting_id");`);

    sql(`create table ${S}."deliberation_matter" ("id" varchar(255) not null primary key, "estate_id" varchar(255) not null, "region_code" varchar(12) not null, "forum" varchar(32) not null check ("forum" in (${list(['RECEPTION_DAY', 'OWNERS_TALK', 'NEIGHBOUR_TALK', 'COUNCIL'])})),
         "subject" varchar(255) not null, "raised_on" date not null, "settled_level" varchar(16) null check ("settled_level" in ('ESTATE', 'COMMUNITY', 'STREET')), "settled_on" date null, "resolution" text null,
         constraint "matter_settled" check (("settled_level" is null) = ("settled_on" is null) and ("settled_on" is null or "settled_on" >= "raised_on")));`);
    sql(`create index "deliberation_matter_estate_id_index" on ${S}."deliberation_matter" ("estate_id");`);

    sql(`create table ${S}."mediator" ("id" varchar(255) not null primary key, "name" varchar(255) not null, "organisation" varchar(255) not null, "region_code" varchar(6) not null, "subject" varchar(255) not null constraint "mediator_subject_unique" unique, "active" boolean not null default true);`);
    sql(`create table ${S}."mediation_case" ("id" varchar(255) not null primary key, "estate_id" varchar(255) not null, "region_code" varchar(12) not null, "court" varchar(255) not null,
         "category" varchar(32) not null check ("category" in (${list(['FEES', 'SERVICE_QUALITY', 'PARKING', 'RENOVATION', 'PUBLIC_REVENUE', 'MAINTENANCE_FUND', 'OTHER'])})), "summary" text not null, "referred_on" date not null,
         "state" varchar(32) not null check ("state" in (${list(['RECEIVED', 'MEDIATING', 'AGREEMENT', 'NO_AGREEMENT', 'RETURNED_TO_COURT'])})), "mediator_id" varchar(255) null references ${S}."mediator" ("id"),
         "mediation_started_on" date null, "concluded_on" date null, "returned_on" date null, "outcome_note" text null,
         constraint "mediation_steps" check (("state" = 'RECEIVED') = ("mediation_started_on" is null) and ("mediation_started_on" is null) = ("mediator_id" is null)
           and ("concluded_on" is not null) = ("state" in ('AGREEMENT', 'NO_AGREEMENT', 'RETURNED_TO_COURT')) and ("returned_on" is not null) = ("state" = 'RETURNED_TO_COURT')
           and "referred_on" <= coalesce("mediation_started_on", "referred_on") and coalesce("mediation_started_on", "referred_on") <= coalesce("concluded_on", "mediation_started_on", "referred_on")
           and coalesce("concluded_on", "referred_on") <= coalesce("returned_on", "concluded_on", "referred_on")));`);
    sql(`create index "mediation_case_estate_id_index" on ${S}."mediation_case" ("estate_id");`);
    sql(`create index "mediation_case_concluded_on_index" on ${S}."mediation_case" ("concluded_on");`);
    sql(`create table ${S}."mediation_party" ("case_id" varchar(255) not null references ${S}."mediation_case" ("id"), "party_no" int not null, "side" varchar(16) not null check ("side" in ('OWNER', 'COMMITTEE', 'COMPANY')), "name" varchar(255) not null, "company_id" varchar(255) null,
         constraint "mediation_party_pkey" primary key ("case_id", "party_no"));`);

    sql(`create table ${S}."enforcement_action" ("id" varchar(255) not null primary key, "estate_id" varchar(255) not null, "region_code" varchar(12) not null,
         "department" varchar(32) not null check ("department" in (${list(['URBAN_MANAGEMENT', 'HOUSING', 'POLICE', 'FIRE', 'JUSTICE'])})),
         "violation" varchar(32) not null check ("violation" in (${list(['ILLEGAL_CONSTRUCTION', 'ILLEGAL_RENOVATION', 'FIRE_LANE_BLOCKED'])})), "found_on" date not null,
         "outcome" varchar(16) not null check ("outcome" in ('PENDING', 'RECTIFIED', 'FINED', 'DEMOLISHED')), "concluded_on" date null, "note" text not null,
         constraint "enforcement_concluded" check (("outcome" = 'PENDING') = ("concluded_on" is null) and coalesce("concluded_on", "found_on") >= "found_on"));`);
    sql(`create index "enforcement_action_estate_id_index" on ${S}."enforcement_action" ("estate_id");`);

    sql(`create table ${S}."pilot" ("id" varchar(255) not null primary key, "name" varchar(255) not null, "community_code" varchar(12) not null, "batch" int not null check ("batch" >= 1), "designated_on" date not null, "centre_name" varchar(255) not null, "centre_opened_on" date null, "sign_hung" boolean not null);`);
    sql(`create table ${S}."pilot_estate" ("pilot_id" varchar(255) not null references ${S}."pilot" ("id"), "estate_id" varchar(255) not null, "region_code" varchar(12) not null, constraint "pilot_estate_pkey" primary key ("pilot_id", "estate_id"));`);
    sql(`create index "pilot_estate_estate_id_index" on ${S}."pilot_estate" ("estate_id");`);

    sql(`create table ${S}."renovation_project" ("id" varchar(255) not null primary key, "name" varchar(255) not null, "region_code" varchar(6) not null, "investor" varchar(255) not null, "state_partner" varchar(255) null, "started_on" date not null, "services" jsonb not null,
         "trial_starts_on" date not null, "trial_ends_on" date not null, "decision" varchar(16) not null check ("decision" in ('PENDING', 'ACCEPTED', 'DECLINED')), "decided_on" date null, "handover_company_id" varchar(255) null, "handed_over_on" date null,
         constraint "renovation_trial" check ("trial_starts_on" <= "trial_ends_on" and ("decision" = 'PENDING') = ("decided_on" is null)
           and ("handed_over_on" is null) = ("handover_company_id" is null) and ("handed_over_on" is null or "decision" = 'ACCEPTED')));`);
    sql(`create table ${S}."renovation_estate" ("project_id" varchar(255) not null references ${S}."renovation_project" ("id"), "estate_id" varchar(255) not null, "region_code" varchar(12) not null, constraint "renovation_estate_pkey" primary key ("project_id", "estate_id"));`);
    sql(`create index "renovation_estate_estate_id_index" on ${S}."renovation_estate" ("estate_id");`);

    // region statistics are prefix LIKEs over these copies: text_pattern_ops makes them range scans
    const regional: [string, string][] = [['grid_integration', 'county_code'], ['joint_meeting', 'street_code'], ['joint_resolution', 'street_code'], ['deliberation_matter', 'region_code'], ['mediation_case', 'region_code'],
      ['enforcement_action', 'region_code'], ['pilot', 'community_code'], ['renovation_project', 'region_code']];
    for (const [table, column] of regional) sql(`create index "${table}_${column}_prefix" on ${S}."${table}" ("${column}" text_pattern_ops);`);
    // ids of rows recorded through the API continue after the demo data's (the seed moves them on)
    for (const name of ['meeting', 'resolution', 'matter', 'mediator', 'mediation', 'enforcement', 'pilot', 'renovation']) sql(`create sequence ${S}."${name}_id_seq";`);
  }
}
