// Row types of the governance slice (基层治理), keyed by the registry's ids (estates, companies, regions).
// Dates are 'YYYY-MM-DD'; nothing happens after the dataset's AS_OF.

/** 一网统管 milestones of a county */
export type GridMilestone =
  | 'GRID_MERGED' // 城管网格与基层社区网格融合
  | 'WHISTLE_REPORT' // "镇街吹哨、部门报到"
  | 'PLATFORM_CONNECTED'; // 城管平台与基层治理平台对接

export interface GridIntegration {
  countyCode: string;
  milestone: GridMilestone;
  achievedOn: string;
  evidence: string;
}

/** 物业管理联席会议 at a street, with the resolutions it took */
export interface JointMeeting {
  id: string; // 'JM0001'
  /** the convening street (9-digit code) */
  streetCode: string;
  heldOn: string;
  topic: string;
  departments: string[];
  matters: string[];
  resolutions: JointMeetingResolution[];
}

export interface JointMeetingResolution {
  id: string; // 'JR00001'
  text: string;
  ownerDepartment: string;
  deadline: string;
  /** null while OPEN */
  doneOn: string | null;
}

export type DeliberationForum = 'RECEPTION_DAY' | 'OWNERS_TALK' | 'NEIGHBOUR_TALK' | 'COUNCIL';
export type SettlementLevel = 'ESTATE' | 'COMMUNITY' | 'STREET';

/** 议事协商: a matter raised by owners at an estate, and where it was settled */
export interface DeliberationMatter {
  id: string; // 'GM000001'
  estateId: string;
  /** the estate's community */
  regionCode: string;
  forum: DeliberationForum;
  subject: string;
  raisedOn: string;
  settledLevel: SettlementLevel | null;
  settledOn: string | null;
}

export type MediationCategory = 'FEES' | 'SERVICE_QUALITY' | 'PARKING' | 'RENOVATION' | 'PUBLIC_REVENUE' | 'MAINTENANCE_FUND' | 'OTHER';
export type MediationState = 'RECEIVED' | 'MEDIATING' | 'AGREEMENT' | 'NO_AGREEMENT' | 'RETURNED_TO_COURT';
export type MediationPartySide = 'OWNER' | 'COMMITTEE' | 'COMPANY';

/** 调解员 of the industry association's mediation body, linked to the token subject they sign in with */
export interface Mediator {
  id: string; // 'MD01'
  name: string;
  organisation: string;
  /** the city (or province) whose cases the mediator takes */
  regionCode: string;
  subject: string;
}

export interface MediationParty {
  side: MediationPartySide;
  /** personal data (an owner's name) or an organisation's name */
  name: string;
  /** the company's registry id when side is COMPANY */
  companyId: string | null;
}

/** 诉调对接: a dispute referred by a court to the association's mediation body */
export interface MediationCase {
  id: string; // 'MC00001'
  estateId: string;
  regionCode: string;
  court: string;
  category: MediationCategory;
  summary: string;
  parties: MediationParty[];
  referredOn: string;
  mediatorId: string | null;
  mediationStartedOn: string | null;
  /** AGREEMENT or NO_AGREEMENT */
  concludedOn: string | null;
  returnedOn: string | null;
  state: MediationState;
}

export type EnforcementDepartment = 'URBAN_MANAGEMENT' | 'HOUSING' | 'POLICE' | 'FIRE' | 'JUSTICE';
export type EnforcementViolation = 'ILLEGAL_CONSTRUCTION' | 'ILLEGAL_RENOVATION' | 'FIRE_LANE_BLOCKED';
export type EnforcementOutcome = 'PENDING' | 'RECTIFIED' | 'FINED' | 'DEMOLISHED';

/** 执法进社区: one enforcement action at an estate */
export interface EnforcementAction {
  id: string; // 'EA000001'
  estateId: string;
  regionCode: string;
  department: EnforcementDepartment;
  violation: EnforcementViolation;
  foundOn: string;
  outcome: EnforcementOutcome;
  concludedOn: string | null;
  note: string;
}

/** 完整社区 pilot with its 党群服务中心 and the estates it serves */
export interface CompleteCommunityPilot {
  id: string; // 'CCP01'
  name: string;
  /** the community (12-digit code) */
  communityCode: string;
  batch: number;
  designatedOn: string;
  centreName: string;
  centreOpenedOn: string;
  /** 在显著位置规范悬挂中心标识 */
  signHung: boolean;
  estateIds: string[];
}

export type RenovationService = 'PROPERTY_SERVICE' | 'ELDERLY_CARE' | 'CHILDCARE' | 'PARKING' | 'MEDICAL' | 'CULTURE' | 'SPORTS' | 'HOUSEKEEPING';
export type TrialDecision = 'PENDING' | 'ACCEPTED' | 'DECLINED';

/** 老旧小区改造 (改管运一体化) project, its "先试后买" trial and its hand-over to property service */
export interface RenovationProject {
  id: string; // 'RP001'
  name: string;
  /** the county */
  regionCode: string;
  investor: string;
  statePartner: string | null;
  startedOn: string;
  estateIds: string[];
  services: RenovationService[];
  trialStartsOn: string;
  trialEndsOn: string;
  decision: TrialDecision;
  decidedOn: string | null;
  /** registry company taking over the property service (after an ACCEPTED trial) */
  handoverCompanyId: string | null;
  handedOverOn: string | null;
}

export interface GovernanceSlice {
  gridIntegrations: GridIntegration[];
  jointMeetings: JointMeeting[];
  matters: DeliberationMatter[];
  mediators: Mediator[];
  mediations: MediationCase[];
  enforcement: EnforcementAction[];
  pilots: CompleteCommunityPilot[];
  renovations: RenovationProject[];
}
