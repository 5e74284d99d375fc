// The demo province as plain objects. Every later domain adds its own slice in its own module,
// keyed by these ids; nothing here does I/O.

/** Levels of the region tree. Codes: province/city/county 6 digits (GB/T 2260), street 9, community 12. */
export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'STREET' | 'COMMUNITY';

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  /** null only for the province */
  parentCode: string | null;
}

/** 住宅小区类别 */
export type EstateCategory = 'COMMODITY' | 'OLD' | 'HOUSING_REFORM' | 'FUND_RAISED' | 'SELF_BUILT' | 'RESETTLEMENT';

/** 物业服务模式 */
export type ServiceMode =
  | 'MARKET_COMPANY' // 物业服务企业
  | 'BUNDLED' // "大物业" 与邻近小区打包
  | 'PARTY_LED_PUBLIC_INTEREST' // 社区党组织领办的公益性物业企业
  | 'NON_PROFIT' // 非营利性组织（物业服务中心）
  | 'SELF_GOVERNANCE' // 自治管理（党支部+业委会+民主协商议事会）
  | 'NONE'; // 无物业

export interface ResidentialEstate {
  id: string; // 'E000001'
  name: string;
  address: string;
  /** the community (12-digit code) the estate belongs to */
  regionCode: string;
  category: EstateCategory;
  households: number;
  buildYear: number;
  serviceMode: ServiceMode;
  /** company serving the estate (MARKET_COMPANY, BUNDLED, PARTY_LED_PUBLIC_INTEREST), else null */
  companyId: string | null;
  /** 兜底服务: the date (YYYY-MM-DD) an estate without service was brought under fallback service, else null */
  fallbackSince: string | null;
  latitude: number;
  longitude: number;
}

export type CompanyOwnership = 'STATE_OWNED' | 'PRIVATE';

export interface PropertyCompany {
  id: string; // 'C0001'
  /** 统一社会信用代码, 18 characters with a valid check character (GB 32100-2015) */
  uscc: string;
  name: string;
  ownership: CompanyOwnership;
  /** registered region (county code) */
  regionCode: string;
  foundedOn: string; // YYYY-MM-DD
}

export type ContractKind = 'PRELIMINARY' | 'ORDINARY'; // 前期 / 普通
export type FilingStatus = 'SUBMITTED' | 'APPROVED' | 'REJECTED';

export interface ServiceContract {
  id: string; // 'SC000001'
  estateId: string;
  companyId: string;
  kind: ContractKind;
  signedOn: string;
  startsOn: string;
  endsOn: string;
  /** 备案 filing */
  filingStatus: FilingStatus;
  filedOn: string;
  decidedOn: string | null;
  rejectionReason: string | null;
}

export type CommitteeRole = 'CHAIR' | 'VICE_CHAIR' | 'MEMBER'; // 主任 / 副主任 / 委员

export interface OwnersCommitteeMember {
  id: string; // 'OM000001'
  committeeId: string;
  name: string;
  role: CommitteeRole;
}

export interface OwnersCommittee {
  id: string; // 'OC00001'
  estateId: string;
  electedOn: string;
  termYears: number;
  members: OwnersCommitteeMember[];
}

export interface RegistrySlice {
  regions: Region[];
  estates: ResidentialEstate[];
  companies: PropertyCompany[];
  contracts: ServiceContract[];
  committees: OwnersCommittee[];
}

export interface DatasetOptions {
  /** PRNG seed; same seed and scale → identical output */
  seed?: number;
  /** multiplies estates, companies, contracts and committees; proportions are kept */
  scale?: number;
}

/** The whole demo province: one slice per domain, all generated from the same seed and scale. */
export interface Province {
  /** the date the data describes (YYYY-MM-DD): nothing in it happens later */
  asOf: string;
  seed: number;
  scale: number;
  registry: RegistrySlice;
}
