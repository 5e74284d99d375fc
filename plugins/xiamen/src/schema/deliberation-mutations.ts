// 小区治理党员先议, one mutation per step: raise (officials over the estate), draft (the branch committee's
// opinion), co-decide (community party committee / owners' committee), announce (the company).
import { raiseDeliberation, takeStep } from '../deliberation/commands.js';
import { OFFICIAL_ROLES } from '../access.js';
import { builder } from './builder.js';
import { text } from './common.js';
import { DeliberationRef } from './deliberation.js';

const RaiseInput = builder.inputType('XiamenRaiseDeliberationInput', {
  description: '提出事项 — an item of a 厦门 estate\'s business for 党员先议',
  fields: (t) => ({
    estateId: t.id({ required: true, description: '小区 — the registry id; it must lie in 厦门 and be served by a company' }),
    title: t.string({ required: true, description: '事项 — e.g. 电梯加装方案', validate: text(2, 100) }),
    matter: t.string({ required: true, description: '事项说明', validate: text(2, 2000) }),
  }),
});

const DraftInput = builder.inputType('XiamenDraftDeliberationInput', {
  description: '支委会先议 — the branch committee\'s draft opinion',
  fields: (t) => ({
    itemId: t.id({ required: true, description: '事项编号 — e.g. XD00001' }),
    opinion: t.string({ required: true, description: '初步意见', validate: text(2, 2000) }),
  }),
});

const CoDecidingParty = builder.enumType('XiamenCoDecidingParty', {
  description: '共商方 — who co-decides with the branch\'s draft',
  values: {
    COMMUNITY_PARTY_COMMITTEE: { description: '社区党委 — the community party committee (officials over the estate record it)' },
    OWNERS_COMMITTEE: { description: '业委会 — the owners\' committee (an OWNER token of the estate, or an official over it)' },
  } as const,
});

const CoDecideInput = builder.inputType('XiamenCoDecideDeliberationInput', {
  description: '共商完善 — one committee\'s agreement on the plan (both are needed, each once)',
  fields: (t) => ({
    itemId: t.id({ required: true, description: '事项编号 — e.g. XD00001' }),
    party: t.field({ type: CoDecidingParty, required: true, description: '共商方' }),
    opinion: t.string({ required: true, description: '共商意见 — the plan as completed', validate: text(2, 2000) }),
  }),
});

const AnnounceInput = builder.inputType('XiamenAnnounceDeliberationInput', {
  description: '向业主发布 — the company announces the co-decided result',
  fields: (t) => ({
    itemId: t.id({ required: true, description: '事项编号 — e.g. XD00001' }),
    announcement: t.string({ required: true, description: '发布内容', validate: text(2, 2000) }),
  }),
});

builder.mutationFields((t) => ({
  xiamenRaiseDeliberation: t.field({
    type: DeliberationRef,
    description: '提出事项 — raise an item for 党员先议 on a 厦门 estate (officials over it); the registry says where it lies and who serves it',
    authScopes: { role: [...OFFICIAL_ROLES] },
    args: { input: t.arg({ type: RaiseInput, required: true, description: '提出事项 — estate and matter' }) },
    resolve: (_root, { input }, ctx) => raiseDeliberation(ctx, { estateId: String(input.estateId), title: input.title, matter: input.matter }),
  }),
  xiamenDraftDeliberation: t.field({
    type: DeliberationRef,
    description: '支委会先议 — record the branch committee\'s draft opinion on a RAISED item (CONFLICT otherwise)',
    authScopes: { role: [...OFFICIAL_ROLES] },
    args: { input: t.arg({ type: DraftInput, required: true, description: '支委会先议 — the draft opinion' }) },
    resolve: (_root, { input }, ctx) => takeStep(ctx, String(input.itemId), 'BRANCH_DRAFT', input.opinion),
  }),
  xiamenCoDecideDeliberation: t.field({
    type: DeliberationRef,
    description: '共商完善 — record the community party committee\'s or the owners\' committee\'s agreement after the draft (CONFLICT before it, or twice)',
    authScopes: { role: [...OFFICIAL_ROLES, 'OWNER'] },
    args: { input: t.arg({ type: CoDecideInput, required: true, description: '共商完善 — which committee and its opinion' }) },
    resolve: (_root, { input }, ctx) => takeStep(ctx, String(input.itemId), input.party === 'OWNERS_COMMITTEE' ? 'OWNERS_COMMITTEE' : 'COMMUNITY_COMMITTEE', input.opinion),
  }),
  xiamenAnnounceDeliberation: t.field({
    type: DeliberationRef,
    description: '物业企业发布 — the serving company announces a CO_DECIDED item to owners (CONFLICT otherwise)',
    authScopes: { role: ['COMPANY'] },
    args: { input: t.arg({ type: AnnounceInput, required: true, description: '向业主发布 — the announcement' }) },
    resolve: (_root, { input }, ctx) => takeStep(ctx, String(input.itemId), 'ANNOUNCEMENT', input.announcement),
  }),
}));
