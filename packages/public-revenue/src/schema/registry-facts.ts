// Facts the registry owns that public revenue copies at write time: where an estate lies and which
// company serves it.
import { WuyeError } from '@wuye/kit';
import type { RevenueContext } from './builder.js';

export interface EstateFacts {
  id: string;
  regionCode: string;
  companyId: string | null;
}

/** The estate's community and serving company, asked from registry; BAD_USER_INPUT (on `field`) for an unknown estate. */
export async function estateFacts(ctx: RevenueContext, estateId: string, field: string): Promise<EstateFacts> {
  const [found] = await ctx.services.entities<{ id: string; regionCode: string; company: { id: string } | null }>('registry', 'ResidentialEstate', [{ id: estateId }], 'id regionCode company { id }');
  if (!found?.regionCode) throw WuyeError.badInput(field, `no ResidentialEstate ${estateId} in the registry`);
  return { id: estateId, regionCode: found.regionCode, companyId: found.company?.id ?? null };
}
