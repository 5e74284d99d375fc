// Standalone gateway process: WUYE_GATEWAY_PORT (4000), WUYE_SUPERGRAPH (supergraph.graphql), …
import { gatewayConfigFromEnv } from './config.js';
import { startGateway } from './gateway.js';

const gateway = await startGateway(gatewayConfigFromEnv());
const stop = async () => {
  await gateway.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
