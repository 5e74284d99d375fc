import { Migration } from '@mikro-orm/migrations';

const S = '"credit"';

/**
 * Credit's tables, plus what entities cannot say: checks on states, kinds and exact points, the unique key
 * that makes a domain event count once per company (source_event_id, company_id), triggers that keep
 * published rule sets, credit events and evaluation results from ever changing, prefix indexes on the
 * copied region codes, and id sequences.
 */
export class InitialCredit extends Migration {
  override async up(): Promise<void> {
    const sql = (text: string) => this.addSql(text);
    sql(`create schema if not exists ${S};`);

    sql(`create table ${S}."rule_set" ("year" int not null check ("year" between 2000 and 2099), "version" int not null check ("version" >= 1), "status" varchar(16) not null check ("status" in ('DRAFT', 'PUBLISHED')),
         "document" jsonb not null, "note" varchar(255) null, "created_at" timestamptz not null, "created_by" varchar(255) not null, "published_at" timestamptz null, "published_by" varchar(255) null,
         constraint "rule_set_pkey" primary key ("year", "version"), constraint "rule_set_published" check (("status" = 'PUBLISHED') = ("published_at" is not null)));`);
    // a published rule set is never edited or deleted: a correction is a new version
    sql(`create function ${S}."rule_set_frozen"() returns trigger language plpgsql as $$ begin
           if old.status = 'PUBLISHED' then raise exception 'rule set %/% is published: publish a new version instead', old.year, old.version using errcode = 'restrict_violation'; end if;
           if tg_op = 'DELETE' then return old; end if; return new; end $$;`);
    sql(`create trigger "rule_set_frozen" before update or delete on ${S}."rule_set" for each row execute function ${S}."rule_set_frozen"();`);

    sql(`create table ${S}."company" ("company_id" varchar(255) not null, "region_code" varchar(255) null, "updated_at" timestamptz not null, constraint "company_pkey" primary key ("company_id"));`);
    sql(`create table ${S}."company_estate" ("company_id" varchar(255) not null references ${S}."company" ("company_id"), "estate_id" varchar(255) not null, "region_code" varchar(255) not null, constraint "company_estate_pkey" primary key ("company_id", "estate_id"));`);

    sql(`create table ${S}."credit_event" ("id" varchar(255) not null, "company_id" varchar(255) not null, "category" varchar(16) not null check ("category" in ('INDICATOR', 'BONUS', 'PENALTY')), "item" varchar(40) not null,
         "points" numeric(8,2) not null, "occurred_at" timestamptz not null, "year" int not null, "region_code" varchar(255) not null,
         "source_kind" varchar(16) not null check ("source_kind" in ('DOMAIN_EVENT', 'OFFICIAL', 'OPINION')), "source_event_id" varchar(255) null, "source_event_type" varchar(255) null,
         "official_subject" varchar(255) null, "official_level" varchar(16) null check ("official_level" in ('PROVINCE', 'CITY', 'COUNTY', 'STREET')), "estate_id" varchar(255) null,
         "evidence" text not null, "evidence_refs" jsonb not null default '[]', "rule_year" int null, "rule_version" int null, "recorded_at" timestamptz not null,
         constraint "credit_event_pkey" primary key ("id"),
         constraint "credit_event_source" check (("source_kind" = 'DOMAIN_EVENT') = ("source_event_id" is not null)),
         constraint "credit_event_source_unique" unique ("source_event_id", "company_id"));`);
    sql(`create index "credit_event_company_year_index" on ${S}."credit_event" ("company_id", "year", "occurred_at", "id");`);
    sql(`create index "credit_event_year_index" on ${S}."credit_event" ("year");`);

    sql(`create table ${S}."opinion" ("id" varchar(255) not null, "company_id" varchar(255) not null, "estate_id" varchar(255) null, "region_code" varchar(255) not null, "rating" varchar(8) not null check ("rating" in ('GOOD', 'FAIR', 'POOR')),
         "text" text not null, "official_subject" varchar(255) not null, "official_level" varchar(16) not null, "occurred_at" timestamptz not null, "credit_event_id" varchar(255) not null references ${S}."credit_event" ("id"),
         constraint "opinion_pkey" primary key ("id"));`);
    sql(`create index "opinion_company_id_index" on ${S}."opinion" ("company_id");`);

    sql(`create table ${S}."honour" ("id" varchar(255) not null, "estate_id" varchar(255) not null, "company_id" varchar(255) not null, "level" varchar(16) not null check ("level" in ('CITY', 'PROVINCE', 'NATIONAL')),
         "region_code" varchar(255) not null, "year" int not null, "awarded_on" date not null, "credit_event_id" varchar(255) not null references ${S}."credit_event" ("id"),
         constraint "honour_pkey" primary key ("id"), constraint "honour_estate_unique" unique ("estate_id", "level", "year"));`);

    sql(`create table ${S}."evaluation" ("year" int not null, "version" int not null check ("version" >= 1), "status" varchar(16) not null check ("status" in ('CLOSED', 'PUBLISHED')), "reason" varchar(255) null,
         "rule_year" int not null, "rule_version" int not null, "companies" int not null, "closed_at" timestamptz not null, "closed_by" varchar(255) not null, "published_at" timestamptz null, "published_by" varchar(255) null,
         constraint "evaluation_pkey" primary key ("year", "version"), constraint "evaluation_reason" check (("version" = 1) = ("reason" is null)),
         constraint "evaluation_rule_set_fk" foreign key ("rule_year", "rule_version") references ${S}."rule_set" ("year", "version"));`);
    sql(`create table ${S}."evaluation_result" ("year" int not null, "version" int not null, "company_id" varchar(255) not null, "region_code" varchar(255) null, "city_code" varchar(6) null,
         "score" numeric(8,2) not null, "grade" varchar(8) not null, "deductions" numeric(8,2) not null, "province_rank" int not null, "city_rank" int null,
         constraint "evaluation_result_pkey" primary key ("year", "version", "company_id"), constraint "evaluation_result_evaluation_fk" foreign key ("year", "version") references ${S}."evaluation" ("year", "version"));`);
    sql(`create index "evaluation_result_rank_index" on ${S}."evaluation_result" ("year", "version", "province_rank");`);
    sql(`create index "evaluation_result_company_index" on ${S}."evaluation_result" ("company_id");`);

    // what was recorded or frozen is never changed: credit events and results are append-only, and a
    // published evaluation keeps its state
    sql(`create function ${S}."append_only"() returns trigger language plpgsql as $$ begin raise exception '% is append-only', tg_table_name using errcode = 'restrict_violation'; end $$;`);
    for (const table of ['credit_event', 'evaluation_result', 'opinion', 'honour']) {
      sql(`create trigger "${table}_append_only" before update or delete on ${S}."${table}" for each row execute function ${S}."append_only"();`);
    }
    sql(`create function ${S}."evaluation_frozen"() returns trigger language plpgsql as $$ begin
           if tg_op = 'DELETE' or old.status = 'PUBLISHED' then raise exception 'evaluation %/% is published: correct it with a new version', old.year, old.version using errcode = 'restrict_violation'; end if;
           return new; end $$;`);
    sql(`create trigger "evaluation_frozen" before update or delete on ${S}."evaluation" for each row execute function ${S}."evaluation_frozen"();`);

    for (const table of ['company', 'company_estate', 'credit_event', 'opinion', 'honour', 'evaluation_result']) {
      sql(`create index "${table}_region_code_prefix" on ${S}."${table}" ("region_code" text_pattern_ops);`);
    }
    for (const name of ['credit_event', 'opinion', 'honour']) sql(`create sequence ${S}."${name}_id_seq";`);
  }
}
