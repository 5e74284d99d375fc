// The `wuye` CLI. Run from the repo root: `npx wuye <command>` or `npm run wuye -- <command>`.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { checkBoundaries } from '../boundaries/check.js';
import { coreEndpoints, writeSupergraph } from '../commands/compose.js';
import { checkContract, diffAgainstContract, formatChanges, updateContract } from '../commands/contract.js';
import { migrateAll, seedAll } from '../commands/prepare.js';
import { start } from '../commands/start.js';
import { runTests } from '../commands/test.js';
import { issueToken } from '../commands/token.js';
import { openDatabase } from '../database.js';
import { chinaDate } from '@wuye/kit';
import { requiredBump } from '@wuye/contract';
import path from 'node:path';
import { checkPlugin } from '../plugins/check.js';
import fs from 'node:fs';
import { followConfig } from '../plugins/follow-config.js';
import { pluginDir, readConfig } from '../plugins/load.js';
import { scaffoldPlugin } from '../plugins/scaffold.js';
import { REPO_ROOT } from '../paths.js';
import { startStack } from '../stack.js';

const HELP = `wuye — Wuye Federation (物业监管联邦平台) developer CLI

  wuye start [--port 4000] [--scale 1]   PostgreSQL (embedded under .data/ unless DATABASE_URL), migrations,
                                         demo data when empty, every subgraph, the supergraph, the gateway
  wuye compose                           write supergraph.graphql from the subgraphs' SDL
  wuye migrate                           apply every subgraph's migrations
  wuye seed [--scale 1] [--reset]        write demo data into subgraphs not yet seeded (--reset: drop and redo)
  wuye token [--role R] [--region CODE] [--company ID] [--estate ID] [--expires 12h]
                                         a development token (roles: PROVINCE_ADMIN CITY_ADMIN COUNTY_ADMIN
                                         STREET_STAFF COMPANY OWNER SERVICE)
  wuye boundaries                        check who imports whom (ARCHITECTURE.md § Who may import whom)
  wuye plugin new <city> [--name N] [--port P] scaffold plugins/<city> (passes the check and its tests as generated)
  wuye plugin check <dir or name>        does the plugin fit the published contract? (offline; one line per problem)
  wuye contract diff | update [--breaking] | check
                                         the published core API (@wuye/contract) against the code
  wuye test [nx args]                    one PostgreSQL for the run, then typecheck, lint and test every project
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'test') return runTests(rest); // everything after `test` goes to nx as it is
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      scale: { type: 'string' },
      reset: { type: 'boolean' },
      role: { type: 'string' },
      region: { type: 'string' },
      company: { type: 'string' },
      estate: { type: 'string' },
      expires: { type: 'string' },
      supergraph: { type: 'string' },
      breaking: { type: 'boolean' },
      name: { type: 'string' },
      plugin: { type: 'string', multiple: true },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const scale = values.scale ? positiveInt(values.scale, '--scale') : undefined;
  switch (command) {
    case 'start':
      await start({ port: values.port ? positiveInt(values.port, '--port') : undefined, scale });
      return -1; // keeps running until Ctrl-C
    case 'compose': {
      const { file, changed } = writeSupergraph(await coreEndpoints());
      console.log(`${changed ? 'wrote' : 'unchanged'} ${file}`);
      return 0;
    }
    case 'migrate':
    case 'seed': {
      const db = await openDatabase();
      try {
        const plugins = (values.plugin ?? []).map(pluginDir);
        await migrateAll(db.url, plugins);
        if (command === 'seed') await seedAll(db.url, { scale, reset: values.reset, plugins });
      } finally {
        await db.stop();
      }
      return 0;
    }
    case 'stack': {
      // the end-to-end tests' stack: like start, on the given database, free ports, no banner
      const databaseUrl = process.env.DATABASE_URL;
      if (!databaseUrl) throw new Error('wuye stack needs DATABASE_URL');
      const config = values.config ? path.resolve(values.config) : undefined;
      const plugins = [...(values.plugin ?? []), ...(config && fs.existsSync(config) ? readConfig(config).plugins : [])].map(pluginDir);
      const stack = await startStack({ databaseUrl, gatewayPort: 0, supergraphPath: values.supergraph, plugins, print: (line) => console.error(line) });
      const unfollow = config ? followConfig(stack, config) : () => {};
      console.log(`READY ${stack.gatewayUrl} ${stack.consoleUrl ?? ''}`.trimEnd());
      const stop = () => {
        unfollow();
        void stack.stop().then(() => process.exit(0));
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      return -1;
    }
    case 'contract': {
      const [action] = positionals;
      if (action === 'diff') {
        const { changes, subgraphsChanged } = await diffAgainstContract();
        console.log(changes.length ? formatChanges(changes) : 'no API change');
        if (subgraphsChanged) console.log('subgraph SDL differs from the published contract');
        console.log(`smallest allowed bump: ${requiredBump(changes)}`);
        return 0;
      }
      if (action === 'update') {
        console.log(await updateContract({ breaking: values.breaking, today: chinaDate(new Date()) }));
        // the typed client's generated types follow the published contract (an operation that no longer fits fails here)
        const generated = spawnSync('npm', ['run', '--silent', 'generate', '-w', '@wuye/client'], { cwd: REPO_ROOT, stdio: 'inherit' });
        return generated.status ?? 1;
      }
      if (action === 'check') {
        const problems = await checkContract();
        for (const p of problems) console.error(p);
        console.log(problems.length ? `${problems.length} contract problem(s)` : 'contract: up to date, no unversioned breaking change');
        return problems.length ? 1 : 0;
      }
      throw new Error('usage: wuye contract diff | update [--breaking] | check');
    }
    case 'plugin': {
      const [action, target] = positionals;
      if (action === 'new') {
        if (!target) throw new Error('usage: wuye plugin new <city> [--name <name>] [--port <port>]');
        const dir = scaffoldPlugin({ city: target, name: values.name, port: values.port ? positiveInt(values.port, '--port') : undefined });
        console.log(`created ${path.relative(REPO_ROOT, dir)} — next: npm install, npx wuye plugin check ${path.relative(REPO_ROOT, dir)}, then enable it in wuye.config.json`);
        return 0;
      }
      if (action === 'check') {
        if (!target) throw new Error('usage: wuye plugin check <dir or name>');
        const { plugin, problems } = await checkPlugin(pluginDir(target));
        for (const p of problems) console.error(`✗ ${p}`);
        console.log(problems.length ? `${plugin}: ${problems.length} problem(s)` : `${plugin}: fits the published contract`);
        return problems.length ? 1 : 0;
      }
      throw new Error('usage: wuye plugin new <city> | check <dir>');
    }
    case 'token':
      console.log(await issueToken(values));
      return 0;
    case 'boundaries': {
      const problems = checkBoundaries(REPO_ROOT);
      for (const p of problems) console.error(p);
      console.log(problems.length ? `${problems.length} boundary violation(s)` : 'module boundaries: ok');
      return problems.length ? 1 : 0;
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(HELP);
      return 0;
    default:
      console.error(`unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} must be a whole number, got "${value}"`);
  return n;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: Error) => {
    console.error(`wuye: ${error.message}`);
    process.exit(1);
  },
);
