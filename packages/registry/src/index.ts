// @wuye/registry — 基础档案: regions, estates, companies, contracts, owners' committees.
import { defineSubgraph } from '@wuye/kit';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { buildSchema } from './schema/index.js';
import { seedRegistry } from './seed.js';

export default defineSubgraph({
  name: 'registry',
  port: 4001,
  dbSchema: 'registry',
  entities,
  migrations,
  schema: buildSchema,
  seed: seedRegistry,
});
