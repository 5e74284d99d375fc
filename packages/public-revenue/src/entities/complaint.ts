import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 投诉 — a complaint about public revenue from 信访, the 12345 hotline or public opinion */
export const ComplaintEntity = defineEntity({
  name: 'RevenueComplaint',
  tableName: 'complaint',
  properties: {
    id: p.string().primary(),
    source: p.string(),
    estateId: p.string().index(),
    companyId: p.string().nullable(),
    /** the estate's community */
    regionCode: p.string(),
    /** personal data: officials over the region only; null for public opinion */
    complainantName: p.string().nullable(),
    summary: p.text(),
    /** the latest step (RECEIVED → ASSIGNED → ANSWERED → CLOSED) */
    state: p.string(),
    receivedAt: p.datetime(),
    /** 查实 — set when CLOSED: whether the complaint was substantiated */
    substantiated: p.boolean().nullable(),
  },
});
export type Complaint = InferEntity<typeof ComplaintEntity>;

/** 办理环节 — one step of a complaint's closed loop, with its time */
export const ComplaintStepEntity = defineEntity({
  name: 'RevenueComplaintStep',
  tableName: 'complaint_step',
  properties: {
    complaintId: p.string().primary(),
    step: p.string().primary(),
    at: p.datetime(),
    actor: p.string(),
    department: p.string().nullable(),
    note: p.text(),
  },
});
export type ComplaintStep = InferEntity<typeof ComplaintStepEntity>;
