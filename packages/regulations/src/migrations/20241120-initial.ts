import { Migration } from '@mikro-orm/migrations';
import { FOLD_FROM, FOLD_TO, WORD_CHAR_CLASS } from '../text/search-text.js';

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const STATUSES = `('DRAFT', 'CONSULTATION', 'IN_FORCE', 'AMENDED', 'REPEALED')`;

/**
 * The regulations tables, their search index and the guards entities cannot express:
 * - search: fold_text() and search_tokens() (bigrams; the same rules as ../text/search-text.ts) feed generated
 *   columns with GIN indexes, so every write path indexes text the same way (no pg_trgm: under the
 *   cluster's locale C it ignores Chinese characters);
 * - at most one version in force and one working version (draft or consultation) per document;
 * - published text is never changed in place: articles of a non-draft version cannot be updated or
 *   deleted, a version's title and numbering freeze when it leaves DRAFT, and a version's status moves
 *   only along the lifecycle (../lifecycle.ts) — also for SQL written by hand.
 */
export class InitialRegulations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "regulations";`);

    this.addSql(`create function "regulations".fold_text(t text) returns text language sql immutable strict parallel safe
      as $$ select translate(t, ${literal(FOLD_FROM)}, ${literal(FOLD_TO)}) $$;`);
    this.addSql(`create function "regulations".search_tokens(t text) returns text[] language sql immutable strict parallel safe as $$
      select coalesce(array_agg(distinct tok order by tok), '{}') from (
        select substr(t, i, 2) as tok from generate_series(1, char_length(t) - 1) as i where substr(t, i, 2) ~ '^[${WORD_CHAR_CLASS}]{2}$'
      ) grams $$;`);

    // BM25-like: tf / (tf + k1·(1 − b + b·len/avg)) with k1 = 1.2, b = 0.75 and articles averaging
    // about 180 bytes (60 characters), i.e. 1 / (1 + (0.3 + 0.005·len) / tf): tf (one replace) appears
    // once; lengths in bytes (octet_length is O(1), char_length walks multibyte text); float8, not
    // numeric, arithmetic. Only called where the phrase occurs (tf ≥ 1); one expression, so inlined.
    this.addSql(`create function "regulations".phrase_score(folded text, phrase text) returns float8 language sql immutable strict parallel safe as $$
      select 1 / (1 + (0.3::float8 + 0.005::float8 * octet_length(folded))
                   / ((octet_length(folded) - octet_length(replace(folded, phrase, ''))) / octet_length(phrase)::float8)) $$;`);
    this.addSql(`create table "regulations"."document" (
      "id" varchar(16) not null primary key,
      "title" text not null,
      "level" varchar(32) not null check ("level" in ('LAW', 'ADMINISTRATIVE_REGULATION', 'LOCAL_REGULATION', 'NORMATIVE_DOCUMENT', 'MODEL_TEXT', 'IMPLEMENTING_RULES')),
      "issuer" text not null,
      "region_code" varchar(12) null,
      "status" varchar(16) not null check ("status" in ${STATUSES}),
      "first_issued_on" date null,
      "synthetic_text" boolean not null default false,
      "note" text null,
      "repealed_on" date null,
      "repeal_reason" text null);`);
    // region subtree filters and statistics are prefix LIKEs: text_pattern_ops makes them range scans
    this.addSql(`create index "document_region_code_prefix" on "regulations"."document" ("region_code" text_pattern_ops, "status");`);
    this.addSql(`create index "document_status_level" on "regulations"."document" ("status", "level");`);

    this.addSql(`create table "regulations"."version" (
      "id" varchar(16) not null primary key,
      "document_id" varchar(16) not null references "regulations"."document" ("id") on delete cascade,
      "number" int not null check ("number" > 0),
      "label" text null,
      "title" text not null,
      "document_number" text null,
      "status" varchar(16) not null check ("status" in ${STATUSES}),
      "numbering" varchar(8) not null check ("numbering" in ('ARTICLE', 'ITEM')),
      "drafted_on" date not null,
      "consultation_from" date null,
      "consultation_until" date null,
      "issued_on" date null,
      "effective_from" date null,
      "effective_until" date null,
      "title_search" text generated always as ("regulations".fold_text("title" || ' ' || coalesce("document_number", ''))) stored,
      "title_tokens" text[] generated always as ("regulations".search_tokens("regulations".fold_text("title" || ' ' || coalesce("document_number", '')))) stored,
      constraint "version_document_number_unique" unique ("document_id", "number"),
      constraint "version_promulgated_dates" check (("status" in ('IN_FORCE', 'AMENDED', 'REPEALED')) = ("issued_on" is not null and "effective_from" is not null) or ("status" = 'REPEALED' and "issued_on" is null)),
      constraint "version_effective_span" check ("effective_until" is null or "effective_until" > "effective_from"));`);
    this.addSql(`create unique index "version_one_in_force" on "regulations"."version" ("document_id") where "status" = 'IN_FORCE';`);
    this.addSql(`create unique index "version_one_working" on "regulations"."version" ("document_id") where "status" in ('DRAFT', 'CONSULTATION');`);
    this.addSql(`create index "version_title_tokens" on "regulations"."version" using gin ("title_tokens");`);
    this.addSql(`create index "version_issued_on" on "regulations"."version" ("issued_on");`);

    this.addSql(`create table "regulations"."article" (
      "id" varchar(16) not null primary key,
      "version_id" varchar(16) not null references "regulations"."version" ("id") on delete cascade,
      "number" int not null check ("number" > 0),
      "chapter" text null,
      "text" text not null check (length("text") > 0),
      "search_text" text generated always as ("regulations".fold_text("text")) stored,
      "tokens" text[] generated always as ("regulations".search_tokens("regulations".fold_text("text"))) stored,
      constraint "article_version_number_unique" unique ("version_id", "number"));`);
    this.addSql(`create index "article_tokens" on "regulations"."article" using gin ("tokens");`);

    this.addSql(`create table "regulations"."document_topic" (
      "document_id" varchar(16) not null references "regulations"."document" ("id") on delete cascade,
      "topic" varchar(32) not null,
      primary key ("document_id", "topic"));`);
    this.addSql(`create index "document_topic_topic" on "regulations"."document_topic" ("topic", "document_id");`);
    this.addSql(`create table "regulations"."article_topic" (
      "article_id" varchar(16) not null references "regulations"."article" ("id") on delete cascade,
      "topic" varchar(32) not null,
      primary key ("article_id", "topic"));`);
    this.addSql(`create index "article_topic_topic" on "regulations"."article_topic" ("topic", "article_id");`);

    // how many articles hold each token (and, under '', how many articles there are): the weights of a
    // query's grams (see ../search.ts). Kept by statement-level triggers: one upsert per statement.
    this.addSql(`create table "regulations"."token_frequency" ("token" text not null primary key, "articles" int not null);`);
    this.addSql(`create function "regulations".count_tokens() returns trigger language plpgsql as $$
      begin
        if tg_op in ('DELETE', 'UPDATE') then
          update "regulations"."token_frequency" f set articles = f.articles - o.n
            from (select t, count(*) as n from old_rows, unnest(old_rows.tokens) as t group by t union all select '', count(*) from old_rows) o where f.token = o.t;
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          insert into "regulations"."token_frequency" (token, articles)
            select t, count(*) from new_rows, unnest(new_rows.tokens) as t group by t
            union all select '', count(*) from new_rows -- '' (no token) counts the articles
            order by 1
          on conflict (token) do update set articles = "regulations"."token_frequency".articles + excluded.articles;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "article_tokens_inserted" after insert on "regulations"."article" referencing new table as new_rows for each statement execute function "regulations".count_tokens();`);
    this.addSql(`create trigger "article_tokens_updated" after update on "regulations"."article" referencing old table as old_rows new table as new_rows for each statement execute function "regulations".count_tokens();`);
    this.addSql(`create trigger "article_tokens_deleted" after delete on "regulations"."article" referencing old table as old_rows for each statement execute function "regulations".count_tokens();`);

    // published text is never changed in place (../lifecycle.ts), whoever writes
    this.addSql(`create function "regulations".guard_article() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from "regulations"."version" v where v.id = old.version_id and v.status <> 'DRAFT') then
          raise exception 'article % belongs to a published version: published text is never changed in place (amend the document instead)', old.id
            using errcode = 'check_violation';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
      end $$;`);
    this.addSql(`create trigger "article_published_is_final" before update or delete on "regulations"."article" for each row execute function "regulations".guard_article();`);
    this.addSql(`create function "regulations".guard_version() returns trigger language plpgsql as $$
      begin
        if old.status <> 'DRAFT' and (new.title, new.numbering, new.document_id, new.number) is distinct from (old.title, old.numbering, old.document_id, old.number) then
          raise exception 'version % is published: its text is never changed in place (amend the document instead)', old.id using errcode = 'check_violation';
        end if;
        if new.status <> old.status and (old.status, new.status) not in (('DRAFT', 'CONSULTATION'), ('CONSULTATION', 'IN_FORCE'), ('IN_FORCE', 'AMENDED'), ('IN_FORCE', 'REPEALED'), ('DRAFT', 'REPEALED'), ('CONSULTATION', 'REPEALED')) then
          raise exception 'version % cannot go from % to %', old.id, old.status, new.status using errcode = 'check_violation';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "version_lifecycle" before update on "regulations"."version" for each row execute function "regulations".guard_version();`);

    // ids of documents written through the API continue after the demo data's (the seed moves them on)
    for (const name of ['document', 'version', 'article']) this.addSql(`create sequence "regulations"."${name}_id_seq";`);
  }
}
