// The whole federation on one machine: migrations, demo data, every subgraph as its own process,
// the composed supergraph, and the gateway. `wuye start` and the end-to-end tests both use it.
import path from 'node:path';
import { liveEndpoints, writeSupergraph } from './commands/compose.js';
import { DEMO_NOW, REPO_ROOT } from './paths.js';
import { freePort, isPortFree, runToCompletion, startChild, waitForHealthy, type Child } from './processes.js';
import { step, timed } from './progress.js';
import { CORE_SUBGRAPHS } from './subgraphs.js';

export interface StackOptions {
  databaseUrl: string;
  /** gateway port (4000); 0 picks free ports for everything (tests) */
  gatewayPort?: number;
  supergraphPath?: string;
  scale?: number;
  /** WUYE_NOW for every process (default: the demo date) */
  now?: string;
  /** where child log lines go (default: console) */
  print?: (line: string) => void;
}

export interface Stack {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  stop(): Promise<void>;
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const print = options.print ?? ((line: string) => console.log(line));
  const anyPort = options.gatewayPort === 0;
  const now = options.now ?? DEMO_NOW;
  const children: Child[] = [];
  const stop = async () => {
    await Promise.all(children.reverse().map((c) => c.stop()));
  };
  try {
    // in a child process: the demo province is generated in memory, and that memory should not stay
    // with the long-running orchestrator
    await timed('migrations and demo data', () => runToCompletion('seed', ['tools/bin/wuye.js', 'seed', ...(options.scale ? ['--scale', String(options.scale)] : [])], { DATABASE_URL: options.databaseUrl }, print));

    // ports first: every subgraph learns where the others are (WUYE_SUBGRAPH_URLS, for its service client)
    const ports = await Promise.all(CORE_SUBGRAPHS.map(({ name, port }) => (anyPort ? freePort() : portOrFail(port, name))));
    const urls = Object.fromEntries(CORE_SUBGRAPHS.map(({ name }, i) => [name, `http://127.0.0.1:${ports[i]}/graphql`]));
    await Promise.all(
      CORE_SUBGRAPHS.map(async ({ name, dir }, i) => {
        const env = { PORT: String(ports[i]), DATABASE_URL: options.databaseUrl, WUYE_NOW: now, WUYE_MIGRATE: 'false', WUYE_SUBGRAPH_URLS: JSON.stringify(urls) };
        const child = startChild(name, path.join(dir, 'src/main.ts'), env, print);
        children.push(child);
        await waitForHealthy(`http://127.0.0.1:${ports[i]}/healthz`, child);
        step(`${name} subgraph up at ${urls[name]}`);
      }),
    );

    const supergraphPath = options.supergraphPath ?? path.join(REPO_ROOT, 'supergraph.graphql');
    const composed = writeSupergraph(await liveEndpoints(urls), supergraphPath);
    step(`supergraph composed from ${CORE_SUBGRAPHS.length} subgraph(s) → ${path.relative(REPO_ROOT, composed.file) || composed.file}`);

    const gatewayPort = anyPort ? await freePort() : await portOrFail(options.gatewayPort ?? 4000, 'gateway');
    const gateway = startChild('gateway', 'gateway/src/main.ts', { WUYE_GATEWAY_PORT: String(gatewayPort), WUYE_SUPERGRAPH: supergraphPath, WUYE_NOW: now }, print);
    children.push(gateway);
    await waitForHealthy(`http://127.0.0.1:${gatewayPort}/readyz`, gateway);
    return { gatewayUrl: `http://localhost:${gatewayPort}/graphql`, subgraphUrls: urls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function portOrFail(port: number, name: string): Promise<number> {
  if (await isPortFree(port)) return port;
  throw new Error(`port ${port} for ${name} is in use — is another \`npm start\` running? Stop it, or free the port.`);
}
