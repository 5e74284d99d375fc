import { defineEntity, p, type InferEntity } from '@wuye/plugin-sdk';

/** 业主 — an owner on an estate's roll; one owner may hold several units (counted once, Art. 9) */
export const OwnerEntity = defineEntity({
  name: 'LongyanOwner',
  tableName: 'owner',
  properties: {
    id: p.string().primary(),
    /** the registry's estate id */
    estateId: p.string(),
    /** the estate's community (12 digits), copied from the registry */
    regionCode: p.string(),
    /** personal data: masked for everyone but the owner and officials over the estate */
    name: p.string(),
    /** the subject (`sub`) of the owner's OWNER token */
    account: p.string().unique(),
  },
});
export type Owner = InferEntity<typeof OwnerEntity>;

/** 专有部分 — a unit (flat) with its exclusive area in m², exact to the hundredth */
export const UnitEntity = defineEntity({
  name: 'LongyanUnit',
  tableName: 'unit',
  properties: {
    id: p.string().primary(),
    estateId: p.string(),
    regionCode: p.string(),
    /** 栋 — building */
    building: p.string(),
    /** 房号 — e.g. 1203 */
    number: p.string(),
    /** 专有部分面积 — exact decimal as a string, e.g. "89.62" */
    area: p.decimal(),
    ownerId: p.string(),
  },
});
export type Unit = InferEntity<typeof UnitEntity>;
