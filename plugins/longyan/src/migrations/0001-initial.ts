import { Migration } from '@wuye/plugin-sdk';

const S = '"plugin_longyan"';

/**
 * The plugin's tables in plugin_longyan: the electoral roll (units and owners of 龙岩's estates), votes
 * with their registered voters and ballots, and dated red-committee snapshots taken from party-building.
 * A closed vote is immutable in the database too (triggers), not only in the API.
 */
export class InitialLongyan extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists ${S};`);
    this.addSql(`create table ${S}."owner" ("id" varchar(32) not null primary key, "estate_id" varchar(32) not null, "region_code" varchar(12) not null, "name" varchar(64) not null, "account" varchar(64) not null unique);`);
    this.addSql(`create index "owner_estate_id_index" on ${S}."owner" ("estate_id");`);
    this.addSql(`create table ${S}."unit" ("id" varchar(32) not null primary key, "estate_id" varchar(32) not null, "region_code" varchar(12) not null, "building" varchar(16) not null, "number" varchar(16) not null, "area" numeric(10,2) not null check ("area" > 0), "owner_id" varchar(32) not null references ${S}."owner" ("id"), unique ("estate_id", "building", "number"));`);
    this.addSql(`create index "unit_estate_id_index" on ${S}."unit" ("estate_id");`);
    this.addSql(`create index "unit_owner_id_index" on ${S}."unit" ("owner_id");`);

    this.addSql(`create sequence ${S}."vote_id_seq";`);
    this.addSql(`create table ${S}."vote" ("id" varchar(32) not null primary key, "estate_id" varchar(32) not null, "region_code" varchar(12) not null, "matter" varchar(32) not null, "title" varchar(200) not null, "description" text null, "status" varchar(8) not null check ("status" in ('OPEN', 'CLOSED')), "opened_at" timestamptz not null, "closes_at" timestamptz not null, "closed_at" timestamptz null, "opened_by" varchar(128) not null, "closed_by" varchar(128) null, "electorate_owners" int not null, "electorate_units" int not null, "electorate_area" numeric(14,2) not null, "result" jsonb null, "seal_digest" char(64) null, check (("status" = 'CLOSED') = ("closed_at" is not null and "result" is not null and "seal_digest" is not null)));`);
    this.addSql(`create index "vote_estate_id_index" on ${S}."vote" ("estate_id", "opened_at" desc);`);
    this.addSql(`create index "vote_region_code_prefix" on ${S}."vote" ("region_code" text_pattern_ops);`);
    // the electorate, frozen when the vote opens: one row per owner with their units and area
    this.addSql(`create table ${S}."vote_voter" ("vote_id" varchar(32) not null references ${S}."vote" ("id"), "owner_id" varchar(32) not null references ${S}."owner" ("id"), "units" int not null check ("units" > 0), "area" numeric(12,2) not null, primary key ("vote_id", "owner_id"));`);
    // one ballot per registered owner and vote (the primary key refuses a second)
    this.addSql(`create table ${S}."ballot" ("vote_id" varchar(32) not null, "owner_id" varchar(32) not null, "choice" varchar(8) not null check ("choice" in ('AGREE', 'DISAGREE', 'ABSTAIN')), "units" int not null, "area" numeric(12,2) not null, "receipt" char(64) not null, "cast_at" timestamptz not null, primary key ("vote_id", "owner_id"), unique ("vote_id", "receipt"), foreign key ("vote_id", "owner_id") references ${S}."vote_voter" ("vote_id", "owner_id"));`);

    // a closed vote, its voters and its ballots never change
    this.addSql(`create function ${S}."refuse_sealed_change"() returns trigger language plpgsql as $$
      declare target varchar;
      begin
        if TG_TABLE_NAME = 'vote' then
          if OLD."status" = 'CLOSED' then raise exception 'vote % is closed and sealed: it cannot change', OLD."id" using errcode = 'check_violation'; end if;
          return coalesce(NEW, OLD);
        end if;
        if TG_OP = 'INSERT' then target := NEW."vote_id"; else target := OLD."vote_id"; end if;
        if exists (select 1 from ${S}."vote" where "id" = target and "status" = 'CLOSED') then
          raise exception 'vote % is closed and sealed: its % cannot change', target, TG_TABLE_NAME using errcode = 'check_violation';
        end if;
        return coalesce(NEW, OLD);
      end $$;`);
    this.addSql(`create trigger "vote_sealed" before update or delete on ${S}."vote" for each row execute function ${S}."refuse_sealed_change"();`);
    for (const table of ['vote_voter', 'ballot']) {
      this.addSql(`create trigger "${table}_sealed" before insert or update or delete on ${S}."${table}" for each row execute function ${S}."refuse_sealed_change"();`);
    }

    // 红色业委会 snapshots: what party-building and the registry said at `taken_at`, per committee
    this.addSql(`create table ${S}."red_snapshot" ("id" serial primary key, "taken_at" timestamptz not null, "quarter" varchar(6) not null, "taken_by" varchar(128) not null);`);
    this.addSql(`create table ${S}."red_snapshot_committee" ("snapshot_id" int not null references ${S}."red_snapshot" ("id"), "committee_id" varchar(32) not null, "estate_id" varchar(32) not null, "region_code" varchar(12) not null, "members" int not null, "party_members" int not null, "meets_target" boolean not null, primary key ("snapshot_id", "committee_id"));`);
    this.addSql(`create index "red_snapshot_committee_region_prefix" on ${S}."red_snapshot_committee" ("region_code" text_pattern_ops);`);
  }
}
