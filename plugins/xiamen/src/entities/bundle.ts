import { defineEntity, p, type InferEntity } from '@wuye/plugin-sdk';

/** "大物业" 片区 — estates bundled under one company; contract terms once CONTRACTED. */
export const BundleEntity = defineEntity({
  name: 'XiamenBundle',
  tableName: 'bundle',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    /** the street (9 digits) the bundle was proposed in: its first estate's */
    streetCode: p.string(),
    state: p.string(),
    proposedAt: p.datetime(),
    companyId: p.string().nullable(),
    contractedOn: p.string().columnType('date').nullable(),
    termMonths: p.integer().nullable(),
    contractEndsOn: p.string().columnType('date').nullable(),
    endedOn: p.string().columnType('date').nullable(),
    endReason: p.text().nullable(),
    updatedAt: p.datetime(),
  },
});
export type Bundle = InferEntity<typeof BundleEntity>;

/** one estate of a bundle, with the registry's facts copied at proposal and its monthly economics */
export const BundleEstateEntity = defineEntity({
  name: 'XiamenBundleEstate',
  tableName: 'bundle_estate',
  properties: {
    bundleId: p.string().primary(),
    estateId: p.string().primary(),
    position: p.integer(),
    estateName: p.string(),
    /** the estate's community (12 digits) */
    regionCode: p.string(),
    serviceMode: p.string(),
    households: p.integer(),
    latitude: p.double(),
    longitude: p.double(),
    /** 物业费月收入 (yuan) */
    monthlyFeeIncome: p.decimal('string').precision(14).scale(2),
    /** 月服务成本 (yuan) */
    monthlyCost: p.decimal('string').precision(14).scale(2),
    /** in a bundle that has not ENDED (an estate is in at most one such) */
    active: p.boolean(),
  },
});
export type BundleEstate = InferEntity<typeof BundleEstateEntity>;

/** 流转记录 — who moved a bundle, in which role, when */
export const BundleTransitionEntity = defineEntity({
  name: 'XiamenBundleTransition',
  tableName: 'bundle_transition',
  properties: {
    id: p.integer().primary().autoincrement(),
    bundleId: p.string().index(),
    /** the bundle's street, copied (who may see the accounts) */
    streetCode: p.string(),
    fromState: p.string().nullable(),
    toState: p.string(),
    at: p.datetime(),
    actor: p.string(),
    actorRole: p.string(),
  },
});
export type BundleTransition = InferEntity<typeof BundleTransitionEntity>;
