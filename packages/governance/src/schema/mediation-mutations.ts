// 诉调对接 workflow: officials over the estate record a court's referral (RECEIVED); the case then moves
// RECEIVED → MEDIATING (a mediator assigned) → AGREEMENT | NO_AGREEMENT → (NO_AGREEMENT) RETURNED_TO_COURT.
// Any other move — or one somebody made meanwhile — is a CONFLICT; dates never lie in the future nor
// before the previous step.
import { administers, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { builder, type GovernanceContext } from './builder.js';
import { mustAdminister, nextIds, notBefore, notFuture, S } from './common.js';
import { MediationCategoryEnum, MediationStateEnum, PartySideEnum, type MediationStateName } from './enums.js';
import { mustActOnCase } from './mediation-access.js';
import { MediationRef, type CaseRow } from './mediation.js';
import { coversCase, viewerMediator, type MediatorRow } from './mediators.js';
import { estateRegion, mustBeCompany } from './registry-facts.js';

/** the moves the lifecycle allows: to → from */
const FROM: Record<Exclude<MediationStateName, 'RECEIVED'>, MediationStateName> = {
  MEDIATING: 'RECEIVED',
  AGREEMENT: 'MEDIATING',
  NO_AGREEMENT: 'MEDIATING',
  RETURNED_TO_COURT: 'NO_AGREEMENT',
};
const NEXT: Record<MediationStateName, string> = { RECEIVED: 'MEDIATING', MEDIATING: 'AGREEMENT or NO_AGREEMENT', AGREEMENT: 'none (resolved)', NO_AGREEMENT: 'RETURNED_TO_COURT', RETURNED_TO_COURT: 'none (returned)' };

const PartyInput = builder.inputType('GovernanceMediationPartyInput', {
  description: '当事人 — a party to the dispute',
  fields: (t) => ({
    side: t.field({ type: PartySideEnum, required: true, description: '当事人类别' }),
    name: t.string({ required: true, description: '名称 — the owner\'s name, or the committee\'s or company\'s', validate: z.string().trim().min(2).max(100) }),
    companyId: t.id({ description: '物业服务企业 — required when side is COMPANY' }),
  }),
});

const ReferInput = builder.inputType('ReferMediationInput', {
  description: '诉调对接受理 — a dispute a court refers to the mediation body',
  fields: (t) => ({
    estateId: t.id({ required: true, description: '住宅小区 — the estate it is about' }),
    court: t.string({ required: true, description: '移送法院', validate: z.string().trim().min(4).max(100) }),
    category: t.field({ type: MediationCategoryEnum, required: true, description: '纠纷类别' }),
    summary: t.string({ required: true, description: '纠纷概要', validate: z.string().trim().min(4, 'say what it is about (at least 4 characters)').max(2000) }),
    parties: t.field({ type: [PartyInput], required: true, description: '当事人 — at least two' }),
    referredOn: t.field({ type: 'Date', required: true, description: '受理日期 — not in the future' }),
  }),
});

const AdvanceInput = builder.inputType('AdvanceMediationInput', {
  description: '调解进程 — move a case to its next state',
  fields: (t) => ({
    id: t.id({ required: true, description: '案件编号' }),
    to: t.field({ type: MediationStateEnum, required: true, description: '目标状态 — MEDIATING, AGREEMENT, NO_AGREEMENT or RETURNED_TO_COURT' }),
    on: t.field({ type: 'Date', required: true, description: '日期 — not in the future, not before the previous step' }),
    mediatorId: t.id({ description: '调解员 — MEDIATING: who mediates (a mediator taking the case may omit it: themselves)' }),
    note: t.string({ description: '说明 — AGREEMENT / NO_AGREEMENT: the outcome', validate: z.string().trim().min(2).max(2000) }),
  }),
});

async function loadCase(ctx: GovernanceContext, id: string): Promise<CaseRow> {
  const [row] = await sql<CaseRow>(ctx.em, `select * from ${S}.mediation_case where id = ?`, [id]);
  if (!row) throw WuyeError.badInput('input.id', `no mediation case ${id}`);
  return row;
}

/** the date of the case's latest step */
const lastStepOn = (c: CaseRow): string => c.returned_on ?? c.concluded_on ?? c.mediation_started_on ?? c.referred_on;

/** MEDIATING: who mediates, and whether the viewer may assign them */
async function assignedMediator(ctx: GovernanceContext, c: CaseRow, mediatorId: string | null | undefined): Promise<MediatorRow> {
  const self = await viewerMediator(ctx);
  const official = administers(ctx.viewer, c.region_code);
  if (!official && !(self && coversCase(self, c.region_code))) throw WuyeError.forbidden(`Mediation ${c.id} is taken by officials over ${c.region_code} or a mediator of its city.`);
  const id = mediatorId ?? (official ? null : self?.id);
  if (!id) throw WuyeError.badInput('input.mediatorId', 'name the mediator who mediates the case');
  const [mediator] = await sql<MediatorRow>(ctx.em, `select * from ${S}.mediator where id = ? and active`, [id]);
  if (!mediator) throw WuyeError.badInput('input.mediatorId', `no active mediator ${id}`);
  if (!coversCase(mediator, c.region_code)) throw WuyeError.badInput('input.mediatorId', `mediator ${id} takes cases of ${mediator.region_code}, not ${c.region_code}`);
  // a mediator may take a case themselves; assigning somebody else is for officials
  if (!official && self?.id !== mediator.id) throw WuyeError.forbidden(`Assigning mediation ${c.id} to another mediator is for officials over ${c.region_code}.`);
  return mediator;
}

builder.mutationFields((t) => ({
  referMediation: t.field({
    type: MediationRef,
    description: '诉调对接受理 — officials (street staff and above) over the estate record a court\'s referral; the case starts RECEIVED',
    authScopes: { official: true },
    args: { input: t.arg({ type: ReferInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      notFuture(ctx, 'input.referredOn', input.referredOn);
      if (input.parties.length < 2) throw WuyeError.badInput('input.parties', 'a dispute has at least two parties');
      for (const [i, p] of input.parties.entries()) {
        if ((p.side === 'COMPANY') !== !!p.companyId) throw WuyeError.badInput(`input.parties.${i}.companyId`, p.side === 'COMPANY' ? 'name the company (its registry id)' : 'only a COMPANY party has a companyId');
      }
      const regionCode = await estateRegion(ctx, input.estateId, 'input.estateId');
      mustAdminister(ctx, regionCode, `Estate ${input.estateId}`);
      for (const [i, p] of input.parties.entries()) if (p.companyId) await mustBeCompany(ctx, p.companyId, `input.parties.${i}.companyId`);
      return ctx.em.transactional(async (em) => {
        const [id] = await nextIds(em, 'mediation');
        const [row] = await sql<CaseRow>(em, `insert into ${S}.mediation_case (id, estate_id, region_code, court, category, summary, referred_on, state) values (?, ?, ?, ?, ?, ?, ?, 'RECEIVED') returning *`, [
          id, input.estateId, regionCode, input.court.trim(), input.category, input.summary.trim(), input.referredOn,
        ]);
        for (const [i, p] of input.parties.entries()) {
          await sql(em, `insert into ${S}.mediation_party (case_id, party_no, side, name, company_id) values (?, ?, ?, ?, ?)`, [id, i + 1, p.side, p.name.trim(), p.companyId ?? null]);
        }
        return row!;
      });
    },
  }),
  advanceMediation: t.field({
    type: MediationRef,
    description: '调解进程 — the mediator assigned (or officials over the case) move it on: RECEIVED → MEDIATING → AGREEMENT | NO_AGREEMENT → RETURNED_TO_COURT; any other move is a CONFLICT',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: AdvanceInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      notFuture(ctx, 'input.on', input.on);
      if (input.to === 'RECEIVED') throw WuyeError.badInput('input.to', 'a case is received with referMediation');
      if (input.to !== 'MEDIATING' && input.mediatorId) throw WuyeError.badInput('input.mediatorId', 'a mediator is assigned when mediation starts (MEDIATING)');
      const c = await loadCase(ctx, String(input.id));
      const from = FROM[input.to];
      // who: MEDIATING by officials or a mediator covering the case; later steps by officials or the assigned mediator
      const mediator = input.to === 'MEDIATING' ? await assignedMediator(ctx, c, input.mediatorId) : null;
      if (input.to !== 'MEDIATING') await mustActOnCase(ctx, c);
      if (c.state !== from) throw WuyeError.conflict(`Mediation ${c.id} is ${c.state}: the next state is ${NEXT[c.state]}, not ${input.to}.`);
      notBefore('input.on', input.on, lastStepOn(c), 'the case\'s previous step');
      const column = { MEDIATING: 'mediation_started_on', AGREEMENT: 'concluded_on', NO_AGREEMENT: 'concluded_on', RETURNED_TO_COURT: 'returned_on' }[input.to];
      // the state moves only from the one we saw: of two concurrent moves, one wins
      const [moved] = await sql<CaseRow>(
        ctx.em,
        `update ${S}.mediation_case set state = ?, ${column} = ?, mediator_id = coalesce(?, mediator_id), outcome_note = coalesce(?, outcome_note) where id = ? and state = ? returning *`,
        [input.to, input.on, mediator?.id ?? null, input.note?.trim() ?? null, c.id, from],
      );
      if (!moved) throw WuyeError.conflict(`Mediation ${c.id} was moved on meanwhile: reload it.`);
      return moved;
    },
  }),
}));
