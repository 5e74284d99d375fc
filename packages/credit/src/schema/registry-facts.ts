// Facts the registry owns that credit copies at write time: a company's registered county and the
// estates it serves (with their communities) — asked once per write, kept in credit.company(_estate).
import { WuyeError } from '@wuye/kit';
import { saveCompanyCopy, type CompanyCopy } from '../companies.js';
import type { CreditContext } from './builder.js';

interface RegistryCompany {
  id: string;
  regionCode: string;
  estates: { edges: { node: { id: string; regionCode: string } }[] };
}

/** Asks the registry about the company and refreshes credit's copy; BAD_USER_INPUT (on `field`) for an unknown company. */
export async function refreshCompany(ctx: CreditContext, companyId: string, field: string): Promise<CompanyCopy> {
  const [found] = await ctx.services.entities<RegistryCompany>('registry', 'PropertyCompany', [{ id: companyId }], 'id regionCode estates(first: 1000) { edges { node { id regionCode } } }');
  if (!found?.regionCode) throw WuyeError.badInput(field, `no PropertyCompany ${companyId} in the registry`);
  const copy: CompanyCopy = { companyId, regionCode: found.regionCode, estates: found.estates.edges.map((e) => ({ estateId: e.node.id, regionCode: e.node.regionCode })) };
  await saveCompanyCopy(ctx.em, copy, ctx.now);
  return copy;
}
