import { Migration } from '@mikro-orm/migrations';

/** 查实 — whether a closed complaint was found substantiated (null: closed before this was recorded). */
export class ComplaintFinding extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "public_revenue"."complaint" add column "substantiated" boolean null;`);
    this.addSql(`alter table "public_revenue"."complaint" add constraint "complaint_substantiated_when_closed" check ("substantiated" is null or "state" = 'CLOSED');`);
  }
}
