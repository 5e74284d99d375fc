import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 一网统管 milestone of a county: recorded once, with its date and evidence */
export const GridIntegrationEntity = defineEntity({
  name: 'GovernanceGridIntegration',
  tableName: 'grid_integration',
  properties: {
    countyCode: p.string().primary(),
    /** GRID_MERGED | WHISTLE_REPORT | PLATFORM_CONNECTED */
    milestone: p.string().primary(),
    achievedOn: p.string().columnType('date'),
    evidence: p.text(),
    recordedBy: p.string(),
  },
});
export type GridIntegration = InferEntity<typeof GridIntegrationEntity>;
