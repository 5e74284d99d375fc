// What recording a credit event by hand needs, for officials' events and opinions alike: the viewer must
// cover the company (its registered county or an estate it serves lies in the viewer's region), the year
// must have a rule set in force, and the event gets the region where it happened. That the year is not
// closed is checked in the recording transaction itself (holdYearOpen), where a concurrent close waits.
import { administers, WuyeError } from '@wuye/kit';
import type { CompanyCopy } from '../companies.js';
import { ruleSetInForce, type RuleSetRow } from '../rules/store.js';
import { chinaYear } from '../time.js';
import type { CreditContext } from './builder.js';
import { refreshCompany } from './registry-facts.js';

export interface Placement {
  company: CompanyCopy;
  year: number;
  rules: RuleSetRow;
  regionCode: string;
  estateId: string | null;
}

export async function placeEvent(ctx: CreditContext, input: { companyId: string; estateId?: string | null; occurredAt: Date; requireEstateArea?: boolean }): Promise<Placement> {
  if (input.occurredAt > ctx.now) throw WuyeError.badInput('input.occurredAt', 'lies in the future');
  const year = chinaYear(input.occurredAt);
  const company = await refreshCompany(ctx, input.companyId, 'input.companyId');
  let regionCode: string | undefined;
  let estateId: string | null = null;
  if (input.estateId) {
    const estate = company.estates.find((e) => e.estateId === input.estateId);
    if (!estate) throw WuyeError.badInput('input.estateId', `estate ${input.estateId} is not served by ${input.companyId}`);
    if (!administers(ctx.viewer, estate.regionCode)) throw WuyeError.forbidden(`Estate ${estate.estateId} lies in ${estate.regionCode}, outside your region ${ctx.viewer.region}.`);
    regionCode = estate.regionCode;
    estateId = estate.estateId;
  } else {
    const served = company.estates.find((e) => administers(ctx.viewer, e.regionCode));
    if (!input.requireEstateArea && company.regionCode && administers(ctx.viewer, company.regionCode)) regionCode = company.regionCode;
    else if (served) [regionCode, estateId] = [served.regionCode, served.estateId];
  }
  if (!regionCode) {
    throw WuyeError.forbidden(`Company ${input.companyId} ${input.requireEstateArea ? 'serves no estate' : 'is neither registered nor serves an estate'} in your region ${ctx.viewer.region}.`);
  }
  const rules = await ruleSetInForce(ctx.em, year);
  if (!rules) throw WuyeError.conflict(`No rule set is published for ${year}: events of ${year} cannot be scored yet.`);
  return { company, year, rules, regionCode, estateId };
}
