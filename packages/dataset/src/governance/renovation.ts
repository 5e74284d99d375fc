// 老旧小区改造 with "改管运一体化": social capital (often with a state-owned partner) renovates, manages and
// runs old estates, adds services, and offers property service "先试后买" — a trial the owners accept or
// decline — before handing over to a property company. 晋江 (愿景 + 新佳园) and 厦门湖里 东渡片区 (愿景 + 建发物业)
// are the seed's; the others are synthetic.
import { addDays } from '../dates.js';
import { COUNTIES } from '../fujian.js';
import { Rng } from '../random.js';
import type { RegistrySlice, ResidentialEstate } from '../types.js';
import { dateIn, LAST_DAY, pad } from './common.js';
import type { RenovationProject, RenovationService, TrialDecision } from './types.js';

const OLD_CATEGORIES = new Set(['OLD', 'HOUSING_REFORM', 'FUND_RAISED']);
const SERVICES: RenovationService[] = ['ELDERLY_CARE', 'CHILDCARE', 'PARKING', 'MEDICAL', 'CULTURE', 'SPORTS', 'HOUSEKEEPING'];
const INVESTORS = ['北京愿景集团', '万科物业城市服务', '招商积余', '保利物业', '碧桂园服务', '建发城服'];

interface Seeded { county: string; name: string; investor: string; partner: string | null }
const NAMED: Seeded[] = [
  { county: '350582', name: '晋江市老旧小区改管运一体化项目（愿景佳园）', investor: '北京愿景集团', partner: '晋江市新佳园公司' },
  { county: '350206', name: '湖里区东渡片区老旧小区改造', investor: '北京愿景集团', partner: '厦门建发物业' },
];

export function generateRenovations(seed: number, registry: RegistrySlice): RenovationProject[] {
  const rng = new Rng(seed, 'governance/renovation');
  const oldOf = new Map<string, ResidentialEstate[]>();
  for (const e of registry.estates) if (OLD_CATEGORIES.has(e.category)) oldOf.set(e.regionCode.slice(0, 6), [...(oldOf.get(e.regionCode.slice(0, 6)) ?? []), e]);
  const countyName = new Map(COUNTIES.map((c) => [c.code, c.name]));
  const eligible = COUNTIES.filter((c) => (oldOf.get(c.code)?.length ?? 0) >= 3 && !NAMED.some((n) => n.county === c.code));
  const others = rng.sample(eligible, Math.min(12, eligible.length), (c) => c.weight);
  const plans: Seeded[] = [
    ...NAMED,
    ...others.map((c) => {
      const investor = rng.pick(INVESTORS);
      return { county: c.code, name: `${c.name}${rng.pick(['城关', '老城', '旧城', '滨江', '车站'])}片区老旧小区改造`, investor, partner: rng.chance(0.7) ? `${c.name.replace(/[区县市]$/, '')}城投集团` : null };
    }),
  ];
  const used = new Set<string>();
  return plans.map((plan, i) => {
    const pool = (oldOf.get(plan.county) ?? []).filter((e) => !used.has(e.id));
    const estates = rng.sample(pool, Math.min(pool.length, rng.int(3, 8)), () => 1);
    for (const e of estates) used.add(e.id);
    const startedOn = dateIn(rng, '2021-06-01', '2023-10-31');
    const trialStartsOn = addDays(startedOn, rng.int(120, 300));
    const trialEndsOn = addDays(trialStartsOn, rng.int(3, 6) * 30);
    // the named projects were accepted; of the others a few are still on trial or were declined
    const ended = trialEndsOn <= LAST_DAY;
    const decision: TrialDecision = !ended ? 'PENDING' : i < NAMED.length ? 'ACCEPTED' : rng.weightedPick(['ACCEPTED', 'DECLINED', 'PENDING'] as const, [80, 10, 10]);
    const decidedOn = decision === 'PENDING' ? null : dateIn(rng, trialEndsOn, addDays(trialEndsOn, 20));
    const handedOverOn = decision === 'ACCEPTED' && decidedOn && rng.chance(0.85) ? dateIn(rng, decidedOn, addDays(decidedOn, 30)) : null;
    const companies = registry.companies.filter((c) => c.regionCode === plan.county);
    const stateOwned = companies.filter((c) => c.ownership === 'STATE_OWNED');
    const company = handedOverOn ? (stateOwned.length ? rng.pick(stateOwned) : companies.length ? rng.pick(companies) : rng.pick(registry.companies)) : null;
    return {
      id: `RP${pad(i + 1, 3)}`,
      name: plan.name,
      regionCode: plan.county,
      investor: plan.investor,
      statePartner: plan.partner,
      startedOn,
      estateIds: estates.map((e) => e.id),
      services: ['PROPERTY_SERVICE', ...rng.shuffle(SERVICES).slice(0, rng.int(3, 5)).sort((a, b) => SERVICES.indexOf(a) - SERVICES.indexOf(b))],
      trialStartsOn,
      trialEndsOn,
      decision,
      decidedOn,
      handoverCompanyId: company?.id ?? null,
      handedOverOn,
    } satisfies RenovationProject;
  }).filter((p) => p.estateIds.length > 0 && countyName.has(p.regionCode));
}
