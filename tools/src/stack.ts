// The whole federation on one machine: migrations, demo data, every core subgraph and every enabled
// plugin as its own process, the composed supergraph, and the gateway. `wuye start`, `wuye stack` (the
// end-to-end tests and the plugin harness) use it. The console (console/) is built when its sources
// changed and served by its own small server, which forwards /graphql to the gateway. Plugins can be switched on and off while it runs:
// the supergraph is recomposed and the gateway follows the file; a plugin that fails its check or
// composition is refused with the reason, and the last good supergraph keeps serving.
import path from 'node:path';
import { composeSupergraph, liveEndpoints, writeSupergraph, type SubgraphEndpoint } from './commands/compose.js';
import { DEMO_NOW, REPO_ROOT } from './paths.js';
import { checkInputsHash, passedBefore, rememberPass } from './plugins/check-cache.js';
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
  /** folders of the plugins to serve */
  plugins?: string[];
  /** where child log lines go (default: console) */
  print?: (line: string) => void;
  /** the console's port (4300); false: no console */
  consolePort?: number | false;
}

export interface Stack {
  gatewayUrl: string;
  /** the reference console (null when not started) */
  consoleUrl: string | null;
  subgraphUrls: Record<string, string>;
  /** serves exactly these plugins from now on; returns what was refused and why */
  setPlugins(dirs: string[]): Promise<{ refused: Record<string, string> }>;
  pluginNames(): string[];
  pluginPids(): Record<string, number>;
  stop(): Promise<void>;
}

interface Running {
  name: string;
  url: string;
  child: Child;
}

const pluginName = (dir: string) => `plugin-${path.basename(dir)}`;

export async function startStack(options: StackOptions): Promise<Stack> {
  const print = options.print ?? ((line: string) => console.log(line));
  const anyPort = options.gatewayPort === 0;
  const now = options.now ?? DEMO_NOW;
  const supergraphPath = options.supergraphPath ?? path.join(REPO_ROOT, 'supergraph.graphql');
  const core: Running[] = [];
  const plugins = new Map<string, Running>(); // by folder
  let gateway: Child | undefined;
  let consoleServer: Child | undefined;
  const urls = () => Object.fromEntries([...core, ...plugins.values()].map((r) => [r.name, r.url]));

  const stop = async () => {
    await consoleServer?.stop();
    await gateway?.stop();
    await Promise.all([...plugins.values(), ...core].map((r) => r.child?.stop()));
  };

  const seed = (pluginDirs: string[]) =>
    runToCompletion(
      'seed',
      ['tools/bin/wuye.js', 'seed', ...(options.scale ? ['--scale', String(options.scale)] : []), ...pluginDirs.flatMap((d) => ['--plugin', d])],
      { DATABASE_URL: options.databaseUrl },
      print,
    );

  const startProcess = async (name: string, script: string, port: number): Promise<Running> => {
    const url = `http://127.0.0.1:${port}/graphql`;
    const env = { PORT: String(port), DATABASE_URL: options.databaseUrl, WUYE_NOW: now, WUYE_MIGRATE: 'false', WUYE_SUBGRAPH_URLS: JSON.stringify({ ...urls(), [name]: url }) };
    const child = startChild(name, script, env, print);
    try {
      await waitForHealthy(`http://127.0.0.1:${port}/healthz`, child);
    } catch (error) {
      await child.stop();
      throw error;
    }
    return { name, url, child };
  };

  /** composes what runs now and writes the supergraph (the gateway follows the file) */
  const recompose = async (): Promise<SubgraphEndpoint[]> => {
    const endpoints = await liveEndpoints(urls());
    const composed = writeSupergraph(endpoints, supergraphPath);
    step(`supergraph ${composed.changed ? 'composed' : 'unchanged'}: ${endpoints.map((e) => e.name).join(', ')}`);
    return endpoints;
  };

  const addPlugin = async (dir: string): Promise<string | null> => {
    const name = pluginName(dir);
    const inputs = checkInputsHash(dir);
    if (passedBefore(dir, inputs)) step(`plugin ${name}: check skipped — it passed with exactly these sources before (WUYE_PLUGIN_CHECK=always runs it)`);
    else {
      try {
        await runToCompletion('check', ['tools/bin/wuye.js', 'plugin', 'check', dir], {}, print);
      } catch {
        return 'it fails `wuye plugin check` (see the lines above)';
      }
      rememberPass(dir, inputs);
    }
    try {
      await seed([dir]);
      const running = await startProcess(name, path.join(dir, 'src/main.ts'), await freePort());
      const endpoints = await liveEndpoints({ ...urls(), [name]: running.url });
      try {
        composeSupergraph(endpoints);
      } catch (error) {
        await running.child.stop();
        return (error as Error).message;
      }
      plugins.set(dir, running);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  };

  const setPlugins = async (dirs: string[]) => {
    const wanted = new Set(dirs.map((d) => path.resolve(d)));
    const refused: Record<string, string> = {};
    for (const [dir, running] of plugins) {
      if (wanted.has(dir)) continue;
      plugins.delete(dir);
      await recompose(); // first take it out of the supergraph, then stop it
      await running.child.stop();
      step(`plugin ${running.name} disabled`);
    }
    for (const dir of wanted) {
      if (plugins.has(dir)) continue;
      const reason = await addPlugin(dir);
      if (reason) {
        refused[pluginName(dir)] = reason;
        step(`plugin ${pluginName(dir)} refused: ${reason}`);
      } else step(`plugin ${pluginName(dir)} enabled at ${plugins.get(dir)!.url}`);
    }
    await recompose();
    return { refused };
  };

  try {
    // in a child process: the demo province is generated in memory, and that memory should not stay
    // with the long-running orchestrator
    await timed('migrations and demo data', () => seed([]));
    // ports first: every subgraph learns where the others are (WUYE_SUBGRAPH_URLS, for its service client)
    const ports = await Promise.all(CORE_SUBGRAPHS.map(({ name, port }) => (anyPort ? freePort() : portOrFail(port, name))));
    for (const [i, { name }] of CORE_SUBGRAPHS.entries()) core.push({ name, url: `http://127.0.0.1:${ports[i]}/graphql`, child: undefined as unknown as Child });
    await Promise.all(
      CORE_SUBGRAPHS.map(async ({ name, dir }, i) => {
        const running = await startProcess(name, path.join(dir, 'src/main.ts'), ports[i]!);
        core[i] = running;
        step(`${name} subgraph up at ${running.url}`);
      }),
    );
    if (options.plugins?.length) await setPlugins(options.plugins);
    else await recompose();

    const gatewayPort = anyPort ? await freePort() : await portOrFail(options.gatewayPort ?? 4000, 'gateway');
    gateway = startChild('gateway', 'gateway/src/main.ts', { WUYE_GATEWAY_PORT: String(gatewayPort), WUYE_SUPERGRAPH: supergraphPath, WUYE_NOW: now }, print);
    await waitForHealthy(`http://127.0.0.1:${gatewayPort}/readyz`, gateway);

    let consoleUrl: string | null = null;
    if (options.consolePort !== false) {
      await runToCompletion('console build', ['--import', 'tsx', 'console/build/build.ts', '--if-stale'], {}, print);
      const consolePort = anyPort ? await freePort() : await portOrFail(options.consolePort ?? 4300, 'console');
      // demo sign-in on: this stack serves the demo province with development tokens
      const env = { WUYE_CONSOLE_PORT: String(consolePort), WUYE_GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`, WUYE_CONSOLE_DEV_TOKENS: 'true' };
      consoleServer = startChild('console', 'console/server/main.ts', env, print);
      await waitForHealthy(`http://127.0.0.1:${consolePort}/healthz`, consoleServer);
      consoleUrl = `http://localhost:${consolePort}/`;
    }
    return {
      gatewayUrl: `http://localhost:${gatewayPort}/graphql`,
      consoleUrl,
      subgraphUrls: urls(),
      setPlugins,
      pluginNames: () => [...plugins.values()].map((r) => r.name),
      pluginPids: () => Object.fromEntries([...plugins.values()].map((r) => [r.name, r.child.process.pid!])),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function portOrFail(port: number, name: string): Promise<number> {
  if (await isPortFree(port)) return port;
  throw new Error(`port ${port} for ${name} is in use — is another \`npm start\` running? Stop it, or free the port.`);
}
