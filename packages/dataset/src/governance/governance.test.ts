// The governance slice against the seed's figures, counted on the rows: 35 / 41 / 17 counties, 355
// mediations resolved in 2023, 12 pilots with party-mass service centres — and every row consistent
// with the registry and the seed's date.
import { describe, expect, it } from 'vitest';
import { AS_OF } from '../dates.js';
import { COUNTIES } from '../fujian.js';
import { generateGovernance, generateProvince } from '../index.js';
import { GOVERNANCE_FIGURES, MEDIATION_YEARS } from './figures.js';

const { registry } = generateProvince();
const slice = generateGovernance();
const estates = new Map(registry.estates.map((e) => [e.id, e]));
const before = (date: string | null) => date === null || date < AS_OF;

describe('一网统管', () => {
  const counties = (milestone: string) => new Set(slice.gridIntegrations.filter((g) => g.milestone === milestone && before(g.achievedOn)).map((g) => g.countyCode));

  it('counts 35 counties with merged grids, 41 with 吹哨报到 and 17 with connected platforms', () => {
    expect([counties('GRID_MERGED').size, counties('WHISTLE_REPORT').size, counties('PLATFORM_CONNECTED').size]).toEqual([
      GOVERNANCE_FIGURES.gridsMerged, GOVERNANCE_FIGURES.whistleReport, GOVERNANCE_FIGURES.platformsConnected,
    ]);
  });

  it('records each milestone once per real county, with evidence, every city taking part', () => {
    const keys = slice.gridIntegrations.map((g) => `${g.countyCode}|${g.milestone}`);
    expect(new Set(keys).size).toBe(keys.length);
    const real = new Set(COUNTIES.filter((c) => c.weight > 0).map((c) => c.code));
    expect(slice.gridIntegrations.every((g) => real.has(g.countyCode) && g.evidence.length > 10)).toBe(true);
    expect(new Set([...counties('WHISTLE_REPORT')].map((c) => c.slice(0, 4))).size).toBe(9);
  });

  it('connects platforms only where grids are merged, after merging', () => {
    const merged = new Map(slice.gridIntegrations.filter((g) => g.milestone === 'GRID_MERGED').map((g) => [g.countyCode, g.achievedOn]));
    for (const g of slice.gridIntegrations.filter((x) => x.milestone === 'PLATFORM_CONNECTED')) expect(merged.get(g.countyCode)! < g.achievedOn).toBe(true);
  });
});

describe('诉调对接', () => {
  it('resolves exactly 355 disputes by agreement in 2023', () => {
    const resolved = slice.mediations.filter((m) => m.state === 'AGREEMENT' && m.concludedOn!.startsWith(String(GOVERNANCE_FIGURES.mediationYear)));
    expect(resolved).toHaveLength(GOVERNANCE_FIGURES.mediationsResolved);
    for (const y of MEDIATION_YEARS) expect(slice.mediations.filter((m) => m.state === 'AGREEMENT' && m.concludedOn!.startsWith(String(y.year)))).toHaveLength(y.agreements);
  });

  it('keeps every case\'s dates in lifecycle order, before the seed\'s date, with a mediator once mediating', () => {
    for (const m of slice.mediations) {
      const steps = [m.referredOn, m.mediationStartedOn, m.concludedOn, m.returnedOn].filter((d): d is string => d !== null);
      expect(steps).toEqual([...steps].sort());
      expect(steps.every((d) => d < AS_OF)).toBe(true);
      expect(m.mediatorId !== null).toBe(m.state !== 'RECEIVED');
      expect(m.concludedOn !== null).toBe(['AGREEMENT', 'NO_AGREEMENT', 'RETURNED_TO_COURT'].includes(m.state));
      expect(m.returnedOn !== null).toBe(m.state === 'RETURNED_TO_COURT');
      expect(estates.get(m.estateId)!.regionCode).toBe(m.regionCode);
    }
  });

  it('assigns mediators of the case\'s city or the provincial body', () => {
    const mediators = new Map(slice.mediators.map((m) => [m.id, m]));
    for (const m of slice.mediations.filter((x) => x.mediatorId)) {
      const region = mediators.get(m.mediatorId!)!.regionCode;
      expect(region === '350000' || m.regionCode.startsWith(region.slice(0, 4))).toBe(true);
    }
  });
});

describe('完整社区 and 老旧小区', () => {
  it('has the 12 first-batch pilots, each with a party-mass service centre and estates of its community', () => {
    expect(slice.pilots).toHaveLength(GOVERNANCE_FIGURES.pilots);
    for (const p of slice.pilots) {
      expect(p.centreName).toMatch(/党群服务中心$/);
      expect(p.estateIds.length).toBeGreaterThan(0);
      expect(p.estateIds.every((id) => estates.get(id)!.regionCode === p.communityCode)).toBe(true);
    }
  });

  it('renovates old estates of the project\'s county, hands over only accepted trials', () => {
    expect(slice.renovations[0]!.name).toContain('晋江');
    for (const r of slice.renovations) {
      expect(r.estateIds.every((id) => estates.get(id)!.regionCode.startsWith(r.regionCode))).toBe(true);
      expect(r.trialStartsOn < r.trialEndsOn).toBe(true);
      if (r.handedOverOn) expect([r.decision, r.decidedOn! <= r.handedOverOn, before(r.handedOverOn)]).toEqual(['ACCEPTED', true, true]);
    }
  });
});

describe('deliberation, enforcement, joint meetings', () => {
  it('settles most matters in the estate ("小事不出小区"), every settled one after it was raised', () => {
    const settled = slice.matters.filter((m) => m.settledLevel);
    expect(settled.filter((m) => m.settledLevel === 'ESTATE').length / settled.length).toBeGreaterThan(0.6);
    expect(settled.every((m) => m.raisedOn <= m.settledOn! && before(m.settledOn))).toBe(true);
    expect(slice.matters.some((m) => m.forum === 'NEIGHBOUR_TALK' && !m.regionCode.startsWith('3504'))).toBe(false);
  });

  it('concludes enforcement after it found the violation; demolition only for illegal construction', () => {
    for (const a of slice.enforcement) {
      expect(a.outcome === 'PENDING').toBe(a.concludedOn === null);
      if (a.concludedOn) expect(a.foundOn <= a.concludedOn && before(a.concludedOn)).toBe(true);
      if (a.outcome === 'DEMOLISHED') expect(a.violation).toBe('ILLEGAL_CONSTRUCTION');
    }
  });

  it('convenes joint meetings at streets, with resolutions done after the meeting or still open', () => {
    for (const m of slice.jointMeetings) {
      expect(m.streetCode).toHaveLength(9);
      expect(m.resolutions.length).toBeGreaterThan(0);
      for (const r of m.resolutions) expect(r.doneOn === null || (m.heldOn <= r.doneOn && before(r.doneOn))).toBe(true);
    }
    expect(slice.jointMeetings.flatMap((m) => m.resolutions).some((r) => r.doneOn === null && r.deadline < AS_OF)).toBe(true);
  });
});
