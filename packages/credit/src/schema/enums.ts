import { BONUSES, INDICATORS } from '../rules/document.js';
import { builder } from './builder.js';

const INDICATOR_NAMES: Record<(typeof INDICATORS)[number], string> = {
  BASIC_CONDUCT: '基本行为 — basic business conduct',
  SERVICE_QUALITY: '服务质量 — quality of service',
  PARTY_BUILDING: '党建状况 — party building in the company',
  PARTY_OPINION: '街道社区党组织评价意见 — opinions of street and community party organisations',
  SAFETY: '安全 — safety findings, rectification and self-inspection',
  PUBLIC_REVENUE: '公共收益 — public-revenue publication',
  COMPLAINTS: '投诉 — substantiated complaints',
};

export const IndicatorEnum = builder.enumType('CreditIndicator', {
  description: '评价指标 — an indicator of the credit evaluation',
  values: Object.fromEntries(INDICATORS.map((c) => [c, { description: INDICATOR_NAMES[c] }])) as Record<(typeof INDICATORS)[number], { description: string }>,
});

const BONUS_NAMES: Record<(typeof BONUSES)[number], string> = {
  ELDERLY_CARE: '居家养老/助餐 — home elderly care or meal service, verified by the street',
  HONOUR_CITY: '市级美好家园 — an estate it serves honoured by the city',
  HONOUR_PROVINCE: '省级美好家园 — honoured by the province',
  HONOUR_NATIONAL: '国家级美好家园（推荐） — recommended to the ministry',
};

export const BonusEnum = builder.enumType('CreditBonus', {
  description: '加分项 — a bonus item',
  values: Object.fromEntries(BONUSES.map((c) => [c, { description: BONUS_NAMES[c] }])) as Record<(typeof BONUSES)[number], { description: string }>,
});

export const CategoryEnum = builder.enumType('CreditItemCategory', {
  description: '评价项类别 — whether an item is an indicator, a bonus or a penalty',
  values: { INDICATOR: { description: '评价指标 — weighted, with floor and cap' }, BONUS: { description: '加分项 — capped per item and in total' }, PENALTY: { description: '扣分项 — a fixed deduction' } } as const,
});

export const SourceKindEnum = builder.enumType('CreditSourceKind', {
  description: '评价来源 — where points came from',
  values: {
    DOMAIN_EVENT: { description: '业务事件 — a fact of another domain (party building, safety, public revenue)' },
    OFFICIAL: { description: '主管部门评价 — recorded by an official' },
    OPINION: { description: '评价意见 — an opinion of a street or community party organisation' },
  } as const,
});

export const OfficialLevelEnum = builder.enumType('CreditOfficialLevel', {
  description: '评价层级 — the level of the official who recorded it',
  values: { PROVINCE: { description: '省级' }, CITY: { description: '市级' }, COUNTY: { description: '县级' }, STREET: { description: '街道（乡镇）' } } as const,
});

export const RatingEnum = builder.enumType('CreditOpinionRating', {
  description: '评价意见等次 — the rating of an opinion',
  values: { GOOD: { description: '好' }, FAIR: { description: '较好/一般' }, POOR: { description: '差' } } as const,
});

export const HonourLevelEnum = builder.enumType('CreditHonourLevel', {
  description: '美好家园级别 — the level of a 美好家园 honour',
  values: { CITY: { description: '市级' }, PROVINCE: { description: '省级' }, NATIONAL: { description: '向住建部推荐国家级' } } as const,
});

export const RuleSetStatusEnum = builder.enumType('CreditRuleSetStatus', {
  description: '规则状态 — draft or published',
  values: { DRAFT: { description: '草稿 — may be edited' }, PUBLISHED: { description: '已发布 — never changed; a correction is a new version' } } as const,
});

export const EvaluationStatusEnum = builder.enumType('CreditEvaluationStatus', {
  description: '年度评价状态',
  values: { CLOSED: { description: '已关账 — frozen, not yet public' }, PUBLISHED: { description: '已公布 — public; never changed' } } as const,
});

export const LineKindEnum = builder.enumType('CreditExplanationLineKind', {
  description: '说明行类别 — what an explanation line is',
  values: {
    BASE: { description: '基础分' },
    EVENT: { description: '评价记录 — one credit event, weighted' },
    ROUNDING: { description: '舍入 — an indicator\'s weighted total rounded to 0.01' },
    CAP: { description: '封顶 — an indicator\'s total cut to its cap' },
    FLOOR: { description: '保底 — an indicator\'s deductions cut at its floor' },
    ITEM_CAP: { description: '单项封顶 — a bonus item cut to its cap' },
    BONUS_CAP: { description: '加分封顶 — all bonuses cut to the total cap' },
  } as const,
});
