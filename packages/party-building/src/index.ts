// @wuye/party-building — 物业党建联建: organisations, instructors, cross-appointments, red committees, sites.
import { defineSubgraph } from '@wuye/kit';
import { entities } from './entities/index.js';
import { PARTY_EVENTS } from './events.js';
import { migrations } from './migrations/index.js';
import { buildSchema } from './schema/index.js';
import { seedPartyBuilding } from './seed.js';

export default defineSubgraph({
  name: 'party-building',
  port: 4002,
  dbSchema: 'party_building',
  entities,
  migrations,
  schema: buildSchema,
  seed: seedPartyBuilding,
  events: { publishes: Object.values(PARTY_EVENTS) },
});
export { PARTY_EVENTS, type OrganizationEventPayload } from './events.js';
