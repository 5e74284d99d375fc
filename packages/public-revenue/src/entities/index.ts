import { ComplaintEntity, ComplaintStepEntity } from './complaint.js';
import { DepositEntity } from './deposit.js';
import { EstateChainEntity, RevenueEstateEntity } from './estate.js';
import { NoticeEntity, NoticeItemEntity } from './notice.js';
import { PublicationEntity, RevisionEntity, RevisionLineEntity, StatementEntity } from './statement.js';
import { SupervisorEntity, VisitEntity } from './supervisor.js';
import { TaskEntity } from './task.js';

export * from './complaint.js';
export * from './deposit.js';
export * from './estate.js';
export * from './notice.js';
export * from './statement.js';
export * from './supervisor.js';
export * from './task.js';

export const entities = [
  RevenueEstateEntity,
  EstateChainEntity,
  StatementEntity,
  RevisionEntity,
  RevisionLineEntity,
  PublicationEntity,
  NoticeEntity,
  NoticeItemEntity,
  TaskEntity,
  SupervisorEntity,
  VisitEntity,
  ComplaintEntity,
  ComplaintStepEntity,
  DepositEntity,
];
