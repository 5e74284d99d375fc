// Benchmark: public revenue on the demo data. Not part of `npm test`. Run from the repo root:
//   node --conditions=@wuye/source --import tsx test/bench/public-revenue.ts [--rounds 7]
// It seeds the subgraph into a database of its own (timed), serves it over HTTP, and measures in the
// same run:
//   derived   Region.publicRevenue for the province over HTTP — warnings derived in SQL at the clock
//   stored    the peer: counting warnings already stored (the notice items of the cities' last notices)
//   cities    Region.publicRevenue for the 9 cities through `_entities` (one SQL statement for all)
//   estates   1,000 estates' latest statements with lines, publications and warnings vs 10 estates
// and prints medians, the ratios and the SQL statements each request cost. DATABASE_URL picks the
// server; else an embedded PostgreSQL in .data/pg-bench. The benchmark's database is dropped at the end.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generatePublicRevenue } from '@wuye/dataset';
import { createClock, createLogger, createOrm, migrate, seedIfEmpty, serveSubgraph, sql } from '@wuye/kit';
import publicRevenue from '@wuye/public-revenue';
import { openBenchDatabase } from './database.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '7' } } });
const rounds = Number(values.rounds);
const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const CITIES = ['350100', '350200', '350300', '350400', '350500', '350600', '350700', '350800', '350900'];

const median = (ms: number[]) => ms.slice().sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  await run(); // warm up
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

async function main() {
  const database = await openBenchDatabase('public_revenue');
  const url = new URL(database.url);
  const statements: string[] = [];
  const orm = await createOrm({ url: url.toString(), dbSchema: publicRevenue.dbSchema, entities: publicRevenue.entities, migrations: publicRevenue.migrations, onQuery: (q) => statements.push(q) });
  try {
    generatePublicRevenue(); // the generator's time is not the database's
    await migrate(orm);
    const seeded = await seedIfEmpty(publicRevenue, orm);
    const served = await serveSubgraph(publicRevenue, { orm, port: 0, clock: createClock('2024-09-10'), log: createLogger('public-revenue', 'silent') });
    const post = async (query: string, variables?: Record<string, unknown>) => {
      const response = await fetch(served.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    const counted = async (run: () => Promise<unknown>) => {
      statements.length = 0;
      await run();
      return statements.length;
    };
    const province = () => post('{ _entities(representations: [{ __typename: "Region", code: "350000" }]) { ... on Region { publicRevenue { expected onlineRate onTimeRate warnings { kind count } depositsTotal tasksOpen complaints { state count } } } } }');
    const cities = () => post('query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { publicRevenue { onlineRate onTimeRate warnings { kind count } } } } }', { r: CITIES.map((code) => ({ __typename: 'Region', code })) });
    const stored = () =>
      sql(orm.em.fork(), `select kind, count(*) from public_revenue.notice_item where notice_id in (select id from public_revenue.notice where quarter = (select max(quarter) from public_revenue.notice)) group by kind`);
    const estateIds = generatePublicRevenue().estates.map((e) => e.estateId);
    const estates = (n: number) => () =>
      post('query($r: [_Any!]!) { _entities(representations: $r) { ... on ResidentialEstate { publicRevenue { latestStatement { quarter incomeTotal balance incomeLines { amount } publications { channel publishedAt } } warnings { kind } } } } }', {
        r: estateIds.slice(0, n).map((id) => ({ __typename: 'ResidentialEstate', id })),
      });

    const results = {
      derived: { ms: await timed(province), sql: await counted(province) },
      stored: { ms: await timed(stored), sql: 1 },
      cities: { ms: await timed(cities), sql: await counted(cities) },
      estates10: { ms: await timed(estates(10)), sql: await counted(estates(10)) },
      estates1000: { ms: await timed(estates(1000)), sql: await counted(estates(1000)) },
    };
    console.log(`public revenue on the demo data (${rounds} rounds, medians)`);
    console.log(`  seeding                         ${seeded.ms} ms (${Object.entries(seeded.counts).map(([k, v]) => `${v} ${k}`).join(', ')})`);
    for (const [label, r] of Object.entries(results)) console.log(`  ${label.padEnd(30)}  ${r.ms.toFixed(1).padStart(8)} ms  ${r.sql} SQL statement(s)`);
    console.log(`  derived / stored warnings       ${(results.derived.ms / results.stored.ms).toFixed(1)}×  (the price of warnings that follow the clock)`);
    console.log(`  9 cities / the province         ${(results.cities.ms / results.derived.ms).toFixed(2)}×  (one statement for the level)`);
    console.log(`  1,000 estates / 10 estates      ${(results.estates1000.ms / results.estates10.ms).toFixed(1)}×  for 100× the estates, ${results.estates1000.sql} vs ${results.estates10.sql} SQL statements`);
    await served.close();
  } finally {
    await orm.close();
    await database.close();
  }
}

await main();
