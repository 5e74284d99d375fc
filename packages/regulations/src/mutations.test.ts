// Writing documents through the API: every legal transition, every illegal one refused with CONFLICT
// (and nothing changed), who may write, and input validation field by field.
import { sql } from '@wuye/kit';
import type { SubgraphUnderTest } from '@wuye/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slice, startRegulations, token } from './testing.fixture.js';

let sub: SubgraphUnderTest;
let xiamen: string;
let province: string;
beforeAll(async () => {
  sub = await startRegulations();
  xiamen = await token('CITY_ADMIN', '350200');
  province = await token('PROVINCE_ADMIN', '350000');
}, 180_000);
afterAll(() => sub?.close());

interface Doc {
  id: string;
  title: string;
  status: string;
  issuedOn: string | null;
  repealedOn: string | null;
  documentNumber: string | null;
  versions: { number: number; status: string; consultationFrom: string | null; issuedOn: string | null; effectiveFrom: string | null; effectiveUntil: string | null; articles: { text: string }[] }[];
  pendingRevision: { number: number; status: string } | null;
}
const DOC = 'id title status issuedOn repealedOn documentNumber pendingRevision { number status } versions { number status consultationFrom issuedOn effectiveFrom effectiveUntil articles { text } }';
type Response = Awaited<ReturnType<SubgraphUnderTest['query']>>;

const ARTICLES = [
  { chapter: '第一章 总则', text: '为了规范本市住宅小区公共收益管理，制定本办法。' },
  { chapter: '第一章 总则', text: '公共收益应当单独列账，每季度公示一次。' },
];

async function mutate(name: string, input: Record<string, unknown>, viewer: string | undefined = xiamen): Promise<Response & { doc?: Doc }> {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const res = await sub.query<Record<string, Doc>>(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${DOC} } }`, { variables: { input }, token: viewer });
  return { ...res, doc: res.data?.[name] };
}

const create = (input: Record<string, unknown> = {}, viewer?: string) =>
  mutate('createRegulationDraft', { title: '厦门市住宅小区公共收益管理试行办法', level: 'NORMATIVE_DOCUMENT', issuer: '厦门市建设局', regionCode: '350200', articles: ARTICLES, ...input }, viewer);
const update = (documentId: string, input: Record<string, unknown> = {}, viewer?: string) => mutate('updateRegulationDraft', { documentId, ...input }, viewer);
const publish = (documentId: string, input: Record<string, unknown> = {}, viewer?: string) => mutate('publishRegulationForConsultation', { documentId, until: '2024-10-09', ...input }, viewer);
const bringIntoForce = (documentId: string, input: Record<string, unknown> = {}, viewer?: string) => mutate('bringRegulationIntoForce', { documentId, documentNumber: '厦建物〔2024〕21号', ...input }, viewer);
const amend = (documentId: string, input: Record<string, unknown> = {}, viewer?: string) => mutate('amendRegulation', { documentId, ...input }, viewer);
const repeal = (documentId: string, input: Record<string, unknown> = {}, viewer?: string) => mutate('repealRegulation', { documentId, reason: '被新办法替代', ...input }, viewer);

function ok(res: Response & { doc?: Doc }): Doc {
  expect(res.errors).toBeUndefined();
  return res.doc!;
}

async function read(id: string, viewer?: string): Promise<Doc | null> {
  const res = await sub.query<{ regulation: Doc | null }>(`query($id: ID!) { regulation(id: $id) { ${DOC} } }`, { variables: { id }, token: viewer });
  expect(res.errors).toBeUndefined();
  return res.data!.regulation;
}

const statuses = (doc: Doc | null) => doc?.versions.map((v) => `${v.number}:${v.status}`);

describe('every legal transition', () => {
  it('drafts, edits, consults, brings into force, amends, supersedes and repeals a document', async () => {
    // 起草中: seen only by officials over Xiamen
    const draft = ok(await create());
    expect(draft).toMatchObject({ status: 'DRAFT', issuedOn: null, documentNumber: null });
    expect(await read(draft.id)).toBeNull();
    expect(await read(draft.id, province)).toMatchObject({ id: draft.id });
    expect(await read(draft.id, await token('CITY_ADMIN', '350600'))).toBeNull();

    const edited = ok(await update(draft.id, { title: '厦门市住宅小区公共收益管理办法（试行）', articles: [...ARTICLES, { text: '本办法自印发之日起施行。' }] }));
    expect(edited.title).toBe('厦门市住宅小区公共收益管理办法（试行）');
    expect(edited.versions[0]!.articles).toHaveLength(3);

    // 征求意见: public from now on
    const consulting = ok(await publish(draft.id, { from: '2024-09-10', until: '2024-10-09' }));
    expect(consulting).toMatchObject({ status: 'CONSULTATION', versions: [{ status: 'CONSULTATION', consultationFrom: '2024-09-10' }] });
    expect((await read(draft.id))?.status).toBe('CONSULTATION');

    // 施行
    const inForce = ok(await bringIntoForce(draft.id, { effectiveFrom: '2024-09-10' }));
    expect(inForce).toMatchObject({ status: 'IN_FORCE', issuedOn: '2024-09-10', documentNumber: '厦建物〔2024〕21号', versions: [{ status: 'IN_FORCE', effectiveFrom: '2024-09-10', effectiveUntil: null }] });

    // 修订: a new draft version, the text in force untouched; the public sees only the published one
    const amending = ok(await amend(draft.id, { label: '2024年修订' }));
    expect(amending).toMatchObject({ status: 'IN_FORCE', pendingRevision: { number: 2, status: 'DRAFT' } });
    expect(amending.versions[1]!.articles).toEqual(amending.versions[0]!.articles); // a copy to edit
    expect(statuses(await read(draft.id))).toEqual(['1:IN_FORCE']);
    ok(await update(draft.id, { articles: [ARTICLES[0], { chapter: '第一章 总则', text: '公共收益应当单独列账，每季度通过闽政通app线上公示。' }, { text: '本办法自印发之日起施行。' }] }));
    ok(await publish(draft.id, { until: '2024-09-20' }));
    expect(statuses(await read(draft.id))).toEqual(['1:IN_FORCE', '2:CONSULTATION']);

    // the revision comes into force later: the first text applies until then, then is 修订 (AMENDED)
    const superseded = ok(await bringIntoForce(draft.id, { documentNumber: '厦建物〔2024〕30号', effectiveFrom: '2024-10-01' }));
    expect(superseded.versions.map(({ number, status, effectiveFrom, effectiveUntil }) => ({ number, status, effectiveFrom, effectiveUntil }))).toEqual([
      { number: 1, status: 'AMENDED', effectiveFrom: '2024-09-10', effectiveUntil: '2024-10-01' },
      { number: 2, status: 'IN_FORCE', effectiveFrom: '2024-10-01', effectiveUntil: null },
    ]);
    const asOf = async (date: string) =>
      (await sub.query<{ regulation: { article: { text: string } } }>(`{ regulation(id: "${draft.id}") { article(number: 2, asOf: "${date}") { text } } }`)).data!.regulation.article.text;
    expect(await asOf('2024-09-15')).toBe('公共收益应当单独列账，每季度公示一次。');
    expect(await asOf('2024-10-01')).toContain('闽政通app');

    // 废止
    const repealed = ok(await repeal(draft.id, { effectiveOn: '2024-12-31' }));
    expect(repealed).toMatchObject({ status: 'REPEALED', repealedOn: '2024-12-31' });
    expect(statuses(repealed)).toEqual(['1:AMENDED', '2:REPEALED']);
    expect(repealed.versions[1]!.effectiveUntil).toBe('2024-12-31');
  });

  it('withdraws a revision in progress with the repeal', async () => {
    const { id } = ok(await create({ title: '厦门市物业服务收费管理试行办法' }));
    ok(await publish(id));
    ok(await bringIntoForce(id));
    ok(await amend(id));
    expect(statuses(ok(await repeal(id, { effectiveOn: '2024-09-11' })))).toEqual(['1:REPEALED', '2:REPEALED']);
  });

  it('indexes new text for search as it is written, and shows it to the public once it is published', async () => {
    const phrase = '鹭岛示范条款甲乙丙';
    const { id } = ok(await create({ title: '厦门市鹭岛物业管理试行规定', articles: [{ text: `本市推行${phrase}。` }] }));
    const hits = async (viewer?: string) =>
      (await sub.query<{ searchRegulations: { totalCount: number } }>(`{ searchRegulations(query: "${phrase}", filter: { statuses: [DRAFT, CONSULTATION] }) { totalCount } }`, { token: viewer })).data!.searchRegulations.totalCount;
    expect(await hits()).toBe(0);
    expect(await hits(xiamen)).toBe(1);
    ok(await publish(id));
    expect(await hits()).toBe(1);
  });
});

describe('illegal transitions', () => {
  type Action = 'update' | 'publish' | 'bringIntoForce' | 'amend' | 'repeal';
  const ACTIONS: Record<Action, (id: string) => Promise<Response>> = {
    update: (id) => update(id, { title: '不应生效的标题修改' }),
    publish: (id) => publish(id),
    bringIntoForce: (id) => bringIntoForce(id),
    amend: (id) => amend(id),
    repeal: (id) => repeal(id, { effectiveOn: '2024-09-11' }),
  };
  /** each state, reached through the API, and the actions it refuses */
  const STATES: Record<string, { steps: Action[]; illegal: Action[] }> = {
    draft: { steps: [], illegal: ['bringIntoForce', 'amend', 'repeal'] },
    consultation: { steps: ['publish'], illegal: ['update', 'publish', 'amend', 'repeal'] },
    inForce: { steps: ['publish', 'bringIntoForce'], illegal: ['update', 'publish', 'bringIntoForce'] },
    revisionDraft: { steps: ['publish', 'bringIntoForce', 'amend'], illegal: ['bringIntoForce', 'amend'] },
    revisionConsultation: { steps: ['publish', 'bringIntoForce', 'amend', 'publish'], illegal: ['update', 'publish', 'amend'] },
    repealed: { steps: ['publish', 'bringIntoForce', 'repeal'], illegal: ['update', 'publish', 'bringIntoForce', 'amend', 'repeal'] },
  };

  for (const [state, { steps, illegal }] of Object.entries(STATES)) {
    it(`refuses ${illegal.join(', ')} on a document ${state} with CONFLICT, changing nothing`, async () => {
      const { id } = ok(await create({ title: `厦门市状态测试文件（${state}）` }));
      for (const step of steps) expect((await ACTIONS[step](id)).errors, `${state}: ${step}`).toBeUndefined();
      const before = await read(id, xiamen);
      for (const action of illegal) {
        const res = await ACTIONS[action](id);
        expect(res.errors?.[0]?.extensions?.code, `${state}: ${action}`).toBe('CONFLICT');
        expect(res.errors?.[0]?.message).toMatch(new RegExp(`Regulation ${id} is `));
      }
      expect(await read(id, xiamen)).toEqual(before);
    });
  }
});

describe('who may write', () => {
  const provincialDraft = slice.documents.find((d) => d.title === '福建省住宅专项维修资金管理办法')!;
  const civilCode = slice.documents.find((d) => d.title === '中华人民共和国民法典')!;

  it('asks PUBLIC to sign in, and refuses companies, county officials and other cities\' admins', async () => {
    const anonymous = await sub.query('mutation { repealRegulation(input: { documentId: "RD0001", reason: "测试理由" }) { id } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const [role, region] of [['COMPANY', '350200'], ['COUNTY_ADMIN', '350203'], ['STREET_STAFF', '350203001']] as const) {
      expect((await create({}, await token(role, region))).errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
    expect((await create({}, await token('CITY_ADMIN', '350600'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await create({}, province)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN'); // the city writes its own
  });

  it('lets only the province admin write the province\'s documents, and nobody national law', async () => {
    expect((await publish(provincialDraft.id, {}, xiamen)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const published = ok(await publish(provincialDraft.id, { until: '2024-10-10' }, province));
    expect(published.status).toBe('CONSULTATION');
    const national = await amend(civilCode.id, {}, province);
    expect(national.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(national.errors?.[0]?.message).toMatch(/national law/);
  });
});

describe('validation', () => {
  const count = async () => (await sub.query<{ regulations: { totalCount: number } }>('{ regulations(filter: { statuses: [DRAFT, CONSULTATION, IN_FORCE, AMENDED, REPEALED] }) { totalCount } }', { token: province })).data!.regulations.totalCount;

  it('names the field of every bad input and writes nothing', async () => {
    const before = await count();
    const cases: [Promise<Response>, string][] = [
      [create({ title: '办法' }), 'input.title'],
      [create({ articles: [] }), 'input.articles'],
      [create({ articles: [{ text: ' ' }] }), 'input.articles.0.text'],
      [create({ level: 'LAW' }), 'input.level'],
      [create({ regionCode: '350203' }), 'input.regionCode'],
      [create({ topics: ['NOPE'] }), 'input.topics'],
      [create({ articles: [{ text: '有效的条文内容。', topics: ['NOPE'] }] }), 'input.articles.0.topics'],
      [publish('RD9999'), 'input.documentId'],
    ];
    for (const [pending, field] of cases) expect((await pending).errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count()).toBe(before);
  });

  it('checks dates against the clock and the document', async () => {
    const { id } = ok(await create({ title: '厦门市日期校验测试办法' }));
    expect((await publish(id, { from: '2024-09-10', until: '2024-09-12' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.until' });
    expect((await publish(id, { from: '2024-01-01' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.from' });
    ok(await publish(id));
    expect((await bringIntoForce(id, { issuedOn: '2024-12-01' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.issuedOn' });
    expect((await bringIntoForce(id, { effectiveFrom: '2024-09-01' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.effectiveFrom' });
    expect((await bringIntoForce(id, { documentNumber: ' ' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.documentNumber' });
    ok(await bringIntoForce(id));
    expect((await repeal(id, { effectiveOn: '2024-09-10' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.effectiveOn' });
    expect((await repeal(id, { reason: '短' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect((await read(id))?.status).toBe('IN_FORCE');
  });
});

describe('the search index', () => {
  it('keeps its token frequencies equal to a recount after drafts were written, replaced and amended', async () => {
    const { id } = ok(await create({ title: '厦门市词频校验测试办法', articles: [{ text: '词频校验甲条。' }, { text: '词频校验乙条。' }] }));
    ok(await update(id, { articles: [{ text: '词频校验丙条，替换前两条。' }] }));
    const em = sub.orm.em.fork();
    const drift = await sql<{ token: string; kept: number; counted: number }>(
      em,
      `with counted as (select t as token, count(*)::int as n from regulations.article, unnest(tokens) as t group by t union all select '', count(*)::int from regulations.article)
       select coalesce(f.token, c.token) as token, coalesce(f.articles, 0) as kept, coalesce(c.n, 0) as counted
       from regulations.token_frequency f full join counted c on c.token = f.token
       where coalesce(f.articles, 0) <> coalesce(c.n, 0)`,
    );
    expect(drift).toEqual([]);
    const [row] = await sql<{ articles: number }>(em, `select articles from regulations.token_frequency where token = '词频'`);
    expect(row!.articles).toBe(1);
  });
});
