import { Migration } from '@mikro-orm/migrations';

/** 自查缺报 flagged: one row per estate and month found missing by the monthly sweep (each published once). */
export class MissedSelfInspectionMonths extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "safety_inspection"."self_inspection_miss" (
      "estate_id" varchar(255) not null,
      "month" date not null check (extract(day from "month") = 1),
      "company_id" varchar(255) not null,
      "region_code" varchar(255) not null,
      "flagged_at" timestamptz not null,
      primary key ("estate_id", "month"));`);
  }
}
