// The regulations slice (法规制度) as plain objects: documents, their versions and each version's
// articles. Independent of the registry: a document is keyed by region code only.

/** 效力层级 — level of a document */
export type RegulationLevel =
  | 'LAW' // 法律
  | 'ADMINISTRATIVE_REGULATION' // 行政法规
  | 'LOCAL_REGULATION' // 地方性法规
  | 'NORMATIVE_DOCUMENT' // 规范性文件
  | 'MODEL_TEXT' // 示范文本
  | 'IMPLEMENTING_RULES'; // 实施细则

/** 状态 — 起草中 → 征求意见 → 施行 → 修订 (superseded by a later version) / 废止 */
export type RegulationStatus = 'DRAFT' | 'CONSULTATION' | 'IN_FORCE' | 'AMENDED' | 'REPEALED';

/** 主题 — what a document or article governs, linking it to the other domains */
export type RegulationTopicCode =
  | 'PARTY_BUILDING' // 物业党建
  | 'OWNERS_COMMITTEE' // 业主大会和业主委员会
  | 'PUBLIC_REVENUE' // 公共收益
  | 'MAINTENANCE_FUND' // 专项维修资金
  | 'SERVICE_CONTRACT' // 物业服务合同及备案
  | 'DISCLOSURE' // 公开公示
  | 'CREDIT_EVALUATION' // 信用评价
  | 'SAFETY' // 安全管理
  | 'SERVICE_QUALITY' // 服务质量检查（"双随机"）
  | 'BIDDING' // 招标投标
  | 'EXPERT_POOL' // 专家库
  | 'FALLBACK_SERVICE' // 兜底服务
  | 'DISPUTE_RESOLUTION' // 矛盾纠纷化解
  | 'SERVICE_FEES'; // 物业服务收费

/** how a version numbers its provisions: 第N条 (laws, rules) or 一、二、 (opinions, notices) */
export type RegulationNumbering = 'ARTICLE' | 'ITEM';

export interface RegulationArticleRow {
  id: string; // 'RA000001'
  versionId: string;
  /** 第N条 (or the N-th item); excerpts keep the original numbers */
  number: number;
  /** 章 — e.g. '第五章 物业的使用和维护'; null when the text has no chapters */
  chapter: string | null;
  text: string;
  topics: RegulationTopicCode[];
}

export interface RegulationVersionRow {
  id: string; // 'RV00001'
  documentId: string;
  /** 1, 2, … in the order drafted */
  number: number;
  /** e.g. '2023年修正'; null for a version without a name */
  label: string | null;
  title: string;
  /** 文号 of this promulgation, e.g. '国务院令第698号' (null for drafts) */
  documentNumber: string | null;
  status: RegulationStatus;
  numbering: RegulationNumbering;
  draftedOn: string;
  consultationFrom: string | null;
  consultationUntil: string | null;
  /** 公布 — promulgated; null until brought into force */
  issuedOn: string | null;
  /** 施行 — first day the text applies */
  effectiveFrom: string | null;
  /** first day it no longer applies (the next version's effectiveFrom, or the repeal); null while current */
  effectiveUntil: string | null;
  articles: RegulationArticleRow[];
}

export interface RegulationDocumentRow {
  id: string; // 'RD0001'
  /** the current version's title */
  title: string;
  level: RegulationLevel;
  /** 发布机关 */
  issuer: string;
  /** issuing region: the province 350000 or a city; null for national law */
  regionCode: string | null;
  /** IN_FORCE while a version is in force; REPEALED once repealed; else the latest version's status */
  status: RegulationStatus;
  topics: RegulationTopicCode[];
  /** true when the article text is synthetic or paraphrased, not the official text */
  syntheticText: boolean;
  /** what the data is and is not (e.g. 节选, synthetic text, illustrative dates) */
  note: string | null;
  /** the repeal's effective date */
  repealedOn: string | null;
  versions: RegulationVersionRow[];
}

export interface RegulationsSlice {
  documents: RegulationDocumentRow[];
}
