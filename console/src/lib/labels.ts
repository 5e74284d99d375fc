// Chinese labels for the API's codes.

export const ROLE_LABELS: Record<string, string> = {
  PROVINCE_ADMIN: '省级管理员',
  CITY_ADMIN: '设区市管理员',
  COUNTY_ADMIN: '县（区）管理员',
  STREET_STAFF: '街道（乡镇）工作人员',
  COMPANY: '物业服务企业',
  OWNER: '业主',
};

export const LEVEL_LABELS: Record<string, string> = { PROVINCE: '省', CITY: '设区市', COUNTY: '县（市、区）', STREET: '街道（乡镇）', COMMUNITY: '社区' };

export const SERVICE_MODE_LABELS: Record<string, string> = {
  MARKET_COMPANY: '物业服务企业',
  BUNDLED: '"大物业"片区',
  PARTY_LED_PUBLIC_INTEREST: '党组织领办公益性物业',
  NON_PROFIT: '非营利性组织',
  SELF_GOVERNANCE: '自治管理',
  NONE: '无物业',
};

export const CATEGORY_LABELS: Record<string, string> = { COMMODITY: '商品房', FUND_RAISED: '集资房', HOUSING_REFORM: '房改房', OLD: '老旧小区', RESETTLEMENT: '安置房' };

export const FORMATION_LABELS: Record<string, string> = { AFFILIATED: '挂靠建', JOINT: '联合建', STANDALONE: '单独建' };

export const COMMITTEE_ROLE_LABELS: Record<string, string> = { CHAIR: '主任', VICE_CHAIR: '副主任', MEMBER: '委员' };

export const WARNING_LABELS: Record<string, string> = {
  INCOME_DROP: '收入骤降',
  NEGATIVE_BALANCE: '收支结余为负',
  NOT_PUBLISHED: '逾期未公示',
  OFFLINE_WITHOUT_ONLINE: '仅线下公示',
  ONLINE_WITHOUT_OFFLINE: '仅线上公示',
};

export const label = (labels: Record<string, string>, code: string | null | undefined): string => (code == null ? '—' : (labels[code] ?? code));

/** The Chinese head of an API description ("网格案件 — cases of …" → "网格案件"). */
export const descriptionHead = (description: string | null | undefined, fallback: string): string => description?.split(/\s+—\s+/)[0]?.trim() || fallback;
