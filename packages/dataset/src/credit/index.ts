// The credit slice (物业服务企业信用综合评价): the published rule sets of 2023 and 2024, every company's copy
// (registered county, served estates), and the credit events of 2023 and 2024 — derived from the other
// slices' facts (party organisations and instructors, safety findings and their rectification, late
// public-revenue publications, complaints) as the subgraph's event handlers would record them, plus the
// officials' annual party-building checks, street opinions, elderly-care bonuses, the 美好家园 honours
// (97 city / 20 province / 3 national, distinct estates) and service-quality evaluations calibrated so
// that 2023's grades fall as a province's do (most A/AA, few AAA, some B, a handful C). 2023 is closed
// and published by the subgraph's own SQL when seeding. Each step draws from its own stream.

import { addDays } from '../dates.js';
import { PUBLICATION_DEADLINE_DAYS } from '../public-revenue/figures.js';
import { quarterEnd } from '../public-revenue/quarters.js';
import type { PublicRevenueSlice } from '../public-revenue/types.js';
import type { PartyBuildingSlice } from '../party-building/types.js';
import { Rng } from '../random.js';
import type { SafetyInspectionSlice } from '../safety-inspection/types.js';
import type { RegistrySlice } from '../types.js';
import { CREDIT_FIGURES, CREDIT_RULE_SET } from './rules.js';
import { gradeOfHundredths, hundredths, pointsText, scoreHundredths } from './score.js';
import type { CreditCompanySeed, CreditEventSeed, CreditHonourSeed, CreditOpinionSeed, CreditSlice } from './types.js';

export { CREDIT_FIGURES, CREDIT_RULE_SET } from './rules.js';
export { gradeOfHundredths, scoreHundredths } from './score.js';

type Draft = Omit<CreditEventSeed, 'id' | 'year' | 'ruleYear' | 'ruleVersion'>;

const RULES = CREDIT_RULE_SET;
const EP = RULES.eventPoints;
const YEARS = [2023, 2024];

/** tiers the 2023 scores are calibrated to: [share, lowest target, highest target] */
const TIERS = [
  { grade: 'AAA', share: 0.04, from: 95.5, to: 99 },
  { grade: 'AA', share: 0.3, from: 88.5, to: 94.5 },
  { grade: 'A', share: 0.49, from: 78.5, to: 87.5 },
  { grade: 'B', share: 0.16, from: 66, to: 77 },
  { grade: 'C', share: 0.01, from: 55, to: 63 },
] as const;

const uuid = (rng: Rng): string => {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng.next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(rng.next() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
const yearOf = (iso: string): number => Number(new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 4));
const at = (date: string, hour = 10): string => `${date}T${String(hour).padStart(2, '0')}:00:00+08:00`;
const official = (regionCode: string) => ({ officialSubject: `official@${regionCode}`, officialLevel: (regionCode.length === 9 ? 'STREET' : regionCode.endsWith('0000') ? 'PROVINCE' : regionCode.endsWith('00') ? 'CITY' : 'COUNTY') as CreditEventSeed['officialLevel'] });

const QUALITY_GOOD = ['"双随机"服务质量检查结果优秀', '物业服务满意度测评优良', '主动承接老旧小区兜底服务', '防台防汛应急处置表现突出'];
const QUALITY_BAD = ['"双随机"服务质量检查不合格', '公共部位维修养护不到位，经督促仍未整改', '物业服务事项未按规定公开公示', '绿化保洁服务质量下降，业主反映强烈'];
const CONDUCT_BAD = ['未按规定办理物业服务合同备案', '未按规定移交物业服务用房及相关资料', '企业信息变更未及时报送'];
const CONDUCT_GOOD = ['按时报送企业经营信息', '积极配合行业主管部门开展工作'];

export function generateCreditSlice(seed: number, registry: RegistrySlice, party: PartyBuildingSlice, safety: SafetyInspectionSlice, revenue: PublicRevenueSlice): CreditSlice {
  const companies: CreditCompanySeed[] = registry.companies.map((c) => ({ companyId: c.id, regionCode: c.regionCode, estates: [] }));
  const byId = new Map(companies.map((c) => [c.companyId, c]));
  for (const e of registry.estates) if (e.companyId) byId.get(e.companyId)?.estates.push({ estateId: e.id, regionCode: e.regionCode });
  const estateRegion = new Map(registry.estates.map((e) => [e.id, e.regionCode]));

  const drafts: Draft[] = [];
  const ids = new Rng(seed, 'credit/event-ids');
  const domain = (type: string, d: Omit<Draft, 'sourceKind' | 'sourceEventId' | 'sourceEventType' | 'officialSubject' | 'officialLevel' | 'category'>) =>
    drafts.push({ ...d, category: 'INDICATOR', sourceKind: 'DOMAIN_EVENT', sourceEventId: uuid(ids), sourceEventType: type, officialSubject: null, officialLevel: null });
  const inYears = (iso: string) => YEARS.includes(yearOf(iso)) && iso.slice(0, 10) <= '2024-09-10';

  // party building: company organisations formed, instructors sent to companies
  for (const o of party.organizations) {
    if (o.kind !== 'COMPANY' || !inYears(at(o.establishedOn))) continue;
    for (const companyId of o.companyIds) domain('party-building.OrganizationFormed', { companyId, item: 'PARTY_BUILDING', points: EP.organizationFormed, occurredAt: at(o.establishedOn, 0), regionCode: o.regionCode, estateId: null, evidence: `企业党组织成立（${o.formation}）`, evidenceRefs: [`party-building:${o.id}`] });
  }
  for (const i of party.instructors) {
    if (!i.companyId || !inYears(at(i.sentOn))) continue;
    domain('party-building.InstructorSent', { companyId: i.companyId, item: 'PARTY_BUILDING', points: EP.instructorSent, occurredAt: at(i.sentOn, 0), regionCode: i.regionCode, estateId: null, evidence: '选派党建指导员', evidenceRefs: [`party-building:${i.id}`] });
  }

  // safety: findings of inspections whose estate is known (visits), raised and rectified
  const visits = new Map(safety.visits.map((v) => [v.id, v]));
  for (const f of safety.findings) {
    const visit = visits.get(f.inspectionId);
    if (!visit) continue;
    const regionCode = estateRegion.get(visit.estateId)!;
    const raised = f.transitions[0]!.at;
    if (inYears(raised)) domain('safety-inspection.FindingRaised', { companyId: visit.companyId, item: 'SAFETY', points: EP.findingRaised[f.severity], occurredAt: raised, regionCode, estateId: visit.estateId, evidence: `安全检查发现${f.severity === 'MAJOR' ? '重大' : '一般'}隐患（${f.category}）：${f.description}`, evidenceRefs: [`safety-inspection:${f.id}`] });
    const rectified = f.transitions.find((t) => t.action === 'RECTIFY');
    if (rectified && f.deadline && inYears(rectified.at)) {
      const onTime = rectified.at.slice(0, 10) <= f.deadline;
      domain('safety-inspection.FindingRectified', { companyId: visit.companyId, item: 'SAFETY', points: (onTime ? EP.findingRectifiedOnTime : EP.findingRectifiedLate)[f.severity], occurredAt: rectified.at, regionCode, estateId: visit.estateId, evidence: onTime ? '隐患按期整改' : `隐患逾期整改（期限 ${f.deadline}）`, evidenceRefs: [`safety-inspection:${f.id}`] });
    }
  }

  // public revenue: statements published online after the deadline; complaints found substantiated
  for (const s of revenue.statements) {
    const online = s.publications.find((p) => p.channel === 'ONLINE');
    if (!online || !inYears(online.publishedAt)) continue;
    const deadline = addDays(quarterEnd(s.quarter), PUBLICATION_DEADLINE_DAYS);
    if (new Date(online.publishedAt).getTime() < new Date(`${deadline}T24:00:00+08:00`).getTime()) continue;
    domain('public-revenue.StatementPublished', { companyId: s.companyId, item: 'PUBLIC_REVENUE', points: EP.statementPublishedLate, occurredAt: online.publishedAt, regionCode: s.regionCode, estateId: s.estateId, evidence: `${s.quarter} 公共收益逾期公示（期限 ${deadline}）`, evidenceRefs: [`public-revenue:${s.id}`] });
  }
  const substantiated = new Rng(seed, 'credit/complaints');
  for (const c of revenue.complaints) {
    const closed = c.steps.find((s) => s.step === 'CLOSED');
    if (!closed || !inYears(closed.at) || !substantiated.chance(0.45)) continue;
    domain('public-revenue.ComplaintSubstantiated', { companyId: c.companyId, item: 'COMPLAINTS', points: EP.complaintSubstantiated, occurredAt: closed.at, regionCode: c.regionCode, estateId: c.estateId, evidence: `投诉经查属实（${c.source}）：${c.summary}`, evidenceRefs: [`public-revenue:${c.id}`] });
  }

  // 2023 by hand: tiers, annual party-building check, opinions, elderly care, honours, calibration
  const tierRng = new Rng(seed, 'credit/tiers');
  const tierOf = new Map<string, (typeof TIERS)[number]>();
  const targetOf = new Map<string, number>();
  for (const c of tierRng.shuffle(companies)) {
    const r = tierRng.next();
    let acc = 0;
    const tier = TIERS.find((t) => (acc += t.share) > r) ?? TIERS[2];
    tierOf.set(c.companyId, tier);
    targetOf.set(c.companyId, Math.round(tierRng.float(tier.from, tier.to) * 2) * 50);
  }
  const hasOrg = new Set(party.organizations.filter((o) => o.kind === 'COMPANY' && o.establishedOn <= '2023-11-30').flatMap((o) => o.companyIds));
  const manual = new Rng(seed, 'credit/manual');
  const opinions: Omit<CreditOpinionSeed, 'id' | 'creditEventId'>[] = [];
  const opinionDraft = new Map<Omit<CreditOpinionSeed, 'id' | 'creditEventId'>, Draft>();
  const honours: Omit<CreditHonourSeed, 'id' | 'creditEventId'>[] = [];
  const honourDraft = new Map<Omit<CreditHonourSeed, 'id' | 'creditEventId'>, Draft>();
  const officialEvent = (d: Omit<Draft, 'sourceKind' | 'sourceEventId' | 'sourceEventType' | 'officialSubject' | 'officialLevel'>, by: string): Draft => {
    const draft: Draft = { ...d, sourceKind: 'OFFICIAL', sourceEventId: null, sourceEventType: null, ...official(by) };
    drafts.push(draft);
    return draft;
  };

  for (const c of companies) {
    const city = `${c.regionCode.slice(0, 4)}00`;
    officialEvent(hasOrg.has(c.companyId)
      ? { companyId: c.companyId, category: 'INDICATOR', item: 'PARTY_BUILDING', points: '2.00', occurredAt: at('2023-12-05'), regionCode: c.regionCode, estateId: null, evidence: '年度党建工作考核：党组织健全、活动规范', evidenceRefs: ['闽建房〔2023〕党建考核'] }
      : { companyId: c.companyId, category: 'INDICATOR', item: 'PARTY_BUILDING', points: '-1.00', occurredAt: at('2023-12-05'), regionCode: c.regionCode, estateId: null, evidence: '年度党建工作考核：未建立党组织且未选派指导员', evidenceRefs: ['闽建房〔2023〕党建考核'] }, city);
    const estate = c.estates.length ? manual.pick(c.estates) : null;
    const tier = tierOf.get(c.companyId)!;
    if (estate) {
      const rating = tier.grade === 'AAA' || (tier.grade === 'AA' && manual.chance(0.7)) ? 'GOOD' : tier.grade === 'C' || (tier.grade === 'B' && manual.chance(0.5)) ? 'POOR' : manual.chance(0.35) ? 'GOOD' : 'FAIR';
      const street = estate.regionCode.slice(0, 9);
      const opinion = { companyId: c.companyId, estateId: estate.estateId, regionCode: estate.regionCode, rating, text: rating === 'GOOD' ? '积极参与社区治理，配合开展党建联建活动，业主满意度高' : rating === 'POOR' ? '服务不到位，对社区工作配合不积极，业主意见较大' : '能够履行物业服务合同，配合社区工作', officialSubject: `official@${street}`, occurredAt: at(manual.dateBetween('2023-11-01', '2023-12-20'), 15) } as const;
      opinions.push(opinion);
      const draft: Draft = { companyId: c.companyId, category: 'INDICATOR', item: 'PARTY_OPINION', points: RULES.opinionPoints[rating], occurredAt: opinion.occurredAt, regionCode: estate.regionCode, estateId: estate.estateId, sourceKind: 'OPINION', sourceEventId: null, sourceEventType: null, officialSubject: opinion.officialSubject, officialLevel: 'STREET', evidence: `评价意见（${rating}）：${opinion.text}`, evidenceRefs: [] };
      drafts.push(draft);
      opinionDraft.set(opinion, draft);
      if (manual.chance(tier.grade === 'AAA' ? 0.6 : tier.grade === 'AA' ? 0.25 : 0.08)) {
        officialEvent({ companyId: c.companyId, category: 'BONUS', item: 'ELDERLY_CARE', points: '2.00', occurredAt: at(manual.dateBetween('2023-03-01', '2023-11-30')), regionCode: estate.regionCode, estateId: estate.estateId, evidence: '在小区开展居家养老、助餐服务，经街道核实', evidenceRefs: [] }, street);
      }
    }
    if (tier.grade === 'C') {
      const item = manual.pick(['MAJOR_ACCIDENT', 'ILLEGAL_FEES', 'FALSE_MATERIALS']);
      const penalty = RULES.penalties.find((p) => p.code === item)!;
      officialEvent({ companyId: c.companyId, category: 'PENALTY', item, points: penalty.points, occurredAt: at(manual.dateBetween('2023-02-01', '2023-10-31')), regionCode: c.regionCode, estateId: null, evidence: penalty.name, evidenceRefs: [] }, c.regionCode);
    }
  }

  // 美好家园: distinct estates, good companies' estates more likely
  const honourRng = new Rng(seed, 'credit/honours');
  const weight: Record<string, number> = { AAA: 8, AA: 4, A: 1.5, B: 0.3, C: 0 };
  const candidates = registry.estates.filter((e) => e.companyId !== null);
  const picked = honourRng.shuffle(honourRng.sample(candidates, CREDIT_FIGURES.honoursCity + CREDIT_FIGURES.honoursProvince + CREDIT_FIGURES.honoursNational, (e) => weight[tierOf.get(e.companyId!)!.grade]!));
  const levels = [
    ...Array<'NATIONAL'>(CREDIT_FIGURES.honoursNational).fill('NATIONAL'),
    ...Array<'PROVINCE'>(CREDIT_FIGURES.honoursProvince).fill('PROVINCE'),
    ...Array<'CITY'>(CREDIT_FIGURES.honoursCity).fill('CITY'),
  ];
  picked.forEach((e, i) => {
    const level = levels[i]!;
    const awardedOn = level === 'CITY' ? honourRng.dateBetween('2023-09-01', '2023-10-31') : level === 'PROVINCE' ? '2023-11-20' : '2023-12-15';
    const honour = { estateId: e.id, companyId: e.companyId!, level, regionCode: e.regionCode, year: 2023, awardedOn };
    honours.push(honour);
    const by = level === 'CITY' ? `${e.regionCode.slice(0, 4)}00` : '350000';
    honourDraft.set(honour, officialEvent({ companyId: e.companyId!, category: 'BONUS', item: `HONOUR_${level}`, points: RULES.bonuses.find((b) => b.code === `HONOUR_${level}`)!.points, occurredAt: at(awardedOn), regionCode: e.regionCode, estateId: e.id, evidence: `${e.name} 获评${level === 'CITY' ? '市级' : level === 'PROVINCE' ? '省级' : '国家级（推荐）'}"美好家园"小区`, evidenceRefs: [] }, by));
  });

  // calibration: service quality and basic conduct evaluations move each 2023 score towards its tier's target
  const of2023 = new Map<string, Draft[]>();
  for (const d of drafts) if (yearOf(d.occurredAt) === 2023) of2023.set(d.companyId, [...(of2023.get(d.companyId) ?? []), d]);
  const calibrate = new Rng(seed, 'credit/calibration');
  for (const c of companies) {
    let gap = targetOf.get(c.companyId)! - scoreHundredths(RULES, of2023.get(c.companyId) ?? []);
    gap = Math.round(gap / 50) * 50;
    for (const [item, lo, hi] of [['SERVICE_QUALITY', -2000, 1000], ['BASIC_CONDUCT', -2000, 500]] as const) {
      let part = Math.min(Math.max(gap, lo), hi);
      gap -= part;
      while (part !== 0) {
        const step = part > 0 ? Math.min(part, hundredths(RULES.officialPoints.max)) : Math.max(part, hundredths(RULES.officialPoints.min));
        part -= step;
        const texts = item === 'SERVICE_QUALITY' ? (step > 0 ? QUALITY_GOOD : QUALITY_BAD) : step > 0 ? CONDUCT_GOOD : CONDUCT_BAD;
        const estate = c.estates.length ? calibrate.pick(c.estates) : null;
        officialEvent({ companyId: c.companyId, category: 'INDICATOR', item, points: pointsText(step), occurredAt: at(calibrate.dateBetween('2023-01-10', '2023-12-20'), calibrate.int(9, 17)), regionCode: estate?.regionCode ?? c.regionCode, estateId: estate?.estateId ?? null, evidence: calibrate.pick(texts), evidenceRefs: [] }, c.regionCode);
      }
    }
  }

  // ids in time order (then company), as the platform would have numbered them
  const order = drafts.map((d, i) => ({ d, i, t: new Date(d.occurredAt).getTime() })).sort((a, b) => a.t - b.t || (a.d.companyId < b.d.companyId ? -1 : a.d.companyId > b.d.companyId ? 1 : a.i - b.i));
  const idOf = new Map<Draft, string>();
  const events: CreditEventSeed[] = order.map(({ d }, n) => {
    const id = `CE${String(n + 1).padStart(7, '0')}`;
    idOf.set(d, id);
    const year = yearOf(d.occurredAt);
    return { id, ...d, year, ruleYear: year, ruleVersion: 1 };
  });
  return {
    ruleSets: [
      { year: 2023, version: 1, document: RULES, note: '福建省物业服务企业信用评价规则（2023年版）', publishedAt: '2023-01-05T09:00:00+08:00' },
      { year: 2024, version: 1, document: RULES, note: '福建省物业服务企业信用评价规则（2024年版，沿用2023年标准）', publishedAt: '2024-01-05T09:00:00+08:00' },
    ],
    companies,
    events,
    opinions: opinions.map((o, i) => ({ id: `OP${String(i + 1).padStart(6, '0')}`, ...o, creditEventId: idOf.get(opinionDraft.get(o)!)! })),
    honours: honours.map((h, i) => ({ id: `HN${String(i + 1).padStart(5, '0')}`, ...h, creditEventId: idOf.get(honourDraft.get(h)!)! })),
    evaluations: [{ year: 2023, closedAt: '2024-01-20T09:00:00+08:00', publishedAt: '2024-02-01T09:00:00+08:00' }],
  };
}

/** The 2023 grade each company gets by the demo rule set (for tests of the distribution). */
export function gradesOf(slice: CreditSlice, year = 2023): Map<string, string> {
  const byCompany = new Map<string, CreditEventSeed[]>();
  for (const e of slice.events) if (e.year === year) byCompany.set(e.companyId, [...(byCompany.get(e.companyId) ?? []), e]);
  return new Map(slice.companies.map((c) => [c.companyId, gradeOfHundredths(CREDIT_RULE_SET, scoreHundredths(CREDIT_RULE_SET, byCompany.get(c.companyId) ?? []))]));
}
