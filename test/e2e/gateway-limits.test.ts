// The gateway's default limits through the real stack: every query the README and the other end-to-end
// tests send passes (a page of 1,000 estates with their companies included); one over a limit is refused
// with its code before any subgraph is asked.
import { describe, expect, inject, it } from 'vitest';

const gatewayUrl = inject('gatewayUrl');
/** the gateway's defaults (gateway/src/config.ts DEFAULT_LIMITS) */
const DEFAULT_LIMITS = { maxListSize: 1000, maxDepth: 15 };

interface Result {
  status: number;
  json: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function query(q: string, variables?: Record<string, unknown>): Promise<Result> {
  const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables }) });
  return { status: response.status, json: (await response.json()) as Result['json'] };
}

const codes = (r: Result) => (r.json.errors ?? []).map((e) => e.extensions?.code);

// the README's examples and the province report over Region, as a front end would send them
const README = [
  '{ region(code: "350000") { name coverage { estates covered rate } } }',
  '{ estates(first: 3, filter: { regionCode: "350203" }) { totalCount edges { node { name company { name uscc } ownersCommittee { members { name role } } } } } }',
  `{ region(code: "350000") {
      coverage { byServiceMode { mode estates }
                 fallback { baseline brought rate broughtInYear(year: 2023) targets { year target rate met } } }
      children { code name coverage { estates rate } } } }`,
  `{ region(code: "350200") {
      name
      coverage { estates rate }
      partyBuilding { companiesEligible companiesWithOrganization companyOrganizationRate
                      estatesWithOrganization estateOrganizationRate redCommittees redCommitteeShare sites } }
    longyan: region(code: "350800") {
      partyBuilding(redRule: { minPartyMemberShare: 0.5, chairMustBePartyMember: false }) { committeePartyMemberShare redCommittees } }
    estates(first: 5, filter: { regionCode: "350211" }) { edges { node {
      name company { name partyBuilding { eligible organizationFormed covered } }
      partyBranch { name formation } ownersCommittee { partyMemberShare isRed } } } }
    crossAppointments(first: 5, filter: { regionCode: "350211", organizationRole: DEPUTY_SECRETARY }) {
      totalCount edges { node { personName sideRole company { name } organization { name } } } } }`,
  `{ region(code: "350000") { name coverage { estates covered rate }
      partyBuilding { companiesEligible estateOrganizationRate redCommittees sites }
      children { code name coverage { estates covered rate }
                 partyBuilding { companiesEligible companiesWithOrganization companyOrganizationRate estatesWithOrganization estateOrganizationRate redCommittees sites } } } }`,
];

describe('gateway limits (defaults) through the real stack', () => {
  it('answers a page of 1,000 estates with their companies and committees', async () => {
    const r = await query('{ estates(first: 1000) { totalCount edges { node { id name regionCode company { name uscc partyBuilding { eligible } } ownersCommittee { members { name role } } } } } }');
    expect(r.json.errors).toBeUndefined();
    expect((r.json.data as { estates: { edges: unknown[] } }).estates.edges).toHaveLength(1000);
  }, 60_000);

  it.each(README.map((q, i) => [i, q]))('answers README query %i', async (_i, q) => {
    const r = await query(q as string);
    expect(r.json.errors).toBeUndefined();
  });

  it(`refuses first: ${DEFAULT_LIMITS.maxListSize + 1} with MAX_LIST_SIZE_EXCEEDED (the subgraphs' page cap)`, async () => {
    const r = await query('query($n: Int) { estates(first: $n) { totalCount } }', { n: DEFAULT_LIMITS.maxListSize + 1 });
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['MAX_LIST_SIZE_EXCEEDED']);
  });

  it(`refuses a query deeper than ${DEFAULT_LIMITS.maxDepth} with MAX_DEPTH_EXCEEDED`, async () => {
    const deep = `{ region(code: "350000") { ${'children { '.repeat(DEFAULT_LIMITS.maxDepth)}code${' }'.repeat(DEFAULT_LIMITS.maxDepth)} } }`;
    const r = await query(deep);
    expect(codes(r)).toContain('MAX_DEPTH_EXCEEDED');
  });

  it('refuses an operation whose cost is over the limit with MAX_COST_EXCEEDED', async () => {
    // 1,000 estates × (edges, node, company, committee, 10 members × 6 fields…) stays under 50,000 (8,001 each); seven such pages (56,007) do not
    const page = (alias: string) => `${alias}: estates(first: 1000) { edges { node { company { partyBuilding { eligible } } ownersCommittee { members { name } estate { company { name } } } } } }`;
    const r = await query(`{ ${['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(page).join(' ')} }`);
    expect(codes(r)).toContain('MAX_COST_EXCEEDED');
  });

  it('sends security headers and no CORS header to an origin it does not know', async () => {
    const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
