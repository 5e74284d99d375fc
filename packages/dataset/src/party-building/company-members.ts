// 企业党员: how many party members each property company employs. A company with at least three may
// form its own organisation (党章); exactly the seed's 793 do, the others (small, private, young) have 0–2.

import { Rng } from '../random.js';
import { scaled } from '../registry/figures.js';
import type { CompanyPartyMembers } from './types.js';
import type { RegistryIndex } from './context.js';
import { PARTY_FIGURES } from './figures.js';

/** a large company's organisation stays a 党支部/党总支 of plausible size */
const MAX_MEMBERS = 58;

export function generateCompanyPartyMembers(seed: number, scale: number, index: RegistryIndex): CompanyPartyMembers[] {
  const rng = new Rng(seed, 'party-building/company-members');
  const { companies } = index.registry;
  const served = (id: string) => index.estatesByCompany.get(id)?.length ?? 0;
  const eligible = Math.min(scaled(PARTY_FIGURES.eligibleCompanies, scale), companies.length);
  const ineligible = new Set(
    rng.sample(companies, companies.length - eligible, (c) =>
      // small, private and young companies are the ones short of party members
      (1 / Math.max(1, served(c.id))) * (c.ownership === 'PRIVATE' ? 1 : 0.2) * (c.foundedOn >= '2015' ? 2 : 1),
    ),
  );
  return companies.map((c) => {
    if (ineligible.has(c)) return { companyId: c.id, partyMembers: rng.int(0, 2) };
    // grows with the company (its estates), with a wide spread; state-owned companies have more
    const spread = Math.sqrt(Math.max(1, served(c.id))) * rng.float(0.3, 2) * (c.ownership === 'STATE_OWNED' ? 1.4 : 1);
    return { companyId: c.id, partyMembers: Math.min(MAX_MEMBERS, 3 + Math.floor(spread)) };
  });
}
