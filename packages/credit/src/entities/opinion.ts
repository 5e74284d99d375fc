import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 评价意见 — a street or community party organisation's opinion of a company (also a PARTY_OPINION event) */
export const OpinionEntity = defineEntity({
  name: 'CreditOpinion',
  tableName: 'opinion',
  properties: {
    id: p.string().primary(),
    companyId: p.string(),
    estateId: p.string().nullable(),
    regionCode: p.string(),
    /** GOOD | FAIR | POOR */
    rating: p.string(),
    text: p.text(),
    officialSubject: p.string(),
    officialLevel: p.string(),
    occurredAt: p.datetime(),
    creditEventId: p.string(),
  },
});
export type Opinion = InferEntity<typeof OpinionEntity>;
