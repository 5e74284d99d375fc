// The pure rules: 肥瘦搭配 in exact decimals (where floats go wrong), contract dates, the neighbour rule
// and the order of 党员先议's steps.
import { describe, expect, it } from 'vitest';
import { amountProblem, bundleEconomics, termSubsidy } from './bundles/economics.js';
import { addMonths, bundleActionsFrom } from './bundles/lifecycle.js';
import { areNeighbours, distanceMetres } from './bundles/neighbours.js';
import { nextSteps, stateAfter, stepRefusal } from './deliberation/steps.js';

describe('肥瘦搭配', () => {
  it('adds yuan exactly where floats drift', () => {
    const estates = Array.from({ length: 10 }, () => ({ monthlyFeeIncome: '0.10', monthlyCost: '0.00' }));
    expect(estates.reduce((s, e) => s + Number(e.monthlyFeeIncome), 0)).not.toBe(1); // 0.9999999999999999
    expect(bundleEconomics([...estates, { monthlyFeeIncome: '0.00', monthlyCost: '1.00' }])).toMatchObject({ monthlyFeeIncome: '1.00', monthlyCost: '1.00', net: '0.00', monthlySubsidy: '0.00', selfSustaining: true });
  });

  it('computes the subsidy a short bundle needs, a year of it and a term of it', () => {
    const e = bundleEconomics([{ monthlyFeeIncome: '1234.56', monthlyCost: '2000.01' }, { monthlyFeeIncome: '3000.00', monthlyCost: '2500.10' }]);
    expect(e).toMatchObject({ surplus: '499.90', deficit: '765.45', crossSubsidy: '499.90', net: '-265.55', monthlySubsidy: '265.55', annualSubsidy: '3186.60' });
    expect(termSubsidy(e.monthlySubsidy, 36)).toBe('9559.80');
    expect(265.55 * 36).not.toBe(9559.8); // 9559.800000000001
  });

  it('takes amounts with at most 2 decimal places', () => {
    expect(amountProblem('12500.50')).toBeNull();
    expect(amountProblem('-1')).toMatch(/non-negative/);
    expect(amountProblem('1.005')).toMatch(/2 decimal places/);
  });
});

describe('contract dates and lifecycle', () => {
  it('clamps a term\'s end to the month\'s last day', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-09-10', 24)).toBe('2026-09-10');
  });
  it('allows one step from each state but the last', () => {
    expect(['PROPOSED', 'APPROVED', 'CONTRACTED', 'ENDED'].map((s) => bundleActionsFrom(s as never))).toEqual([['approve'], ['contract'], ['end'], []]);
  });
});

describe('neighbours', () => {
  const a = { id: 'a', regionCode: '350203001001', latitude: 24.46, longitude: 118.1 };
  it('are estates of one street, however far, or of two streets within 1,000 m', () => {
    expect(areNeighbours(a, { ...a, id: 'b', regionCode: '350203001002', latitude: 24.5 })).toBe(true);
    const near = { id: 'c', regionCode: '350203002001', latitude: 24.465, longitude: 118.1 }; // ≈ 556 m north
    expect(Math.round(distanceMetres(a, near))).toBe(556);
    expect(areNeighbours(a, near)).toBe(true);
    expect(areNeighbours(a, { ...near, latitude: 24.47 })).toBe(false); // ≈ 1,112 m
  });
});

describe('党员先议 steps', () => {
  it('starts with the branch, then both committees in either order, then the announcement', () => {
    expect(nextSteps([])).toEqual(['BRANCH_DRAFT']);
    expect(nextSteps(['BRANCH_DRAFT'])).toEqual(['COMMUNITY_COMMITTEE', 'OWNERS_COMMITTEE']);
    expect(stateAfter(['BRANCH_DRAFT', 'OWNERS_COMMITTEE'])).toBe('CO_DECIDING');
    expect(stepRefusal('ANNOUNCEMENT', ['BRANCH_DRAFT', 'OWNERS_COMMITTEE'])).toMatch(/社区党委共商/);
    expect(stepRefusal('BRANCH_DRAFT', ['BRANCH_DRAFT'])).toMatch(/recorded already/);
  });
});
