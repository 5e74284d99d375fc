// The safety figures, counted afresh from the generated rows and compared with the seed's literal
// numbers, and the slice's consistency with the registry slice and with its own rules.

import { beforeAll, describe, expect, it } from 'vitest';
import { generateProvince, generateSafetyInspection } from '../index.js';
import type { RegistrySlice, ResidentialEstate } from '../types.js';
import { DEADLINE_DAYS, FIRE_CATEGORIES, SELF_INSPECTION_MONTHS } from './figures.js';
import type { SafetyAction, SafetyFindingState, SafetyInspectionSlice } from './types.js';

const AS_OF_INSTANT = '2024-09-09T16:00:00.000Z';
const LAST_DAY = '2024-09-09';

let registry: RegistrySlice;
let slice: SafetyInspectionSlice;
let estates: Map<string, ResidentialEstate>;
beforeAll(() => {
  registry = generateProvince().registry;
  slice = generateSafetyInspection();
  estates = new Map(registry.estates.map((e) => [e.id, e]));
});

/** the ids of the rows breaking a rule (one expect per rule, not per row) */
function expectAll<T>(rows: readonly T[], rule: (row: T) => boolean, id: (row: T) => string = (r) => (r as { id: string }).id) {
  expect(rows.filter((row) => !rule(row)).map(id)).toEqual([]);
}

const isFire = (category: string) => (FIRE_CATEGORIES as readonly string[]).includes(category);
const rectified = (state: SafetyFindingState) => state === 'RECTIFIED' || state === 'VERIFIED';

describe('the seed figures at scale 1', () => {
  it('37 双随机 checks, each one recorded draw', () => {
    const checks = slice.campaigns.filter((c) => c.kind === 'RANDOM_DRAW');
    expect(checks).toHaveLength(37);
    expect(slice.draws.map((d) => d.campaignId).sort()).toEqual(checks.map((c) => c.id).sort());
  });

  it('787 estates sampled: the draws pick 787 from eligible lists that never overlap', () => {
    expect(slice.draws.reduce((sum, d) => sum + d.estateCount, 0)).toBe(787);
    expect(slice.draws.reduce((sum, d) => sum + d.inspections.length, 0)).toBe(787);
    const eligible = slice.draws.flatMap((d) => d.eligible.map((e) => e.estateId));
    expect(new Set(eligible).size).toBe(eligible.length);
  });

  it('428 fire problems found by the checks rectified by AS_OF (of 481 found)', () => {
    const drawn = new Set(slice.draws.flatMap((d) => d.inspections.map((i) => i.id)));
    const fire = slice.findings.filter((f) => drawn.has(f.inspectionId) && isFire(f.category));
    expect(fire).toHaveLength(481);
    expect(fire.filter((f) => rectified(f.state))).toHaveLength(428);
  });

  it('self-inspections for every served estate, January to August 2024, about 6% of months missing', () => {
    const served = registry.estates.filter((e) => e.companyId !== null).length;
    const missing = 1 - slice.selfInspections.length / (served * SELF_INSPECTION_MONTHS.length);
    expect(missing).toBeGreaterThan(0.04);
    expect(missing).toBeLessThan(0.09);
  });
});

describe('draws', () => {
  it('record sorted inputs of served estates of the checked county, with their companies then', () => {
    const campaigns = new Map(slice.campaigns.map((c) => [c.id, c]));
    for (const draw of slice.draws) {
      const county = campaigns.get(draw.campaignId)!.regionCode;
      const ids = draw.eligible.map((e) => e.estateId);
      expect(ids).toEqual([...ids].sort());
      expectAll(draw.eligible, (e) => estates.get(e.estateId)?.companyId === e.companyId && e.companyId !== null && estates.get(e.estateId)!.regionCode.startsWith(county), (e) => e.estateId);
      const pool = draw.pool.map((p) => p.inspectorId);
      expect(pool).toEqual([...pool].sort());
      expect(draw.seed).toMatch(/^[0-9a-f]{32}$/);
      expect(draw.estateCount).toBeLessThanOrEqual(draw.eligible.length * 0.6);
      expect(draw.inspectorCount).toBeGreaterThanOrEqual(draw.teamSize + 1);
      expect(draw.inspectorCount).toBeLessThanOrEqual(draw.pool.length);
    }
  });

  it('leave every company tied to at most one inspector of a pool, so 回避 can always be met', () => {
    for (const draw of slice.draws) {
      const companies = draw.pool.flatMap((p) => p.companyIds);
      expect(new Set(companies).size).toBe(companies.length);
    }
  });

  it('pools carry the ties recorded for their inspectors', () => {
    const ties = new Map<string, string[]>();
    for (const t of slice.inspectorTies) ties.set(t.inspectorId, [...(ties.get(t.inspectorId) ?? []), t.companyId]);
    for (const draw of slice.draws) expectAll(draw.pool, (p) => JSON.stringify(p.companyIds) === JSON.stringify([...(ties.get(p.inspectorId) ?? [])].sort()), (p) => p.inspectorId);
  });
});

describe('campaigns and inspections', () => {
  it('has all four kinds, quarterly supervision in every city, the 超高层 special campaign', () => {
    const kinds = new Set(slice.campaigns.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['RANDOM_DRAW', 'RESIDENT_SUPERVISION', 'SPECIAL', 'UNANNOUNCED']);
    expect(slice.campaigns.filter((c) => c.kind === 'RESIDENT_SUPERVISION' && c.quarter === '2024Q2')).toHaveLength(9);
    expect(slice.campaigns.some((c) => c.kind === 'SPECIAL' && c.name.includes('超高层公共建筑消防安全'))).toBe(true);
  });

  it('conducts inspections within their campaign, before AS_OF; results published only after the end', () => {
    const campaigns = new Map(slice.campaigns.map((c) => [c.id, c]));
    expectAll(slice.visits, (v) => v.conductedOn >= campaigns.get(v.campaignId)!.startsOn && v.conductedOn <= campaigns.get(v.campaignId)!.endsOn && v.conductedOn <= LAST_DAY);
    for (const draw of slice.draws) {
      const c = campaigns.get(draw.campaignId)!;
      expectAll(draw.inspections, (i) => i.conductedOn > c.startsOn && i.conductedOn <= c.endsOn);
      expect(draw.drawnAt < `${c.startsOn}T12:00`).toBe(true);
    }
    expectAll(slice.campaigns, (c) => c.resultsPublishedOn === null || (c.resultsPublishedOn > c.endsOn && c.resultsPublishedOn <= LAST_DAY));
    // the latest checks' results are still to be published
    expect(slice.campaigns.filter((c) => c.kind === 'RANDOM_DRAW' && c.resultsPublishedOn === null).length).toBeGreaterThan(0);
  });

  it('visits estates of the campaign region, with two inspectors never tied to the estate\'s company', () => {
    const campaigns = new Map(slice.campaigns.map((c) => [c.id, c]));
    const tied = new Set(slice.inspectorTies.map((t) => `${t.inspectorId}|${t.companyId}`));
    const prefix = (code: string) => (code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code);
    expectAll(slice.visits, (v) => estates.get(v.estateId)?.companyId === v.companyId && estates.get(v.estateId)!.regionCode.startsWith(prefix(campaigns.get(v.campaignId)!.regionCode)));
    expectAll(slice.visits, (v) => v.inspectorIds.length === 2 && v.inspectorIds.every((i) => !tied.has(`${i}|${v.companyId}`)));
  });

  it('numbers ids uniquely', () => {
    for (const rows of [slice.campaigns, slice.draws, slice.inspectors, slice.findings, slice.selfInspections, slice.findings.flatMap((f) => f.evidence)] as { id: string }[][]) {
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    }
    const inspections = [...slice.visits.map((v) => v.id), ...slice.draws.flatMap((d) => d.inspections.map((i) => i.id))];
    expect(new Set(inspections).size).toBe(inspections.length);
  });
});

describe('findings', () => {
  const NEXT: Record<Exclude<SafetyAction, 'RAISE'>, [SafetyFindingState, SafetyFindingState]> = {
    NOTIFY: ['RAISED', 'NOTIFIED'],
    RECTIFY: ['NOTIFIED', 'RECTIFIED'],
    VERIFY: ['RECTIFIED', 'VERIFIED'],
    REJECT: ['RECTIFIED', 'NOTIFIED'],
  };

  it('move only along the rectification state machine, in time order, before AS_OF', () => {
    expectAll(slice.findings, (f) =>
      f.transitions.every((t, k) => {
        if (k === 0) return t.action === 'RAISE' && t.from === null && t.to === 'RAISED';
        const [from, to] = NEXT[t.action as Exclude<SafetyAction, 'RAISE'>] ?? [];
        return t.from === from && t.to === to && t.from === f.transitions[k - 1]!.to && t.at > f.transitions[k - 1]!.at;
      }) && f.transitions.at(-1)!.to === f.state && f.transitions.at(-1)!.at < AS_OF_INSTANT,
    );
  });

  it('set the deadline from the notice by severity: MAJOR 7 days, GENERAL 30', () => {
    const chinaDate = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const plus = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    expectAll(slice.findings, (f) => {
      const notice = f.transitions.find((t) => t.action === 'NOTIFY');
      return notice ? f.deadline === plus(chinaDate(notice.at), DEADLINE_DAYS[f.severity]) : f.deadline === null;
    });
  });

  it('keep evidence of what was found, and of every rectification', () => {
    expectAll(slice.findings, (f) => f.evidence.some((e) => e.stage === 'FOUND') && f.transitions.filter((t) => t.action === 'RECTIFY').every((t) => f.evidence.some((e) => e.stage === 'RECTIFIED' && e.recordedAt === t.at)));
  });

  it('leave some open findings overdue on AS_OF, and most verified', () => {
    const overdue = slice.findings.filter((f) => f.state === 'NOTIFIED' && f.deadline! < '2024-09-10');
    expect(overdue.length).toBeGreaterThan(20);
    expect(slice.findings.filter((f) => f.state === 'VERIFIED').length / slice.findings.length).toBeGreaterThan(0.8);
  });
});

describe('self-inspections', () => {
  it('are by the serving company, once per estate and month, against the checklist in force', () => {
    const checklists = new Map(slice.checklists.map((c) => [c.id, c]));
    expectAll(slice.selfInspections, (s) => estates.get(s.estateId)?.companyId === s.companyId);
    expectAll(slice.selfInspections, (s) => (SELF_INSPECTION_MONTHS as readonly string[]).includes(s.month.slice(0, 7)) && s.month.endsWith('-01') && s.submittedOn.startsWith(s.month.slice(0, 7)));
    expectAll(slice.selfInspections, (s) => {
      const version = checklists.get(s.checklistVersionId)!;
      const later = slice.checklists.filter((c) => c.effectiveFrom <= s.month && c.effectiveFrom > version.effectiveFrom);
      return version.effectiveFrom <= s.month && later.length === 0 && s.failedItemCodes.every((code) => version.items.some((i) => i.code === code));
    });
    const keys = slice.selfInspections.map((s) => `${s.estateId}|${s.month}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has two checklist versions, the June one adding typhoon and e-bike items', () => {
    const [first, second] = slice.checklists;
    expect(first!.effectiveFrom).toBe('2024-01-01');
    expect(second!.items.length).toBeGreaterThan(first!.items.length);
    expect(second!.items.filter((i) => !first!.items.some((j) => j.code === i.code)).map((i) => i.category).sort()).toEqual(['E_BIKE_CHARGING', 'TYPHOON_FLOOD', 'TYPHOON_FLOOD']);
  });
});
