// The party-building slice (物业党建联建) of the demo province, keyed by the registry slice's ids.

/** 党组织类别 */
export type PartyOrganizationKind =
  | 'INDUSTRY_COMMITTEE' // 物业行业党委 (province and each city)
  | 'ASSOCIATION' // 物业管理协会党组织 (province and each city)
  | 'COMPANY' // 物业服务企业党组织
  | 'ESTATE_BRANCH' // 小区党支部
  | 'COMMUNITY'; // 社区党组织

/** 组建方式 */
export type FormationMode = 'STANDALONE' | 'JOINT' | 'AFFILIATED'; // 单独建 / 联合建 / 挂靠建

export interface PartyOrganization {
  id: string; // 'PO00001'
  name: string;
  kind: PartyOrganizationKind;
  formation: FormationMode;
  parentId: string | null;
  memberCount: number;
  establishedOn: string; // YYYY-MM-DD ≤ AS_OF
  /** the region it belongs to: province/city for industry committees and associations, the company's
   * county for company organisations, the community for community organisations and estate branches */
  regionCode: string;
  /** companies it covers (COMPANY kind: one when STANDALONE or AFFILIATED — the attached company —, several when JOINT) */
  companyIds: string[];
  /** estates it covers (ESTATE_BRANCH: one, or several neighbouring ones when JOINT) */
  estateIds: string[];
}

/** 企业党员 — party members employed by each company (eligible to form its own organisation at ≥ 3) */
export interface CompanyPartyMembers {
  companyId: string;
  partyMembers: number;
}

/** 党建指导员 — sent where no organisation can be formed yet */
export interface Instructor {
  id: string; // 'PI0001'
  name: string;
  sentOn: string;
  companyId: string | null;
  estateId: string | null;
  /** the company's county or the estate's community */
  regionCode: string;
}

/** 交叉任职 — a person holding roles on both sides */
export type AppointmentSide = 'COMPANY' | 'OWNERS_COMMITTEE';
export type OrganizationRole = 'DEPUTY_SECRETARY' | 'PART_TIME_MEMBER'; // 副书记 / 兼职委员

export interface CrossAppointment {
  id: string; // 'CA00001'
  personName: string;
  side: AppointmentSide;
  companyId: string | null;
  committeeId: string | null;
  /** the role on the company / committee side, e.g. 党支部书记, 业委会主任 */
  sideRole: string;
  /** the COMMUNITY party organisation */
  organizationId: string;
  organizationRole: OrganizationRole;
  startsOn: string;
  endsOn: string | null;
  /** the community's code */
  regionCode: string;
}

/** Party membership of one owners'-committee member (registry's OwnersCommitteeMember ids) */
export interface CommitteeMemberParty {
  memberId: string;
  committeeId: string;
  partyMember: boolean;
}

/** 党建阵地 */
export type SiteKind = 'RED_PROPERTY_SERVICE_CENTRE' | 'PARTY_MASS_SERVICE_CENTRE'; // 红色物业服务中心 / 党群服务中心

export interface PartySite {
  id: string; // 'PS0001'
  name: string;
  kind: SiteKind;
  /** the community it stands in */
  regionCode: string;
  openedOn: string;
  estateIds: string[];
}

export interface PartyBuildingSlice {
  organizations: PartyOrganization[];
  companyPartyMembers: CompanyPartyMembers[];
  instructors: Instructor[];
  crossAppointments: CrossAppointment[];
  committeeMemberParty: CommitteeMemberParty[];
  sites: PartySite[];
}
