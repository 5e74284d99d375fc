// Writes the party-building slice of the demo province (@wuye/dataset) into an empty schema. Region
// codes and chair flags are copied from the registry slice, as the API copies them from registry.
import { generatePartyBuilding, generateProvince } from '@wuye/dataset';
import { insertInChunks, sql, type SeedInput } from '@wuye/kit';
import {
  CommitteeMemberPartyEntity,
  CompanyMembersEntity,
  CrossAppointmentEntity,
  InstructorEntity,
  OrganizationCompanyEntity,
  OrganizationEntity,
  OrganizationEstateEntity,
  SiteEntity,
  SiteEstateEntity,
} from './entities/index.js';

export async function seedPartyBuilding({ em, scale, log }: SeedInput): Promise<Record<string, number>> {
  const { registry } = generateProvince({ scale });
  const party = generatePartyBuilding({ scale });
  const estateRegion = new Map(registry.estates.map((e) => [e.id, e.regionCode]));
  const companyRegion = new Map(registry.companies.map((c) => [c.id, c.regionCode]));
  const memberOf = new Map(registry.committees.flatMap((c) => c.members.map((m) => [m.id, { role: m.role, region: estateRegion.get(c.estateId)! }] as const)));

  const organizations = party.organizations.map(({ companyIds: _c, estateIds: _e, ...o }) => ({ ...o, dissolvedOn: null }));
  const organizationCompanies = party.organizations.flatMap((o) => o.companyIds.map((companyId) => ({ organizationId: o.id, companyId })));
  const organizationEstates = party.organizations.flatMap((o) => o.estateIds.map((estateId) => ({ organizationId: o.id, estateId, regionCode: estateRegion.get(estateId)! })));
  const sites = party.sites.map(({ estateIds: _e, ...s }) => s);
  const siteEstates = party.sites.flatMap((s) => s.estateIds.map((estateId) => ({ siteId: s.id, estateId, regionCode: estateRegion.get(estateId)! })));

  await em.transactional(async (tx) => {
    await insertInChunks(tx, OrganizationEntity, organizations);
    await insertInChunks(tx, OrganizationCompanyEntity, organizationCompanies);
    await insertInChunks(tx, OrganizationEstateEntity, organizationEstates);
    await insertInChunks(tx, CompanyMembersEntity, party.companyPartyMembers.map((c) => ({ ...c, regionCode: companyRegion.get(c.companyId)! })));
    await insertInChunks(tx, InstructorEntity, party.instructors.map((i) => ({ ...i, recalledOn: null })));
    await insertInChunks(tx, CrossAppointmentEntity, party.crossAppointments);
    await insertInChunks(
      tx,
      CommitteeMemberPartyEntity,
      party.committeeMemberParty.map((m) => ({ ...m, isChair: memberOf.get(m.memberId)!.role === 'CHAIR', regionCode: memberOf.get(m.memberId)!.region })),
    );
    await insertInChunks(tx, SiteEntity, sites);
    await insertInChunks(tx, SiteEstateEntity, siteEstates);
    const sequences = { organization: organizations.length, instructor: party.instructors.length, cross_appointment: party.crossAppointments.length, site: sites.length };
    for (const [sequence, count] of Object.entries(sequences)) await sql(tx, `select setval('party_building.${sequence}_id_seq', ?)`, [Math.max(count, 1)]);
  });
  const counts = {
    organizations: organizations.length,
    companyProfiles: party.companyPartyMembers.length,
    instructors: party.instructors.length,
    crossAppointments: party.crossAppointments.length,
    committeeMembers: party.committeeMemberParty.length,
    sites: sites.length,
  };
  log(`party-building: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  return counts;
}
