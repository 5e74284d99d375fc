// Policy statistics against counts made independently from the generated rows (the seed's 111), the
// federation surface (Region, ResidentialEstate, Topic, RegulationDocument through _entities, as the
// gateway calls them), batching, and the schema's contract.
import { LOCAL_POLICIES_PER_YEAR } from '@wuye/dataset';
import { printSubgraphSchema } from '@wuye/kit';
import type { SubgraphUnderTest } from '@wuye/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import regulations from './index.js';
import { slice, startRegulations } from './testing.fixture.js';

let sub: SubgraphUnderTest;
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
beforeAll(async () => {
  sub = await startRegulations();
}, 180_000);
afterAll(() => sub?.close());

const CITIES = ['350100', '350200', '350300', '350400', '350500', '350600', '350700', '350800', '350900'];
const prefixOf = (code: string) => (code === '350000' ? '35' : code.slice(0, 4));
const inRegion = (code: string) => slice.documents.filter((d) => d.regionCode?.startsWith(prefixOf(code)));

/** counted from the rows, not through the subgraph */
function expectedYear(code: string, year: number) {
  const docs = inRegion(code);
  const issued = (d: (typeof docs)[number]) => d.versions.filter((v) => v.issuedOn?.startsWith(String(year)));
  return {
    year,
    newDocuments: docs.filter((d) => d.versions[0]!.issuedOn?.startsWith(String(year))).length,
    revisions: docs.flatMap((d) => issued(d).filter((v) => v.number > 1)).length,
    localPolicies: docs.filter((d) => d.regionCode !== code && d.versions[0]!.issuedOn?.startsWith(String(year))).length,
  };
}

const entities = <T>(representations: unknown[], selection: string) =>
  sub.query<{ _entities: T[] }>(`query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`, { variables: { r: representations } });

describe('Region.regulations', () => {
  const STATS = '... on Region { code regulations { inForce inConsultation draftsInProgress repealed issuedInYear(year: 2023) { year newDocuments revisions localPolicies } } }';
  interface Stats {
    code: string;
    regulations: { inForce: number; inConsultation: number; draftsInProgress: number; repealed: number; issuedInYear: ReturnType<typeof expectedYear> };
  }

  it('counts the 111 local policies of 2023 for the province, and each city its own, as the rows say', async () => {
    const res = await entities<Stats>(['350000', ...CITIES].map((code) => ({ __typename: 'Region', code })), STATS);
    expect(res.errors).toBeUndefined();
    const [province, ...cities] = res.data!._entities;
    expect(province!.regulations.issuedInYear.localPolicies).toBe(111);
    for (const region of res.data!._entities) {
      const docs = inRegion(region.code);
      expect(region.regulations).toEqual({
        inForce: docs.filter((d) => d.status === 'IN_FORCE').length,
        inConsultation: docs.filter((d) => d.status === 'CONSULTATION').length,
        draftsInProgress: docs.filter((d) => d.status === 'DRAFT' || d.status === 'CONSULTATION').length,
        repealed: docs.filter((d) => d.status === 'REPEALED').length,
        issuedInYear: expectedYear(region.code, 2023),
      });
    }
    expect(cities.reduce((n, c) => n + c!.regulations.issuedInYear.newDocuments, 0)).toBe(111);
    // the province's own: the implementing opinion and the notice are new; the regulation and the credit measures revised
    expect(province!.regulations.issuedInYear.newDocuments - 111).toBe(2);
  });

  it('has the four provincial drafts of the seed in progress', async () => {
    const res = await entities<Stats>([{ __typename: 'Region', code: '350000' }], STATS);
    const provincial = slice.documents.filter((d) => d.regionCode === '350000' && (d.status === 'DRAFT' || d.status === 'CONSULTATION'));
    expect(provincial).toHaveLength(4);
    expect(res.data!._entities[0]!.regulations.draftsInProgress).toBe(inRegion('350000').filter((d) => d.status === 'DRAFT' || d.status === 'CONSULTATION').length);
  });

  it('lists the local policies per year as generated', async () => {
    const res = await entities<{ regulations: { issuedPerYear: { year: number; localPolicies: number }[] } }>(
      [{ __typename: 'Region', code: '350000' }],
      '... on Region { regulations { issuedPerYear(from: 2019, to: 2024) { year localPolicies } } }',
    );
    expect(res.data!._entities[0]!.regulations.issuedPerYear).toEqual(Object.entries(LOCAL_POLICIES_PER_YEAR).map(([year, localPolicies]) => ({ year: Number(year), localPolicies })));
  });

  it('costs one SQL statement for the statistics of ten regions', async () => {
    await settle();
    sub.statements.length = 0;
    expect((await entities<Stats>(['350000', ...CITIES].map((code) => ({ __typename: 'Region', code })), STATS)).errors).toBeUndefined();
    await settle();
    expect(sub.statements).toHaveLength(1);
  });

  it('lists each region\'s documents, applicable or issued there, in one statement per kind of list', async () => {
    await settle();
    sub.statements.length = 0;
    const res = await entities<{ code: string; regulations: { here: { totalCount: number; edges: { node: { regionCode: string } }[] }; applicable: { edges: { node: { regionCode: string | null } }[] } } }>(
      CITIES.map((code) => ({ __typename: 'Region', code })),
      `... on Region { code regulations {
         here: documents(scope: ISSUED_HERE, first: 5) { totalCount edges { node { regionCode } } }
         applicable: documents(first: 1000) { edges { node { regionCode } } } } }`,
    );
    await settle();
    expect(res.errors).toBeUndefined();
    for (const region of res.data!._entities) {
      expect(region.regulations.here.edges).toHaveLength(5);
      expect(region.regulations.here.edges.every((e) => e.node.regionCode === region.code)).toBe(true);
      expect(region.regulations.here.totalCount).toBe(inRegion(region.code).filter((d) => d.status !== 'DRAFT').length);
      expect(new Set(region.regulations.applicable.edges.map((e) => e.node.regionCode))).toEqual(new Set([null, '350000', region.code]));
    }
    expect(sub.statements).toHaveLength(3); // the ISSUED_HERE pages, their counts, the APPLICABLE pages
  });
});

describe('the rules that govern this', () => {
  interface Rule {
    text: string;
    topics: { code: string }[];
    version: { status: string; effectiveFrom: string; effectiveUntil?: string | null };
    document: { title: string; level: string; regionCode: string | null };
  }

  it('reaches a topic\'s articles in force for a place through the Topic entity, higher levels first', async () => {
    const res = await entities<{ name: string; articles: Rule[] } | null>(
      [{ __typename: 'Topic', code: 'PUBLIC_REVENUE' }, { __typename: 'Topic', code: 'NOPE' }],
      '... on Topic { name articles(appliesIn: "350203001001", first: 200) { text topics { code } version { status effectiveFrom effectiveUntil } document { title level regionCode } } }',
    );
    expect(res.errors).toBeUndefined();
    const [topic, unknown] = res.data!._entities;
    expect(unknown).toBeNull();
    expect(topic!.name).toBe('公共收益');
    const rules = topic!.articles;
    expect(rules.length).toBeGreaterThan(10);
    expect(rules.every((r) => r.topics.some((t) => t.code === 'PUBLIC_REVENUE'))).toBe(true);
    // in effect today: in force, or superseded by a revision not yet in effect
    expect(rules.every((r) => r.version.effectiveFrom <= '2024-09-10' && (r.version.effectiveUntil ?? '9999') > '2024-09-10')).toBe(true);
    expect(rules.every((r) => [null, '350000', '350200'].includes(r.document.regionCode))).toBe(true);
    expect(rules[0]!.document).toMatchObject({ level: 'LAW', title: '中华人民共和国民法典' });
    const order = ['LAW', 'ADMINISTRATIVE_REGULATION', 'LOCAL_REGULATION', 'IMPLEMENTING_RULES', 'NORMATIVE_DOCUMENT', 'MODEL_TEXT'];
    const ranks = rules.map((r) => order.indexOf(r.document.level));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('gives an estate the rules of its place and date (its region @required from registry), many estates in one statement', async () => {
    await settle();
    sub.statements.length = 0;
    const res = await entities<{ id: string; now: Rule[]; before: Rule[] }>(
      [
        { __typename: 'ResidentialEstate', id: 'E000001', regionCode: '350203001001' },
        { __typename: 'ResidentialEstate', id: 'E000002', regionCode: '350602001001' },
      ],
      `... on ResidentialEstate { id
         now: governingRules(topics: ["PARTY_BUILDING", "OWNERS_COMMITTEE"], first: 500) { text topics { code } version { status effectiveFrom } document { title level regionCode } }
         before: governingRules(topics: ["PARTY_BUILDING"], asOf: "2023-08-01", first: 500) { text topics { code } version { status effectiveFrom } document { title level regionCode } } }`,
    );
    await settle();
    expect(res.errors).toBeUndefined();
    const [xiamen, zhangzhou] = res.data!._entities;
    expect(xiamen!.now.every((r) => [null, '350000', '350200'].includes(r.document.regionCode))).toBe(true);
    expect(zhangzhou!.now.every((r) => [null, '350000', '350600'].includes(r.document.regionCode))).toBe(true);
    const partyInCommittees = (rules: Rule[]) => rules.some((r) => r.text.startsWith('推动业主委员会中建立党组织'));
    expect(partyInCommittees(xiamen!.now)).toBe(true); // the 2023 amendment, in force since 2023-10-01
    expect(partyInCommittees(xiamen!.before)).toBe(false); // not yet on 2023-08-01
    expect(xiamen!.before.every((r) => r.version.effectiveFrom <= '2023-08-01')).toBe(true);
    // rules (one statement for both estates, both dates), then their topics, versions and documents
    expect(sub.statements.filter((s) => s.includes('row_number()'))).toHaveLength(1);
  });

  it('resolves documents by key for other subgraphs, hiding drafts from the public', async () => {
    const draft = slice.documents.find((d) => d.status === 'DRAFT')!;
    const res = await entities<{ title: string } | null>(
      [{ __typename: 'RegulationDocument', id: slice.documents[2]!.id }, { __typename: 'RegulationDocument', id: draft.id }],
      '... on RegulationDocument { title }',
    );
    expect(res.data!._entities).toEqual([{ title: '福建省物业管理条例' }, null]);
  });
});

describe('document lists', () => {
  it('filters by level, topic, title and applicability, and pages by id', async () => {
    const res = await sub.query<{ regulations: { totalCount: number; edges: { node: { id: string; title: string; level: string; regionCode: string | null; status: string } }[] } }>(
      '{ regulations(first: 1000, filter: { levels: [NORMATIVE_DOCUMENT], topics: ["PUBLIC_REVENUE"], titleContains: "公共收益", appliesIn: "350200" }) { totalCount edges { node { id title level regionCode status } } } }',
    );
    expect(res.errors).toBeUndefined();
    const expected = slice.documents.filter(
      (d) => d.level === 'NORMATIVE_DOCUMENT' && d.topics.includes('PUBLIC_REVENUE') && d.title.includes('公共收益') && [null, '350000', '350200'].includes(d.regionCode) && d.status !== 'DRAFT',
    );
    expect(res.data!.regulations.edges.map((e) => e.node.id)).toEqual(expected.map((d) => d.id).sort());
    expect(res.data!.regulations.totalCount).toBe(expected.length);
  });
});

describe('contract', () => {
  it('describes every type and field it defines in Chinese first', () => {
    const schema = regulations.schema();
    const cjk = /^[\u3400-\u9fff“（《]/;
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('_') || type.name.startsWith('link__') || ['Query', 'Mutation', 'FieldSet', 'String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (/(Connection|Edge)$/.test(type.name)) continue; // relay plumbing from the kit
      const external = ['Region', 'ResidentialEstate'].includes(type.name); // registry's: it describes them
      if (!external && !cjk.test(type.description ?? '')) missing.push(type.name);
      // (duck-typed: graphql's isObjectType fails across its CJS and ESM copies)
      if ('getFields' in type && type.name !== 'PageInfo') {
        for (const field of Object.values(type.getFields())) {
          if (external && field.astNode?.directives?.some((d: { name: { value: string } }) => d.name.value === 'external')) continue;
          if (!cjk.test(field.description ?? '')) missing.push(`${type.name}.${field.name}`);
        }
      }
      if ('getValues' in type) for (const value of type.getValues()) if (!cjk.test(value.description ?? '')) missing.push(`${type.name}.${value.name}`);
    }
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields())) if (!field.name.startsWith('_') && !cjk.test(field.description ?? '')) missing.push(`${root.name}.${field.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('prints the SDL the supergraph is composed from (a change here is a change of the published contract)', async () => {
    await expect(printSubgraphSchema(regulations.schema())).toMatchFileSnapshot('./__snapshots__/regulations.graphql');
  });
});
