// Writing credit events: one INSERT for any number of them, ids from the sequence. A domain event counts
// once per company whatever happens upstream: (source_event_id, company_id) is unique and a repeat is
// ignored (the kit's inbox already drops a redelivered event; this guards a replay without it).
import { sql, type EntityManager } from '@wuye/kit';
import type { CreditEventRow } from '../schema/loaders.js';

/** a credit event to insert: the row without its id (the sequence gives it) */
export type NewCreditEvent = Omit<CreditEventRow, 'id'>;

/** the id of the n-th credit event: CE0000001 */
export const creditEventId = (n: number): string => `CE${String(n).padStart(7, '0')}`;

/** Inserts the events; returns the ids of those written (a repeated domain event writes nothing). */
export async function insertCreditEvents(em: EntityManager, events: readonly NewCreditEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  const col = <K extends keyof NewCreditEvent>(key: K) => events.map((e) => e[key]);
  const rows = await sql<{ id: string }>(
    em,
    `insert into credit.credit_event (id, company_id, category, item, points, occurred_at, year, region_code, source_kind, source_event_id, source_event_type, official_subject, official_level, estate_id, evidence, evidence_refs, rule_year, rule_version, recorded_at)
     select 'CE' || lpad(nextval('credit.credit_event_id_seq')::text, 7, '0'), x.* from unnest(?::text[], ?::text[], ?::text[], ?::numeric[], ?::timestamptz[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::jsonb[], ?::int[], ?::int[], ?::timestamptz[])
       as x(company_id, category, item, points, occurred_at, year, region_code, source_kind, source_event_id, source_event_type, official_subject, official_level, estate_id, evidence, evidence_refs, rule_year, rule_version, recorded_at)
     on conflict (source_event_id, company_id) do nothing
     returning id`,
    [
      col('companyId'), col('category'), col('item'), col('points'), col('occurredAt').map((d) => d.toISOString()), col('year'), col('regionCode'), col('sourceKind'), col('sourceEventId'), col('sourceEventType'),
      col('officialSubject'), col('officialLevel'), col('estateId'), col('evidence'), col('evidenceRefs').map((r) => JSON.stringify(r)), col('ruleYear'), col('ruleVersion'), col('recordedAt').map((d) => d.toISOString()),
    ],
  );
  return rows.map((r) => r.id);
}
