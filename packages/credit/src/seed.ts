// Writes the credit slice of the demo province (@wuye/dataset) into an empty schema: the published rule
// sets, the companies' copies, the credit events, opinions and honours — then closes and publishes 2023
// with the same SQL the API uses, at the dates it happened. Rows go in through unnest() in chunks.
import { generateCredit } from '@wuye/dataset';
import { sql, type EntityManager, type SeedInput } from '@wuye/kit';
import { closeYear, publishEvaluation } from './evaluation.js';
import { RuleSetDocument } from './rules/document.js';

/** one `insert … select * from unnest(…)` per chunk: columns as PostgreSQL arrays */
async function insertColumns(em: EntityManager, table: string, columns: Record<string, string>, rows: readonly Record<string, unknown>[], chunk = 5000): Promise<void> {
  const names = Object.keys(columns);
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    await sql(em, `insert into credit.${table} (${names.map((n) => `"${n}"`).join(', ')}) select * from unnest(${names.map((n) => `?::${columns[n]}[]`).join(', ')})`, names.map((n) => part.map((r) => r[n] ?? null)));
  }
}

export async function seedCredit({ em, scale, log }: SeedInput): Promise<Record<string, number>> {
  const slice = generateCredit({ scale });
  await em.transactional(async (tx) => {
    for (const r of slice.ruleSets) {
      await sql(tx, `insert into credit.rule_set (year, version, status, document, note, created_at, created_by, published_at, published_by) values (?, ?, 'PUBLISHED', ?::jsonb, ?, ?, 'official@350000', ?, 'official@350000')`,
        [r.year, r.version, JSON.stringify(RuleSetDocument.parse(r.document)), r.note, r.publishedAt, r.publishedAt]);
    }
    await insertColumns(tx, 'company', { company_id: 'text', region_code: 'text', updated_at: 'timestamptz' }, slice.companies.map((c) => ({ company_id: c.companyId, region_code: c.regionCode, updated_at: '2024-01-01T00:00:00+08:00' })));
    await insertColumns(tx, 'company_estate', { company_id: 'text', estate_id: 'text', region_code: 'text' }, slice.companies.flatMap((c) => c.estates.map((e) => ({ company_id: c.companyId, estate_id: e.estateId, region_code: e.regionCode }))));
    await insertColumns(
      tx,
      'credit_event',
      { id: 'text', company_id: 'text', category: 'text', item: 'text', points: 'numeric', occurred_at: 'timestamptz', year: 'int', region_code: 'text', source_kind: 'text', source_event_id: 'text', source_event_type: 'text', official_subject: 'text', official_level: 'text', estate_id: 'text', evidence: 'text', evidence_refs: 'jsonb', rule_year: 'int', rule_version: 'int', recorded_at: 'timestamptz' },
      slice.events.map((e) => ({
        id: e.id, company_id: e.companyId, category: e.category, item: e.item, points: e.points, occurred_at: e.occurredAt, year: e.year, region_code: e.regionCode, source_kind: e.sourceKind, source_event_id: e.sourceEventId,
        source_event_type: e.sourceEventType, official_subject: e.officialSubject, official_level: e.officialLevel, estate_id: e.estateId, evidence: e.evidence, evidence_refs: JSON.stringify(e.evidenceRefs), rule_year: e.ruleYear, rule_version: e.ruleVersion, recorded_at: e.occurredAt,
      })),
    );
    await insertColumns(tx, 'opinion', { id: 'text', company_id: 'text', estate_id: 'text', region_code: 'text', rating: 'text', text: 'text', official_subject: 'text', official_level: 'text', occurred_at: 'timestamptz', credit_event_id: 'text' },
      slice.opinions.map((o) => ({ id: o.id, company_id: o.companyId, estate_id: o.estateId, region_code: o.regionCode, rating: o.rating, text: o.text, official_subject: o.officialSubject, official_level: 'STREET', occurred_at: o.occurredAt, credit_event_id: o.creditEventId })));
    await insertColumns(tx, 'honour', { id: 'text', estate_id: 'text', company_id: 'text', level: 'text', region_code: 'text', year: 'int', awarded_on: 'date', credit_event_id: 'text' },
      slice.honours.map((h) => ({ id: h.id, estate_id: h.estateId, company_id: h.companyId, level: h.level, region_code: h.regionCode, year: h.year, awarded_on: h.awardedOn, credit_event_id: h.creditEventId })));
    for (const [name, count] of [['credit_event', slice.events.length], ['opinion', slice.opinions.length], ['honour', slice.honours.length]] as const) await sql(tx, `select setval('credit.${name}_id_seq', ?)`, [Math.max(count, 1)]);
    for (const table of ['company', 'company_estate', 'credit_event', 'opinion', 'honour']) await sql(tx, `analyze credit."${table}"`);
    for (const e of slice.evaluations) {
      await closeYear(tx, e.year, 'official@350000', new Date(e.closedAt));
      await publishEvaluation(tx, e.year, 'official@350000', new Date(e.publishedAt));
    }
  });
  const counts = { ruleSets: slice.ruleSets.length, companies: slice.companies.length, events: slice.events.length, opinions: slice.opinions.length, honours: slice.honours.length, evaluations: slice.evaluations.length };
  log(`credit: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  return counts;
}
