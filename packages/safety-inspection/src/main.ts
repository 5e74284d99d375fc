// Standalone safety-inspection subgraph: PORT (default 4005), DATABASE_URL, WUYE_SUBGRAPH_URLS.
import { runSubgraph } from '@wuye/kit';
import safetyInspection from './index.js';

await runSubgraph(safetyInspection);
