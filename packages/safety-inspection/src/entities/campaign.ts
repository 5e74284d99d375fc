import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 检查行动 — a 双随机 check, a 四不两直 check, a quarter's 驻守督导 or a special campaign */
export const CampaignEntity = defineEntity({
  name: 'SafetyCampaign',
  tableName: 'campaign',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    kind: p.string(),
    regionCode: p.string(),
    organiser: p.string(),
    startsOn: p.string().columnType('date'),
    endsOn: p.string().columnType('date'),
    quarter: p.string().nullable(),
    focus: p.text(),
    resultsPublishedOn: p.string().columnType('date').nullable(),
  },
});
export type Campaign = InferEntity<typeof CampaignEntity>;
