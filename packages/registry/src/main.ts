// Standalone registry subgraph: PORT (default 4001), DATABASE_URL.
import { runSubgraph } from '@wuye/kit';
import registry from './index.js';

await runSubgraph(registry);
