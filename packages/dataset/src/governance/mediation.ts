// 诉调对接: the courts refer property disputes to the mediation body the industry association set up
// (福建省物业管理协会物业纠纷调解中心 and its city offices). Cases per year of conclusion follow
// MEDIATION_YEARS — exactly 355 agreements in 2023 — spread over the cities by their estates.
import { apportion } from '../apportion.js';
import { addDays, AS_OF } from '../dates.js';
import { CITIES, COUNTIES } from '../fujian.js';
import { Rng } from '../random.js';
import { personName } from '../registry/names.js';
import type { RegistrySlice } from '../types.js';
import { dateIn, estatesByCity, LAST_DAY, pad } from './common.js';
import { MEDIATION_YEARS, OPEN_MEDIATIONS } from './figures.js';
import type { MediationCase, MediationCategory, MediationState, Mediator } from './types.js';

const PROVINCE_BODY = '福建省物业管理协会物业纠纷调解中心';
const CATEGORIES: [MediationCategory, number, string[]][] = [
  ['FEES', 38, ['拖欠物业服务费', '物业费调价争议', '空置房物业费减免争议']],
  ['SERVICE_QUALITY', 20, ['保洁绿化服务不到位', '电梯维保不及时', '安保巡查缺位致财物被盗']],
  ['PARKING', 14, ['车位租金上涨争议', '地面车位分配争议', '充电桩安装受阻']],
  ['RENOVATION', 10, ['装修损害相邻房屋', '违规装修整改争议', '装修保证金退还争议']],
  ['PUBLIC_REVENUE', 8, ['公共收益分配不透明', '广告收益未入账', '公共收益使用争议']],
  ['MAINTENANCE_FUND', 5, ['维修资金使用表决争议', '屋面渗漏维修费用分摊']],
  ['OTHER', 5, ['物业交接遗留问题', '业主委员会与物业企业合同纠纷']],
];

export function generateMediators(seed: number): Mediator[] {
  const rng = new Rng(seed, 'governance/mediators');
  const names = new Set<string>();
  const unique = () => {
    let n = personName(rng);
    while (names.has(n)) n = personName(rng);
    names.add(n);
    return n;
  };
  const rows: Omit<Mediator, 'id' | 'subject'>[] = [
    ...Array.from({ length: 3 }, () => ({ name: unique(), organisation: PROVINCE_BODY, regionCode: '350000' })),
    ...CITIES.flatMap((city) => Array.from({ length: 3 }, () => ({ name: unique(), organisation: `${city.name}物业管理协会物业纠纷调解工作室`, regionCode: city.code }))),
  ];
  return rows.map((m, i) => ({ id: `MD${pad(i + 1, 2)}`, ...m, subject: `mediator-MD${pad(i + 1, 2)}` }));
}

interface Plan {
  state: MediationState;
  /** the date of the case's last step */
  lastOn: string;
}

/** the cases to make: state and the date of their last step, per MEDIATION_YEARS and OPEN_MEDIATIONS */
function plans(rng: Rng): Plan[] {
  const out: Plan[] = [];
  for (const y of MEDIATION_YEARS) {
    const from = `${y.year}-01-01`;
    const to = `${y.year}-12-31`;
    for (let i = 0; i < y.agreements; i++) out.push({ state: 'AGREEMENT', lastOn: dateIn(rng, from, to) });
    // failed mediations concluded in the year; `returned` of them went back to court (within the year's window too)
    for (let i = 0; i < y.noAgreement; i++) out.push({ state: i < y.returned ? 'RETURNED_TO_COURT' : 'NO_AGREEMENT', lastOn: dateIn(rng, from, to) });
  }
  for (const [state, n] of Object.entries(OPEN_MEDIATIONS)) for (let i = 0; i < n; i++) out.push({ state: state as MediationState, lastOn: dateIn(rng, addDays(AS_OF, -40), LAST_DAY) });
  return out;
}

export function generateMediations(seed: number, registry: RegistrySlice, mediators: Mediator[]): MediationCase[] {
  const rng = new Rng(seed, 'governance/mediations');
  const byCity = estatesByCity(registry);
  const companies = new Map(registry.companies.map((c) => [c.id, c]));
  const cities = CITIES.filter((c) => (byCity.get(c.code)?.length ?? 0) > 0);
  const all = rng.shuffle(plans(rng));
  const perCity = apportion(all.length, cities.map((c) => byCity.get(c.code)!.length));
  const cityOfPlan: string[] = cities.flatMap((c, i) => Array.from({ length: perCity[i]! }, () => c.code));
  const mediatorsOf = (city: string) => mediators.filter((m) => m.regionCode === city || m.regionCode === '350000');
  const countyName = new Map(COUNTIES.map((c) => [c.code, c.name]));

  const cases = all.map((plan, i): Omit<MediationCase, 'id'> => {
    const city = cityOfPlan[i]!;
    const estate = rng.pick(byCity.get(city)!);
    const [category, , summaries] = rng.weightedPick(CATEGORIES, CATEGORIES.map((c) => c[1]));
    const company = estate.companyId ? companies.get(estate.companyId)! : null;
    const owner = { side: 'OWNER' as const, name: personName(rng), companyId: null };
    const counterpart = company && rng.chance(0.85)
      ? { side: 'COMPANY' as const, name: company.name, companyId: company.id }
      : { side: 'COMMITTEE' as const, name: `${estate.name}业主委员会`, companyId: null };
    // walk back from the last step: returned ← concluded ← started ← referred
    let returnedOn: string | null = null;
    let concludedOn: string | null = null;
    let startedOn: string | null = null;
    let referredOn: string;
    if (plan.state === 'RECEIVED') referredOn = plan.lastOn;
    else {
      let at = plan.lastOn;
      if (plan.state === 'RETURNED_TO_COURT') {
        returnedOn = at;
        at = addDays(at, -rng.int(3, 15));
      }
      if (plan.state !== 'MEDIATING') {
        concludedOn = at;
        at = addDays(at, -rng.int(5, 45));
      }
      startedOn = at;
      referredOn = addDays(at, -rng.int(1, 7));
    }
    const court = `${countyName.get(estate.regionCode.slice(0, 6)) ?? ''}人民法院`;
    return {
      estateId: estate.id,
      regionCode: estate.regionCode,
      court,
      category,
      summary: rng.pick(summaries),
      parties: [owner, counterpart],
      referredOn,
      mediatorId: startedOn ? rng.pick(mediatorsOf(city)).id : null,
      mediationStartedOn: startedOn,
      concludedOn,
      returnedOn,
      state: plan.state,
    };
  });
  cases.sort((a, b) => (a.referredOn < b.referredOn ? -1 : a.referredOn > b.referredOn ? 1 : a.estateId < b.estateId ? -1 : 1));
  return cases.map((c, i) => ({ id: `MC${pad(i + 1, 5)}`, ...c }));
}
