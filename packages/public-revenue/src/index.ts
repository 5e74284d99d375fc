// @wuye/public-revenue — 公共收益 点题整治: quarterly statements and their publication, revisions in a hash
// chain, automatic warnings, notices and ranking, rectification tasks, supervisors, complaints, deposits.
import { defineSubgraph } from '@wuye/kit';
import { entities } from './entities/index.js';
import { REVENUE_EVENTS } from './events.js';
import { migrations } from './migrations/index.js';
import { buildSchema } from './schema/index.js';
import { seedPublicRevenue } from './seed.js';

export default defineSubgraph({
  name: 'public-revenue',
  port: 4003,
  dbSchema: 'public_revenue',
  entities,
  migrations,
  schema: buildSchema,
  seed: seedPublicRevenue,
  events: { publishes: Object.values(REVENUE_EVENTS) },
});
export { REVENUE_EVENTS } from './events.js';
