// Which credit events a domain event makes: a pure function of the event and the rule set in force for
// the fact's year, so that it can be tested without a database. Events whose company is null (an estate
// nobody serves) and party organisations of other kinds than COMPANY make none.
import type { DomainEvent } from '@wuye/kit';
import type { Indicator, RuleSetDocument } from '../rules/document.js';
import { instantOf, monthEnd } from '../time.js';

/** the domain event types credit consumes */
export const CONSUMED_TYPES = [
  'party-building.OrganizationFormed',
  'party-building.OrganizationDissolved',
  'party-building.InstructorSent',
  'safety-inspection.FindingRaised',
  'safety-inspection.FindingRectified',
  'safety-inspection.SelfInspectionMissed',
  'public-revenue.StatementPublished',
  'public-revenue.ComplaintSubstantiated',
] as const;
export type ConsumedType = (typeof CONSUMED_TYPES)[number];

/** a credit event to record, before it has an id */
export interface CreditEventDraft {
  companyId: string;
  item: Indicator;
  points: string;
  occurredAt: Date;
  regionCode: string;
  estateId: string | null;
  evidence: string;
  evidenceRefs: string[];
}

type Payload = Record<string, unknown>;
const str = (p: Payload, key: string): string | null => (typeof p[key] === 'string' ? (p[key] as string) : null);
const ids = (p: Payload, key: string): string[] => (Array.isArray(p[key]) ? (p[key] as unknown[]).filter((v): v is string => typeof v === 'string') : []);
const severity = (p: Payload): 'MAJOR' | 'GENERAL' => (p.severity === 'MAJOR' ? 'MAJOR' : 'GENERAL');

/** When the fact happened (its year chooses the rule set). */
export function factDate(event: DomainEvent): Date {
  const p = event.payload as Payload;
  switch (event.type as ConsumedType) {
    case 'party-building.OrganizationFormed': return instantOf(str(p, 'establishedOn') ?? event.occurredAt);
    case 'party-building.OrganizationDissolved': return instantOf(str(p, 'dissolvedOn') ?? event.occurredAt);
    case 'party-building.InstructorSent': return instantOf(str(p, 'sentOn') ?? event.occurredAt);
    case 'safety-inspection.FindingRaised': return instantOf(str(p, 'raisedAt') ?? event.occurredAt);
    case 'safety-inspection.FindingRectified': return instantOf(str(p, 'rectifiedAt') ?? event.occurredAt);
    case 'safety-inspection.SelfInspectionMissed': return str(p, 'month') ? monthEnd(str(p, 'month')!) : instantOf(event.occurredAt);
    case 'public-revenue.StatementPublished': return instantOf(str(p, 'publishedAt') ?? event.occurredAt);
    case 'public-revenue.ComplaintSubstantiated': return instantOf(str(p, 'closedAt') ?? event.occurredAt);
    default: return instantOf(event.occurredAt);
  }
}

/** The credit events a domain event makes under `rules` (none for a company-less or irrelevant event). */
export function creditEventsFor(event: DomainEvent, rules: RuleSetDocument): CreditEventDraft[] {
  const p = event.payload as Payload;
  const pts = rules.eventPoints;
  const at = factDate(event);
  const regionCode = str(p, 'regionCode') ?? '';
  const one = (item: Indicator, points: string, evidence: string, ref: string | null): CreditEventDraft[] => {
    const companyId = str(p, 'companyId');
    if (!companyId || !regionCode) return [];
    return [{ companyId, item, points, occurredAt: at, regionCode, estateId: str(p, 'estateId'), evidence, evidenceRefs: ref ? [ref] : [] }];
  };
  switch (event.type as ConsumedType) {
    case 'party-building.OrganizationFormed':
    case 'party-building.OrganizationDissolved': {
      if (p.kind !== 'COMPANY' || !regionCode) return [];
      const formed = event.type === 'party-building.OrganizationFormed';
      return [...new Set(ids(p, 'companyIds'))].map((companyId) => ({
        companyId,
        item: 'PARTY_BUILDING' as const,
        points: formed ? pts.organizationFormed : pts.organizationDissolved,
        occurredAt: at,
        regionCode,
        estateId: null,
        evidence: formed ? `企业党组织成立（${String(p.formation ?? '')}）` : '企业党组织撤销',
        evidenceRefs: [`party-building:${String(p.organizationId)}`],
      }));
    }
    case 'party-building.InstructorSent':
      return one('PARTY_BUILDING', pts.instructorSent, '选派党建指导员', `party-building:${String(p.instructorId)}`);
    case 'safety-inspection.FindingRaised':
      return one('SAFETY', pts.findingRaised[severity(p)], `安全检查发现${severity(p) === 'MAJOR' ? '重大' : '一般'}隐患（${String(p.category ?? '')}）`, `safety-inspection:${String(p.findingId)}`);
    case 'safety-inspection.FindingRectified': {
      const onTime = p.onTime === true;
      const points = (onTime ? pts.findingRectifiedOnTime : pts.findingRectifiedLate)[severity(p)];
      return one('SAFETY', points, onTime ? '隐患按期整改' : `隐患逾期整改（期限 ${String(p.deadline ?? '')}）`, `safety-inspection:${String(p.findingId)}`);
    }
    case 'safety-inspection.SelfInspectionMissed':
      return one('SAFETY', pts.selfInspectionMissed, `${String(p.month)} 月度安全自查未开展`, null);
    case 'public-revenue.StatementPublished': {
      const onTime = p.onTime === true;
      return one('PUBLIC_REVENUE', onTime ? pts.statementPublishedOnTime : pts.statementPublishedLate, `${String(p.quarter)} 公共收益${onTime ? '按期' : '逾期'}公示`, `public-revenue:${String(p.statementId)}`);
    }
    case 'public-revenue.ComplaintSubstantiated':
      return one('COMPLAINTS', pts.complaintSubstantiated, `投诉经查属实（${String(p.source ?? '')}）`, `public-revenue:${String(p.complaintId)}`);
    default:
      return [];
  }
}
