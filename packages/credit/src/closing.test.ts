// Closing a year while an official records an event dated in it: the event either makes it into the
// frozen results (closing waits for the recording transaction) or is refused with CONFLICT — never
// stored yet missing from the published evaluation.
import { generateProvince, registryFacts } from '@wuye/dataset';
import { signToken } from '@wuye/kit';
import { startSubgraphStandIn, startSubgraphForTest, type SubgraphStandIn, type SubgraphUnderTest } from '@wuye/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import credit from './index.js';
import { holdYearOpen } from './evaluation.js';
import { insertCreditEvents } from './events/store.js';
import { ruleSetInForce } from './rules/store.js';
import { templateFingerprint } from './testing/fingerprint.js';

const { registry } = generateProvince();
let company: { id: string; regionCode: string };
let sub: SubgraphUnderTest;
let stub: SubgraphStandIn;
let province: string;

beforeAll(async () => {
  stub = await startSubgraphStandIn({ entities: registryFacts(registry).resolve });
  // early 2025: 2024 has ended and may be closed, and events dated in it may still be recorded
  sub = await startSubgraphForTest(credit, { now: '2025-02-01T10:00:00+08:00', fingerprint: templateFingerprint(), subgraphUrls: { registry: stub.url } });
  province = await signToken({ role: 'PROVINCE_ADMIN', region: '350000', subject: 'prov-closing' });
  // a company without events in 2024: its frozen score moves exactly by the one event recorded below
  const [found] = await sub.orm.em.fork().getConnection().execute<{ id: string; regionCode: string }[]>(
    `select c.company_id as id, c.region_code as "regionCode" from credit.company c
     where c.region_code is not null and not exists (select 1 from credit.credit_event e where e.company_id = c.company_id and e.year = 2024) order by c.company_id limit 1`,
  );
  company = found!;
}, 300_000);
afterAll(async () => {
  await sub?.close();
  await stub?.close();
});

describe('closing a year against a recording in flight', () => {
  it('waits for the recording, and freezes a score that counts its event', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let recorded!: () => void;
    const inserted = new Promise<void>((resolve) => (recorded = resolve));
    let eventId = '';
    const recording = sub.orm.em.fork().transactional(async (em) => {
      await holdYearOpen(em, 2024);
      const rules = (await ruleSetInForce(em, 2024))!;
      const ids = await insertCreditEvents(em, [{
        companyId: company.id, category: 'INDICATOR', item: 'PUBLIC_REVENUE', points: '-5.00', occurredAt: new Date('2024-12-20T02:00:00Z'), year: 2024, regionCode: company.regionCode,
        sourceKind: 'OFFICIAL', sourceEventId: null, sourceEventType: null, officialSubject: 'prov-closing', officialLevel: 'PROVINCE', estateId: null,
        evidence: '公共收益未按时公示', evidenceRefs: [], ruleYear: rules.year, ruleVersion: rules.version, recordedAt: new Date('2025-02-01T02:00:00Z'),
      }]);
      eventId = ids[0]!;
      recorded();
      await held; // the official's transaction is still open
    });
    await inserted;
    let closed = false;
    const closing = sub.query<{ closeCreditYear: { version: number } }>('mutation { closeCreditYear(year: 2024) { version } }', { token: province }).then((res) => {
      closed = true;
      return res;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(closed).toBe(false); // it waits for the open recording
    release();
    await recording;
    const res = await closing;
    expect(res.errors).toBeUndefined();
    expect(res.data!.closeCreditYear.version).toBe(1);

    // the frozen score is the live score, which counts the event (without it the company has none)
    const frozen = await sub.orm.em.fork().getConnection().execute<{ score: string }[]>(`select score::text from credit.evaluation_result where year = 2024 and version = 1 and company_id = ?`, [company.id]);
    const live = await sub.query<{ _entities: { credit: { live: { score: string; explanation: { eventId: string | null; points: string }[] } } }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on PropertyCompany { credit { live(year: 2024) { score explanation { eventId points } } } } } }`,
      { variables: { r: [{ __typename: 'PropertyCompany', id: company.id }] }, token: province },
    );
    expect(live.data!._entities[0]!.credit.live.score).toBe(frozen[0]!.score);
    const line = live.data!._entities[0]!.credit.live.explanation.find((l) => l.eventId === eventId);
    expect(Number(line?.points)).toBeLessThan(0);
  });

  it('refuses an official’s event dated in the closed year with CONFLICT', async () => {
    const res = await sub.query(
      `mutation($i: RecordCreditEventInput!) { recordCreditEvent(input: $i) { id } }`,
      { variables: { i: { companyId: company.id, item: 'PUBLIC_REVENUE', points: '-2', occurredAt: '2024-12-30T02:00:00Z', evidence: '年底检查发现问题' } }, token: province },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toMatch(/2024 is closed/);
  });
});
