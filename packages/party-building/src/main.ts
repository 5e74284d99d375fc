// Standalone party-building subgraph: PORT (default 4002), DATABASE_URL, WUYE_SUBGRAPH_URLS.
import { runSubgraph } from '@wuye/kit';
import partyBuilding from './index.js';

await runSubgraph(partyBuilding);
