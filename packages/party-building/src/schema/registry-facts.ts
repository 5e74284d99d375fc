// Facts the registry owns that party-building copies at write time: where a company or an estate is.
import { WuyeError } from '@wuye/kit';
import type { PartyContext } from './builder.js';

/** Region codes of the given companies (their county) or estates (their community), asked from registry. */
export async function regionsOf(ctx: PartyContext, typename: 'PropertyCompany' | 'ResidentialEstate' | 'OwnersCommittee', ids: string[], field: string): Promise<Map<string, string>> {
  const selection = typename === 'OwnersCommittee' ? 'id estate { regionCode }' : 'id regionCode';
  const found = await ctx.services.entities<{ id: string; regionCode?: string; estate?: { regionCode: string } }>('registry', typename, ids.map((id) => ({ id })), selection);
  const regions = new Map<string, string>();
  found.forEach((entity, i) => {
    const region = entity?.regionCode ?? entity?.estate?.regionCode;
    if (!region) throw WuyeError.badInput(field, `no ${typename} ${ids[i]} in the registry`);
    regions.set(ids[i]!, region);
  });
  return regions;
}
