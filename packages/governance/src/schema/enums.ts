// The enums of governance; every value's description starts with the Chinese term. Names carry the
// Governance prefix where a bare name could clash across the supergraph.
import { builder } from './builder.js';

export const GridMilestoneEnum = builder.enumType('GovernanceGridMilestone', {
  description: '一网统管 — a county\'s milestone in putting property management into the grid',
  values: {
    GRID_MERGED: { description: '网格融合 — the urban-management grid merged with the community grid' },
    WHISTLE_REPORT: { description: '镇街吹哨、部门报到 — streets blow the whistle, departments report' },
    PLATFORM_CONNECTED: { description: '平台对接 — the urban-management platform connected to the grassroots-governance platform' },
  } as const,
});

export const ResolutionStateEnum = builder.enumType('GovernanceResolutionState', {
  description: '决议办理状态 — follow-up of a joint meeting\'s resolution',
  values: { OPEN: { description: '办理中 — not yet done' }, DONE: { description: '已办结 — done' } } as const,
});

export const ForumEnum = builder.enumType('GovernanceDeliberationForum', {
  description: '议事形式 — where owners raised a matter',
  values: {
    RECEPTION_DAY: { description: '群众接待日 — the reception day' },
    OWNERS_TALK: { description: '业主恳谈会 — owners\' talk' },
    NEIGHBOUR_TALK: { description: '近邻恳谈会 — neighbours\' talk (三明)' },
    COUNCIL: { description: '民主协商议事会 — the deliberation council' },
  } as const,
});

export const SettlementLevelEnum = builder.enumType('GovernanceSettlementLevel', {
  description: '化解层级 — where a matter was settled: "小事不出小区、大事不出社区"',
  values: {
    ESTATE: { description: '小区 — in the estate' },
    COMMUNITY: { description: '社区 — in the community' },
    STREET: { description: '街道 — at the street' },
  } as const,
});

export const MediationCategoryEnum = builder.enumType('GovernanceMediationCategory', {
  description: '纠纷类别 — what a dispute is about',
  values: {
    FEES: { description: '物业费 — property fees' },
    SERVICE_QUALITY: { description: '服务质量 — quality of service' },
    PARKING: { description: '停车 — parking' },
    RENOVATION: { description: '装修 — renovation of units' },
    PUBLIC_REVENUE: { description: '公共收益 — public revenue' },
    MAINTENANCE_FUND: { description: '维修资金 — the maintenance fund' },
    OTHER: { description: '其他 — other' },
  } as const,
});

export const MEDIATION_STATES = ['RECEIVED', 'MEDIATING', 'AGREEMENT', 'NO_AGREEMENT', 'RETURNED_TO_COURT'] as const;
export type MediationStateName = (typeof MEDIATION_STATES)[number];

export const MediationStateEnum = builder.enumType('GovernanceMediationState', {
  description: '调解状态 — RECEIVED → MEDIATING → AGREEMENT | NO_AGREEMENT → (NO_AGREEMENT) RETURNED_TO_COURT',
  values: {
    RECEIVED: { description: '已受理 — referred by the court, not yet mediated' },
    MEDIATING: { description: '调解中 — a mediator is mediating' },
    AGREEMENT: { description: '调解成功 — the parties reached an agreement (resolved)' },
    NO_AGREEMENT: { description: '调解不成 — no agreement' },
    RETURNED_TO_COURT: { description: '退回法院 — returned to the court after no agreement' },
  } as const,
});

export const PartySideEnum = builder.enumType('GovernanceMediationPartySide', {
  description: '当事人类别 — which side a party is',
  values: { OWNER: { description: '业主 — an owner' }, COMMITTEE: { description: '业主委员会 — the owners\' committee' }, COMPANY: { description: '物业服务企业 — the property company' } } as const,
});

export const DepartmentEnum = builder.enumType('GovernanceEnforcementDepartment', {
  description: '执法部门 — the department enforcing in the estate',
  values: {
    URBAN_MANAGEMENT: { description: '城管 — urban management' },
    HOUSING: { description: '住建 — housing and urban-rural development' },
    POLICE: { description: '公安 — police' },
    FIRE: { description: '消防 — fire and rescue' },
    JUSTICE: { description: '司法 — justice' },
  } as const,
});

export const ViolationEnum = builder.enumType('GovernanceViolation', {
  description: '违法违规行为 — what was enforced against',
  values: {
    ILLEGAL_CONSTRUCTION: { description: '私搭乱建 — illegal construction' },
    ILLEGAL_RENOVATION: { description: '违规装修 — illegal renovation' },
    FIRE_LANE_BLOCKED: { description: '占用消防通道 — a fire lane blocked' },
  } as const,
});

export const OutcomeEnum = builder.enumType('GovernanceEnforcementOutcome', {
  description: '处置结果 — how an enforcement action ended',
  values: {
    PENDING: { description: '处置中 — not yet concluded' },
    RECTIFIED: { description: '已整改 — rectified' },
    FINED: { description: '已处罚 — fined' },
    DEMOLISHED: { description: '已拆除 — demolished (illegal construction only)' },
  } as const,
});

export const RenovationServiceEnum = builder.enumType('GovernanceRenovationService', {
  description: '配套服务 — a service a renovation adds',
  values: {
    PROPERTY_SERVICE: { description: '物业服务 — property service' },
    ELDERLY_CARE: { description: '养老 — elderly care' },
    CHILDCARE: { description: '托幼 — childcare' },
    PARKING: { description: '停车 — parking' },
    MEDICAL: { description: '医疗 — medical' },
    CULTURE: { description: '文化休闲 — culture and leisure' },
    SPORTS: { description: '体育 — sports' },
    HOUSEKEEPING: { description: '家政 — housekeeping' },
  } as const,
});

export const TrialDecisionEnum = builder.enumType('GovernanceTrialDecision', {
  description: '先试后买 — the owners\' decision after the trial of property service',
  values: {
    PENDING: { description: '试用中 — not yet decided' },
    ACCEPTED: { description: '决定购买 — the owners buy the service' },
    DECLINED: { description: '不再续用 — the owners decline' },
  } as const,
});
