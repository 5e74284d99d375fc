// 厦门's demo data, deterministic from demoCity('350200'): "大物业" bundles in every state (each around an
// estate without service, with neighbours from its street) and 党员先议 items at every step.
import { addMonths, type BundleState } from './bundles/lifecycle.js';
import { streetOf } from './bundles/neighbours.js';
import { WITHOUT_SERVICE } from './bundles/commands.js';
import { Decimal, type DemoCity, DemoRandom } from '@wuye/plugin-sdk';
import { DELIBERATION_STEPS, stateAfter, type DeliberationStepKind } from './deliberation/steps.js';

type Estate = DemoCity['estates'][number];

export interface DemoBundle {
  id: string;
  name: string;
  streetCode: string;
  state: BundleState;
  proposedAt: Date;
  companyId: string | null;
  contractedOn: string | null;
  termMonths: number | null;
  contractEndsOn: string | null;
  endedOn: string | null;
  endReason: string | null;
  updatedAt: Date;
}

export interface DemoBundleEstate {
  bundleId: string;
  estateId: string;
  position: number;
  estateName: string;
  regionCode: string;
  serviceMode: string;
  households: number;
  latitude: number;
  longitude: number;
  monthlyFeeIncome: string;
  monthlyCost: string;
  active: boolean;
}

export interface DemoTransition {
  bundleId: string;
  streetCode: string;
  fromState: BundleState | null;
  toState: BundleState;
  at: Date;
  actor: string;
  actorRole: string;
}

export interface DemoDeliberation {
  id: string;
  estateId: string;
  regionCode: string;
  companyId: string;
  title: string;
  matter: string;
  state: string;
  raisedAt: Date;
  raisedBy: string;
  raisedRole: string;
  updatedAt: Date;
}

export interface DemoStep {
  itemId: string;
  step: DeliberationStepKind;
  at: Date;
  actor: string;
  actorRole: string;
  text: string;
}

/** how many bundles of each state, in lifecycle order */
export const BUNDLES_BY_STATE: Record<BundleState, number> = { PROPOSED: 4, APPROVED: 3, CONTRACTED: 6, ENDED: 2 };
/** items per number of steps taken (0: RAISED … 4: ANNOUNCED); 2 steps alternate which committee co-decided */
export const ITEMS_PER_STAGE = 3;

const DAY = 86_400_000;
const at = (asOf: Date, daysBefore: number, hour: number) => new Date(asOf.getTime() - daysBefore * DAY + hour * 3_600_000);
const chinaDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** monthly fee income and cost of an estate: 肥 estates earn more than they cost, the unserved ones less */
function amounts(estate: Estate, rng: DemoRandom): { monthlyFeeIncome: string; monthlyCost: string } {
  const unserved = WITHOUT_SERVICE.includes(estate.serviceMode);
  const fee = new Decimal(rng.int(unserved ? 800 : 1800, unserved ? 1600 : 3200)).div(100); // 元/户·月
  const cost = new Decimal(rng.int(1500, 2400)).div(100);
  return { monthlyFeeIncome: fee.times(estate.households).toFixed(2), monthlyCost: cost.times(estate.households).toFixed(2) };
}

export function generateBundles(city: DemoCity): { bundles: DemoBundle[]; estates: DemoBundleEstate[]; transitions: DemoTransition[] } {
  const rng = new DemoRandom('xiamen-bundles');
  const byStreet = new Map<string, Estate[]>();
  for (const e of city.estates) byStreet.set(streetOf(e.regionCode), [...(byStreet.get(streetOf(e.regionCode)) ?? []), e]);
  const anchors = city.estates.filter((e) => WITHOUT_SERVICE.includes(e.serviceMode));
  const used = new Set<string>();
  const bundles: DemoBundle[] = [];
  const estates: DemoBundleEstate[] = [];
  const transitions: DemoTransition[] = [];
  const states = (Object.entries(BUNDLES_BY_STATE) as [BundleState, number][]).flatMap(([state, n]) => Array.from({ length: n }, () => state));
  let a = 0;
  for (const [i, state] of states.entries()) {
    // the next anchor whose street still has neighbours to spare
    let anchor: Estate | undefined;
    let members: Estate[] = [];
    while (!anchor && a < anchors.length) {
      const candidate = anchors[a++]!;
      const street = streetOf(candidate.regionCode);
      const free = (byStreet.get(street) ?? []).filter((e) => e.id !== candidate.id && !used.has(e.id) && !used.has(candidate.id));
      if (free.length >= 1) {
        anchor = candidate;
        members = [candidate, ...free.slice(0, rng.int(1, Math.min(3, free.length)))];
      }
    }
    if (!anchor) break;
    members.forEach((m) => used.add(m.id));
    const id = `XB${String(i + 1).padStart(4, '0')}`;
    const streetCode = streetOf(anchor.regionCode);
    const street = city.regions.find((r) => r.code === streetCode)?.name ?? streetCode;
    const staff = `street-staff-${streetCode}`;
    const proposedAt = at(city.asOfInstant, rng.int(150, 200), 10);
    const approvedAt = at(city.asOfInstant, rng.int(120, 140), 15);
    const contractedOn = chinaDay(at(city.asOfInstant, rng.int(90, 110), 9));
    const endedOn = chinaDay(at(city.asOfInstant, rng.int(5, 30), 9));
    const reached = ['PROPOSED', 'APPROVED', 'CONTRACTED', 'ENDED'].indexOf(state);
    const county = anchor.regionCode.slice(0, 6);
    const company = reached >= 2 ? (city.companies.find((c) => c.regionCode.startsWith(county) && rng.next() < 0.5) ?? city.companies[i % city.companies.length]!) : null;
    const termMonths = reached >= 2 ? rng.pick([12, 24, 36]) : null;
    const history: [BundleState | null, BundleState, Date][] = [[null, 'PROPOSED', proposedAt]];
    if (reached >= 1) history.push(['PROPOSED', 'APPROVED', approvedAt]);
    if (reached >= 2) history.push(['APPROVED', 'CONTRACTED', new Date(`${contractedOn}T10:00:00+08:00`)]);
    if (reached >= 3) history.push(['CONTRACTED', 'ENDED', new Date(`${endedOn}T10:00:00+08:00`)]);
    bundles.push({
      id,
      name: `${street}${anchor.name}片区`,
      streetCode,
      state,
      proposedAt,
      companyId: company?.id ?? null,
      contractedOn: reached >= 2 ? contractedOn : null,
      termMonths,
      contractEndsOn: reached >= 2 ? addMonths(contractedOn, termMonths!) : null,
      endedOn: reached >= 3 ? endedOn : null,
      endReason: reached >= 3 ? '原服务企业退出，片区重新组建' : null,
      updatedAt: history.at(-1)![2],
    });
    members.forEach((m, position) =>
      estates.push({ bundleId: id, estateId: m.id, position: position + 1, estateName: m.name, regionCode: m.regionCode, serviceMode: m.serviceMode, households: m.households, latitude: m.latitude, longitude: m.longitude, ...amounts(m, rng), active: state !== 'ENDED' }),
    );
    for (const [from, to, when] of history) transitions.push({ bundleId: id, streetCode, fromState: from, toState: to, at: when, actor: to === 'PROPOSED' || to === 'APPROVED' ? staff : `county-admin-${county}`, actorRole: to === 'PROPOSED' || to === 'APPROVED' ? 'STREET_STAFF' : 'COUNTY_ADMIN' });
  }
  return { bundles, estates, transitions };
}

const MATTERS: [string, string][] = [
  ['电梯加装方案', '3号楼加装电梯的费用分摊与施工时间'],
  ['公共收益使用', '停车收益用于更换监控设备'],
  ['停车位调整', '地面停车位重新划线并增设充电桩'],
  ['绿化改造', '中心花园绿化提升与健身器材更新'],
  ['物业费调整', '物业服务费标准调整的听证安排'],
];

const TEXT: Record<DeliberationStepKind, string> = {
  BRANCH_DRAFT: '支委会讨论后形成初步意见：原则同意，分两期实施',
  COMMUNITY_COMMITTEE: '社区党委同意初步意见，建议补充公示环节',
  OWNERS_COMMITTEE: '业委会同意，费用按户分摊',
  ANNOUNCEMENT: '经支委会先议、社区党委与业委会共商，现将方案向全体业主公布',
};

export function generateDeliberations(city: DemoCity): { items: DemoDeliberation[]; steps: DemoStep[] } {
  const rng = new DemoRandom('xiamen-deliberations');
  const served = city.estates.filter((e) => e.companyId);
  const items: DemoDeliberation[] = [];
  const steps: DemoStep[] = [];
  const stages = [0, 1, 2, 3, 4].flatMap((n) => Array.from({ length: ITEMS_PER_STAGE }, (_, k) => ({ n, k })));
  for (const [i, { n, k }] of stages.entries()) {
    const estate = served[(i * 97) % served.length]!;
    const id = `XD${String(i + 1).padStart(5, '0')}`;
    const [title, matter] = MATTERS[i % MATTERS.length]!;
    const raisedAt = at(city.asOfInstant, rng.int(40, 60), 9);
    // two steps taken: the draft and one committee, alternating which
    const order: DeliberationStepKind[] = n === 2 && k % 2 === 1 ? ['BRANCH_DRAFT', 'OWNERS_COMMITTEE'] : DELIBERATION_STEPS.slice(0, n);
    const taken = order.map((step, s) => ({ step, when: at(city.asOfInstant, 30 - s * 7, 10 + s) }));
    const actor = (step: DeliberationStepKind): [string, string] =>
      step === 'ANNOUNCEMENT' ? [`company-${estate.companyId}`, 'COMPANY'] : step === 'OWNERS_COMMITTEE' ? [`owner-chair-${estate.id}`, 'OWNER'] : [`street-staff-${streetOf(estate.regionCode)}`, 'STREET_STAFF'];
    items.push({
      id,
      estateId: estate.id,
      regionCode: estate.regionCode,
      companyId: estate.companyId!,
      title,
      matter,
      state: stateAfter(order),
      raisedAt,
      raisedBy: `street-staff-${streetOf(estate.regionCode)}`,
      raisedRole: 'STREET_STAFF',
      updatedAt: taken.at(-1)?.when ?? raisedAt,
    });
    for (const { step, when } of taken) {
      const [who, role] = actor(step);
      steps.push({ itemId: id, step, at: when, actor: who, actorRole: role, text: TEXT[step] });
    }
  }
  return { items, steps };
}
