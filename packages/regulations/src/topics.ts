// 主题 — what rules govern, and which domain's data they govern: the link from a revenue statement, a
// committee or a company's credit to "the rules that govern this". A fixed catalogue; articles
// written through the API are tagged by its words unless their topics are given.

import type { RegulationTopicCode } from '@wuye/dataset';

export interface TopicInfo {
  code: RegulationTopicCode;
  name: string;
  description: string;
  /** the subgraph whose data the topic governs */
  domain: string;
  /** words that mark an article as governing the topic */
  keywords: readonly string[];
}

export const TOPICS: readonly TopicInfo[] = [
  { code: 'PARTY_BUILDING', name: '物业党建', description: '党组织覆盖、党建联建、交叉任职、红色业委会、党建阵地', domain: 'party-building', keywords: ['党组织', '党建', '党支部', '党员', '党工委', '党委'] },
  { code: 'OWNERS_COMMITTEE', name: '业主大会和业主委员会', description: '业主大会的成立与议事、业主委员会的选举、备案、职责与监督', domain: 'registry', keywords: ['业主委员会', '业主大会', '业委会'] },
  { code: 'PUBLIC_REVENUE', name: '公共收益', description: '利用共有部分经营所得的收入：列账、公示、使用与监督', domain: 'public-revenue', keywords: ['公共收益', '共有部分产生的收入', '经营与收益', '进行经营'] },
  { code: 'MAINTENANCE_FUND', name: '专项维修资金', description: '住宅专项维修资金的交存、使用（含紧急使用）与公布', domain: 'public-revenue', keywords: ['维修资金'] },
  { code: 'SERVICE_CONTRACT', name: '物业服务合同及备案', description: '前期与普通物业服务合同的订立、内容与备案', domain: 'registry', keywords: ['物业服务合同', '备案'] },
  { code: 'DISCLOSURE', name: '公开公示', description: '物业服务事项、收费、公共收益与维修资金的公开公示', domain: 'public-revenue', keywords: ['公示', '公开', '公布'] },
  { code: 'CREDIT_EVALUATION', name: '信用评价', description: '物业服务企业信用综合评价：指标、动态评价、结果应用', domain: 'credit', keywords: ['信用'] },
  { code: 'SAFETY', name: '安全管理', description: '消防安全、安全生产自查、防台防汛、安全隐患整改', domain: 'safety-inspection', keywords: ['消防', '安全生产', '安全检查', '防台', '防汛', '隐患'] },
  { code: 'SERVICE_QUALITY', name: '服务质量检查', description: '“双随机”服务质量检查、驻守督导、示范小区选树', domain: 'safety-inspection', keywords: ['双随机', '服务质量', '抽查'] },
  { code: 'BIDDING', name: '招标投标', description: '物业管理招标投标：选聘物业服务企业、评标', domain: 'registry', keywords: ['招标', '投标'] },
  { code: 'EXPERT_POOL', name: '专家库', description: '物业管理专家库：入库、抽取与动态管理', domain: 'registry', keywords: ['专家'] },
  { code: 'FALLBACK_SERVICE', name: '兜底服务', description: '无物业服务小区的兜底服务、“大物业”打包管理、自治管理', domain: 'registry', keywords: ['无物业服务', '兜底', '大物业'] },
  { code: 'DISPUTE_RESOLUTION', name: '矛盾纠纷化解', description: '联席会议、协商议事、诉调对接、网格化管理', domain: 'governance', keywords: ['纠纷', '调解', '调处', '诉调'] },
  { code: 'SERVICE_FEES', name: '物业服务收费', description: '物业费的定价、公示、调整与催交', domain: 'registry', keywords: ['物业费', '收费', '物业服务费'] },
];

export const TOPIC_BY_CODE: ReadonlyMap<string, TopicInfo> = new Map(TOPICS.map((t) => [t.code, t]));

export const isTopicCode = (code: string): code is RegulationTopicCode => TOPIC_BY_CODE.has(code);

/** the topics an article's words mark */
export function topicsIn(text: string): RegulationTopicCode[] {
  return TOPICS.filter((t) => t.keywords.some((k) => text.includes(k))).map((t) => t.code);
}
