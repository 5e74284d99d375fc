// The safety-inspection slice (安全监管) of the demo province, keyed by the registry slice's ids.
//
// One thing is deliberately NOT decided here: which estates and inspectors a 双随机 draw picks. The
// slice records each draw's seed and inputs (as the platform records them); the subgraph runs its
// audited draw algorithm over them when it seeds, exactly as its API would. So a draw's inspections
// are given here by slot (the k-th estate the draw picks), and the findings of a slot by inspection id.

/** 检查类别 — kind of inspection campaign */
export type SafetyCampaignKind =
  | 'RANDOM_DRAW' // "双随机、一公开" 抽查
  | 'UNANNOUNCED' // "四不两直" 安全生产检查
  | 'RESIDENT_SUPERVISION' // 每季度驻守督导
  | 'SPECIAL'; // 专项检查 (e.g. 超高层公共建筑消防安全专项督导检查)

/** 隐患类别 — category of a finding (the first four are fire problems, 消防问题) */
export type SafetyFindingCategory =
  | 'FIRE_LANE_BLOCKED' // 占用消防通道
  | 'FIRE_EQUIPMENT' // 消防设施
  | 'EVACUATION_BLOCKED' // 堵塞疏散通道、安全出口
  | 'E_BIKE_CHARGING' // 电动车违规充电
  | 'ILLEGAL_CONSTRUCTION' // 私搭乱建
  | 'ILLEGAL_RENOVATION' // 违规装修
  | 'TYPHOON_FLOOD' // 防台防汛
  | 'ELEVATOR' // 电梯
  | 'STRUCTURE' // 房屋及附属设施（外墙、围墙、屋面）
  | 'OTHER'; // 其他

/** 隐患等级 — MAJOR (重大隐患) is due in 7 days, GENERAL (一般隐患) in 30 */
export type SafetySeverity = 'MAJOR' | 'GENERAL';

/** 整改状态 */
export type SafetyFindingState = 'RAISED' | 'NOTIFIED' | 'RECTIFIED' | 'VERIFIED';

/** 整改环节 — what moved a finding from one state to the next */
export type SafetyAction = 'RAISE' | 'NOTIFY' | 'RECTIFY' | 'VERIFY' | 'REJECT';

/** 执法检查人员 — an inspector in the pool (执法检查人员名录库) of a county, a city or the province */
export interface SafetyInspector {
  id: string; // 'SAP0001'
  name: string;
  /** e.g. 思明区住房和城乡建设局 */
  agency: string;
  /** the county, city or province whose pool the inspector is in */
  regionCode: string;
}

/** 回避关系 — an inspector's recorded connection to a company (never inspects the estates it serves) */
export interface SafetyInspectorTie {
  inspectorId: string;
  companyId: string;
  /** e.g. 曾在该企业任职 */
  relation: string;
  recordedOn: string;
}

export interface SafetyCampaign {
  id: string; // 'SAC0001'
  name: string;
  kind: SafetyCampaignKind;
  /** the region the campaign covers (a county for a 双随机 check, a city or the province otherwise) */
  regionCode: string;
  /** 组织单位 */
  organiser: string;
  startsOn: string;
  endsOn: string;
  /** RESIDENT_SUPERVISION: the quarter supervised, e.g. 2024Q2 */
  quarter: string | null;
  /** 检查重点 */
  focus: string;
  /** 一公开: when the results were published (null while not yet) */
  resultsPublishedOn: string | null;
}

/** one entry of a draw's eligible list: the estate and the company serving it when the draw ran */
export interface SafetyDrawEstate {
  estateId: string;
  companyId: string;
}

/** one entry of a draw's inspector pool: the inspector and the companies it is tied to (回避) */
export interface SafetyDrawInspector {
  inspectorId: string;
  companyIds: string[];
}

/** 双随机抽取 — a recorded draw: its seed and inputs; the picks are the subgraph's algorithm's to make */
export interface SafetyDrawPlan {
  id: string; // 'SAD0001'
  campaignId: string;
  /** hex, 32 characters */
  seed: string;
  /** ISO instant */
  drawnAt: string;
  /** N: estates to pick */
  estateCount: number;
  /** M: inspectors to pick */
  inspectorCount: number;
  /** inspectors per estate */
  teamSize: number;
  /** sorted by estate id */
  eligible: SafetyDrawEstate[];
  /** sorted by inspector id */
  pool: SafetyDrawInspector[];
  /** one per pick, in draw order: the inspection of the k-th estate picked */
  inspections: { id: string; conductedOn: string }[];
}

/** 检查 — an inspection of an estate chosen by hand (not by a draw) */
export interface SafetyVisit {
  id: string; // 'SAI00001'
  campaignId: string;
  estateId: string;
  /** the company serving the estate then */
  companyId: string;
  conductedOn: string;
  inspectorIds: string[];
}

export interface SafetyEvidence {
  id: string; // 'SAE000001'
  /** FOUND: taken when the finding was raised; RECTIFIED: sent with a rectification */
  stage: 'FOUND' | 'RECTIFIED';
  kind: 'PHOTO' | 'VIDEO' | 'DOCUMENT';
  /** a reference into the evidence store, e.g. evidence/2024/08/SAF00012-1.jpg */
  fileRef: string;
  recordedAt: string;
}

export interface SafetyTransition {
  action: SafetyAction;
  from: SafetyFindingState | null;
  to: SafetyFindingState;
  /** ISO instant, before AS_OF */
  at: string;
  /** who acted: an inspector of the county, or the company serving the estate */
  actorRole: 'COUNTY_ADMIN' | 'COMPANY';
  note: string | null;
}

/** 隐患 — a finding and its rectification history (整改) as of AS_OF */
export interface SafetyFinding {
  id: string; // 'SAF00001'
  inspectionId: string;
  category: SafetyFindingCategory;
  severity: SafetySeverity;
  description: string;
  /** the state after the last transition */
  state: SafetyFindingState;
  /** set once notified: the notice's date + 7 (MAJOR) or 30 (GENERAL) days */
  deadline: string | null;
  transitions: SafetyTransition[];
  evidence: SafetyEvidence[];
}

export interface SafetyChecklistItem {
  code: string; // 'XF-01'
  category: SafetyFindingCategory;
  text: string;
}

/** 安全检查要点 — one version of the checklist the companies' monthly self-inspection follows */
export interface SafetyChecklistVersion {
  id: string; // 'SCL01'
  version: string;
  title: string;
  effectiveFrom: string;
  items: SafetyChecklistItem[];
}

/** 月度自查 — a company's monthly self-inspection of an estate it serves */
export interface SafetySelfInspection {
  id: string; // 'SSI000001'
  estateId: string;
  companyId: string;
  /** the first day of the month inspected */
  month: string;
  checklistVersionId: string;
  submittedOn: string;
  /** the checklist items found not in order */
  failedItemCodes: string[];
}

export interface SafetyInspectionSlice {
  inspectors: SafetyInspector[];
  inspectorTies: SafetyInspectorTie[];
  campaigns: SafetyCampaign[];
  draws: SafetyDrawPlan[];
  visits: SafetyVisit[];
  findings: SafetyFinding[];
  checklists: SafetyChecklistVersion[];
  selfInspections: SafetySelfInspection[];
}
