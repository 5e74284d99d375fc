// The seed document's party-building figures at scale 1 (section (一) of the 2024-09-10 reply).
// Counts are multiplied by the scale (`scaled`); the ratios hold at any scale.

export const PARTY_FIGURES = {
  /** 全省793家符合条件的物业服务企业 (≥ 3 party members, 党章) */
  eligibleCompanies: 793,
  /** …中建立党组织783家，占比98.74% */
  companiesWithOrganization: 783,
  /** 1.7万个住宅小区中已成立党组织1.07万个，占比63% */
  estatesWithBranch: 10_700,
  /** 红色业委会2372个，占比50.48% (of the registry's 4,699 committees) */
  redCommittees: 2_372,
  /** 物业党建阵地325个 */
  sites: 325,
  /** …覆盖小区714个 (distinct estates) */
  siteEstates: 714,
  /** 党建指导员 sent to ineligible companies (of the 19 at scale 1) */
  companyInstructors: 15,
  /** 党建指导员 sent to estates without a branch */
  estateInstructors: 400,
  /** 交叉任职 */
  crossAppointments: 1_500,
} as const;

/** 龙岩: the city's committees reach a party-member share of at least one half (龙岩市推动…党员占比实现50%以上) */
export const LONGYAN = '350800';
export const LONGYAN_MIN_SHARE = 0.5;

/** 厦门集美区: company party leaders as deputy secretaries of the community party organisations */
export const JIMEI = '350211';
