import { Migration } from '@mikro-orm/migrations';

const S = '"public_revenue"';

/**
 * Public revenue's tables, as the entities describe them, plus what entities cannot say: the quarter
 * calendar, checks (amounts never negative, states and kinds spelt right), foreign keys, the unique keys
 * that make concurrent writes collide (one statement per estate and quarter, one revision per number,
 * one chain link per number), a trigger keeping revisions, lines and publications append-only, prefix
 * indexes on the copied region codes, and id sequences.
 */
export class InitialPublicRevenue extends Migration {
  override async up(): Promise<void> {
    const sql = (text: string) => this.addSql(text);
    sql(`create schema if not exists ${S};`);

    // 季度 calendar: quarter ↔ first / last day, and the quarter before (warnings compare with it)
    sql(`create table ${S}."quarter_calendar" ("quarter" varchar(6) not null primary key, "starts_on" date not null, "ends_on" date not null, "previous_quarter" varchar(6) not null);`);
    sql(`insert into ${S}."quarter_calendar" select to_char(d, 'YYYY') || 'Q' || extract(quarter from d), d::date, (d + interval '3 months' - interval '1 day')::date,
           to_char(d - interval '3 months', 'YYYY') || 'Q' || extract(quarter from d - interval '3 months')
         from generate_series('2000-01-01'::timestamp, '2099-10-01'::timestamp, interval '3 months') d;`);

    sql(`create table ${S}."revenue_estate" ("estate_id" varchar(255) not null, "region_code" varchar(255) not null, "company_id" varchar(255) not null, "enrolled_from" varchar(6) not null references ${S}."quarter_calendar" ("quarter"), constraint "revenue_estate_pkey" primary key ("estate_id"));`);
    sql(`create index "revenue_estate_company_id_index" on ${S}."revenue_estate" ("company_id");`);
    sql(`create table ${S}."estate_chain" ("estate_id" varchar(255) not null, "head_no" int not null check ("head_no" >= 0), "head_hash" varchar(255) null, constraint "estate_chain_pkey" primary key ("estate_id"));`);

    sql(`create table ${S}."statement" ("id" varchar(255) not null, "estate_id" varchar(255) not null, "quarter" varchar(6) not null references ${S}."quarter_calendar" ("quarter"), "region_code" varchar(255) not null, "company_id" varchar(255) not null, "submitted_at" timestamptz not null, "submitted_by" varchar(255) not null, "current_revision_no" int not null check ("current_revision_no" >= 1), constraint "statement_pkey" primary key ("id"), constraint "statement_estate_quarter_unique" unique ("estate_id", "quarter"));`);
    sql(`create index "statement_company_id_index" on ${S}."statement" ("company_id");`);
    sql(`create index "statement_quarter_index" on ${S}."statement" ("quarter");`);

    sql(`create table ${S}."revision" ("statement_id" varchar(255) not null constraint "revision_statement_fk" references ${S}."statement" ("id"), "revision_no" int not null check ("revision_no" >= 1), "estate_id" varchar(255) not null, "chain_no" int not null check ("chain_no" >= 1), "reason" varchar(255) null, "author" varchar(255) not null, "author_role" varchar(255) not null, "created_at" timestamptz not null, "income_total" numeric(14,2) not null check ("income_total" >= 0), "expense_total" numeric(14,2) not null check ("expense_total" >= 0), "balance" numeric(14,2) not null, "previous_hash" varchar(255) null, "hash" varchar(255) not null,
         constraint "revision_pkey" primary key ("statement_id", "revision_no"), constraint "revision_chain_unique" unique ("estate_id", "chain_no"),
         constraint "revision_reason" check (("revision_no" = 1) = ("reason" is null)), constraint "revision_balance" check ("balance" = "income_total" - "expense_total"));`);

    sql(`create table ${S}."revision_line" ("statement_id" varchar(255) not null, "revision_no" int not null, "line_no" int not null, "direction" varchar(255) not null check ("direction" in ('INCOME', 'EXPENSE')), "kind" varchar(255) not null, "description" varchar(255) not null, "amount" numeric(14,2) not null check ("amount" >= 0),
         constraint "revision_line_pkey" primary key ("statement_id", "revision_no", "line_no"), constraint "revision_line_revision_fk" foreign key ("statement_id", "revision_no") references ${S}."revision" ("statement_id", "revision_no"));`);

    sql(`create table ${S}."publication" ("statement_id" varchar(255) not null, "revision_no" int not null, "channel" varchar(255) not null check ("channel" in ('ONLINE', 'OFFLINE')), "published_at" timestamptz not null, "location" varchar(255) not null, "recorded_by" varchar(255) not null, "revision_hash" varchar(255) not null,
         constraint "publication_pkey" primary key ("statement_id", "revision_no", "channel"), constraint "publication_revision_fk" foreign key ("statement_id", "revision_no") references ${S}."revision" ("statement_id", "revision_no"));`);

    // a published statement is never changed in place: revisions, their lines and publications are append-only
    sql(`create function ${S}."append_only"() returns trigger language plpgsql as $$ begin raise exception '% is append-only: correct a statement with a new revision', tg_table_name using errcode = 'restrict_violation'; end $$;`);
    for (const table of ['revision', 'revision_line', 'publication']) {
      sql(`create trigger "${table}_append_only" before update or delete on ${S}."${table}" for each row execute function ${S}."append_only"();`);
    }

    sql(`create table ${S}."notice" ("id" varchar(255) not null, "region_code" varchar(255) not null, "quarter" varchar(6) not null references ${S}."quarter_calendar" ("quarter"), "issued_at" timestamptz not null, "issued_by" varchar(255) not null, "late_after_days" int not null, "income_drop_share" numeric(5,4) not null, "expected" int not null, "published_online" int not null, "published_on_time" int not null,
         constraint "notice_pkey" primary key ("id"), constraint "notice_region_quarter_unique" unique ("region_code", "quarter"));`);
    sql(`create table ${S}."notice_item" ("notice_id" varchar(255) not null references ${S}."notice" ("id"), "item_no" int not null, "estate_id" varchar(255) not null, "region_code" varchar(255) not null, "company_id" varchar(255) not null, "quarter" varchar(6) not null, "kind" varchar(255) not null, "statement_id" varchar(255) null, constraint "notice_item_pkey" primary key ("notice_id", "item_no"));`);

    sql(`create table ${S}."rectification_task" ("id" varchar(255) not null, "level" varchar(255) not null check ("level" in ('PROVINCE', 'CITY')), "region_code" varchar(255) not null, "title" varchar(255) not null, "department" varchar(255) not null, "assigned_on" date not null, "deadline" date not null, "status" varchar(255) not null check ("status" in ('OPEN', 'CLOSED')), "closed_on" date null, "closed_by" varchar(255) null, "evidence" text null,
         constraint "rectification_task_pkey" primary key ("id"), constraint "rectification_task_closure" check (("status" = 'CLOSED') = ("closed_on" is not null and "evidence" is not null)));`);

    sql(`create table ${S}."supervisor" ("id" varchar(255) not null, "name" varchar(255) not null, "category" varchar(255) not null, "affiliation" varchar(255) not null, "region_code" varchar(255) not null, "appointed_on" date not null, constraint "supervisor_pkey" primary key ("id"));`);
    sql(`create table ${S}."supervisor_visit" ("id" varchar(255) not null, "supervisor_id" varchar(255) not null references ${S}."supervisor" ("id"), "estate_id" varchar(255) not null, "region_code" varchar(255) not null, "visited_on" date not null, "mode" varchar(255) not null check ("mode" in ('OPEN', 'UNANNOUNCED')), "findings" text not null, "problems_found" int not null check ("problems_found" >= 0), constraint "supervisor_visit_pkey" primary key ("id"));`);
    sql(`create index "supervisor_visit_supervisor_id_index" on ${S}."supervisor_visit" ("supervisor_id");`);
    sql(`create index "supervisor_visit_estate_id_index" on ${S}."supervisor_visit" ("estate_id");`);

    sql(`create table ${S}."complaint" ("id" varchar(255) not null, "source" varchar(255) not null check ("source" in ('PETITION', 'HOTLINE_12345', 'PUBLIC_OPINION')), "estate_id" varchar(255) not null, "company_id" varchar(255) null, "region_code" varchar(255) not null, "complainant_name" varchar(255) null, "summary" text not null, "state" varchar(255) not null check ("state" in ('RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED')), "received_at" timestamptz not null, constraint "complaint_pkey" primary key ("id"));`);
    sql(`create index "complaint_estate_id_index" on ${S}."complaint" ("estate_id");`);
    sql(`create table ${S}."complaint_step" ("complaint_id" varchar(255) not null references ${S}."complaint" ("id"), "step" varchar(255) not null check ("step" in ('RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED')), "at" timestamptz not null, "actor" varchar(255) not null, "department" varchar(255) null, "note" text not null, constraint "complaint_step_pkey" primary key ("complaint_id", "step"));`);

    sql(`create table ${S}."deposit" ("id" varchar(255) not null, "estate_id" varchar(255) not null, "company_id" varchar(255) not null, "region_code" varchar(255) not null, "amount" numeric(14,2) not null check ("amount" > 0), "deposited_on" date not null, "reference" varchar(255) not null, "recorded_by" varchar(255) not null, constraint "deposit_pkey" primary key ("id"), constraint "deposit_reference_unique" unique ("reference"));`);
    sql(`create index "deposit_estate_id_index" on ${S}."deposit" ("estate_id");`);
    sql(`create index "deposit_company_id_index" on ${S}."deposit" ("company_id");`);

    // region statistics are prefix LIKEs over these copies: text_pattern_ops makes them range scans
    for (const table of ['revenue_estate', 'statement', 'notice', 'rectification_task', 'supervisor', 'supervisor_visit', 'complaint', 'deposit']) {
      sql(`create index "${table}_region_code_prefix" on ${S}."${table}" ("region_code" text_pattern_ops);`);
    }
    // ids of rows recorded through the API continue after the demo data's (seed moves them on)
    for (const name of ['statement', 'notice', 'task', 'visit', 'complaint', 'deposit']) sql(`create sequence ${S}."${name}_id_seq";`);
  }
}
