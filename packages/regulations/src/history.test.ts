// Versions over time: an article as it stood on a date, the version in force on a date, the
// per-article diff between versions (《福建省物业管理条例》 2018 → 2023), and the database refusing to
// change published text in place.
import { sql } from '@wuye/kit';
import type { SubgraphUnderTest } from '@wuye/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slice, startRegulations } from './testing.fixture.js';

let sub: SubgraphUnderTest;
beforeAll(async () => {
  sub = await startRegulations();
}, 180_000);
afterAll(() => sub?.close());

const fujian = slice.documents.find((d) => d.title === '福建省物业管理条例')!;
const [v2018, v2023] = fujian.versions as [typeof fujian.versions[0], typeof fujian.versions[0]];

async function articleAsOf(number: number, asOf?: string) {
  const res = await sub.query<{ regulation: { article: { number: number; label: string; text: string; version: { number: number; status: string } } | null } }>(
    'query($id: ID!, $n: Int!, $asOf: Date) { regulation(id: $id) { article(number: $n, asOf: $asOf) { number label text version { number status } } } }',
    { variables: { id: fujian.id, n: number, asOf } },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.regulation.article;
}

describe('point in time', () => {
  it('gives article 3 as it stood: the 2018 text until the amendment took effect, the 2023 text from then on', async () => {
    expect(v2023.issuedOn).toBe('2023-07-28');
    expect(v2023.effectiveFrom).toBe('2023-10-01');
    const before = await articleAsOf(3, '2023-08-15'); // promulgated, not yet in effect
    expect(before).toMatchObject({ label: '第三条', text: v2018.articles[2]!.text, version: { number: 1, status: 'AMENDED' } });
    expect(before!.text).not.toContain('党的领导');
    const after = await articleAsOf(3, '2023-10-01');
    expect(after).toMatchObject({ text: v2023.articles[2]!.text, version: { number: 2, status: 'IN_FORCE' } });
    expect(after!.text).toContain('坚持党的领导');
    expect(await articleAsOf(3)).toEqual(after); // today
  });

  it('follows renumbering: article 12 was the committee filing rule, and is the party-organisation rule since 2023-10-01', async () => {
    expect((await articleAsOf(12, '2020-01-01'))!.text).toBe(v2018.articles[11]!.text);
    expect((await articleAsOf(12, '2024-01-01'))!.text).toContain('推动业主委员会中建立党组织');
  });

  it('has nothing in force before the first version took effect', async () => {
    expect(await articleAsOf(3, '2018-05-31')).toBeNull();
    const res = await sub.query<{ regulation: { early: null; mid: { number: number; label: string } } }>(
      `{ regulation(id: "${fujian.id}") { early: versionAsOf(date: "2018-05-31") { number } mid: versionAsOf(date: "2020-01-01") { number label } } }`,
    );
    expect(res.data!.regulation).toEqual({ early: null, mid: { number: 1, label: '2018年修订' } });
  });

  it('lists the versions with unbroken validity', async () => {
    const res = await sub.query<{ regulation: { status: string; versions: unknown[]; currentVersion: { number: number } } }>(
      `{ regulation(id: "${fujian.id}") { status currentVersion { number } versions { number label status issuedOn effectiveFrom effectiveUntil articleCount } } }`,
    );
    expect(res.data!.regulation).toEqual({
      status: 'IN_FORCE',
      currentVersion: { number: 2 },
      versions: [
        { number: 1, label: '2018年修订', status: 'AMENDED', issuedOn: '2018-03-31', effectiveFrom: '2018-06-01', effectiveUntil: '2023-10-01', articleCount: 32 },
        { number: 2, label: '2023年修正', status: 'IN_FORCE', issuedOn: '2023-07-28', effectiveFrom: '2023-10-01', effectiveUntil: null, articleCount: 36 },
      ],
    });
  });

  it('keeps excerpts\' original numbers: 民法典 第二百八十二条 on income from common parts is a public-revenue rule', async () => {
    const civil = slice.documents.find((d) => d.title === '中华人民共和国民法典')!;
    const res = await sub.query<{ regulation: { article: { label: string; text: string; topics: { code: string }[] } } }>(`{ regulation(id: "${civil.id}") { article(number: 282) { label text topics { code } } } }`);
    expect(res.data!.regulation.article.label).toBe('第二百八十二条');
    expect(res.data!.regulation.article.text).toContain('利用业主的共有部分产生的收入');
    expect(res.data!.regulation.article.topics.map((t) => t.code)).toContain('PUBLIC_REVENUE');
  });
});

describe('comparing versions', () => {
  const COMPARE = `query($id: ID!, $from: Int, $to: Int) { regulation(id: $id) { compare(from: $from, to: $to) {
    from { number } to { number } added removed modified unchanged renumbered
    changes(kinds: [ADDED, REMOVED, MODIFIED]) { kind renumbered before { number text } after { number text } segments { kind text } } } } }`;
  interface Change {
    kind: string;
    renumbered: boolean;
    before: { number: number; text: string } | null;
    after: { number: number; text: string } | null;
    segments: { kind: string; text: string }[];
  }
  interface Compare {
    from: { number: number };
    to: { number: number };
    added: number;
    removed: number;
    modified: number;
    unchanged: number;
    renumbered: number;
    changes: Change[];
  }
  const compare = async (from?: number, to?: number) => sub.query<{ regulation: { compare: Compare | null } }>(COMPARE, { variables: { id: fujian.id, from, to } });

  it('shows the 2023 amendment article by article: 5 added, 1 removed, 8 reworded, the rest renumbered', async () => {
    const { data, errors } = await compare();
    expect(errors).toBeUndefined();
    const diff = data!.regulation.compare!;
    expect(diff).toMatchObject({ from: { number: 1 }, to: { number: 2 }, added: 5, removed: 1, modified: 8, unchanged: 23, renumbered: 20 });
    const added = diff.changes.filter((c) => c.kind === 'ADDED').map((c) => c.after!.text);
    expect(added.some((t) => t.startsWith('推动业主委员会中建立党组织'))).toBe(true);
    expect(added.filter((t) => t.includes('公共收益'))).toHaveLength(4);
    const removed = diff.changes.find((c) => c.kind === 'REMOVED')!;
    expect(removed.before!.text).toContain('业主所得收益应当主要用于补充专项维修资金');
  });

  it('gives a reworded article as a character diff from which both texts can be rebuilt', async () => {
    const diff = (await compare()).data!.regulation.compare!;
    const principles = diff.changes.find((c) => c.kind === 'MODIFIED' && c.after!.number === 3)!;
    expect(principles.segments.filter((s) => s.kind === 'INSERTED').map((s) => s.text)).toEqual(['党的领导，坚持', '，建立党建引领、社区治理与物业服务相融合的工作机制']);
    for (const change of diff.changes.filter((c) => c.kind === 'MODIFIED')) {
      expect(change.segments.filter((s) => s.kind !== 'INSERTED').map((s) => s.text).join('')).toBe(change.before!.text);
      expect(change.segments.filter((s) => s.kind !== 'DELETED').map((s) => s.text).join('')).toBe(change.after!.text);
    }
    const disclosure = diff.changes.find((c) => c.kind === 'MODIFIED' && c.before!.number === 14)!;
    expect(disclosure).toMatchObject({ renumbered: true, after: { number: 15 } });
  });

  it('compares either way, refuses a version that does not exist, and has nothing to compare for a single version', async () => {
    const reverse = (await compare(2, 1)).data!.regulation.compare!;
    expect(reverse).toMatchObject({ added: 1, removed: 5, modified: 8 });
    const missing = await compare(9, 2);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const civil = slice.documents.find((d) => d.title === '中华人民共和国民法典')!;
    const single = await sub.query<{ regulation: { compare: null } }>(`{ regulation(id: "${civil.id}") { compare { added } } }`);
    expect(single.data!.regulation.compare).toBeNull();
  });
});

describe('published text is final', () => {
  it('is guarded by the database itself: no update or delete of a published article, no retitling, no status jump', async () => {
    const em = sub.orm.em.fork();
    const refuse = (statement: string, params: unknown[]) => expect(sql(em, statement, params)).rejects.toThrow(/published|cannot go from/);
    await refuse('update regulations.article set text = ? where id = ?', ['改写', v2023.articles[0]!.id]);
    await refuse('delete from regulations.article where id = ?', [v2018.articles[0]!.id]);
    await refuse('update regulations.version set title = ? where id = ?', ['改名', v2018.id]);
    await refuse(`update regulations.version set status = 'DRAFT' where id = ?`, [v2023.id]);
    const [row] = await sql<{ text: string }>(em, 'select text from regulations.article where id = ?', [v2023.articles[0]!.id]);
    expect(row!.text).toBe(v2023.articles[0]!.text);
  });
});
