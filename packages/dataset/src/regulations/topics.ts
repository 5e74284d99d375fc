// Topic tags of the demo articles: the words that mark what an article governs. The dataset tags its
// own text with them; the subgraph keeps its own catalogue for text written through the API.

import type { RegulationTopicCode } from './types.js';

export const TOPIC_CODES: readonly RegulationTopicCode[] = [
  'PARTY_BUILDING',
  'OWNERS_COMMITTEE',
  'PUBLIC_REVENUE',
  'MAINTENANCE_FUND',
  'SERVICE_CONTRACT',
  'DISCLOSURE',
  'CREDIT_EVALUATION',
  'SAFETY',
  'SERVICE_QUALITY',
  'BIDDING',
  'EXPERT_POOL',
  'FALLBACK_SERVICE',
  'DISPUTE_RESOLUTION',
  'SERVICE_FEES',
];

const KEYWORDS: Record<RegulationTopicCode, readonly string[]> = {
  PARTY_BUILDING: ['党组织', '党建', '党支部', '党员', '党工委', '党委'],
  OWNERS_COMMITTEE: ['业主委员会', '业主大会', '业委会'],
  PUBLIC_REVENUE: ['公共收益', '共有部分产生的收入', '经营与收益', '进行经营'],
  MAINTENANCE_FUND: ['维修资金'],
  SERVICE_CONTRACT: ['物业服务合同', '备案'],
  DISCLOSURE: ['公示', '公开', '公布'],
  CREDIT_EVALUATION: ['信用'],
  SAFETY: ['消防', '安全生产', '安全检查', '防台', '防汛', '隐患'],
  SERVICE_QUALITY: ['双随机', '服务质量', '抽查'],
  BIDDING: ['招标', '投标'],
  EXPERT_POOL: ['专家'],
  FALLBACK_SERVICE: ['无物业服务', '兜底', '大物业'],
  DISPUTE_RESOLUTION: ['纠纷', '调解', '调处', '诉调'],
  SERVICE_FEES: ['物业费', '收费', '物业服务费'],
};

/** the topics whose words occur in `text`, in catalogue order, plus any given explicitly */
export function tagTopics(text: string, explicit: readonly RegulationTopicCode[] = []): RegulationTopicCode[] {
  return TOPIC_CODES.filter((code) => explicit.includes(code) || KEYWORDS[code].some((word) => text.includes(word)));
}
