// Benchmark: what the safety summary adds to a list, and what Region.safety costs per level, on the
// demo data. Not part of `npm test`. Run from the repo root:
//   node --conditions=@wuye/source --import tsx test/bench/safety-inspection.ts [--rounds 7]
// It measures over HTTP against the subgraph (as the gateway calls it, `_entities`), in the same run:
//   keys      1,000 ResidentialEstate representations resolving only `id` — the peer: HTTP + federation
//   summary   the same 1,000 with safety { inspections lastInspection … selfInspection { streak … } }
//   regions   Region.safety for the province, the 9 cities, all counties (figures; then + self-inspection)
// and prints median / p95, the SQL statements each sent, and the ratios. DATABASE_URL picks the
// server; else an embedded PostgreSQL in .data/pg-bench. The benchmark's database is dropped at the end.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateProvince } from '@wuye/dataset';
import { createClock, createLogger, createOrm, migrate, seedIfEmpty, serveSubgraph } from '@wuye/kit';
import safetyInspection from '@wuye/safety-inspection';
import { openBenchDatabase } from './database.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '7' } } });
const rounds = Number(values.rounds);
const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

function summary(ms: number[]) {
  const sorted = ms.slice().sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))]! };
}

async function main() {
  const database = await openBenchDatabase('safety');
  const url = new URL(database.url);
  const statements: string[] = [];
  const orm = await createOrm({ url: url.toString(), dbSchema: safetyInspection.dbSchema, entities: safetyInspection.entities, migrations: safetyInspection.migrations, onQuery: (q) => statements.push(q) });
  try {
    await migrate(orm);
    const seeded = await seedIfEmpty(safetyInspection, orm);
    console.log(`seeded in ${seeded.ms} ms: ${Object.entries(seeded.counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
    const served = await serveSubgraph(safetyInspection, { orm, port: 0, clock: createClock('2024-09-10'), log: createLogger('safety-inspection', 'silent') });
    const { registry } = generateProvince();
    const estates = registry.estates.slice(0, 1000).map((e) => ({ __typename: 'ResidentialEstate', id: e.id }));
    const regions = (level: string) => registry.regions.filter((r) => r.level === level).map((r) => ({ __typename: 'Region', code: r.code, estateCount: 1 }));

    const run = async (label: string, query: string, representations: unknown[]) => {
      const times: number[] = [];
      let sent = 0;
      for (let i = 0; i < rounds + 1; i++) {
        statements.length = 0;
        const started = performance.now();
        const response = await fetch(served.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { r: representations } }) });
        const body = (await response.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(`${label}: ${JSON.stringify(body.errors)}`);
        if (i > 0) times.push(performance.now() - started); // the first round warms up
        sent = statements.length;
      }
      const s = summary(times);
      console.log(`${label.padEnd(44)} median ${s.median.toFixed(1).padStart(7)} ms   p95 ${s.p95.toFixed(1).padStart(7)} ms   ${sent} SQL statement(s)`);
      return s.median;
    };
    const entities = (selection: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`;
    const keys = await run('1,000 estates: keys only (peer)', entities('... on ResidentialEstate { id }'), estates);
    const withSummary = await run(
      '1,000 estates: safety summary',
      entities('... on ResidentialEstate { id safety { inspections lastInspectedOn openFindings overdueFindings lastInspection { conductedOn campaign { name } } selfInspection { streak missingMonths } } }'),
      estates,
    );
    const FIGURES = 'safety { inspections estatesSampled findings { findings rectified overdue fireProblemsRectified byCategory { category findings } } }';
    const province = await run('Region.safety: province', entities(`... on Region { ${FIGURES} }`), regions('PROVINCE'));
    const cities = await run('Region.safety: 9 cities', entities(`... on Region { ${FIGURES} }`), regions('CITY'));
    const counties = await run(`Region.safety: ${regions('COUNTY').length} counties`, entities(`... on Region { ${FIGURES} }`), regions('COUNTY'));
    const self = await run(`… + selfInspection: ${regions('COUNTY').length} counties`, entities(`... on Region { safety { inspections selfInspection { monthsDue missing rate } } }`), regions('COUNTY'));
    console.log(`\nratios: summary / keys ${(withSummary / keys).toFixed(2)}×   counties / province ${(counties / province).toFixed(2)}×   cities / province ${(cities / province).toFixed(2)}×   self-inspection / figures (counties) ${(self / counties).toFixed(2)}×`);
    await served.close();
  } finally {
    await orm.close();
    await database.close();
  }
}

await main();
