// 公共收益季度收支: every estate served by a company states each quarter's public revenue — income by kind
// (parking, advertising, venue rental, other) and expenses — and publishes it online (闽政通) and
// offline (the estate's notice board). Most do so on time and on both channels; a realistic few do not:
// late, on one channel only, never published or never submitted, anomalies (negative balances, income
// collapsing against the previous quarter) and corrections (new revisions with a reason). The latest full
// quarter is published online by every estate (线上公示率100%), some of them late.

import { addDays, AS_OF, dayNumber, maxDate } from '../dates.js';
import { Rng } from '../random.js';
import type { EstateCategory, RegistrySlice, ResidentialEstate } from '../types.js';
import { LATEST_QUARTER, PUBLICATION_DEADLINE_DAYS, REVENUE_QUARTERS } from './figures.js';
import { chinaInstant, dayOf, quarterEnd, yuan } from './quarters.js';
import type { RevenueEstate, RevenueLine, RevenuePublication, RevenueRevision, RevenueStatement } from './types.js';

/** what happens to one statement (earlier quarters; the latest full quarter is always online) */
type Fate = 'MISSING' | 'DRAFT' | 'ONLINE_ONLY' | 'OFFLINE_ONLY' | 'BOTH';
const EARLIER_FATES: [Fate, number][] = [['MISSING', 0.004], ['DRAFT', 0.004], ['ONLINE_ONLY', 0.015], ['OFFLINE_ONLY', 0.005]];
const LATEST_FATES: [Fate, number][] = [['ONLINE_ONLY', 0.01]];

const INCOME_DROP_CHANCE = 0.02;
const NEGATIVE_BALANCE_CHANCE = 0.015;
const CORRECTION_CHANCE = 0.015;
const CORRECTION_PUBLISHED = 0.85;

/** yuan per household per quarter of parking income, by category */
const PARKING_RATE: Record<EstateCategory, [number, number]> = {
  COMMODITY: [10, 36],
  RESETTLEMENT: [3, 10],
  OLD: [1, 5],
  HOUSING_REFORM: [2, 6],
  FUND_RAISED: [2, 6],
  SELF_BUILT: [0.5, 2],
};

const OFFLINE_PLACES = ['小区公告栏', '小区出入口公示栏', '物业服务中心公示栏', '各单元楼道公示栏'];
const VENUE_USES = ['架空层场地租赁', '快递柜场地使用费', '会所场地租赁', '临时摊位场地费'];
const OTHER_INCOME = ['充电桩场地使用费', '通信基站场地使用费', '废品回收收入', '公共区域拍摄场地费'];
const MAJOR_REPAIRS = ['电梯大修', '外墙渗漏维修', '消防设施设备更换', '二次供水设施改造', '地下车库排水改造'];
const CORRECTIONS = {
  missedIncome: ['补录漏报的充电桩场地使用费', '补录漏报的通信基站场地使用费', '补录漏报的临时停车收入'],
  wrongAmount: ['更正录入错误的金额（以银行流水为准）', '按审计意见更正金额', '发票金额与台账不符，予以更正'],
  removedExpense: ['剔除不应由公共收益列支的费用', '按业委会意见剔除重复列支的费用'],
};

interface Profile {
  parkingRate: number;
  adsRate: number | null;
  venue: { base: number; use: string } | null;
  other: { base: number; use: string } | null;
  managementShare: number;
  taxed: boolean;
  hasCommittee: boolean;
}

/** the county's chance of publishing late, for earlier quarters and for the latest one */
interface Punctuality {
  earlier: number;
  latest: number;
}

export function revenueEstates(registry: RegistrySlice): RevenueEstate[] {
  return registry.estates
    .filter((e): e is ResidentialEstate & { companyId: string } => e.companyId !== null)
    .map((e) => ({ estateId: e.id, companyId: e.companyId, regionCode: e.regionCode, enrolledFrom: REVENUE_QUARTERS[0] }));
}

export function generateStatements(seed: number, registry: RegistrySlice, estates: RevenueEstate[]): RevenueStatement[] {
  const profiles = new Rng(seed, 'public-revenue/profiles');
  const punctualityRng = new Rng(seed, 'public-revenue/punctuality');
  const rng = new Rng(seed, 'public-revenue/statements');
  const corrections = new Rng(seed, 'public-revenue/corrections');
  const estateById = new Map(registry.estates.map((e) => [e.id, e]));
  const withCommittee = new Set(registry.committees.map((c) => c.estateId));

  // cities differ in discipline, and counties within them
  const cityPunctuality = new Map<string, Punctuality>();
  const countyPunctuality = new Map<string, Punctuality>();
  const punctuality = (regionCode: string): Punctuality => {
    const county = regionCode.slice(0, 6);
    let p = countyPunctuality.get(county);
    if (!p) {
      const city = regionCode.slice(0, 4);
      let c = cityPunctuality.get(city);
      if (!c) cityPunctuality.set(city, (c = { earlier: punctualityRng.float(0.02, 0.12), latest: punctualityRng.float(0.01, 0.07) }));
      const factor = punctualityRng.float(0.3, 1.7);
      countyPunctuality.set(county, (p = { earlier: c.earlier * factor, latest: c.latest * factor }));
    }
    return p;
  };

  const statements: RevenueStatement[] = [];
  for (const enrolled of estates) {
    const estate = estateById.get(enrolled.estateId)!;
    const profile = profileOf(profiles, estate, withCommittee.has(estate.id));
    const late = punctuality(estate.regionCode);
    for (const quarter of REVENUE_QUARTERS) {
      const latest = quarter === LATEST_QUARTER;
      const fate = drawFate(rng, latest ? LATEST_FATES : EARLIER_FATES);
      // draws happen whatever the fate, so one statement's fate never shifts another's numbers
      const lines = quarterLines(rng, profile, estate.households, quarter !== REVENUE_QUARTERS[0] && rng.chance(INCOME_DROP_CHANCE), rng.chance(NEGATIVE_BALANCE_CHANCE));
      const end = quarterEnd(quarter);
      const deadline = addDays(end, PUBLICATION_DEADLINE_DAYS);
      const isLate = rng.chance(latest ? late.latest : late.earlier);
      // the latest quarter's late ones are all online before the seed's date
      // (everything lies before the seed's date: its clock reads midnight)
      const onlineDay = isLate ? addDays(deadline, rng.int(1, latest ? dayNumber(AS_OF) - dayNumber(deadline) - 8 : 40)) : addDays(end, rng.int(3, PUBLICATION_DEADLINE_DAYS));
      const submittedDay = addDays(onlineDay, -rng.int(0, 2));
      const offlineDay = maxDate(submittedDay, addDays(onlineDay, rng.int(-2, 5)));
      // submitted in the morning, published in the afternoon or later
      const submittedAt = chinaInstant(submittedDay, rng.int(8 * 60, 12 * 60));
      const onlineAt = chinaInstant(onlineDay, rng.int(13 * 60, 20 * 60));
      const offlineAt = chinaInstant(offlineDay, rng.int(13 * 60, 20 * 60));
      const place = rng.pick(OFFLINE_PLACES);
      if (fate === 'MISSING') continue;

      const author = `company:${enrolled.companyId}`;
      const revisions: RevenueRevision[] = [revision(1, null, author, submittedAt, lines)];
      const channels: RevenuePublication['channel'][] = fate === 'DRAFT' ? [] : fate === 'ONLINE_ONLY' ? ['ONLINE'] : fate === 'OFFLINE_ONLY' ? ['OFFLINE'] : ['ONLINE', 'OFFLINE'];
      const publications: RevenuePublication[] = channels.map((channel) => ({
        revisionNo: 1,
        channel,
        publishedAt: channel === 'ONLINE' ? onlineAt : offlineAt,
        location: channel === 'ONLINE' ? '闽政通' : place,
      }));

      // a few published statements are corrected later: a new revision, usually published again
      // (after the last publication: a superseded revision is never published)
      const last = publications.map((p) => p.publishedAt).sort().at(-1);
      if (last && corrections.chance(CORRECTION_CHANCE)) {
        const day = addDays(dayOf(last), corrections.int(5, 45));
        if (day < addDays(AS_OF, -3)) {
          const { reason, lines: corrected } = correct(corrections, lines);
          const createdAt = chinaInstant(day, corrections.int(9 * 60, 17 * 60));
          revisions.push(revision(2, reason, author, createdAt, corrected));
          if (corrections.chance(CORRECTION_PUBLISHED)) {
            for (const channel of channels) {
              publications.push({
                revisionNo: 2,
                channel,
                publishedAt: chinaInstant(addDays(day, corrections.int(0, 2)), corrections.int(17 * 60, 21 * 60)),
                location: channel === 'ONLINE' ? '闽政通' : place,
              });
            }
          }
        }
      }
      statements.push({
        id: `RS${String(statements.length + 1).padStart(6, '0')}`,
        estateId: estate.id,
        quarter,
        companyId: enrolled.companyId,
        regionCode: estate.regionCode,
        submittedAt,
        revisions,
        publications,
      });
    }
  }
  return statements;
}

function drawFate(rng: Rng, fates: [Fate, number][]): Fate {
  let r = rng.next();
  for (const [fate, p] of fates) {
    if (r < p) return fate;
    r -= p;
  }
  return 'BOTH';
}

function profileOf(rng: Rng, estate: ResidentialEstate, hasCommittee: boolean): Profile {
  const [lo, hi] = PARKING_RATE[estate.category];
  const commodity = estate.category === 'COMMODITY';
  return {
    parkingRate: rng.float(lo, hi),
    adsRate: rng.chance(commodity && estate.households >= 200 ? 0.7 : 0.15) ? rng.float(1.5, 5) : null,
    venue: rng.chance(0.25) ? { base: rng.float(1_000, 12_000), use: rng.pick(VENUE_USES) } : null,
    other: rng.chance(0.3) ? { base: rng.float(200, 3_000), use: rng.pick(OTHER_INCOME) } : null,
    managementShare: rng.float(0.1, 0.3),
    taxed: rng.chance(0.3),
    hasCommittee,
  };
}

/** whole yuan (in cents) of a real amount */
const wholeYuan = (amount: number, step = 1) => Math.max(step, Math.round(amount / step) * step) * 100;

function quarterLines(rng: Rng, profile: Profile, households: number, incomeDrop: boolean, majorRepair: boolean): { cents: number; line: Omit<RevenueLine, 'amount'> }[] {
  const drop = incomeDrop ? rng.float(0.15, 0.45) : 1;
  const noise = () => rng.float(0.92, 1.08) * drop;
  const lines: { cents: number; line: Omit<RevenueLine, 'amount'> }[] = [];
  const income = (kind: RevenueLine['kind'], description: string, cents: number) => lines.push({ cents, line: { direction: 'INCOME', kind, description } });
  const expense = (kind: RevenueLine['kind'], description: string, cents: number) => lines.push({ cents, line: { direction: 'EXPENSE', kind, description } });

  income('PARKING', '地面停车位临时停车收入', wholeYuan(households * profile.parkingRate * noise()));
  if (profile.adsRate !== null) income('ADVERTISING', '电梯轿厢及道闸广告收入', wholeYuan(households * profile.adsRate * noise(), 100));
  if (profile.venue) income('VENUE_RENTAL', profile.venue.use, wholeYuan(profile.venue.base * noise(), 10));
  if (profile.other) income('OTHER', profile.other.use, Math.max(100, Math.round(profile.other.base * 100 * noise())));
  const incomeCents = lines.reduce((sum, l) => sum + l.cents, 0);

  expense('MANAGEMENT_SHARE', '物业服务企业管理成本（按合同约定比例）', Math.round(incomeCents * profile.managementShare));
  if (rng.chance(0.4)) expense('MAINTENANCE', '共用部位共用设施设备日常维修', wholeYuan((incomeCents / 100) * rng.float(0.05, 0.45)));
  if (profile.taxed) expense('TAX', '增值税及附加', Math.round(incomeCents * 0.06));
  if (profile.hasCommittee && incomeCents >= 2_000_000 && rng.chance(0.25)) expense('COMMITTEE_FUNDING', '业主委员会工作经费', wholeYuan(rng.float(500, 3_000), 10));
  if (incomeCents >= 1_000_000 && rng.chance(0.08)) expense('OTHER', '公共收益专项审计费', wholeYuan(rng.float(300, 2_000), 10));
  if (majorRepair) expense('MAINTENANCE', rng.pick(MAJOR_REPAIRS), wholeYuan((incomeCents / 100) * rng.float(1.05, 2.2), 10));
  return lines;
}

function revision(revisionNo: number, reason: string | null, author: string, createdAt: string, lines: { cents: number; line: Omit<RevenueLine, 'amount'> }[]): RevenueRevision {
  const income = lines.filter((l) => l.line.direction === 'INCOME').reduce((sum, l) => sum + l.cents, 0);
  const expense = lines.filter((l) => l.line.direction === 'EXPENSE').reduce((sum, l) => sum + l.cents, 0);
  return {
    revisionNo,
    reason,
    author,
    authorRole: 'COMPANY',
    createdAt,
    lines: lines.map((l) => ({ ...l.line, amount: yuan(l.cents) })),
    incomeTotal: yuan(income),
    expenseTotal: yuan(expense),
    balance: yuan(income - expense),
  };
}

function correct(rng: Rng, lines: { cents: number; line: Omit<RevenueLine, 'amount'> }[]): { reason: string; lines: { cents: number; line: Omit<RevenueLine, 'amount'> }[] } {
  const kind = rng.pick(['missedIncome', 'wrongAmount', 'removedExpense'] as const);
  const copy = lines.map((l) => ({ cents: l.cents, line: { ...l.line } }));
  const expenses = copy.filter((l) => l.line.direction === 'EXPENSE');
  if (kind === 'missedIncome') {
    const reason = rng.pick(CORRECTIONS.missedIncome);
    const lastIncome = copy.findLastIndex((l) => l.line.direction === 'INCOME');
    copy.splice(lastIncome + 1, 0, { cents: rng.int(30_000, 500_000), line: { direction: 'INCOME', kind: 'OTHER', description: reason.replace('补录漏报的', '') } });
    return { reason, lines: copy };
  }
  if (kind === 'removedExpense' && expenses.length > 1) {
    const removed = expenses[expenses.length - 1]!;
    return { reason: rng.pick(CORRECTIONS.removedExpense), lines: copy.filter((l) => l !== removed) };
  }
  const target = rng.pick(copy);
  const factor = rng.chance(0.5) ? rng.float(0.6, 0.95) : rng.float(1.05, 1.4);
  target.cents = Math.max(100, Math.round(target.cents * factor));
  return { reason: rng.pick(CORRECTIONS.wrongAmount), lines: copy };
}
