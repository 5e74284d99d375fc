// Shared by the integration tests: the plugin on its own database, tokens, and stand-ins for the core
// subgraphs it asks — the registry (estates, companies from the demo province) and party-building
// (集美's cross-appointments).
import { createHash } from 'node:crypto';
import { demoCity } from '@wuye/plugin-sdk';
import { signToken, startCoreStandIn, startPluginForTest, type CoreStandIn, type PluginUnderTest } from '@wuye/plugin-sdk/testing';
import { generateBundles, generateDeliberations } from './demo-data.js';
import plugin from './index.js';

export const city = demoCity('350200');
export const zhangzhou = demoCity('350600');
export const demo = { ...generateBundles(city), ...generateDeliberations(city) };
export const NOW = '2024-09-10T10:00:00+08:00';

export type Role = Parameters<typeof signToken>[0]['role'];
export const token = (role: Role, region: string, extra: { subject?: string; companyId?: string; estateId?: string } = {}): Promise<string> =>
  signToken({ role, region, subject: extra.subject ?? `${role.toLowerCase()}-${region}`, ...extra });

/** 集美 cross-appointments as party-building would answer them (one ends before the clock: not current) */
export const JIMEI_POSTS = [
  { id: 'CA00582', personName: '黄秋春', side: 'COMPANY', sideRole: '党支部书记', organizationRole: 'DEPUTY_SECRETARY', startsOn: '2024-02-12', endsOn: null, company: { id: city.companies[0]!.id }, organization: { id: 'PO01824', region: { code: '350211001001' } } },
  { id: 'CA00590', personName: '陈志明', side: 'COMPANY', sideRole: '项目经理', organizationRole: 'DEPUTY_SECRETARY', startsOn: '2023-05-01', endsOn: null, company: { id: city.companies[1]!.id }, organization: { id: 'PO01830', region: { code: '350211002003' } } },
  { id: 'CA00601', personName: '林晓燕', side: 'COMPANY', sideRole: '党支部书记', organizationRole: 'DEPUTY_SECRETARY', startsOn: '2022-01-01', endsOn: '2024-06-30', company: { id: city.companies[0]!.id }, organization: { id: 'PO01831', region: { code: '350211002004' } } },
];

const estates = new Map([...city.estates, ...zhangzhou.estates].map((e) => [e.id, e]));
const companies = new Map([...city.companies, ...zhangzhou.companies].map((c) => [c.id, c]));

/** the registry and party-building, as far as this plugin asks them */
export function startCoreStandIns(): Promise<[CoreStandIn, CoreStandIn]> {
  return Promise.all([
    startCoreStandIn({
      entities: (r) => {
        if (r.__typename === 'ResidentialEstate') {
          const e = estates.get(String(r.id));
          return e ? { ...e, company: e.companyId ? { id: e.companyId } : null } : null;
        }
        if (r.__typename === 'PropertyCompany') return companies.get(String(r.id)) ?? null;
        return null;
      },
    }),
    startCoreStandIn({
      query: (_query, variables) => {
        const filter = variables.filter as { regionCode: string };
        const nodes = JIMEI_POSTS.filter((p) => p.organization.region.code.startsWith(filter.regionCode));
        return { crossAppointments: { pageInfo: { hasNextPage: false, endCursor: null }, edges: nodes.map((node) => ({ node, cursor: node.id })) } };
      },
    }),
  ]);
}

const fingerprint = createHash('sha256').update(JSON.stringify(demo)).digest('hex');

export function startXiamen(urls: { registry: string; partyBuilding: string }): Promise<PluginUnderTest> {
  return startPluginForTest(plugin, { fingerprint, now: NOW, subgraphUrls: { registry: urls.registry, 'party-building': urls.partyBuilding } });
}

export type Result<T> = { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };

export const codeOf = (res: Result<unknown>): unknown => res.errors?.[0]?.extensions?.code;
