// Benchmark: Chinese search over the regulations as a user types (公 → 公共 → 公共收 → 公共收益 …), on the
// demo data. Not part of `npm test`. Run from the repo root:
//   node --conditions=@wuye/source --import tsx test/bench/regulations-search.ts [--scale 1] [--rounds 5]
// It measures, over the same keystroke queries in the same run:
//   indexed  the subgraph's search (bigram GIN index + ranking + snippets), first page of 20, as SQL
//   ILIKE    a plain scan: text ILIKE '%phrase%' ranked by occurrences, first 20 (exact matches only)
//   GraphQL  searchRegulations(first: 20) { totalCount … snippet document { title } } over HTTP
// and prints median / p95 per kind and the ratios. DATABASE_URL picks the server; else an embedded
// PostgreSQL in .data/pg-bench. The benchmark's database is dropped at the end.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { containsPattern, createOrm, createLogger, createClock, migrate, PUBLIC_VIEWER, seedIfEmpty, serveSubgraph, sql } from '@wuye/kit';
import regulations, { parseQuery, searchPage } from '@wuye/regulations';
import { openBenchDatabase } from './database.js';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, rounds: { type: 'string', default: '5' } } });
const scale = Number(values.scale);
const rounds = Number(values.rounds);

/** what people type: each phrase is typed one character at a time */
const PHRASES = ['公共收益', '维修资金使用', '业主委员会', '物业服务企业信用', '消防通道', '双随机检查', '闽政通app', '兜底物业服务', '前期物业服务合同备案', '党组织'];
const KEYSTROKES = PHRASES.flatMap((p) => [...p].map((_, i) => [...p].slice(0, i + 1).join('')));
const PAGE = 20;

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

function summary(ms: number[]) {
  const sorted = ms.slice().sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

const fmt = (n: number) => `${n.toFixed(2)} ms`;

async function main() {
  const database = await openBenchDatabase('regulations');
  const url = new URL(database.url);
  const orm = await createOrm({ url: url.toString(), dbSchema: regulations.dbSchema, entities: regulations.entities, migrations: regulations.migrations });
  try {
    await migrate(orm);
    const seeded = await seedIfEmpty(regulations, orm, { scale });
    const served = await serveSubgraph(regulations, { orm, port: 0, clock: createClock('2024-09-10'), log: createLogger('regulations', 'silent') });
    const em = orm.em.fork();
    await sql(em, 'analyze');
    console.log(`regulations at scale ${scale}: ${Object.entries(seeded.counts).map(([k, v]) => `${v} ${k}`).join(', ')}; ${KEYSTROKES.length} keystroke queries × ${rounds} rounds (after one warm-up round)`);

    const indexed = async (q: string) => searchPage(orm.em.fork(), PUBLIC_VIEWER, parseQuery(q), {}, { after: null, limit: PAGE });
    const ilike = async (q: string) =>
      sql(
        orm.em.fork(),
        `select h.* from (
           select a.id as hit_id, a.text, (char_length(a.text) - char_length(replace(lower(a.text), lower(?), ''))) / char_length(?)::float8 as score
           from regulations.article a join regulations.version v on v.id = a.version_id
           where v.status in ('IN_FORCE', 'CONSULTATION') and a.text ilike ?
           union all
           select v.id, v.title, 10 from regulations.version v where v.status in ('IN_FORCE', 'CONSULTATION') and v.title ilike ?
         ) h order by h.score desc, h.hit_id limit ${PAGE}`,
        [q, q, containsPattern(q), containsPattern(q)],
      );
    const graphql = async (q: string) => {
      const response = await fetch(served.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query($q: String!) { searchRegulations(query: $q, first: ${PAGE}) { totalCount edges { node { exact snippet document { title } } } } }`, variables: { q } }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };

    const kinds = { indexed, ILIKE: ilike, GraphQL: graphql } as const;
    const timings: Record<keyof typeof kinds, number[]> = { indexed: [], ILIKE: [], GraphQL: [] };
    const byLength: Record<string, { indexed: number[]; ILIKE: number[] }> = {};
    const byQuery = new Map<string, number[]>();
    for (let round = 0; round <= rounds; round++) {
      for (const q of KEYSTROKES) {
        for (const [kind, run] of Object.entries(kinds) as [keyof typeof kinds, (q: string) => Promise<unknown>][]) {
          const started = performance.now();
          await run(q);
          const ms = performance.now() - started;
          if (round === 0) continue; // warm-up
          timings[kind].push(ms);
          if (kind === 'indexed') byQuery.set(q, [...(byQuery.get(q) ?? []), ms]);
          if (kind !== 'GraphQL') {
            const bucket = [...q].length === 1 ? '1 character' : [...q].length <= 3 ? '2–3 characters' : '4+ characters';
            ((byLength[bucket] ??= { indexed: [], ILIKE: [] })[kind]).push(ms);
          }
        }
      }
    }

    console.log('\nper keystroke (first page of 20):');
    for (const [kind, ms] of Object.entries(timings)) {
      const s = summary(ms);
      console.log(`  ${kind.padEnd(8)} median ${fmt(s.median).padStart(10)}   p95 ${fmt(s.p95).padStart(10)}   max ${fmt(s.max).padStart(10)}   (${ms.length} queries)`);
    }
    const i = summary(timings.indexed);
    const l = summary(timings.ILIKE);
    console.log(`\nILIKE scan / indexed search: median ×${(l.median / i.median).toFixed(2)}, p95 ×${(l.p95 / i.p95).toFixed(2)} (the scan finds exact matches only; the index also ranks near matches)`);
    console.log('by query length (median indexed / ILIKE):');
    for (const [bucket, t] of Object.entries(byLength)) console.log(`  ${bucket.padEnd(16)} ${fmt(summary(t.indexed).median).padStart(10)} / ${fmt(summary(t.ILIKE).median).padStart(10)}`);
    const slowest = [...byQuery].map(([q, ms]) => [q, summary(ms).median] as const).sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(`slowest indexed keystrokes (median): ${slowest.map(([q, ms]) => `${q} ${fmt(ms)}`).join(', ')}`);
    const g = summary(timings.GraphQL);
    console.log(`GraphQL over HTTP (with totalCount, snippets, documents): median ${fmt(g.median)}, p95 ${fmt(g.p95)} — ${g.p95 < 100 ? 'fast enough' : 'too slow'} to run per keystroke (budget 100 ms)`);
    await served.close();
  } finally {
    await orm.close();
    await database.close();
  }
}

await main();
