// Facts the registry owns, asked at write time (one batched request) and copied beside our rows.
import { lookupCore, WuyeError, type PluginContext } from '@wuye/plugin-sdk';

export interface EstateFacts {
  id: string;
  name: string;
  regionCode: string;
  serviceMode: string;
  households: number;
  latitude: number;
  longitude: number;
  company: { id: string } | null;
}

/** The registry's estates for `ids` in order; BAD_USER_INPUT on `field` naming the first unknown one. */
export async function estateFacts(ctx: PluginContext, ids: readonly string[], field: (index: number) => string): Promise<EstateFacts[]> {
  const found = await lookupCore<EstateFacts>(ctx, 'ResidentialEstate', ids.map((id) => ({ id })), 'id name regionCode serviceMode households latitude longitude company { id }');
  return ids.map((id, i) => {
    const estate = found[i];
    if (!estate?.regionCode) throw WuyeError.badInput(field(i), `no estate ${id} in the registry`);
    return estate;
  });
}

export interface CompanyFacts {
  id: string;
  name: string;
  regionCode: string;
}

export async function companyFacts(ctx: PluginContext, id: string, field: string): Promise<CompanyFacts> {
  const [company] = await lookupCore<CompanyFacts>(ctx, 'PropertyCompany', [{ id }], 'id name regionCode');
  if (!company?.regionCode) throw WuyeError.badInput(field, `no property company ${id} in the registry`);
  return company;
}
