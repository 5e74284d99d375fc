// The enums of safety inspection; every value's description starts with the Chinese term.
import { CATEGORY_KEYS, FINDING_CATEGORIES } from '../rules.js';
import { builder } from './builder.js';

export const CampaignKindEnum = builder.enumType('SafetyCampaignKind', {
  description: '检查类别 — kind of inspection campaign',
  values: {
    RANDOM_DRAW: { description: '双随机、一公开 — random estates checked by random inspectors, results public; each check is one recorded draw' },
    UNANNOUNCED: { description: '四不两直 — unannounced safety checks: no notice, no greeting, no briefing, no escort; straight to the site' },
    RESIDENT_SUPERVISION: { description: '驻守督导 — the province\'s quarterly resident supervision in a city' },
    SPECIAL: { description: '专项检查 — a special campaign, e.g. 超高层公共建筑消防安全专项督导检查' },
  } as const,
});

export const FindingCategoryEnum = builder.enumType('SafetyFindingCategory', {
  description: '隐患类别 — category of a finding; fire problems (消防问题) are marked so',
  values: Object.fromEntries(
    CATEGORY_KEYS.map((key) => [key, { description: `${FINDING_CATEGORIES[key].name}${FINDING_CATEGORIES[key].fire ? ' — a fire problem (消防问题)' : ''}` }]),
  ) as Record<keyof typeof FINDING_CATEGORIES, { description: string }>,
});

export const SeverityEnum = builder.enumType('SafetySeverity', {
  description: '隐患等级 — severity, which sets the rectification deadline',
  values: {
    MAJOR: { description: '重大隐患 — to be rectified within 7 days of the notice' },
    GENERAL: { description: '一般隐患 — to be rectified within 30 days of the notice' },
  } as const,
});

export const FindingStateEnum = builder.enumType('SafetyFindingState', {
  description: '整改状态 — where a finding is in its rectification',
  values: {
    RAISED: { description: '已发现 — recorded by the inspectors, not yet notified' },
    NOTIFIED: { description: '限期整改 — the company has been notified with a deadline (again, after a rejection)' },
    RECTIFIED: { description: '已整改待复查 — rectified by the company, awaiting verification' },
    VERIFIED: { description: '复查销号 — verified by an inspector and closed' },
  } as const,
});

export const ActionEnum = builder.enumType('SafetyRectificationAction', {
  description: '整改环节 — what moved a finding',
  values: {
    RAISE: { description: '发现 — the finding was recorded' },
    NOTIFY: { description: '下达整改通知 — notified with a deadline' },
    RECTIFY: { description: '整改 — rectified by the company' },
    VERIFY: { description: '复查合格 — verified and closed' },
    REJECT: { description: '复查不合格 — rejected back to the company' },
  } as const,
});

export const EvidenceKindEnum = builder.enumType('SafetyEvidenceKind', {
  description: '证据类型 — kind of evidence file',
  values: { PHOTO: { description: '照片' }, VIDEO: { description: '视频' }, DOCUMENT: { description: '文书（整改报告等）' } } as const,
});

export const EvidenceStageEnum = builder.enumType('SafetyEvidenceStage', {
  description: '证据环节 — when the evidence was taken',
  values: { FOUND: { description: '发现时 — when the finding was raised' }, RECTIFIED: { description: '整改后 — sent with a rectification' } } as const,
});
