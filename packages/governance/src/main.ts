// Standalone governance subgraph: PORT (default 4007), DATABASE_URL, WUYE_SUBGRAPH_URLS, WUYE_NOW.
import { runSubgraph } from '@wuye/kit';
import governance from './index.js';

await runSubgraph(governance);
