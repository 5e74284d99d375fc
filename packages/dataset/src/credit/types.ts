// The credit slice (物业服务企业信用综合评价) of the demo province, keyed by the registry slice's ids.
// Points are exact decimal strings with two places ("-2.50"), computed in integer hundredths.

/** 评价规则文档 — the JSON document of a rule set (validated by @wuye/credit's zod schema) */
export interface CreditRuleSetDocument {
  baseScore: string;
  indicators: { code: string; name: string; weight: string; floor: string; cap: string }[];
  bonuses: { code: string; name: string; points: string; cap: string }[];
  bonusCap: string;
  penalties: { code: string; name: string; points: string }[];
  grades: { grade: string; minScore: string }[];
  officialPoints: { min: string; max: string };
  opinionPoints: { GOOD: string; FAIR: string; POOR: string };
  eventPoints: {
    organizationFormed: string;
    organizationDissolved: string;
    instructorSent: string;
    findingRaised: { MAJOR: string; GENERAL: string };
    findingRectifiedOnTime: { MAJOR: string; GENERAL: string };
    findingRectifiedLate: { MAJOR: string; GENERAL: string };
    selfInspectionMissed: string;
    statementPublishedOnTime: string;
    statementPublishedLate: string;
    complaintSubstantiated: string;
  };
}

export interface CreditRuleSetSeed {
  year: number;
  version: number;
  document: CreditRuleSetDocument;
  note: string;
  /** ISO instant */
  publishedAt: string;
}

/** 企业档案副本 — a company's registered county and served estates, as credit copies them */
export interface CreditCompanySeed {
  companyId: string;
  regionCode: string;
  estates: { estateId: string; regionCode: string }[];
}

export type CreditCategory = 'INDICATOR' | 'BONUS' | 'PENALTY';
export type CreditSourceKind = 'DOMAIN_EVENT' | 'OFFICIAL' | 'OPINION';
export type CreditOfficialLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'STREET';

export interface CreditEventSeed {
  id: string; // 'CE0000001'
  companyId: string;
  category: CreditCategory;
  item: string;
  points: string;
  /** ISO instant */
  occurredAt: string;
  year: number;
  regionCode: string;
  sourceKind: CreditSourceKind;
  /** a UUID for DOMAIN_EVENT */
  sourceEventId: string | null;
  sourceEventType: string | null;
  officialSubject: string | null;
  officialLevel: CreditOfficialLevel | null;
  estateId: string | null;
  evidence: string;
  evidenceRefs: string[];
  ruleYear: number;
  ruleVersion: number;
}

export interface CreditOpinionSeed {
  id: string; // 'OP000001'
  companyId: string;
  estateId: string;
  regionCode: string;
  rating: 'GOOD' | 'FAIR' | 'POOR';
  text: string;
  officialSubject: string;
  occurredAt: string;
  creditEventId: string;
}

export interface CreditHonourSeed {
  id: string; // 'HN00001'
  estateId: string;
  companyId: string;
  level: 'CITY' | 'PROVINCE' | 'NATIONAL';
  regionCode: string;
  year: number;
  awardedOn: string;
  creditEventId: string;
}

/** 年度评价 to close and publish when seeding (the subgraph freezes the results with its own SQL) */
export interface CreditEvaluationSeed {
  year: number;
  closedAt: string;
  publishedAt: string;
}

export interface CreditSlice {
  ruleSets: CreditRuleSetSeed[];
  companies: CreditCompanySeed[];
  events: CreditEventSeed[];
  opinions: CreditOpinionSeed[];
  honours: CreditHonourSeed[];
  evaluations: CreditEvaluationSeed[];
}
