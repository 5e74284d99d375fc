// @wuye/credit — 物业服务企业信用综合评价: rule sets per year, dynamic evaluation events (from officials,
// street opinions and other domains' events), live scores with explanations, annual evaluations, rankings.
import { defineSubgraph } from '@wuye/kit';
import { entities } from './entities/index.js';
import { creditSubscription } from './events/handlers.js';
import { migrations } from './migrations/index.js';
import { buildSchema } from './schema/index.js';
import { seedCredit } from './seed.js';

export { creditSubscription } from './events/handlers.js';
export { RuleSetDocument } from './rules/document.js';

export default defineSubgraph({
  name: 'credit',
  port: 4004,
  dbSchema: 'credit',
  entities,
  migrations,
  schema: buildSchema,
  seed: seedCredit,
  events: { subscriptions: [creditSubscription] },
});
