// Standalone credit subgraph: PORT (default 4004), DATABASE_URL, WUYE_SUBGRAPH_URLS, WUYE_NOW.
import { runSubgraph } from '@wuye/kit';
import credit from './index.js';

await runSubgraph(credit);
