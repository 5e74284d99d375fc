import { DemoRandom } from '@wuye/plugin-sdk';
// 漳州's demo grid cases: a few hundred over the city's estates (from the SDK's demoCity), reported on
// patrol from June to the demo clock (2024-09-10) and moved along the workflow with realistic timings —
// so that recent ones are still open, some dispatches ran past their deadline, and some handling was
// rejected at verification and dispatched again. Deterministic: same city and scale → same rows.
import type { DemoCity } from '@wuye/plugin-sdk';
import { SLA_HOURS, type GridCaseState, type GridCategory, type ReporterKind } from './workflow.js';

export interface DemoTransition {
  caseId: string;
  regionCode: string;
  fromState: GridCaseState | null;
  toState: GridCaseState;
  at: Date;
  actor: string;
  category: GridCategory | null;
  department: string | null;
  deadline: Date | null;
  note: string | null;
}

export interface DemoCase {
  id: string;
  estateId: string;
  regionCode: string;
  description: string;
  location: string;
  reporterName: string;
  reporterKind: ReporterKind;
  category: GridCategory | null;
  state: GridCaseState;
  department: string | null;
  deadline: Date | null;
  reportedAt: Date;
  updatedAt: Date;
}

export interface DemoGridCases {
  /** the instant the demo data stops: midnight of the demo date in China Standard Time */
  asOf: Date;
  cases: DemoCase[];
  transitions: DemoTransition[];
}

/** cases per estate at scale 1: ≈ 360 over 漳州's 1,452 estates */
const CASES_PER_ESTATE = 0.25;
const FIRST_DAY = '2024-06-01';
const HOUR = 3_600_000;

const CATEGORY_WEIGHTS: [GridCategory, number][] = [
  ['ILLEGAL_CONSTRUCTION', 30],
  ['ILLEGAL_RENOVATION', 30],
  ['FIRE_ACCESS_BLOCKED', 25],
  ['OTHER', 15],
];

const DESCRIPTIONS: Record<GridCategory, string[]> = {
  ILLEGAL_CONSTRUCTION: ['楼顶加建彩钢瓦房约20平方米', '一楼住户私自围合公共绿地建院落', '架空层违规搭建储物间', '外墙私自搭建雨棚并外扩阳台', '小区空地私搭简易棚屋'],
  ILLEGAL_RENOVATION: ['装修拆除承重墙', '擅自变更卫生间位置导致楼下渗漏', '阳台封闭超出外立面', '装修垃圾长期堆放楼道', '未经报备开凿外墙窗洞'],
  FIRE_ACCESS_BLOCKED: ['消防通道停放私家车辆', '楼道堆放杂物堵塞疏散通道', '电动车在楼道内充电并占用通道', '消防登高面设置地桩', '地下车库消防通道被占用'],
  OTHER: ['小区内违规设置广告牌', '公共区域违规饲养家禽', '绿化带被毁种菜', '垃圾分类投放点满溢未清运', '占用公共区域经营摊点'],
};

const HANDLED_NOTES: Record<GridCategory, string[]> = {
  ILLEGAL_CONSTRUCTION: ['已责令当事人自行拆除，现场复原', '联合执法拆除违建', '已下达限期拆除通知书，当事人已拆除'],
  ILLEGAL_RENOVATION: ['已责令停工整改，恢复原状', '已约谈业主及装修单位，完成整改', '物业服务企业督促整改到位'],
  FIRE_ACCESS_BLOCKED: ['已清理通道，车辆挪离', '已清理楼道杂物，通道畅通', '已拆除地桩，恢复消防通道'],
  OTHER: ['已拆除广告牌', '已劝导当事人整改到位', '已协调清运，恢复整洁'],
};

const REJECT_REASONS = ['现场复核仍未整改到位', '整改不彻底，存在反弹', '处置照片与现场不符，需重新处置'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林郑谢罗高蔡许曾'.split('');
const GIVEN = '建国伟芳明华丽强军静敏磊洋艳杰娟涛斌超秀英志文红海燕平'.split('');

export function generateGridCases(city: DemoCity): DemoGridCases {
  const rng = new DemoRandom(`plugin-zhangzhou/grid-cases/${city.estates.length}`);
  const asOf = new Date(`${city.asOf}T00:00:00+08:00`);
  const regionName = new Map(city.regions.map((r) => [r.code, r.name]));
  const firstDay = new Date(`${FIRST_DAY}T00:00:00+08:00`).getTime();
  const days = Math.round((asOf.getTime() - firstDay) / (24 * HOUR));
  const count = Math.round(city.estates.length * CASES_PER_ESTATE);

  type Draft = Omit<DemoCase, 'id' | 'category' | 'state' | 'department' | 'deadline' | 'updatedAt'> & { steps: Omit<DemoTransition, 'caseId' | 'regionCode'>[] };
  const drafts: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const estate = rng.pick(city.estates);
    const street = estate.regionCode.slice(0, 9);
    const county = estate.regionCode.slice(0, 6);
    const category = rng.weighted(CATEGORY_WEIGHTS.map(([c]) => c), CATEGORY_WEIGHTS.map(([, w]) => w));
    // 网格巡查 in daytime (08:00–18:00 China time), more of it lately as the programme widened
    const day = Math.floor(days * rng.next() ** 0.45);
    const reportedAt = new Date(firstDay + day * 24 * HOUR + rng.int(8 * 60, 18 * 60) * 60_000);
    const steps: Draft['steps'] = [];
    const step = (toState: GridCaseState, at: Date, actor: string, extra: Partial<Draft['steps'][number]> = {}): boolean => {
      if (at >= asOf) return false;
      steps.push({ fromState: steps.at(-1)?.toState ?? null, toState, at, actor, category: null, department: null, deadline: null, note: null, ...extra });
      return true;
    };
    const later = (from: Date, minHours: number, maxHours: number) => new Date(from.getTime() + Math.round(rng.float(minHours, maxHours) * 60) * 60_000);
    const streetStaff = `street_staff@${street}`;
    const countyAdmin = `county_admin@${county}`;
    const department =
      category === 'ILLEGAL_CONSTRUCTION' ? `${regionName.get(county)}城市管理和综合执法局`
      : category === 'ILLEGAL_RENOVATION' ? `${regionName.get(county)}住房和城乡建设局`
      : category === 'FIRE_ACCESS_BLOCKED' ? `${regionName.get(county)}消防救援大队`
      : `${regionName.get(street)}综合执法队`;

    step('REPORTED', reportedAt, streetStaff);
    // most are classified the same day; some wait for the street's weekly review
    let at = rng.chance(0.7) ? later(reportedAt, 0.5, 6) : later(reportedAt, 6, 120);
    if (step('CLASSIFIED', at, streetStaff, { category })) {
      at = rng.chance(0.75) ? later(at, 1, 12) : later(at, 12, 120);
      let rejections = 0;
      for (;;) {
        const sla = (rejections ? 0.5 : 1) * SLA_HOURS[category];
        const deadline = new Date(at.getTime() + sla * HOUR);
        if (!step('DISPATCHED', at, countyAdmin, { department, deadline })) break;
        // most departments finish within the time limit; about one in six runs over
        at = rng.chance(0.17) ? later(at, sla, sla * 3) : later(at, sla * 0.2, sla * 0.95);
        if (!step('HANDLED', at, countyAdmin, { note: rng.pick(HANDLED_NOTES[category]) })) break;
        // verification on site: within two days mostly, some wait for the next inspection round
        at = rng.chance(0.7) ? later(at, 2, 48) : later(at, 48, 336);
        if (rejections < 2 && rng.chance(0.15)) {
          if (!step('REJECTED', at, streetStaff, { note: rng.pick(REJECT_REASONS) })) break;
          rejections += 1;
          at = later(at, 1, 72);
          continue;
        }
        step('VERIFIED', at, streetStaff, { note: '核查验收合格' });
        break;
      }
    }
    drafts.push({
      estateId: estate.id,
      regionCode: estate.regionCode,
      description: rng.pick(DESCRIPTIONS[category]),
      location: `${rng.int(1, 30)}号楼${rng.chance(0.5) ? `${rng.int(1, 4)}单元` : '周边'}`,
      reporterName: rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.6) ? rng.pick(GIVEN) : ''),
      reporterKind: rng.chance(0.55) ? 'URBAN_MANAGEMENT_OFFICER' : 'SMART_CITY_COLLECTOR',
      reportedAt,
      steps,
    });
  }

  // ids in the order of reporting
  drafts.sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime() || a.estateId.localeCompare(b.estateId));
  const cases: DemoCase[] = [];
  const transitions: DemoTransition[] = [];
  drafts.forEach(({ steps, ...draft }, i) => {
    const id = caseId(i + 1);
    const last = steps.at(-1)!;
    const lastDispatch = steps.findLast((s) => s.toState === 'DISPATCHED');
    cases.push({
      id,
      ...draft,
      category: steps.find((s) => s.category)?.category ?? null,
      state: last.toState,
      department: lastDispatch?.department ?? null,
      deadline: lastDispatch?.deadline ?? null,
      updatedAt: last.at,
    });
    for (const s of steps) transitions.push({ caseId: id, regionCode: draft.regionCode, ...s });
  });
  return { asOf, cases, transitions };
}

/** GC000001 … */
export const caseId = (n: number): string => `GC${String(n).padStart(6, '0')}`;
