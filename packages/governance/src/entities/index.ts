import { MatterEntity } from './deliberation.js';
import { EnforcementEntity } from './enforcement.js';
import { GridIntegrationEntity } from './grid.js';
import { JointMeetingEntity, JointResolutionEntity } from './meeting.js';
import { MediationCaseEntity, MediationPartyEntity, MediatorEntity } from './mediation.js';
import { PilotEntity, PilotEstateEntity } from './pilot.js';
import { RenovationEntity, RenovationEstateEntity } from './renovation.js';

export * from './deliberation.js';
export * from './enforcement.js';
export * from './grid.js';
export * from './meeting.js';
export * from './mediation.js';
export * from './pilot.js';
export * from './renovation.js';

export const entities = [
  GridIntegrationEntity,
  JointMeetingEntity,
  JointResolutionEntity,
  MatterEntity,
  MediatorEntity,
  MediationCaseEntity,
  MediationPartyEntity,
  EnforcementEntity,
  PilotEntity,
  PilotEstateEntity,
  RenovationEntity,
  RenovationEstateEntity,
];
