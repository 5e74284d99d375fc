import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 党建阵地 — 红色物业服务中心 or 党群服务中心 */
export const SiteEntity = defineEntity({
  name: 'PartySite',
  tableName: 'party_site',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    kind: p.string(),
    regionCode: p.string(),
    openedOn: p.string().columnType('date'),
  },
});
export type Site = InferEntity<typeof SiteEntity>;

/** the estates a site serves; regionCode is the estate's community */
export const SiteEstateEntity = defineEntity({
  name: 'SiteEstate',
  tableName: 'site_estate',
  properties: {
    siteId: p.string().primary(),
    estateId: p.string().primary().index(),
    regionCode: p.string(),
  },
});
export type SiteEstate = InferEntity<typeof SiteEstateEntity>;
