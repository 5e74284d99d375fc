// Writes the registry slice of the demo province (@wuye/dataset) into an empty registry schema.
import { generateProvince } from '@wuye/dataset';
import { insertInChunks, sql, type SeedInput } from '@wuye/kit';
import { CommitteeEntity, CommitteeMemberEntity, CompanyEntity, ContractEntity, EstateEntity, RegionEntity } from './entities/index.js';

export async function seedRegistry({ em, scale, log }: SeedInput): Promise<Record<string, number>> {
  const { registry } = generateProvince({ scale });
  const members = registry.committees.flatMap((c) => c.members);
  const counts = {
    regions: registry.regions.length,
    companies: registry.companies.length,
    estates: registry.estates.length,
    contracts: registry.contracts.length,
    committees: registry.committees.length,
    committeeMembers: members.length,
  };
  await em.transactional(async (tx) => {
    await insertInChunks(tx, RegionEntity, registry.regions.map(({ code, name, level, parentCode }) => ({ code, name, level, parentCode })));
    await insertInChunks(tx, CompanyEntity, registry.companies.map(({ id, uscc, name, ownership, regionCode, foundedOn }) => ({ id, uscc, name, ownership, regionCode, foundedOn })));
    await insertInChunks(tx, EstateEntity, registry.estates.map((e) => ({ ...e, latitude: e.latitude.toFixed(6), longitude: e.longitude.toFixed(6) })));
    await insertInChunks(tx, ContractEntity, registry.contracts);
    await insertInChunks(tx, CommitteeEntity, registry.committees.map(({ id, estateId, electedOn, termYears }) => ({ id, estateId, electedOn, termYears })));
    await insertInChunks(tx, CommitteeMemberEntity, members);
    // rows registered through the API continue the numbering after the demo rows
    const sequences = { estate: counts.estates, company: counts.companies, contract: counts.contracts, committee: counts.committees, committee_member: counts.committeeMembers };
    for (const [sequence, count] of Object.entries(sequences)) await sql(tx, `select setval('registry.${sequence}_id_seq', ?)`, [Math.max(count, 1)]);
  });
  log(`registry: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  return counts;
}
