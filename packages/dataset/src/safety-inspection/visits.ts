// The campaigns whose estates the organiser chooses: "四不两直" unannounced checks (no notice, no
// escort, straight to the estate), the province's quarterly 驻守督导 in every city, and the special
// campaigns — the 2023 超高层公共建筑消防安全专项督导检查 with the provincial fire brigade, and 2024's
// electric-bike and typhoon-season campaigns. Teams of two, never with an inspector tied to the
// estate's company (回避).

import { CITIES, PROVINCE } from '../fujian.js';
import { addDays, maxDate, minDate } from '../dates.js';
import { Rng } from '../random.js';
import { scaled } from '../registry/figures.js';
import { housingBureau, LAST_DAY, type SafetyIndex, type ServedEstate } from './context.js';
import { publishedOn, type CampaignPlan, type VisitSpec } from './plans.js';
import type { SafetyInspector, SafetyInspectorTie } from './types.js';

const UNANNOUNCED_CAMPAIGNS = 24;
const QUARTERS = ['2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1', '2024Q2', '2024Q3'];
const QUARTER_NUMERAL = ['一', '二', '三', '四'];

interface Special {
  name: string;
  organiser: string;
  startsOn: string;
  endsOn: string;
  focus: string;
  estates: number;
  emphasis: CampaignPlan['emphasis'];
  /** which served estates it looks at */
  fits: (e: ServedEstate) => boolean;
}

const SPECIALS: Special[] = [
  {
    name: '2023年超高层公共建筑消防安全专项督导检查',
    organiser: '福建省住房和城乡建设厅、福建省消防救援总队',
    startsOn: '2023-05-15',
    endsOn: '2023-10-31',
    focus: '超高层建筑消防设施、消防控制室值班、疏散通道和消防车通道',
    estates: 60,
    emphasis: { FIRE_EQUIPMENT: 4, EVACUATION_BLOCKED: 3, FIRE_LANE_BLOCKED: 2 },
    // high-rise residential: large commodity estates built since 2005
    fits: (e) => e.category === 'COMMODITY' && e.households >= 1200 && e.buildYear >= 2005,
  },
  {
    name: '2024年电动自行车安全隐患全链条整治专项检查',
    organiser: '福建省住房和城乡建设厅',
    startsOn: '2024-04-01',
    endsOn: '2024-08-31',
    focus: '电动自行车入户、楼道停放充电和“飞线”充电，集中充电设施建设',
    estates: 70,
    emphasis: { E_BIKE_CHARGING: 8 },
    fits: () => true,
  },
  {
    name: '2024年物业服务区域防台防汛专项检查',
    organiser: '福建省住房和城乡建设厅',
    startsOn: '2024-06-01',
    endsOn: '2024-08-31',
    focus: '地下车库、配电房挡水排水，高空悬挂物和树木加固，应急物资和值守',
    estates: 70,
    emphasis: { TYPHOON_FLOOD: 8, STRUCTURE: 2 },
    fits: () => true,
  },
];

function quarterPeriod(quarter: string): [string, string] {
  const year = quarter.slice(0, 4);
  const q = Number(quarter.slice(5));
  const starts = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
  const next = q === 4 ? `${Number(year) + 1}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return [starts, addDays(next, -1)];
}

export function planVisitCampaigns(seed: number, scale: number, index: SafetyIndex, inspectors: SafetyInspector[], ties: SafetyInspectorTie[]): CampaignPlan[] {
  const rng = new Rng(seed, 'safety-inspection/visits');
  const byRegion = new Map<string, SafetyInspector[]>();
  for (const inspector of inspectors) byRegion.set(inspector.regionCode, [...(byRegion.get(inspector.regionCode) ?? []), inspector]);
  const tied = new Set(ties.map((t) => `${t.inspectorId}|${t.companyId}`));

  /** two inspectors from the campaign's pool and the estate's county pool, none tied to its company */
  const team = (campaignRegion: string, estate: ServedEstate): string[] => {
    const county = estate.regionCode.slice(0, 6);
    const city = `${county.slice(0, 4)}00`;
    const pools = campaignRegion === PROVINCE.code ? [PROVINCE.code, city] : campaignRegion === city ? [city, county] : [county];
    const candidates = pools.flatMap((code) => byRegion.get(code) ?? []).filter((i) => !tied.has(`${i.id}|${estate.companyId}`));
    if (candidates.length < 2) throw new RangeError(`no team of two for ${estate.id}`);
    return rng.shuffle(candidates).slice(0, 2).map((i) => i.id).sort();
  };

  const visits = (campaignRegion: string, estates: readonly ServedEstate[], count: number, from: string, to: string): VisitSpec[] =>
    rng
      .sample(estates, Math.min(count, estates.length), () => 1)
      .map((estate) => ({ estate, conductedOn: rng.dateBetween(from, to), inspectorIds: team(campaignRegion, estate) }))
      .sort((a, b) => (a.conductedOn < b.conductedOn ? -1 : a.conductedOn > b.conductedOn ? 1 : a.estate.id < b.estate.id ? -1 : 1));

  const plans: CampaignPlan[] = [];

  // 四不两直: cities mostly, sometimes the province itself
  for (let k = 0; k < scaled(UNANNOUNCED_CAMPAIGNS, scale); k++) {
    const province = rng.chance(0.2);
    const region = province ? PROVINCE : rng.pick(CITIES);
    const estates = province ? index.served : index.servedByCity.get(region.code) ?? [];
    const startsOn = rng.dateBetween('2023-02-01', '2024-08-25');
    const endsOn = minDate(addDays(startsOn, rng.int(3, 7)), LAST_DAY);
    plans.push({
      campaign: {
        name: `${startsOn.slice(0, 4)}年${Number(startsOn.slice(5, 7))}月${region.name}物业服务区域“四不两直”安全生产检查`,
        kind: 'UNANNOUNCED',
        regionCode: region.code,
        organiser: housingBureau(region.code, region.name),
        startsOn,
        endsOn,
        quarter: null,
        focus: '不发通知、不打招呼、不听汇报、不用陪同接待，直奔基层、直插现场：安全生产责任和隐患排查',
        resultsPublishedOn: publishedOn(endsOn, rng.int(10, 25), addDays, LAST_DAY),
      },
      draw: null,
      visits: visits(region.code, estates, rng.int(5, 12), startsOn, endsOn),
      emphasis: {},
    });
  }

  // 每季度驻守督导: the province's supervisors in every city, every quarter
  for (const quarter of QUARTERS) {
    const [startsOn, endsOn] = quarterPeriod(quarter);
    for (const city of CITIES) {
      const estates = index.servedByCity.get(city.code) ?? [];
      plans.push({
        campaign: {
          name: `${quarter.slice(0, 4)}年第${QUARTER_NUMERAL[Number(quarter.slice(5)) - 1]}季度${city.name}物业服务区域驻守督导`,
          kind: 'RESIDENT_SUPERVISION',
          regionCode: city.code,
          organiser: `福建省住房和城乡建设厅驻${city.name}督导组`,
          startsOn,
          endsOn,
          quarter,
          focus: '安全生产责任落实、隐患排查整改闭环、月度自查开展情况',
          resultsPublishedOn: publishedOn(endsOn, rng.int(10, 25), addDays, LAST_DAY),
        },
        draw: null,
        visits: visits(city.code, estates, Math.max(1, scaled(rng.int(2, 5), scale)), startsOn, minDate(endsOn, LAST_DAY)),
        emphasis: {},
      });
    }
  }

  for (const special of SPECIALS) {
    const estates = index.served.filter(special.fits);
    plans.push({
      campaign: {
        name: special.name,
        kind: 'SPECIAL',
        regionCode: PROVINCE.code,
        organiser: special.organiser,
        startsOn: special.startsOn,
        endsOn: special.endsOn,
        quarter: null,
        focus: special.focus,
        resultsPublishedOn: publishedOn(special.endsOn, rng.int(15, 30), addDays, LAST_DAY),
      },
      draw: null,
      visits: visits(PROVINCE.code, estates, scaled(special.estates, scale), maxDate(special.startsOn, '2023-01-01'), minDate(special.endsOn, LAST_DAY)),
      emphasis: special.emphasis,
    });
  }
  return plans;
}
