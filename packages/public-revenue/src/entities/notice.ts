import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 自动通报 — a region's notice for a quarter, listing its warnings as they stood when issued */
export const NoticeEntity = defineEntity({
  name: 'RevenueNotice',
  tableName: 'notice',
  properties: {
    id: p.string().primary(),
    regionCode: p.string(),
    quarter: p.string(),
    issuedAt: p.datetime(),
    issuedBy: p.string(),
    /** the warning rule it was issued under */
    lateAfterDays: p.integer(),
    incomeDropShare: p.decimal().precision(5).scale(4),
    /** the region's figures for the quarter when issued */
    expected: p.integer(),
    publishedOnline: p.integer(),
    publishedOnTime: p.integer(),
  },
});
export type Notice = InferEntity<typeof NoticeEntity>;

/** one warning listed by a notice */
export const NoticeItemEntity = defineEntity({
  name: 'RevenueNoticeItem',
  tableName: 'notice_item',
  properties: {
    noticeId: p.string().primary(),
    itemNo: p.integer().primary(),
    estateId: p.string(),
    regionCode: p.string(),
    companyId: p.string(),
    quarter: p.string(),
    kind: p.string(),
    statementId: p.string().nullable(),
  },
});
export type NoticeItem = InferEntity<typeof NoticeItemEntity>;
