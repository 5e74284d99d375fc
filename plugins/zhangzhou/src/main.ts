// Standalone Zhangzhou plugin subgraph: PORT (default 4101), DATABASE_URL, WUYE_NOW, WUYE_SUBGRAPH_URLS (registry).
import { runSubgraph } from '@wuye/plugin-sdk';
import plugin from './index.js';

await runSubgraph(plugin);
