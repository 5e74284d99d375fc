// The public-revenue slice (公共收益 点题整治) of the demo province, keyed by the registry slice's ids.
// Money is exact: amounts are decimal strings with two places ("1234.50"), computed in integer cents.

/** 收入类别 */
export type RevenueIncomeKind = 'PARKING' | 'ADVERTISING' | 'VENUE_RENTAL' | 'OTHER'; // 停车 / 广告 / 场地租赁 / 其他
/** 支出类别 */
export type RevenueExpenseKind = 'MANAGEMENT_SHARE' | 'MAINTENANCE' | 'TAX' | 'COMMITTEE_FUNDING' | 'OTHER'; // 企业分成(管理成本) / 维修 / 税费 / 业委会经费 / 其他
export type RevenueLineDirection = 'INCOME' | 'EXPENSE';

export interface RevenueLine {
  direction: RevenueLineDirection;
  kind: RevenueIncomeKind | RevenueExpenseKind;
  description: string;
  /** ≥ 0, two decimal places */
  amount: string;
}

/** 修订 — one immutable version of a statement; revision 1 is the submission, later ones corrections */
export interface RevenueRevision {
  revisionNo: number;
  /** why it was corrected; null for the submission */
  reason: string | null;
  /** who wrote it (a token subject) */
  author: string;
  authorRole: 'COMPANY';
  /** ISO 8601 with +08:00 */
  createdAt: string;
  lines: RevenueLine[];
  incomeTotal: string;
  expenseTotal: string;
  /** income − expense of the quarter (may be negative) */
  balance: string;
}

/** 公示渠道: 线上 (闽政通 app) / 线下 (小区公告栏) */
export type RevenueChannel = 'ONLINE' | 'OFFLINE';

export interface RevenuePublication {
  revisionNo: number;
  channel: RevenueChannel;
  /** ISO 8601 with +08:00 */
  publishedAt: string;
  /** 闽政通 for ONLINE; where the notice hangs for OFFLINE */
  location: string;
}

/** 公共收益季度收支 — one estate's statement for one quarter */
export interface RevenueStatement {
  id: string; // 'RS000001'
  estateId: string;
  /** '2024Q2' */
  quarter: string;
  /** the serving company that submitted it */
  companyId: string;
  /** the estate's community */
  regionCode: string;
  /** revision 1's createdAt */
  submittedAt: string;
  /** in revision order */
  revisions: RevenueRevision[];
  publications: RevenuePublication[];
}

/** an estate under public-revenue supervision: every quarter from `enrolledFrom` on is due */
export interface RevenueEstate {
  estateId: string;
  companyId: string;
  regionCode: string;
  enrolledFrom: string;
}

/** 整治任务 — an item of the province's and cities' rectification task list (57 in all) */
export interface RevenueTask {
  id: string; // 'RT001'
  level: 'PROVINCE' | 'CITY';
  /** 350000 or the city */
  regionCode: string;
  title: string;
  /** 责任单位 */
  department: string;
  assignedOn: string;
  deadline: string;
  status: 'OPEN' | 'CLOSED';
  /** 销号 */
  closedOn: string | null;
  evidence: string | null;
}

/** 行风监督员类别 */
export type RevenueSupervisorCategory = 'NPC_DEPUTY' | 'CPPCC_MEMBER' | 'SPECIAL_SUPERVISOR' | 'JOURNALIST' | 'LAWYER';

export interface RevenueSupervisor {
  id: string; // 'SV01'
  name: string;
  category: RevenueSupervisorCategory;
  /** 工作单位 */
  affiliation: string;
  /** the city they supervise */
  regionCode: string;
  appointedOn: string;
}

/** 明察暗访 */
export interface RevenueSupervisorVisit {
  id: string; // 'SVV0001'
  supervisorId: string;
  estateId: string;
  regionCode: string;
  visitedOn: string;
  mode: 'OPEN' | 'UNANNOUNCED';
  findings: string;
  problemsFound: number;
}

export type RevenueComplaintSource = 'PETITION' | 'HOTLINE_12345' | 'PUBLIC_OPINION'; // 信访 / 12345 / 舆情
export type RevenueComplaintStepKind = 'RECEIVED' | 'ASSIGNED' | 'ANSWERED' | 'CLOSED';

export interface RevenueComplaintStep {
  step: RevenueComplaintStepKind;
  /** ISO 8601 with +08:00 */
  at: string;
  actor: string;
  /** ASSIGNED: the department handling it */
  department: string | null;
  note: string;
}

export interface RevenueComplaint {
  id: string; // 'CP00001'
  source: RevenueComplaintSource;
  estateId: string;
  companyId: string;
  regionCode: string;
  /** null for public opinion (舆情) */
  complainantName: string | null;
  summary: string;
  /** in order; the last one is the complaint's state */
  steps: RevenueComplaintStep[];
}

/** 缴存 — public revenue a company deposited into an estate's account */
export interface RevenueDeposit {
  id: string; // 'DP000001'
  estateId: string;
  companyId: string;
  regionCode: string;
  amount: string;
  depositedOn: string;
  reference: string;
}

export interface PublicRevenueSlice {
  /** the quarters with statements, oldest first */
  quarters: string[];
  estates: RevenueEstate[];
  statements: RevenueStatement[];
  tasks: RevenueTask[];
  supervisors: RevenueSupervisor[];
  visits: RevenueSupervisorVisit[];
  complaints: RevenueComplaint[];
  deposits: RevenueDeposit[];
}
