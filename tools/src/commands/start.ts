// `wuye start` (npm start): database, migrations, demo data, subgraphs, supergraph, gateway — then
// the explorer URL and a few demo tokens. Ctrl-C stops every child and PostgreSQL.
import { openDatabase } from '../database.js';
import { DEMO_NOW } from '../paths.js';
import { step } from '../progress.js';
import { followConfig } from '../plugins/follow-config.js';
import { CONFIG_FILE, pluginDir, readConfig } from '../plugins/load.js';
import { startStack } from '../stack.js';
import { DEMO_VIEWERS, issueToken } from './token.js';

export async function start(options: { port?: number; scale?: number }): Promise<void> {
  const now = process.env.WUYE_NOW ?? DEMO_NOW;
  step(`clock pinned at ${now} (the demo dataset's "as of" date, the seed document's date; set WUYE_NOW to change it)`);
  const db = await openDatabase();
  let stack: Awaited<ReturnType<typeof startStack>> | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    step(`${signal}: stopping…`);
    await stack?.stop();
    await db.stop();
    step('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  const enabled = readConfig().plugins;
  if (enabled.length) step(`plugins enabled in wuye.config.json: ${enabled.join(', ')}`);
  try {
    stack = await startStack({ databaseUrl: db.url, gatewayPort: options.port, scale: options.scale, now, plugins: enabled.map(pluginDir) });
  } catch (error) {
    await db.stop();
    throw error;
  }
  followConfig(stack, CONFIG_FILE); // enabling or disabling a plugin there takes effect without a restart
  const tokens = await Promise.all(DEMO_VIEWERS.map(async (v) => `  ${v.label.padEnd(22)} ${await issueToken({ role: v.role, region: v.region })}`));
  console.log(`
Wuye Federation is up — 物业监管联邦平台
  explorer + API   ${stack.gatewayUrl}
  console 控制台    ${stack.consoleUrl} — sign in with a demo role and region
  try              curl -s ${stack.gatewayUrl} -H 'content-type: application/json' \\
                     -d '{"query":"{ region(code: \\"350000\\") { name coverage { estates covered rate } } }"}'
Demo tokens (12 h; send as "Authorization: Bearer <token>"; more: npx wuye token --role CITY_ADMIN --region 350200):
${tokens.join('\n')}
Ctrl-C stops everything.
`);
  step('ready');
}
