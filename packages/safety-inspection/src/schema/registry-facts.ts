// Facts registry owns that safety inspection copies at write time: an estate's community and the
// company serving it, a company's existence. One batched request to registry per write (the kit's
// service client), and the copy goes into the roster (estate_roster), which the statistics read.
import { chinaDate, sql, WuyeError } from '@wuye/kit';
import { S } from './access.js';
import type { SafetyContext } from './builder.js';

const LOOKUP_CHUNK = 5_000;

export interface EstateFacts {
  estateId: string;
  regionCode: string;
  companyId: string | null;
}

/**
 * Asks registry where the estates are and who serves them, refreshes the roster with the answer (a
 * company change restarts its self-inspection duty: serving_since = today) and returns the facts in
 * the order given. An estate registry does not know is bad input for `field`.
 */
export async function refreshEstates(ctx: SafetyContext, ids: readonly string[], field: string): Promise<EstateFacts[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  // one request per 5,000 estates: a province-wide eligible list stays well under a request body's limit
  const found: ({ id: string; regionCode: string; company: { id: string } | null } | null)[] = [];
  for (let i = 0; i < unique.length; i += LOOKUP_CHUNK) {
    found.push(...(await ctx.services.entities<{ id: string; regionCode: string; company: { id: string } | null }>('registry', 'ResidentialEstate', unique.slice(i, i + LOOKUP_CHUNK).map((id) => ({ id })), 'id regionCode company { id }')));
  }
  const facts = new Map<string, EstateFacts>();
  found.forEach((estate, i) => {
    if (!estate) throw WuyeError.badInput(field, `no estate ${unique[i]} in the registry`);
    facts.set(unique[i]!, { estateId: unique[i]!, regionCode: estate.regionCode, companyId: estate.company?.id ?? null });
  });
  const rows = [...facts.values()];
  await sql(
    ctx.em,
    `insert into ${S}.estate_roster as r (estate_id, region_code, company_id, serving_since, refreshed_at)
     select e.id, e.region, e.company, null, ?::timestamptz from unnest(?::text[], ?::text[], ?::text[]) as e(id, region, company)
     on conflict (estate_id) do update set
       region_code = excluded.region_code,
       company_id = excluded.company_id,
       serving_since = case when r.company_id is distinct from excluded.company_id then ?::date else r.serving_since end,
       refreshed_at = excluded.refreshed_at`,
    [ctx.now.toISOString(), rows.map((r) => r.estateId), rows.map((r) => r.regionCode), rows.map((r) => r.companyId), chinaDate(ctx.now)],
  );
  return ids.map((id) => facts.get(id)!);
}

/** Whether registry knows these companies; an unknown one is bad input for `field`. */
export async function requireCompanies(ctx: SafetyContext, ids: readonly string[], field: string): Promise<void> {
  const unique = [...new Set(ids)];
  const found = await ctx.services.entities<{ id: string }>('registry', 'PropertyCompany', unique.map((id) => ({ id })), 'id');
  found.forEach((company, i) => {
    if (!company) throw WuyeError.badInput(field, `no company ${unique[i]} in the registry`);
  });
}
