// 隐患 and their rectification (整改): what each inspection found, and how far each finding has come by
// AS_OF — raised, notified with a deadline by severity (MAJOR 7 days, GENERAL 30), rectified by the
// company (sometimes late, sometimes rejected by the inspector and rectified again), verified.
//
// The 双随机 checks' fire problems are exact: 481 found (at scale 1), of which exactly 428 are rectified
// (RECTIFIED or VERIFIED) on AS_OF — chosen among those whose course would have reached rectification
// by then, older ones likelier; the others stay open (and mostly overdue).

import { addDays } from '../dates.js';
import { Rng, WeightedTable } from '../random.js';
import { scaled } from '../registry/figures.js';
import { AS_OF_MINUTES, isoInstant, localDate, localMinutes, numbered } from './context.js';
import { DEADLINE_DAYS, FIRE_CATEGORIES, SAFETY_FIGURES } from './figures.js';
import type { CampaignPlan } from './plans.js';
import type { SafetyAction, SafetyEvidence, SafetyFinding, SafetyFindingCategory, SafetyFindingState, SafetySeverity, SafetyTransition } from './types.js';

/** an inspection as the findings step sees it */
export interface InspectionSlot {
  id: string;
  conductedOn: string;
  /** a 双随机 check's inspection */
  drawn: boolean;
  emphasis: CampaignPlan['emphasis'];
}

const FIRE_WEIGHTS: Partial<Record<SafetyFindingCategory, number>> = { FIRE_LANE_BLOCKED: 35, FIRE_EQUIPMENT: 30, E_BIKE_CHARGING: 22, EVACUATION_BLOCKED: 13 };
const OTHER_WEIGHTS: Partial<Record<SafetyFindingCategory, number>> = { ILLEGAL_CONSTRUCTION: 18, ILLEGAL_RENOVATION: 14, TYPHOON_FLOOD: 14, ELEVATOR: 20, STRUCTURE: 16, OTHER: 12 };
const ALL_WEIGHTS = { ...FIRE_WEIGHTS, ...OTHER_WEIGHTS } as Record<SafetyFindingCategory, number>;
const CATEGORIES = Object.keys(ALL_WEIGHTS) as SafetyFindingCategory[];

const MAJOR_SHARE: Record<SafetyFindingCategory, number> = {
  FIRE_LANE_BLOCKED: 0.3,
  FIRE_EQUIPMENT: 0.25,
  EVACUATION_BLOCKED: 0.3,
  E_BIKE_CHARGING: 0.35,
  ILLEGAL_CONSTRUCTION: 0.1,
  ILLEGAL_RENOVATION: 0.2,
  TYPHOON_FLOOD: 0.2,
  ELEVATOR: 0.3,
  STRUCTURE: 0.25,
  OTHER: 0.05,
};

const DESCRIPTIONS: Record<SafetyFindingCategory, string[]> = {
  FIRE_LANE_BLOCKED: ['{n}号楼北侧消防车通道被私家车长期占用', '消防车登高操作场地堆放建筑垃圾', '小区主出入口消防车通道设置固定隔离桩，影响通行', '{n}号楼前消防车通道划设停车位'],
  FIRE_EQUIPMENT: ['{n}号楼室内消火栓箱内水带、水枪缺失', '地下车库灭火器压力不足、已过有效期', '消防控制室值班人员未持证上岗', '自动喷水灭火系统末端试水压力不足', '{n}号楼火灾自动报警系统故障未修复'],
  EVACUATION_BLOCKED: ['{n}号楼楼梯间堆放杂物，堵塞疏散通道', '{n}号楼安全出口指示标志损坏不亮', '{n}号楼常闭式防火门处于常开状态', '地下车库安全出口上锁'],
  E_BIKE_CHARGING: ['{n}号楼楼道内电动自行车停放充电', '发现居民从{n}号楼楼上“飞线”充电', '集中充电棚未配置灭火器材', '{n}号楼电梯内发现电动自行车入户'],
  ILLEGAL_CONSTRUCTION: ['{n}号楼顶层私自搭建彩钢板房', '一楼住户占用公共绿地私搭围墙', '{n}号楼屋顶违规加建阳光房', '架空层被围蔽改作仓库'],
  ILLEGAL_RENOVATION: ['{n}号楼住户装修拆改承重墙', '装修未办理登记，擅自改变阳台结构', '{n}号楼装修垃圾堆放于公共通道'],
  TYPHOON_FLOOD: ['地下车库入口挡水板缺失', '防汛物资储备不足（沙袋、抽水泵）', '{n}号楼外立面广告牌固定松动', '小区排水沟堵塞未清理', '配电房未设置挡水设施'],
  ELEVATOR: ['{n}号楼电梯定期检验已过期', '{n}号楼电梯维保记录不全', '{n}号楼电梯轿厢应急电话无法接通'],
  STRUCTURE: ['{n}号楼外墙瓷砖空鼓，有脱落风险', '小区围墙局部开裂倾斜', '{n}号楼屋面防水层破损渗漏', '{n}号楼雨棚锈蚀松动'],
  OTHER: ['高空抛物警示标识缺失', '{n}号楼监控设施损坏未及时修复', '配电房门未上锁，警示标识缺失'],
};

const REJECTIONS = ['复查未通过：整改不彻底，隐患仍然存在', '复查未通过：未提供整改前后对比照片', '复查未通过：整改措施未落实到位，请继续整改'];

interface Event {
  action: SafetyAction;
  to: SafetyFindingState;
  at: number;
  actorRole: SafetyTransition['actorRole'];
  note: string | null;
}

const DAY = 1440;
/** an office-hours instant `days` whole days after the local day of `at` (or later on the same day) */
function officeTimeAfter(rng: Rng, at: number, days: number): number {
  const day = localDate(at);
  const next = localMinutes(addDays(day, days), rng.int(8 * 60 + 30, 17 * 60 + 30));
  return next > at ? next : at + rng.int(20, 120);
}

/** the whole course of a finding that will be rectified: notice, rectification (once rejected, sometimes), verification */
function rectifiedCourse(rng: Rng, raisedAt: number, severity: SafetySeverity): Event[] {
  const days = DEADLINE_DAYS[severity];
  const events: Event[] = [{ action: 'RAISE', to: 'RAISED', at: raisedAt, actorRole: 'COUNTY_ADMIN', note: null }];
  const notifiedAt = officeTimeAfter(rng, raisedAt, rng.chance(0.7) ? 0 : rng.int(1, 2));
  events.push({ action: 'NOTIFY', to: 'NOTIFIED', at: notifiedAt, actorRole: 'COUNTY_ADMIN', note: `下达整改通知书，限${days}日内整改` });
  // most finish before the deadline, some after it
  let rectifiedAt = officeTimeAfter(rng, notifiedAt, Math.max(1, Math.round(days * rng.float(0.15, 1.3))));
  events.push({ action: 'RECTIFY', to: 'RECTIFIED', at: rectifiedAt, actorRole: 'COMPANY', note: '已完成整改，附整改后照片' });
  if (rng.chance(0.1)) {
    const rejectedAt = officeTimeAfter(rng, rectifiedAt, rng.int(1, 5));
    events.push({ action: 'REJECT', to: 'NOTIFIED', at: rejectedAt, actorRole: 'COUNTY_ADMIN', note: rng.pick(REJECTIONS) });
    rectifiedAt = officeTimeAfter(rng, rejectedAt, rng.int(1, 10));
    events.push({ action: 'RECTIFY', to: 'RECTIFIED', at: rectifiedAt, actorRole: 'COMPANY', note: '已按复查意见重新整改' });
  }
  events.push({ action: 'VERIFY', to: 'VERIFIED', at: officeTimeAfter(rng, rectifiedAt, rng.int(1, 12)), actorRole: 'COUNTY_ADMIN', note: '复查合格，予以销号' });
  return events;
}

/** the course of a finding left open: notified, at most one rectification that was rejected */
function openCourse(rng: Rng, raisedAt: number, severity: SafetySeverity): Event[] {
  const days = DEADLINE_DAYS[severity];
  const notifiedAt = officeTimeAfter(rng, raisedAt, rng.chance(0.7) ? 0 : rng.int(1, 3));
  const events: Event[] = [
    { action: 'RAISE', to: 'RAISED', at: raisedAt, actorRole: 'COUNTY_ADMIN', note: null },
    { action: 'NOTIFY', to: 'NOTIFIED', at: notifiedAt, actorRole: 'COUNTY_ADMIN', note: `下达整改通知书，限${days}日内整改` },
  ];
  if (rng.chance(0.3)) {
    const rectifiedAt = officeTimeAfter(rng, notifiedAt, Math.max(1, Math.round(days * rng.float(0.5, 1.5))));
    events.push({ action: 'RECTIFY', to: 'RECTIFIED', at: rectifiedAt, actorRole: 'COMPANY', note: '已完成整改，附整改后照片' });
    events.push({ action: 'REJECT', to: 'NOTIFIED', at: officeTimeAfter(rng, rectifiedAt, rng.int(1, 5)), actorRole: 'COUNTY_ADMIN', note: rng.pick(REJECTIONS) });
  }
  return events;
}

const happened = (events: Event[]) => events.filter((e) => e.at < AS_OF_MINUTES);
const stateOf = (events: Event[]): SafetyFindingState => events.at(-1)!.to;

interface Draft {
  inspection: InspectionSlot;
  category: SafetyFindingCategory;
  severity: SafetySeverity;
  description: string;
  rectified: Event[];
  open: Event[];
}

export function generateFindings(seed: number, scale: number, inspections: readonly InspectionSlot[]): SafetyFinding[] {
  const rng = new Rng(seed, 'safety-inspection/findings');
  const courses = new Rng(seed, 'safety-inspection/timelines');
  const fire = new WeightedTable(Object.keys(FIRE_WEIGHTS) as SafetyFindingCategory[], (c) => FIRE_WEIGHTS[c]!);
  const other = new WeightedTable(Object.keys(OTHER_WEIGHTS) as SafetyFindingCategory[], (c) => OTHER_WEIGHTS[c]!);

  // categories per inspection: the checks' fire problems spread over their inspections, then the rest
  const categories = new Map<string, SafetyFindingCategory[]>(inspections.map((i) => [i.id, []]));
  const drawn = inspections.filter((i) => i.drawn);
  for (let k = 0; k < scaled(SAFETY_FIGURES.fireProblemsFound, scale); k++) categories.get(rng.pick(drawn).id)!.push(fire.pick(rng));
  for (const inspection of inspections) {
    const list = categories.get(inspection.id)!;
    if (inspection.drawn) {
      const n = rng.weightedPick([0, 1, 2], [55, 33, 12]);
      for (let k = 0; k < n; k++) list.push(other.pick(rng));
    } else {
      const n = rng.weightedPick([0, 1, 2, 3], [25, 35, 28, 12]);
      const weights = CATEGORIES.map((c) => ALL_WEIGHTS[c] * (inspection.emphasis[c] ?? 1));
      for (let k = 0; k < n; k++) list.push(rng.weightedPick(CATEGORIES, weights));
    }
  }

  const drafts: Draft[] = [];
  for (const inspection of inspections) {
    const list = rng.shuffle(categories.get(inspection.id)!);
    list.forEach((category, k) => {
      const severity: SafetySeverity = rng.chance(MAJOR_SHARE[category]) ? 'MAJOR' : 'GENERAL';
      const description = rng.pick(DESCRIPTIONS[category]).replace('{n}', String(rng.int(1, 32)));
      const raisedAt = localMinutes(inspection.conductedOn, 9 * 60 + rng.int(0, 7 * 60) + k);
      drafts.push({ inspection, category, severity, description, rectified: rectifiedCourse(courses, raisedAt, severity), open: openCourse(courses, raisedAt, severity) });
    });
  }

  // which findings take the rectified course: exactly the seed's figure among the checks' fire problems
  const isFire = (d: Draft) => (FIRE_CATEGORIES as string[]).includes(d.category);
  const reachable = (d: Draft) => ['RECTIFIED', 'VERIFIED'].includes(stateOf(happened(d.rectified)));
  const checkFire = drafts.filter((d) => d.inspection.drawn && isFire(d) && reachable(d));
  const target = scaled(SAFETY_FIGURES.fireProblemsRectified, scale);
  if (checkFire.length < target) throw new RangeError(`only ${checkFire.length} fire problems of the checks could be rectified by AS_OF; ${target} needed`);
  const chosen = new Set(rng.sample(checkFire, target, (d) => (AS_OF_MINUTES - d.rectified[0]!.at) / DAY));
  const rectifiedCourseOf = (d: Draft) => (d.inspection.drawn && isFire(d) ? chosen.has(d) : rng.chance(0.95));

  let evidenceCount = 0;
  const findings = drafts.map((d, i): SafetyFinding => {
    const id = numbered('SAF', i, drafts.length, 5);
    const events = happened(rectifiedCourseOf(d) ? d.rectified : d.open);
    const notified = events.find((e) => e.action === 'NOTIFY');
    const evidence: SafetyEvidence[] = [];
    const file = (at: number, ext: string) => `evidence/${localDate(at).slice(0, 4)}/${localDate(at).slice(5, 7)}/${id}-${evidence.length + 1}.${ext}`;
    const addEvidence = (stage: SafetyEvidence['stage'], kind: SafetyEvidence['kind'], at: number) =>
      evidence.push({ id: `#${evidenceCount++}`, stage, kind, fileRef: file(at, kind === 'PHOTO' ? 'jpg' : kind === 'VIDEO' ? 'mp4' : 'pdf'), recordedAt: isoInstant(at) });
    const transitions = events.map((e, k): SafetyTransition => {
      if (e.action === 'RAISE') for (let n = rng.int(1, 3); n > 0; n--) addEvidence('FOUND', rng.chance(0.1) ? 'VIDEO' : 'PHOTO', e.at);
      if (e.action === 'RECTIFY') {
        for (let n = rng.int(1, 2); n > 0; n--) addEvidence('RECTIFIED', 'PHOTO', e.at);
        if (rng.chance(0.2)) addEvidence('RECTIFIED', 'DOCUMENT', e.at);
      }
      return { action: e.action, from: k === 0 ? null : events[k - 1]!.to, to: e.to, at: isoInstant(e.at), actorRole: e.actorRole, note: e.note };
    });
    return {
      id,
      inspectionId: d.inspection.id,
      category: d.category,
      severity: d.severity,
      description: d.description,
      state: stateOf(events),
      deadline: notified ? addDays(localDate(notified.at), DEADLINE_DAYS[d.severity]) : null,
      transitions,
      evidence,
    };
  });
  // evidence ids numbered once their total is known
  let n = 0;
  for (const finding of findings) for (const e of finding.evidence) e.id = numbered('SAE', n++, evidenceCount, 6);
  return findings;
}
