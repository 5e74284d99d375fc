import { builder } from './builder.js';

export const IncomeKindEnum = builder.enumType('PublicRevenueIncomeKind', {
  description: '公共收益收入类别 — kind of public-revenue income',
  values: {
    PARKING: { description: '停车收益 — parking on common ground' },
    ADVERTISING: { description: '广告收益 — advertising in lifts, on barriers and walls' },
    VENUE_RENTAL: { description: '场地租赁 — renting common space (架空层, 快递柜, 会所 …)' },
    OTHER: { description: '其他收益 — other income (charging piles, base stations …)' },
  } as const,
});

export const ExpenseKindEnum = builder.enumType('PublicRevenueExpenseKind', {
  description: '公共收益支出类别 — kind of public-revenue expense',
  values: {
    MANAGEMENT_SHARE: { description: '管理成本 — the company\'s share for managing the revenue, as its contract says' },
    MAINTENANCE: { description: '维修支出 — repairs of common parts and facilities' },
    TAX: { description: '税费 — taxes on the revenue' },
    COMMITTEE_FUNDING: { description: '业委会工作经费 — the owners\' committee\'s working funds' },
    OTHER: { description: '其他支出 — other expenses (audits …)' },
  } as const,
});

export const ChannelEnum = builder.enumType('PublicRevenueChannel', {
  description: '公示渠道 — where a statement is published (线上线下双公示)',
  values: {
    ONLINE: { description: '线上 — the 闽政通 app (owners\' query)' },
    OFFLINE: { description: '线下 — the estate\'s notice board' },
  } as const,
});

export const StatementStatusEnum = builder.enumType('PublicRevenueStatementStatus', {
  description: '公示状态 — where a statement stands for this viewer',
  values: {
    DRAFT: { description: '未公示 — submitted, never published' },
    PUBLISHED: { description: '已公示 — its latest revision is published' },
    CORRECTION_UNPUBLISHED: { description: '更正未公示 — a correction waits to be published; the public sees the revision before it' },
  } as const,
});

export const WarningKindEnum = builder.enumType('PublicRevenueWarningKind', {
  description: '预警类别 — kind of automatic warning (自动预警), derived from the data and the clock',
  values: {
    NOT_PUBLISHED: { description: '逾期未公示 — not published on any channel N days after the quarter\'s end' },
    ONLINE_WITHOUT_OFFLINE: { description: '仅线上公示 — published online but not on the notice board by the deadline' },
    OFFLINE_WITHOUT_ONLINE: { description: '仅线下公示 — published on the notice board but not online by the deadline' },
    NEGATIVE_BALANCE: { description: '收支结余为负 — the quarter spends more than it earns' },
    INCOME_DROP: { description: '收入骤降 — income fell by more than the rule\'s share against the previous quarter' },
  } as const,
});

export const TaskStatusEnum = builder.enumType('PublicRevenueTaskStatus', {
  description: '任务状态 — status of a rectification task',
  values: { OPEN: { description: '未销号 — open' }, CLOSED: { description: '已销号 — closed with evidence' } } as const,
});

export const TaskLevelEnum = builder.enumType('PublicRevenueTaskLevel', {
  description: '任务层级 — whose list a task is on',
  values: { PROVINCE: { description: '省级 — the province\'s' }, CITY: { description: '市级 — a city\'s' } } as const,
});

export const SupervisorCategoryEnum = builder.enumType('PublicRevenueSupervisorCategory', {
  description: '行风监督员类别 — who a supervisor is',
  values: {
    NPC_DEPUTY: { description: '人大代表 — people\'s congress deputy' },
    CPPCC_MEMBER: { description: '政协委员 — CPPCC member' },
    SPECIAL_SUPERVISOR: { description: '特约监察员 — special supervisor of the commission for discipline inspection' },
    JOURNALIST: { description: '记者 — journalist' },
    LAWYER: { description: '律师 — lawyer' },
  } as const,
});

export const VisitModeEnum = builder.enumType('PublicRevenueVisitMode', {
  description: '明察暗访 — how a supervisor visited',
  values: { OPEN: { description: '明察 — announced' }, UNANNOUNCED: { description: '暗访 — unannounced' } } as const,
});

export const ComplaintSourceEnum = builder.enumType('PublicRevenueComplaintSource', {
  description: '投诉来源 — where a complaint came from',
  values: {
    PETITION: { description: '信访 — letters and visits' },
    HOTLINE_12345: { description: '便民服务热线 12345 — the 12345 hotline' },
    PUBLIC_OPINION: { description: '舆情 — public opinion (media, internet)' },
  } as const,
});

export const ComplaintStateEnum = builder.enumType('PublicRevenueComplaintState', {
  description: '办理环节 — a step of a complaint\'s closed loop (闭环销号), in order',
  values: {
    RECEIVED: { description: '受理 — received' },
    ASSIGNED: { description: '交办 — assigned to a department' },
    ANSWERED: { description: '答复 — answered' },
    CLOSED: { description: '销号 — closed' },
  } as const,
});

export const RankingLevelEnum = builder.enumType('PublicRevenueRankingLevel', {
  description: '排名层级 — which regions are ranked',
  values: { CITY: { description: '设区市 — cities' }, COUNTY: { description: '县（市、区） — counties' } } as const,
});

export const COMPLAINT_STEPS = ['RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED'] as const;
export type ComplaintStepName = (typeof COMPLAINT_STEPS)[number];
