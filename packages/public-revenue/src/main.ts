// Standalone public-revenue subgraph: PORT (default 4003), DATABASE_URL, WUYE_SUBGRAPH_URLS, WUYE_NOW.
import { runSubgraph } from '@wuye/kit';
import publicRevenue from './index.js';

await runSubgraph(publicRevenue);
