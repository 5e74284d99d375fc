// Facts the registry owns that governance copies at write time: where estates lie (their community),
// and that a company exists — one batched request to the registry per write.
import { WuyeError } from '@wuye/kit';
import type { GovernanceContext } from './builder.js';

/** The communities of these estates, asked from registry in one request; BAD_USER_INPUT (on `field`) for an unknown one. */
export async function estateRegions(ctx: GovernanceContext, estateIds: readonly string[], field: string): Promise<Map<string, string>> {
  const ids = [...new Set(estateIds)];
  const found = await ctx.services.entities<{ id: string; regionCode: string }>('registry', 'ResidentialEstate', ids.map((id) => ({ id })), 'id regionCode');
  const regions = new Map<string, string>();
  ids.forEach((id, i) => {
    const estate = found[i];
    if (!estate?.regionCode) throw WuyeError.badInput(field, `no ResidentialEstate ${id} in the registry`);
    regions.set(id, estate.regionCode);
  });
  return regions;
}

export async function estateRegion(ctx: GovernanceContext, estateId: string, field: string): Promise<string> {
  return (await estateRegions(ctx, [estateId], field)).get(estateId)!;
}

/** BAD_USER_INPUT unless the registry knows the company */
export async function mustBeCompany(ctx: GovernanceContext, companyId: string, field: string): Promise<void> {
  const [found] = await ctx.services.entities<{ id: string; regionCode: string }>('registry', 'PropertyCompany', [{ id: companyId }], 'id regionCode');
  if (!found?.regionCode) throw WuyeError.badInput(field, `no PropertyCompany ${companyId} in the registry`);
}
