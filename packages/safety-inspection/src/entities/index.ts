import { CampaignEntity } from './campaign.js';
import { ChecklistItemEntity, ChecklistVersionEntity } from './checklist.js';
import { DrawEntity } from './draw.js';
import { EvidenceEntity, FindingEntity, TransitionEntity } from './finding.js';
import { InspectionEntity, InspectionInspectorEntity } from './inspection.js';
import { InspectorEntity, InspectorTieEntity } from './inspector.js';
import { RosterEntity } from './roster.js';
import { SelfInspectionEntity } from './self-inspection.js';

export * from './campaign.js';
export * from './checklist.js';
export * from './draw.js';
export * from './finding.js';
export * from './inspection.js';
export * from './inspector.js';
export * from './roster.js';
export * from './self-inspection.js';

export const entities = [
  RosterEntity,
  InspectorEntity,
  InspectorTieEntity,
  CampaignEntity,
  DrawEntity,
  InspectionEntity,
  InspectionInspectorEntity,
  FindingEntity,
  TransitionEntity,
  EvidenceEntity,
  ChecklistVersionEntity,
  ChecklistItemEntity,
  SelfInspectionEntity,
];
