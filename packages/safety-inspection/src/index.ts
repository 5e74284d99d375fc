// @wuye/safety-inspection — 安全监管: 双随机 draws, 四不两直 checks, 驻守督导, special campaigns,
// findings and their rectification (整改), monthly self-inspection (自查) against a versioned checklist.
import { defineSubgraph } from '@wuye/kit';
import { entities } from './entities/index.js';
import { SAFETY_EVENTS } from './events.js';
import { migrations } from './migrations/index.js';
import { buildSchema } from './schema/index.js';
import { seedSafetyInspection } from './seed.js';

export default defineSubgraph({
  name: 'safety-inspection',
  port: 4005,
  dbSchema: 'safety_inspection',
  entities,
  migrations,
  schema: buildSchema,
  seed: seedSafetyInspection,
  events: { publishes: Object.values(SAFETY_EVENTS) },
});
export { SAFETY_EVENTS } from './events.js';
