// A tiny GraphQL server for the client's tests: graphql-js over the published contract itself (its SDL,
// resolvers from fixtures below), on a real HTTP port, speaking the gateway's protocol: bearer tokens,
// `extensions.code` errors, partial data, APQ (PERSISTED_QUERY_NOT_FOUND) and a safelist (403
// OPERATION_NOT_IN_SAFELIST, checked before anything is parsed; hash-only requests served from the manifest).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, graphql, GraphQLError } from 'graphql';
import type { PersistedQueryManifest } from '../manifest.js';

const CONTRACT = new URL('../../../contract/contract/schema.graphql', import.meta.url);
const schema = buildSchema(fs.readFileSync(CONTRACT, 'utf8'));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Context {
  token: string | undefined;
}

const error = (code: string, message: string, extensions: Record<string, unknown> = {}) => new GraphQLError(message, { extensions: { code, ...extensions } });

const figures = (code: string, name: string, level: string) => ({
  code,
  name,
  level,
  estateCount: level === 'PROVINCE' ? 17000 : 1889,
  coverage: { estates: 17000, covered: 16830, withoutService: 170, rate: 0.99 },
  partyBuilding: () => ({
    companiesEligible: 793, companiesWithOrganization: 783, companyOrganizationRate: 0.9874,
    estatesWithOrganization: 10700, estateOrganizationRate: 0.63, redCommittees: 2372, redCommitteeShare: 0.5048, sites: 325,
  }),
  publicRevenue: ({ quarter }: { quarter?: string }) => ({
    quarter: quarter ?? '2024Q2', expected: 15767, publishedOnline: 15767, onlineRate: 1, onTimeRate: 0.97, warningsTotal: 3, deposits: 1200, depositsTotal: '923000000.00',
  }),
  safety: () => ({
    inspections: 37, estateInspections: 787, estatesSampled: 787, samplingRate: 0.0463,
    findings: { findings: 520, open: 12, overdue: 3, rectified: 508, onTimeRate: 0.95, fireProblems: 481, fireProblemsRectified: 428 },
    selfInspection: { rate: 0.98, estatesMissing: 41 },
  }),
  credit: ({ year }: { year?: number }) => ({
    year: year ?? 2023, companiesPublished: 812, averageScore: '84.37',
    grades: [{ grade: 'AAA', count: 24 }, { grade: 'AA', count: 265 }, { grade: 'A', count: 384 }, { grade: 'B', count: 134 }, { grade: 'C', count: 5 }],
  }),
});

const estate = (id: string) => ({
  id, name: '海滨花园', address: '思明区海滨路1号', category: 'COMMODITY', buildYear: 2005, households: 860, serviceMode: 'MARKET_COMPANY',
  fallbackSince: null, regionCode: '350203001001',
  county: { code: '350203', name: '思明区' }, community: { code: '350203001001', name: '海滨社区' },
  company: { id: 'C0001', name: '厦门美好物业服务有限公司', uscc: '91350200MA2XXXXX0X', credit: { result: () => ({ year: 2023, score: '96.50', grade: 'AAA', provinceRank: 3, cityRank: 1 }) } },
  ownersCommittee: {
    id: 'OC0001', electedOn: '2022-05-01', termEndsOn: '2027-04-30', partyMemberShare: 0.6, isRed: () => true,
    members: [{ name: '张**', nameMasked: true, role: 'CHAIR' }, { name: '李**', nameMasked: true, role: 'MEMBER' }],
  },
  // E000002: party-building is down — its fields are null, with an error naming it (the gateway's fault isolation)
  partyBranch: () => {
    if (id === 'E000002') throw error('SUBGRAPH_UNAVAILABLE', 'party-building did not answer', { serviceName: 'party-building' });
    return { id: 'PO0001', name: '海滨花园小区党支部', formation: 'STANDALONE', establishedOn: '2019-07-01', memberCount: 23 };
  },
  partyInstructor: () => {
    if (id === 'E000002') throw error('SUBGRAPH_UNAVAILABLE', 'party-building did not answer', { serviceName: 'party-building' });
    return { name: '王**', sentOn: '2021-03-01' };
  },
  partySites: [{ id: 'PS0001', name: '红色物业服务站', kind: 'RED_PROPERTY_SERVICE_CENTRE' }],
  publicRevenue: {
    enrolled: true, deposits: 4, depositsTotal: '120000.00',
    latestStatement: {
      id: 'PRS0001', quarter: '2024Q2', status: 'PUBLISHED', incomeTotal: '12847.00', expenseTotal: '1624.30', balance: '11222.70', publishedOnTime: true,
      publications: [{ channel: 'ONLINE', publishedAt: '2024-07-10T01:00:00.000Z' }, { channel: 'OFFLINE', publishedAt: '2024-07-11T01:00:00.000Z' }],
    },
    warnings: () => [],
  },
  safety: { inspections: 2, lastInspectedOn: '2024-05-20', openFindings: 1, overdueFindings: 0, selfInspection: { required: true, streak: 8, missingMonths: [] } },
  governance: { mattersRaised: 3, mattersSettled: 2, mediations: 1, mediationsResolved: 1, enforcementActions: 0, enforcementPending: 0, pilot: null, renovation: null },
  governingRules: ({ topics }: { topics: string[] }) =>
    topics.map((t, i) => ({ id: `RA${i}`, label: '第五十条', text: `${t}: 利用业主共有部分产生的收入…`, document: { id: 'RD0003', title: '福建省物业管理条例' } })),
});

const rootValue = {
  region: ({ code }: { code: string }) => ({ ...figures(code, code === '350000' ? '福建省' : '厦门市', code === '350000' ? 'PROVINCE' : 'CITY'), children: [figures('350200', '厦门市', 'CITY'), figures('350100', '福州市', 'CITY')] }),
  publicRevenueRanking: () => [
    { rank: 1, region: { code: '350200', name: '厦门市' }, expected: 1800, publishedOnTime: 1775, onTimeRate: 0.9862, onlineRate: 1 },
    { rank: 2, region: { code: '350100', name: '福州市' }, expected: 2400, publishedOnTime: 2266, onTimeRate: 0.9443, onlineRate: 1 },
  ],
  estate: ({ id }: { id: string }) => {
    if (id === 'E404') throw error('NOT_FOUND', `ResidentialEstate ${id} does not exist.`, { id });
    return estate(id);
  },
  company: ({ id }: { id: string }, context: Context) => {
    if (!context.token) throw error('UNAUTHENTICATED', 'Sign in first: send "Authorization: Bearer <token>".');
    if (context.token !== 'official') throw error('FORBIDDEN', 'Your role or region does not allow this.');
    return {
      id, name: '厦门美好物业服务有限公司', uscc: '91350200MA2XXXXX0X', regionCode: '350203',
      credit: {
        result: () => ({ year: 2023, version: 1, score: '96.50', grade: 'AAA', provinceRank: 3, cityRank: 1, publishedAt: '2024-03-01T00:00:00.000Z' }),
        live: () => ({
          year: 2024, score: '97.00', grade: 'AAA', deductions: '0.00', ruleSetYear: 2023, ruleSetVersion: 1,
          explanation: [
            { kind: 'BASE', item: null, eventId: null, rawPoints: null, weight: null, points: '90.00', note: '基础分' },
            { kind: 'EVENT', item: 'SERVICE_QUALITY', eventId: 'CE0001', rawPoints: '5.00', weight: '1.40', points: '7.00', note: '美好家园' },
          ],
        }),
      },
    };
  },
  searchRegulations: ({ query, first }: { query: string; first?: number }) => {
    if (!query.trim()) throw error('BAD_USER_INPUT', 'query: type at least one character', { field: 'query' });
    const edges = Array.from({ length: Math.min(first ?? 10, 2) }, (_, i) => ({
      cursor: `c${i}`,
      node: {
        id: `H${i}`, exact: i === 0, score: 1 - i / 10, snippet: `…【${query}】…`, matchedIn: 'ARTICLE',
        document: { id: 'RD0003', title: '福建省物业管理条例', level: 'LOCAL_REGULATION', status: 'IN_FORCE', issuer: '福建省人民代表大会常务委员会' },
        article: { id: `RA${i}`, label: `第${i + 1}条`, number: i + 1 },
        version: { id: 'RV0003-2', label: '2023年修正' },
      },
    }));
    return { totalCount: 2, pageInfo: { hasNextPage: false, endCursor: 'c1' }, edges };
  },
};

export interface RecordedRequest {
  headers: http.IncomingHttpHeaders;
  body: { query?: string; operationName?: string; variables?: Record<string, unknown>; extensions?: { persistedQuery?: { sha256Hash: string } } };
}

export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  /** APQ store: hash → text */
  persisted: Map<string, string>;
  close(): Promise<void>;
}

export async function startTestServer(options: { safelist?: PersistedQueryManifest } = {}): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const persisted = new Map<string, string>();
  const allowed = options.safelist ? new Set(options.safelist.operations.map((o) => o.id)) : undefined;
  for (const op of options.safelist?.operations ?? []) persisted.set(op.id, op.body); // the gateway preloads the manifest's texts

  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      void (async () => {
        const send = (status: number, body: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body));
        };
        const body = JSON.parse(raw) as RecordedRequest['body'];
        requests.push({ headers: req.headers, body });
        const hash = body.extensions?.persistedQuery?.sha256Hash;
        if (allowed) {
          const asked = body.query !== undefined ? sha256(body.query) : hash;
          if (asked !== undefined && !allowed.has(asked)) {
            return send(403, { errors: [{ message: 'This operation is not in the safelist of this deployment.', extensions: { code: 'OPERATION_NOT_IN_SAFELIST', queryHash: asked } }] });
          }
        }
        let query = body.query;
        if (hash !== undefined) {
          if (query !== undefined) {
            if (sha256(query) !== hash) return send(400, { errors: [{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }] });
            persisted.set(hash, query);
          } else {
            query = persisted.get(hash);
            if (query === undefined) return send(200, { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
          }
        }
        const auth = req.headers.authorization;
        const context: Context = { token: auth?.startsWith('Bearer ') ? auth.slice(7) : undefined };
        const result = await graphql({ schema, source: query ?? '', rootValue, contextValue: context, variableValues: body.variables ?? {}, operationName: body.operationName ?? null });
        send(200, result);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    persisted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
