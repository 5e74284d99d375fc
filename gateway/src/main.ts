// Standalone gateway process: WUYE_GATEWAY_PORT (4000), WUYE_SUPERGRAPH (supergraph.graphql), …
import { initTracing, shutdownTracing } from '@wuye/kit';
import { gatewayConfigFromEnv } from './config.js';
import { startGateway } from './gateway.js';

initTracing('gateway');
const gateway = await startGateway(gatewayConfigFromEnv());
const stop = async () => {
  await gateway.close();
  await shutdownTracing();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
