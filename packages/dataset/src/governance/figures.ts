// The seed document's governance figures (sections (一), (五) and (六) of the 2024-09-10 reply). They do
// not follow the scale: counties, pilots and the year's mediations are the province's own.

export const GOVERNANCE_FIGURES = {
  /** 35个县(市、区)的城管网格与基层社区网格实现融合 */
  gridsMerged: 35,
  /** 41个县(市、区)城管局配合建立了"镇街吹哨、部门报到"机制 */
  whistleReport: 41,
  /** 17个县(市、区)的城管平台与基层治理平台实现对接 */
  platformsConnected: 17,
  /** 2023年有效化解物业矛盾纠纷355件 (诉调对接: mediated to an agreement in 2023) */
  mediationYear: 2023,
  mediationsResolved: 355,
  /** 第一批12个省级推荐完整社区建设试点 */
  pilots: 12,
} as const;

/** agreements, failed mediations and returns to court per year of conclusion (2024: up to the seed's date) */
export const MEDIATION_YEARS = [
  { year: 2022, agreements: 268, noAgreement: 64, returned: 41 },
  { year: 2023, agreements: GOVERNANCE_FIGURES.mediationsResolved, noAgreement: 81, returned: 52 },
  { year: 2024, agreements: 231, noAgreement: 47, returned: 20 },
] as const;

/** 2024 cases still open on the seed's date */
export const OPEN_MEDIATIONS = { RECEIVED: 9, MEDIATING: 18 } as const;
