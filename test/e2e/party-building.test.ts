// Party-building through the gateway: the seed's figures from rows, for the province and a city
// counted independently here; registry + party-building in one request; a new organisation moves
// the province's rate.
import { generatePartyBuilding, generateProvince } from '@wuye/dataset';
import { signToken } from '@wuye/kit';
import { describe, expect, it } from 'vitest';
import { query } from './gateway-client.js';

const { registry } = generateProvince();
const party = generatePartyBuilding();

const FIGURES = `companiesEligible companiesWithOrganization companyOrganizationRate estates estatesWithOrganization estateOrganizationRate
  committees redCommittees redCommitteeShare sites estatesCoveredBySites`;

/** the same figures, counted here from the generated rows */
function countedFromRows(prefix: string) {
  const companyCounty = new Map(registry.companies.map((c) => [c.id, c.regionCode]));
  const estateRegion = new Map(registry.estates.map((e) => [e.id, e.regionCode]));
  const inRegion = (code: string | undefined) => !!code && code.startsWith(prefix);
  const eligible = new Set(party.companyPartyMembers.filter((c) => c.partyMembers >= 3 && inRegion(companyCounty.get(c.companyId))).map((c) => c.companyId));
  const organised = new Set(party.organizations.filter((o) => o.kind === 'COMPANY').flatMap((o) => o.companyIds).filter((id) => eligible.has(id)));
  const estates = registry.estates.filter((e) => inRegion(e.regionCode)).length;
  const branchEstates = new Set(party.organizations.filter((o) => o.kind === 'ESTATE_BRANCH').flatMap((o) => o.estateIds).filter((id) => inRegion(estateRegion.get(id))));
  const partyByMember = new Map(party.committeeMemberParty.map((m) => [m.memberId, m.partyMember]));
  const committees = registry.committees.filter((c) => inRegion(estateRegion.get(c.estateId)));
  const red = committees.filter((c) => {
    const partyMembers = c.members.filter((m) => partyByMember.get(m.id)).length;
    return partyMembers / c.members.length >= 0.5 && partyByMember.get(c.members.find((m) => m.role === 'CHAIR')!.id);
  });
  const sites = party.sites.filter((s) => inRegion(s.regionCode));
  const siteEstates = new Set(sites.flatMap((s) => s.estateIds));
  const rate = (a: number, b: number) => Math.round((a / b) * 10_000) / 10_000;
  return {
    companiesEligible: eligible.size,
    companiesWithOrganization: organised.size,
    companyOrganizationRate: rate(organised.size, eligible.size),
    estates,
    estatesWithOrganization: branchEstates.size,
    estateOrganizationRate: rate(branchEstates.size, estates),
    committees: committees.length,
    redCommittees: red.length,
    redCommitteeShare: rate(red.length, committees.length),
    sites: sites.length,
    estatesCoveredBySites: siteEstates.size,
  };
}

describe('party-building through the gateway', () => {
  it('reproduces the seed\'s province figures: 783 / 793 (98.74%), 10,700 / 17,000 (63%), 2,372 red (50.48%), 325 sites / 714 estates', async () => {
    const data = await query<{ region: { partyBuilding: Record<string, number> } }>(`{ region(code: "350000") { partyBuilding { ${FIGURES} } } }`);
    expect(data.region.partyBuilding).toEqual({
      companiesEligible: 793,
      companiesWithOrganization: 783,
      companyOrganizationRate: 0.9874,
      estates: 17_000,
      estatesWithOrganization: 10_700,
      estateOrganizationRate: 0.6294,
      committees: 4_699,
      redCommittees: 2_372,
      redCommitteeShare: 0.5048,
      sites: 325,
      estatesCoveredBySites: 714,
    });
    expect(data.region.partyBuilding).toEqual(countedFromRows('35'));
  });

  it('gives 厦门 the figures counted independently from its rows', async () => {
    const data = await query<{ region: { partyBuilding: Record<string, number> } }>(`{ region(code: "350200") { partyBuilding { ${FIGURES} } } }`);
    expect(data.region.partyBuilding).toEqual(countedFromRows('3502'));
  });

  it('joins registry and party-building in one request', async () => {
    const data = await query<{ estates: { edges: { node: { name: string; company: { partyBuilding: { eligible: boolean } } | null; partyBranch: { kind: string } | null } }[] } }>(
      '{ estates(first: 20, filter: { regionCode: "350211" }) { edges { node { name company { name partyBuilding { eligible organizationFormed } } partyBranch { name kind } ownersCommittee { partyMemberShare isRed } } } } }',
    );
    expect(data.estates.edges).toHaveLength(20);
    expect(data.estates.edges.some((e) => e.node.partyBranch?.kind === 'ESTATE_BRANCH')).toBe(true);
  });

  it('moves the province\'s company rate when an organisation is founded through the API', async () => {
    const organised = new Set(party.organizations.filter((o) => o.kind === 'COMPANY').flatMap((o) => o.companyIds));
    const candidate = party.companyPartyMembers.find((c) => c.partyMembers >= 3 && !organised.has(c.companyId))!;
    const token = await signToken({ role: 'PROVINCE_ADMIN', region: '350000' });
    await query(
      `mutation { foundPartyOrganization(input: { name: "新成立物业服务企业党支部", kind: COMPANY, formation: STANDALONE, memberCount: ${candidate.partyMembers},
        establishedOn: "2024-09-01", companyIds: ["${candidate.companyId}"] }) { id region { code } companies { id partyBuilding { organizationFormed } } } }`,
      token,
    );
    const after = await query<{ region: { partyBuilding: { companiesWithOrganization: number; companyOrganizationRate: number } } }>('{ region(code: "350000") { partyBuilding { companiesWithOrganization companyOrganizationRate } } }');
    expect(after.region.partyBuilding).toEqual({ companiesWithOrganization: 784, companyOrganizationRate: Math.round((784 / 793) * 10_000) / 10_000 });
  });
});
