// XiamenDeliberation: an item of estate business through 小区治理党员先议, with each step's record.
import { deliberationSteps, type DeliberationRow, type StepRow } from '../deliberation/rows.js';
import { nextSteps, STATE_LABEL, STEP_LABEL } from '../deliberation/steps.js';
import { builder, core } from './builder.js';
import { ActorRef } from './common.js';

export const DeliberationStateEnum = builder.enumType('XiamenDeliberationState', {
  description: '先议状态 — where an item stands in 小区治理党员先议',
  values: {
    RAISED: { description: `${STATE_LABEL.RAISED} — raised; the estate's party branch committee discusses it first` },
    DRAFTED: { description: `${STATE_LABEL.DRAFTED} — the branch committee drafted an opinion; to co-decide with the community party committee and the owners' committee` },
    CO_DECIDING: { description: `${STATE_LABEL.CO_DECIDING} — one of the two committees has co-decided, the other not yet` },
    CO_DECIDED: { description: `${STATE_LABEL.CO_DECIDED} — both committees co-decided the plan; the company announces it` },
    ANNOUNCED: { description: `${STATE_LABEL.ANNOUNCED} — announced to owners by the company: done` },
  } as const,
});

export const DeliberationStepEnum = builder.enumType('XiamenDeliberationStepKind', {
  description: '先议环节 — a step of 小区治理党员先议',
  values: {
    BRANCH_DRAFT: { description: `${STEP_LABEL.BRANCH_DRAFT} — the branch committee discusses first and drafts an opinion (xiamenDraftDeliberation)` },
    COMMUNITY_COMMITTEE: { description: `${STEP_LABEL.COMMUNITY_COMMITTEE} — the community party committee co-decides (xiamenCoDecideDeliberation)` },
    OWNERS_COMMITTEE: { description: `${STEP_LABEL.OWNERS_COMMITTEE} — the owners' committee co-decides (xiamenCoDecideDeliberation)` },
    ANNOUNCEMENT: { description: `${STEP_LABEL.ANNOUNCEMENT} — the company announces the result to owners (xiamenAnnounceDeliberation)` },
  } as const,
});

const StepRef = builder.objectRef<StepRow & { regionCode: string }>('XiamenDeliberationStep').implement({
  description: '先议记录 — one step taken: what was recorded, by whom (token subject and role) and when',
  fields: (t) => ({
    step: t.field({ type: DeliberationStepEnum, description: '先议环节', resolve: (s) => s.step }),
    text: t.exposeString('text', { description: '内容 — the draft opinion, the committee\'s opinion, or the announcement' }),
    by: t.field({ type: ActorRef, description: '经办 — who and when', resolve: (s) => s }),
  }),
});

export const DeliberationRef = builder.objectRef<DeliberationRow>('XiamenDeliberation').implement({
  description: '党员先议事项 — an item of estate business: 支委会先议 → 社区党委、业委会共商 → 物业企业向业主发布 (厦门)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '事项编号 — XD followed by five digits' }),
    estate: t.field({ type: core.ResidentialEstate, description: '小区 — the estate (registry)', resolve: (d) => ({ id: d.estateId }) }),
    regionCode: t.field({ type: 'RegionCode', description: '社区代码 — the estate\'s community (12 digits)', resolve: (d) => d.regionCode }),
    company: t.field({ type: core.PropertyCompany, description: '物业企业 — the company that announces (the estate\'s, or its bundle\'s)', resolve: (d) => ({ id: d.companyId }) }),
    title: t.exposeString('title', { description: '事项 — what is to be decided' }),
    matter: t.exposeString('matter', { description: '事项说明' }),
    state: t.field({ type: DeliberationStateEnum, description: '先议状态', resolve: (d) => d.state }),
    raised: t.field({ type: ActorRef, description: '提出 — who raised it and when', resolve: (d) => ({ actor: d.raisedBy, actorRole: d.raisedRole, at: d.raisedAt, regionCode: d.regionCode }) }),
    steps: t.field({
      type: [StepRef],
      description: '先议记录 — the steps taken, in order',
      resolve: async (d, _args, ctx) => (await deliberationSteps(ctx).load(d.id)).map((s) => ({ ...s, regionCode: d.regionCode })),
    }),
    nextSteps: t.field({
      type: [DeliberationStepEnum],
      description: '待办环节 — the steps that may come next (empty once announced)',
      resolve: async (d, _args, ctx) => nextSteps((await deliberationSteps(ctx).load(d.id)).map((s) => s.step)),
    }),
  }),
});
