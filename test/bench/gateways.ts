// Benchmark: our gateway against a vanilla @apollo/gateway and Hive Gateway, serving the same
// supergraph over the same subgraphs (the real stack on the demo province), in one run.
// Not part of `npm test`. From the repo root:  npm run bench  [-- --duration 10 --connections 10]
//
// Operations: a single-subgraph lookup (registry), the cross-domain page of 50 estates over every
// domain subgraph that exists, and the province report over Region for all cities. For each gateway and
// operation: throughput, p50 / p99 latency (autocannon, loopback, bounded by --duration), errors, and
// the gateway's RSS; ratios ours / vanilla and ours / Hive; and the SQL statements one request of each
// operation costs (counted from its trace: the stack runs with OpenTelemetry on, sampling only requests
// that arrive with a sampled traceparent, so the load itself records nothing). Printed as a table and written as JSON
// (tmp/bench/gateways.json, or --out). DATABASE_URL picks the PostgreSQL server; else an embedded one
// in .data/pg-bench. The benchmark's database is dropped at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { REPO_ROOT, startStack, type Stack } from '@wuye/tools';
import { freePort } from '../../tools/src/processes.js';
import { startTraceCollector, type CollectedSpan } from '../e2e/trace-collector.js';
import { openBenchDatabase } from './database.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    out: { type: 'string', default: path.join(REPO_ROOT, 'tmp', 'bench', 'gateways.json') },
    only: { type: 'string' },
  },
});
const DURATION = Number(values.duration);
const WARMUP = Number(values.warmup);
const CONNECTIONS = Number(values.connections);
const ROUNDS = Number(values.rounds);

const OPERATIONS: Record<string, (subgraphs: Set<string>) => string> = {
  'single-subgraph lookup': () => '{ estates(first: 50, filter: { regionCode: "350203" }) { totalCount edges { node { id name address households serviceMode } } } }',
  'cross-domain page of 50': (s) => {
    const estate = [
      'name regionCode serviceMode company { name uscc',
      s.has('party-building') ? 'partyBuilding { eligible organizationFormed covered }' : '',
      s.has('safety-inspection') ? 'safety { estatesServed findings { onTimeRate } }' : '',
      s.has('public-revenue') ? 'publicRevenue { estates onlineRate complianceRate }' : '',
      s.has('credit') ? 'credit { result(year: 2023) { score grade provinceRank } }' : '',
      '} ownersCommittee { members { name role }',
      s.has('party-building') ? 'partyMemberShare isRed' : '',
      '}',
      s.has('party-building') ? 'partyBranch { name formation }' : '',
      s.has('safety-inspection') ? 'safety { inspections openFindings }' : '',
      s.has('public-revenue') ? 'publicRevenue { enrolled latestStatement { quarter balance } }' : '',
      s.has('regulations') ? 'governingRules(topics: ["PUBLIC_REVENUE"], first: 3) { label }' : '',
    ].join(' ');
    return `{ estates(first: 50) { totalCount edges { node { ${estate} } } } }`;
  },
  'province report (Region, all cities)': (s) => {
    const figures = [
      'code name coverage { estates covered rate }',
      s.has('party-building') ? 'partyBuilding { companiesEligible companyOrganizationRate estateOrganizationRate redCommitteeShare sites }' : '',
      s.has('safety-inspection') ? 'safety { inspections estatesSampled samplingRate }' : '',
      s.has('public-revenue') ? 'publicRevenue { onlineRate onTimeRate depositsTotal }' : '',
      s.has('credit') ? 'credit(year: 2023) { averageScore grades { grade count } }' : '',
      s.has('regulations') ? 'regulations { inForce draftsInProgress }' : '',
    ].join(' ');
    return `{ region(code: "350000") { ${figures} children { ${figures} } } }`;
  },
};

interface Gateway {
  name: 'ours' | 'vanilla' | 'hive';
  url: string;
  pid: number;
  child?: ChildProcess;
}

function startProcess(name: string, command: string, args: string[], readyUrl: string, env: NodeJS.ProcessEnv = {}): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const output: string[] = [];
  child.stdout!.on('data', (d) => output.push(String(d)));
  child.stderr!.on('data', (d) => output.push(String(d)));
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 120_000;
    const poll = async () => {
      if (child.exitCode !== null) return reject(new Error(`${name} exited (${child.exitCode}):\n${output.join('').slice(-3000)}`));
      try {
        const r = await fetch(readyUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
        if (r.ok) return resolve(child);
      } catch {
        /* not yet */
      }
      if (Date.now() > deadline) return reject(new Error(`${name} not ready in time:\n${output.join('').slice(-3000)}`));
      setTimeout(poll, 250);
    };
    void poll();
  });
}

function rssMiB(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
  } catch {
    return NaN;
  }
}

/** the pid of the process listening on a port (our gateway is a grandchild of the stack) */
function pidListeningOn(port: number): number {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A') inodes.add(cols[9]!);
    }
  }
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        const link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        const m = /socket:\[(\d+)\]/.exec(link);
        if (m && inodes.has(m[1]!)) return Number(pid);
      }
    } catch {
      /* gone or not ours */
    }
  }
  return NaN;
}

/** one request with a sampled traceparent through our gateway; its SQL spans, counted from the trace */
async function sqlStatementsOf(gatewayUrl: string, collectorUrl: string, query: string): Promise<{ total: number; bySubgraph: Record<string, number>; subgraphFetches: number }> {
  const traceId = randomBytes(16).toString('hex');
  await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` }, body: JSON.stringify({ query }) });
  let spans: CollectedSpan[] = [];
  let settled = -1;
  // spans arrive in batches from several processes: wait until the count stops moving
  for (let i = 0; i < 50 && (spans.length === 0 || spans.length !== settled); i++) {
    settled = spans.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    spans = (await (await fetch(`${collectorUrl}/spans?traceId=${traceId}`)).json()) as CollectedSpan[];
  }
  const sql = spans.filter((s) => s.attributes['db.system.name'] === 'postgresql');
  const bySubgraph: Record<string, number> = {};
  for (const s of sql) bySubgraph[s.service] = (bySubgraph[s.service] ?? 0) + 1;
  return { total: sql.length, bySubgraph, subgraphFetches: spans.filter((s) => s.service === 'gateway' && s.name.startsWith('POST ') && s.name !== 'POST /graphql').length };
}

async function check(gateway: Gateway, query: string): Promise<void> {
  const r = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const json = (await r.json()) as { errors?: unknown[]; data?: unknown };
  if (json.errors || !json.data) throw new Error(`${gateway.name} does not answer the operation cleanly: ${JSON.stringify(json).slice(0, 500)}`);
}

async function load(url: string, query: string, seconds: number) {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    connections: CONNECTIONS,
    duration: seconds,
  });
}

async function main() {
  const database = await openBenchDatabase('gateways');
  const dbName = database.name;
  const dbUrl = new URL(database.url);
  const supergraphPath = path.join(os.tmpdir(), `${dbName}.supergraph.graphql`);
  let stack: Stack | undefined;
  let collector: Awaited<ReturnType<typeof startTraceCollector>> | undefined;
  const gateways: Gateway[] = [];
  try {
    // traces on for the statement count only: requests without a sampled traceparent record nothing
    collector = await startTraceCollector();
    Object.assign(process.env, { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_TRACES_SAMPLER: 'parentbased_always_off', OTEL_BSP_SCHEDULE_DELAY: '100' });
    console.error('starting the stack (migrations, demo data, subgraphs, our gateway)…');
    stack = await startStack({ databaseUrl: dbUrl.toString(), gatewayPort: 0, supergraphPath, consolePort: false, print: () => {} });
    const subgraphs = new Set(Object.keys(stack.subgraphUrls));
    const oursPort = Number(new URL(stack.gatewayUrl).port);
    gateways.push({ name: 'ours', url: `http://127.0.0.1:${oursPort}/graphql`, pid: pidListeningOn(oursPort) });

    const vanillaPort = await freePort();
    const vanilla = await startProcess('vanilla @apollo/gateway', process.execPath, ['--import', 'tsx', 'test/bench/vanilla-gateway.ts', supergraphPath, String(vanillaPort)], `http://127.0.0.1:${vanillaPort}/graphql`);
    gateways.push({ name: 'vanilla', url: `http://127.0.0.1:${vanillaPort}/graphql`, pid: vanilla.pid!, child: vanilla });

    const hivePort = await freePort();
    const hiveBin = path.join(REPO_ROOT, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
    const hive = await startProcess('Hive Gateway', process.execPath, [hiveBin, 'supergraph', supergraphPath, '--port', String(hivePort), '--host', '127.0.0.1'], `http://127.0.0.1:${hivePort}/graphql`, { NODE_ENV: 'production', LOG_LEVEL: 'error' });
    gateways.push({ name: 'hive', url: `http://127.0.0.1:${hivePort}/graphql`, pid: hive.pid!, child: hive });

    // every gateway warms up on every operation first (the subgraphs' and PostgreSQL's caches too); then
    // ROUNDS rounds, each in a rotated gateway order, so that none always runs first; the runs add up
    type Run = { rps: number; p50: number; p99: number; errors: number; non2xx: number; requests: number; rssMiB: number };
    const results: Record<string, Record<string, Run>> = {};
    const runs: Record<string, Record<string, autocannon.Result[]>> = {};
    const ops = Object.entries(OPERATIONS).filter(([op]) => !values.only || op.includes(values.only));
    const statements: Record<string, { total: number; bySubgraph: Record<string, number>; subgraphFetches: number }> = {};
    for (const [op, build] of ops) statements[op] = await sqlStatementsOf(gateways[0]!.url, collector.url, build(subgraphs));
    for (const [op, build] of ops) {
      const query = build(subgraphs);
      runs[op] = {};
      for (const g of gateways) {
        await check(g, query);
        await load(g.url, query, WARMUP);
        runs[op][g.name] = [];
      }
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const [op, build] of ops) {
        const query = build(subgraphs);
        const order = gateways.map((_, i) => gateways[(i + round) % gateways.length]!);
        for (const g of order) {
          const r = await load(g.url, query, DURATION);
          runs[op]![g.name]!.push(r);
          console.error(`  round ${round + 1} ${op} — ${g.name}: ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`);
        }
      }
    }
    for (const [op] of ops) {
      results[op] = {};
      for (const g of gateways) {
        const rs = runs[op]![g.name]!;
        const total = rs.reduce((n, r) => n + r.requests.total, 0);
        const mean = (f: (r: autocannon.Result) => number) => Math.round(rs.reduce((n, r) => n + f(r), 0) / rs.length);
        results[op][g.name] = { rps: Math.round((total / (DURATION * rs.length)) * 10) / 10, p50: mean((r) => r.latency.p50), p99: mean((r) => r.latency.p99), errors: rs.reduce((n, r) => n + r.errors + r.timeouts, 0), non2xx: rs.reduce((n, r) => n + r.non2xx, 0), requests: total, rssMiB: rssMiB(g.pid) };
      }
    }

    const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 100) / 100 : NaN);
    const rows = Object.entries(results).map(([op, r]) => ({
      operation: op,
      ...Object.fromEntries(gateways.flatMap((g) => [[`${g.name} req/s`, r[g.name]!.rps], [`${g.name} p50/p99 ms`, `${r[g.name]!.p50}/${r[g.name]!.p99}`]])),
      'ours/vanilla': ratio(r.ours!.rps, r.vanilla!.rps),
      'ours/hive': ratio(r.ours!.rps, r.hive!.rps),
      'SQL per request': statements[op]!.total,
      'subgraph fetches': statements[op]!.subgraphFetches,
    }));
    console.log(`\nGateways over the same supergraph (${[...subgraphs].join(', ')}), ${CONNECTIONS} connections, ${ROUNDS} × ${DURATION} s per gateway and operation (rotated order), loopback\n`);
    console.table(rows);
    const rss = Object.fromEntries(gateways.map((g) => [g.name, rssMiB(g.pid)]));
    console.log(`RSS after the runs (MiB): ${Object.entries(rss).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    fs.mkdirSync(path.dirname(values.out!), { recursive: true });
    fs.writeFileSync(values.out!, JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, connections: CONNECTIONS, durationSeconds: DURATION, rounds: ROUNDS, subgraphs: [...subgraphs], operations: Object.fromEntries(Object.keys(results).map((op) => [op, OPERATIONS[op]!(subgraphs)])), results, sqlStatementsPerRequest: statements, rssMiB: rss }, null, 2));
    console.log(`written to ${path.relative(process.cwd(), values.out!)}`);
  } finally {
    for (const g of gateways) if (g.child?.pid) try { process.kill(-g.child.pid, 'SIGTERM'); } catch { /* gone */ }
    await stack?.stop();
    await collector?.close();
    await database.close();
  }
}

await main();
