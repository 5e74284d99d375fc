import { runSubgraph } from '@wuye/plugin-sdk';
import plugin from './index.js';

await runSubgraph(plugin);
