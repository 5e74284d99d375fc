// Standalone gateway process: WUYE_GATEWAY_PORT (4000), WUYE_SUPERGRAPH (supergraph.graphql), …
import { initTracing, shutdownTracing } from '@wuye/kit';
import { gatewayConfigFromEnv } from './config.js';
import { startCpuProfile } from './cpu-profile.js';
import { startGateway } from './gateway.js';

initTracing('gateway');
const stopProfile = process.env.WUYE_GATEWAY_CPU_PROFILE ? await startCpuProfile(process.env.WUYE_GATEWAY_CPU_PROFILE) : undefined;
const gateway = await startGateway(gatewayConfigFromEnv());
const stop = async () => {
  await stopProfile?.(); // first: closing may outlast the orchestrator's patience
  await gateway.close();
  await shutdownTracing();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
