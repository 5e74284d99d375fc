// The pure mapping from domain events to credit events, without a database.
import { CREDIT_RULE_SET } from '@wuye/dataset';
import type { DomainEvent } from '@wuye/kit';
import { describe, expect, it } from 'vitest';
import { RuleSetDocument } from '../rules/document.js';
import { chinaYear } from '../time.js';
import { creditEventsFor, factDate } from './mapping.js';

const rules = RuleSetDocument.parse(CREDIT_RULE_SET);
const event = (type: string, payload: Record<string, unknown>): DomainEvent => ({ id: 'e', type, source: type.split('.')[0]!, aggregateType: 'X', aggregateId: 'x', sequence: 1, occurredAt: '2024-08-01T00:00:00Z', payload });
const base = { estateId: 'E000001', companyId: 'C0001', regionCode: '350102001001' };

describe('creditEventsFor', () => {
  it('scores every consumed type by the rule set', () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['party-building.InstructorSent', { instructorId: 'PI1', companyId: 'C0001', estateId: null, regionCode: '350102', sentOn: '2024-01-02' }, 'PARTY_BUILDING', '0.50'],
      ['safety-inspection.FindingRaised', { findingId: 'F1', ...base, category: 'OTHER', severity: 'GENERAL', raisedAt: '2024-01-02T00:00:00Z' }, 'SAFETY', '-0.50'],
      ['safety-inspection.FindingRectified', { findingId: 'F1', ...base, severity: 'MAJOR', deadline: '2024-01-09', rectifiedAt: '2024-01-05T00:00:00Z', onTime: true }, 'SAFETY', '1.00'],
      ['safety-inspection.FindingRectified', { findingId: 'F1', ...base, severity: 'MAJOR', deadline: '2024-01-09', rectifiedAt: '2024-01-15T00:00:00Z', onTime: false }, 'SAFETY', '-1.50'],
      ['safety-inspection.SelfInspectionMissed', { ...base, month: '2024-02' }, 'SAFETY', '-0.50'],
      ['public-revenue.StatementPublished', { statementId: 'S1', ...base, quarter: '2024Q1', publishedAt: '2024-04-10T00:00:00Z', deadline: '2024-04-30', onTime: true }, 'PUBLIC_REVENUE', '0.00'],
      ['public-revenue.StatementPublished', { statementId: 'S1', ...base, quarter: '2024Q1', publishedAt: '2024-05-10T00:00:00Z', deadline: '2024-04-30', onTime: false }, 'PUBLIC_REVENUE', '-1.00'],
      ['public-revenue.ComplaintSubstantiated', { complaintId: 'CP1', ...base, source: 'PETITION', closedAt: '2024-03-01T00:00:00Z' }, 'COMPLAINTS', '-1.00'],
    ];
    for (const [type, payload, item, points] of cases) expect(creditEventsFor(event(type, payload), rules).map((d) => [d.item, d.points, d.companyId])).toEqual([[item, points, 'C0001']]);
  });

  it('gives each company of a joint COMPANY organisation its points, and other kinds none', () => {
    const formed = { organizationId: 'PO1', kind: 'COMPANY', formation: 'JOINT', companyIds: ['C0001', 'C0002', 'C0001'], estateIds: [], regionCode: '350102', establishedOn: '2024-03-01' };
    expect(creditEventsFor(event('party-building.OrganizationFormed', formed), rules).map((d) => [d.companyId, d.points])).toEqual([['C0001', '3.00'], ['C0002', '3.00']]);
    expect(creditEventsFor(event('party-building.OrganizationDissolved', { ...formed, dissolvedOn: '2024-05-01' }), rules).map((d) => d.points)).toEqual(['-3.00', '-3.00']);
    expect(creditEventsFor(event('party-building.OrganizationFormed', { ...formed, kind: 'ESTATE_BRANCH' }), rules)).toEqual([]);
  });

  it('ignores events without a company', () => {
    expect(creditEventsFor(event('safety-inspection.FindingRaised', { findingId: 'F1', ...base, companyId: null, severity: 'MAJOR', raisedAt: '2024-01-02T00:00:00Z' }), rules)).toEqual([]);
  });

  it('dates a fact in China time: 31 December 20:00 UTC is already the next year', () => {
    expect(chinaYear(factDate(event('safety-inspection.FindingRaised', { ...base, raisedAt: '2023-12-31T20:00:00Z' })))).toBe(2024);
    expect(chinaYear(factDate(event('safety-inspection.SelfInspectionMissed', { ...base, month: '2023-12' })))).toBe(2023);
  });
});
