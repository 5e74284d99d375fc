import { Migration } from '@wuye/plugin-sdk';

/** The plugin's tables in its own schema plugin_zhangzhou, a prefix index for statistics, the id sequence. */
export class InitialZhangzhou extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "plugin_zhangzhou";`);
    this.addSql(`create table "plugin_zhangzhou"."grid_case" ("id" varchar(255) not null, "estate_id" varchar(255) not null, "region_code" varchar(255) not null, "description" text not null, "location" varchar(255) null, "reporter_name" varchar(255) not null, "reporter_kind" varchar(255) not null, "category" varchar(255) null, "state" varchar(255) not null, "department" varchar(255) null, "deadline" timestamptz null, "reported_at" timestamptz not null, "updated_at" timestamptz not null, constraint "grid_case_pkey" primary key ("id"));`);
    this.addSql(`create index "grid_case_estate_id_index" on "plugin_zhangzhou"."grid_case" ("estate_id");`);
    this.addSql(`create table "plugin_zhangzhou"."grid_case_transition" ("id" serial primary key, "case_id" varchar(255) not null, "region_code" varchar(255) not null, "from_state" varchar(255) null, "to_state" varchar(255) not null, "at" timestamptz not null, "actor" varchar(255) not null, "category" varchar(255) null, "department" varchar(255) null, "deadline" timestamptz null, "note" text null);`);
    this.addSql(`create index "grid_case_transition_case_id_index" on "plugin_zhangzhou"."grid_case_transition" ("case_id", "at", "id");`);
    // the workflow's states and categories, enforced where the rows are
    this.addSql(`alter table "plugin_zhangzhou"."grid_case" add constraint "grid_case_state_check" check ("state" in ('REPORTED', 'CLASSIFIED', 'DISPATCHED', 'HANDLED', 'VERIFIED', 'REJECTED'));`);
    this.addSql(`alter table "plugin_zhangzhou"."grid_case" add constraint "grid_case_category_check" check ("category" in ('ILLEGAL_CONSTRUCTION', 'ILLEGAL_RENOVATION', 'FIRE_ACCESS_BLOCKED', 'OTHER'));`);
    this.addSql(`alter table "plugin_zhangzhou"."grid_case_transition" add constraint "grid_case_transition_case_fk" foreign key ("case_id") references "plugin_zhangzhou"."grid_case" ("id") on delete cascade;`);
    // region statistics and lists are prefix LIKEs over the copied community codes
    for (const table of ['grid_case', 'grid_case_transition']) {
      this.addSql(`create index "${table}_region_code_prefix" on "plugin_zhangzhou"."${table}" ("region_code" text_pattern_ops);`);
    }
    // ids of cases reported through the API continue after the demo data's (seed moves it on)
    this.addSql(`create sequence "plugin_zhangzhou"."grid_case_id_seq";`);
  }
}
