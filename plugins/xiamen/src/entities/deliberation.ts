import { defineEntity, p, type InferEntity } from '@wuye/plugin-sdk';

/** 党员先议事项 — an item of estate business going through 小区治理党员先议 */
export const DeliberationEntity = defineEntity({
  name: 'XiamenDeliberation',
  tableName: 'deliberation',
  properties: {
    id: p.string().primary(),
    estateId: p.string().index(),
    /** the estate's community (12 digits), copied from the registry */
    regionCode: p.string(),
    /** the company serving the estate (who announces), copied from the registry */
    companyId: p.string(),
    title: p.string(),
    matter: p.text(),
    state: p.string(),
    raisedAt: p.datetime(),
    raisedBy: p.string(),
    raisedRole: p.string(),
    updatedAt: p.datetime(),
  },
});
export type Deliberation = InferEntity<typeof DeliberationEntity>;

/** one step of an item: unique per (item, step), so no step is recorded twice */
export const DeliberationStepEntity = defineEntity({
  name: 'XiamenDeliberationStep',
  tableName: 'deliberation_step',
  properties: {
    itemId: p.string().primary(),
    step: p.string().primary(),
    at: p.datetime(),
    actor: p.string(),
    actorRole: p.string(),
    /** the draft opinion, the committee's opinion, or the announcement's text */
    text: p.text(),
  },
});
export type DeliberationStep = InferEntity<typeof DeliberationStepEntity>;
