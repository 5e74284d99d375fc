// Standalone regulations subgraph: PORT (default 4006), DATABASE_URL.
import { runSubgraph } from '@wuye/kit';
import regulations from './index.js';

await runSubgraph(regulations);
