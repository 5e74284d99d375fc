// @wuye/governance — 基层治理: 一网统管 milestones per county, streets' joint meetings, estate deliberation,
// court-referred mediation (诉调对接), enforcement in estates, complete-community pilots and old-estate
// renovation ("改管运一体化", "先试后买").
import { defineSubgraph } from '@wuye/kit';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { buildSchema } from './schema/index.js';
import { seedGovernance } from './seed.js';

export default defineSubgraph({
  name: 'governance',
  port: 4007,
  dbSchema: 'governance',
  entities,
  migrations,
  schema: buildSchema,
  seed: seedGovernance,
});
