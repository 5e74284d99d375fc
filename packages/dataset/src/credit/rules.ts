// The demo rule set (评价规则): Fujian's 2023 rules as the demo platform published them, reused for 2024.
import type { CreditRuleSetDocument } from './types.js';

export const CREDIT_RULE_SET: CreditRuleSetDocument = {
  baseScore: '80.00',
  indicators: [
    { code: 'BASIC_CONDUCT', name: '基本行为', weight: '1.00', floor: '-20.00', cap: '5.00' },
    { code: 'SERVICE_QUALITY', name: '服务质量', weight: '1.00', floor: '-20.00', cap: '10.00' },
    { code: 'PARTY_BUILDING', name: '党建状况', weight: '1.00', floor: '-10.00', cap: '5.00' },
    { code: 'PARTY_OPINION', name: '街道社区党组织评价意见', weight: '1.50', floor: '-6.00', cap: '6.00' },
    { code: 'SAFETY', name: '安全', weight: '1.20', floor: '-30.00', cap: '3.00' },
    { code: 'PUBLIC_REVENUE', name: '公共收益', weight: '1.00', floor: '-10.00', cap: '2.00' },
    { code: 'COMPLAINTS', name: '投诉', weight: '1.00', floor: '-15.00', cap: '0.00' },
  ],
  bonuses: [
    { code: 'ELDERLY_CARE', name: '居家养老/助餐服务', points: '2.00', cap: '4.00' },
    { code: 'HONOUR_CITY', name: '市级美好家园小区', points: '1.00', cap: '3.00' },
    { code: 'HONOUR_PROVINCE', name: '省级美好家园小区', points: '3.00', cap: '6.00' },
    { code: 'HONOUR_NATIONAL', name: '国家级美好家园小区（推荐）', points: '5.00', cap: '5.00' },
  ],
  bonusCap: '10.00',
  penalties: [
    { code: 'MAJOR_ACCIDENT', name: '发生重大安全责任事故', points: '-20.00' },
    { code: 'ILLEGAL_FEES', name: '违规收费', points: '-8.00' },
    { code: 'FALSE_MATERIALS', name: '提供虚假材料', points: '-10.00' },
  ],
  grades: [
    { grade: 'AAA', minScore: '95.00' },
    { grade: 'AA', minScore: '88.00' },
    { grade: 'A', minScore: '78.00' },
    { grade: 'B', minScore: '65.00' },
    { grade: 'C', minScore: '0.00' },
  ],
  officialPoints: { min: '-10.00', max: '5.00' },
  opinionPoints: { GOOD: '2.00', FAIR: '0.00', POOR: '-2.00' },
  eventPoints: {
    organizationFormed: '3.00',
    organizationDissolved: '-3.00',
    instructorSent: '0.50',
    findingRaised: { MAJOR: '-2.00', GENERAL: '-0.50' },
    findingRectifiedOnTime: { MAJOR: '1.00', GENERAL: '0.25' },
    findingRectifiedLate: { MAJOR: '-1.50', GENERAL: '-0.50' },
    selfInspectionMissed: '-0.50',
    statementPublishedOnTime: '0.00',
    statementPublishedLate: '-1.00',
    complaintSubstantiated: '-1.00',
  },
};

/** the honours of the seed (全省选树市级"美好家园"小区97个、省级20个、向住建部推荐国家级3个) */
export const CREDIT_FIGURES = { honoursCity: 97, honoursProvince: 20, honoursNational: 3, evaluatedYear: 2023 } as const;
