// @wuye/regulations — 法规制度: laws, regulations and normative documents, their versions and articles,
// topics linking them to the other domains, Chinese full-text search, and policy statistics per region.
import { defineSubgraph } from '@wuye/kit';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { buildSchema } from './schema/index.js';
import { seedRegulations } from './seed.js';

export default defineSubgraph({
  name: 'regulations',
  port: 4006,
  dbSchema: 'regulations',
  entities,
  migrations,
  schema: buildSchema,
  seed: seedRegulations,
});

// for benchmarks and tools: the search on its own (test/bench/regulations-search.ts)
export { searchCount, searchPage, type SearchFilter, type SearchHit } from './search.js';
export { parseQuery } from './text/search-text.js';
