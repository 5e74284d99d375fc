import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 物业管理联席会议 convened by a street */
export const JointMeetingEntity = defineEntity({
  name: 'GovernanceJointMeeting',
  tableName: 'joint_meeting',
  properties: {
    id: p.string().primary(),
    /** the convening street (9-digit code) */
    streetCode: p.string(),
    heldOn: p.string().columnType('date'),
    topic: p.string(),
    departments: p.json<string[]>(),
    matters: p.json<string[]>(),
    recordedBy: p.string(),
  },
});
export type JointMeeting = InferEntity<typeof JointMeetingEntity>;

/** a resolution of a joint meeting: owning department, deadline, follow-up until done */
export const JointResolutionEntity = defineEntity({
  name: 'GovernanceJointResolution',
  tableName: 'joint_resolution',
  properties: {
    id: p.string().primary(),
    meetingId: p.string().index(),
    streetCode: p.string(),
    text: p.text(),
    ownerDepartment: p.string(),
    deadline: p.string().columnType('date'),
    /** OPEN | DONE */
    state: p.string(),
    doneOn: p.string().columnType('date').nullable(),
    doneNote: p.text().nullable(),
  },
});
export type JointResolution = InferEntity<typeof JointResolutionEntity>;
