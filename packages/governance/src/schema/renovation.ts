// 老旧小区改造 "改管运一体化": social capital (often with a state-owned partner) renovates, manages and runs
// old estates and adds services; property service is offered "先试后买" — a trial the owners accept or
// decline, once — and, once accepted, handed over to a property company, once.
import { defineLoader, groupedInKeyOrder, inKeyOrder, levelOf, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { builder, type GovernanceContext } from './builder.js';
import { mustAdminister, nextIds, notBefore, notFuture, regionLike, S } from './common.js';
import { CompanyRef, EstateRef, RegionRef } from './core-entities.js';
import { RenovationServiceEnum, TrialDecisionEnum } from './enums.js';
import { estateRegions, mustBeCompany } from './registry-facts.js';

export interface RenovationRow {
  id: string;
  name: string;
  region_code: string;
  investor: string;
  state_partner: string | null;
  started_on: string;
  services: string[];
  trial_starts_on: string;
  trial_ends_on: string;
  decision: 'PENDING' | 'ACCEPTED' | 'DECLINED';
  decided_on: string | null;
  handover_company_id: string | null;
  handed_over_on: string | null;
}

const estatesOfProject = defineLoader<string, { project_id: string; estate_id: string }[], GovernanceContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, await sql<{ project_id: string; estate_id: string }>(ctx.em, `select project_id, estate_id from ${S}.renovation_estate where project_id = any(?::text[]) order by project_id, estate_id`, [ids]), (r) => r.project_id),
);

export const projectById = defineLoader<string, RenovationRow | null, GovernanceContext>(async (ids, ctx) =>
  inKeyOrder(ids, await sql<RenovationRow>(ctx.em, `select * from ${S}.renovation_project where id = any(?::text[])`, [ids]), (p) => p.id),
);

const TrialRef = builder.objectRef<RenovationRow>('GovernanceServiceTrial').implement({
  description: '先试后买 — the trial of property service before the owners buy it',
  fields: (t) => ({
    startsOn: t.field({ type: 'Date', description: '试用开始', resolve: (p) => p.trial_starts_on }),
    endsOn: t.field({ type: 'Date', description: '试用结束', resolve: (p) => p.trial_ends_on }),
    decision: t.field({ type: TrialDecisionEnum, description: '业主决定', resolve: (p) => p.decision }),
    decidedOn: t.field({ type: 'Date', nullable: true, description: '决定日期', resolve: (p) => p.decided_on }),
  }),
});

export const RenovationRef = builder.objectRef<RenovationRow>('GovernanceRenovationProject').implement({
  description: '老旧小区改造项目 — an old-estate renovation project ("改管运一体化")',
  fields: (t) => ({
    id: t.exposeID('id', { description: '项目编号' }),
    name: t.exposeString('name', { description: '项目名称' }),
    county: t.field({ type: RegionRef, description: '县(市、区)', resolve: (p) => ({ code: p.region_code }) }),
    investor: t.exposeString('investor', { description: '社会资本 — the investor' }),
    statePartner: t.string({ nullable: true, description: '国企合作方 — the state-owned partner', resolve: (p) => p.state_partner }),
    startedOn: t.field({ type: 'Date', description: '开工日期', resolve: (p) => p.started_on }),
    services: t.field({ type: [RenovationServiceEnum], description: '配套服务 — services added', resolve: (p) => p.services as 'ELDERLY_CARE'[] }),
    estates: t.field({ type: [EstateRef], description: '改造范围 — the estates renovated', resolve: async (p, _a, ctx) => (await estatesOfProject(ctx).load(p.id)).map((r) => ({ id: r.estate_id })) }),
    trial: t.field({ type: TrialRef, description: '先试后买 — the service trial', resolve: (p) => p }),
    handoverCompany: t.field({ type: CompanyRef, nullable: true, description: '接管物业服务企业 — the company taking over', resolve: (p) => (p.handover_company_id ? { id: p.handover_company_id } : null) }),
    handedOverOn: t.field({ type: 'Date', nullable: true, description: '移交日期', resolve: (p) => p.handed_over_on }),
  }),
});

const CreateInput = builder.inputType('CreateRenovationProjectInput', {
  description: '登记改造项目 — a renovation project with its scope, services and trial',
  fields: (t) => ({
    name: t.string({ required: true, description: '项目名称', validate: z.string().trim().min(4).max(200) }),
    countyCode: t.field({ type: 'RegionCode', required: true, description: '县(市、区)' }),
    investor: t.string({ required: true, description: '社会资本', validate: z.string().trim().min(2).max(200) }),
    statePartner: t.string({ description: '国企合作方', validate: z.string().trim().min(2).max(200) }),
    startedOn: t.field({ type: 'Date', required: true, description: '开工日期 — not in the future' }),
    estateIds: t.idList({ required: true, description: '改造范围 — estates of the county' }),
    services: t.field({ type: [RenovationServiceEnum], required: true, description: '配套服务' }),
    trialStartsOn: t.field({ type: 'Date', required: true, description: '试用开始' }),
    trialEndsOn: t.field({ type: 'Date', required: true, description: '试用结束 — after it starts' }),
  }),
});

const DecideInput = builder.inputType('DecideRenovationTrialInput', {
  description: '先试后买决定 — the owners\' decision after the trial',
  fields: (t) => ({
    id: t.id({ required: true, description: '项目编号' }),
    decision: t.field({ type: TrialDecisionEnum, required: true, description: '业主决定 — ACCEPTED or DECLINED' }),
    decidedOn: t.field({ type: 'Date', required: true, description: '决定日期 — not in the future, not before the trial starts' }),
  }),
});

const HandOverInput = builder.inputType('HandOverRenovationProjectInput', {
  description: '移交物业服务 — the company taking over the property service',
  fields: (t) => ({
    id: t.id({ required: true, description: '项目编号' }),
    companyId: t.id({ required: true, description: '物业服务企业' }),
    handedOverOn: t.field({ type: 'Date', required: true, description: '移交日期 — not in the future, not before the decision' }),
  }),
});

async function loadProject(ctx: GovernanceContext, id: string): Promise<RenovationRow> {
  const [row] = await sql<RenovationRow>(ctx.em, `select * from ${S}.renovation_project where id = ?`, [id]);
  if (!row) throw WuyeError.badInput('input.id', `no renovation project ${id}`);
  mustAdminister(ctx, row.region_code, `Renovation project ${id}`);
  return row;
}

builder.queryFields((t) => ({
  governanceRenovationProjects: t.field({
    type: [RenovationRef],
    description: '老旧小区改造项目 — projects in a region (default: the province), by id',
    args: { regionCode: t.arg({ type: 'RegionCode', description: '地区' }), decision: t.arg({ type: TrialDecisionEnum, description: '业主决定' }) },
    resolve: (_root, args, ctx) =>
      sql<RenovationRow>(ctx.em, `select * from ${S}.renovation_project where region_code like ? and (?::text is null or decision = ?) order by id`, [regionLike(args.regionCode), args.decision ?? null, args.decision ?? null]),
  }),
}));

builder.mutationFields((t) => ({
  createRenovationProject: t.field({
    type: RenovationRef,
    description: '登记改造项目 — officials over the county (county admin and above) record a project; its estates must lie in the county',
    authScopes: { official: true },
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (levelOf(input.countyCode) !== 'COUNTY') throw WuyeError.badInput('input.countyCode', `${input.countyCode} is not a county code`);
      mustAdminister(ctx, input.countyCode, `County ${input.countyCode}`);
      notFuture(ctx, 'input.startedOn', input.startedOn);
      if (input.trialEndsOn <= input.trialStartsOn) throw WuyeError.badInput('input.trialEndsOn', 'must be after the trial starts');
      if (input.estateIds.length === 0) throw WuyeError.badInput('input.estateIds', 'a project renovates at least one estate');
      if (input.services.length === 0) throw WuyeError.badInput('input.services', 'name the services it adds');
      const regions = await estateRegions(ctx, input.estateIds.map(String), 'input.estateIds');
      for (const [id, code] of regions) if (!code.startsWith(input.countyCode)) throw WuyeError.badInput('input.estateIds', `estate ${id} lies in ${code}, outside ${input.countyCode}`);
      return ctx.em.transactional(async (em) => {
        const [id] = await nextIds(em, 'renovation');
        const [row] = await sql<RenovationRow>(em, `insert into ${S}.renovation_project (id, name, region_code, investor, state_partner, started_on, services, trial_starts_on, trial_ends_on, decision) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, 'PENDING') returning *`, [
          id, input.name.trim(), input.countyCode, input.investor.trim(), input.statePartner?.trim() ?? null, input.startedOn, JSON.stringify([...new Set(input.services)]), input.trialStartsOn, input.trialEndsOn,
        ]);
        for (const [estateId, code] of regions) await sql(em, `insert into ${S}.renovation_estate (project_id, estate_id, region_code) values (?, ?, ?)`, [id, estateId, code]);
        return row!;
      });
    },
  }),
  decideRenovationTrial: t.field({
    type: RenovationRef,
    description: '先试后买决定 — officials over the county record the owners\' decision, once (CONFLICT when decided)',
    authScopes: { official: true },
    args: { input: t.arg({ type: DecideInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      notFuture(ctx, 'input.decidedOn', input.decidedOn);
      if (input.decision === 'PENDING') throw WuyeError.badInput('input.decision', 'decide ACCEPTED or DECLINED');
      const project = await loadProject(ctx, String(input.id));
      if (project.decision !== 'PENDING') throw WuyeError.conflict(`The owners of project ${project.id} decided ${project.decision} on ${project.decided_on}.`);
      notBefore('input.decidedOn', input.decidedOn, project.trial_starts_on, 'the trial\'s start');
      const [row] = await sql<RenovationRow>(ctx.em, `update ${S}.renovation_project set decision = ?, decided_on = ? where id = ? and decision = 'PENDING' returning *`, [input.decision, input.decidedOn, project.id]);
      if (!row) throw WuyeError.conflict(`Project ${project.id} was decided meanwhile: reload it.`);
      return row;
    },
  }),
  handOverRenovationProject: t.field({
    type: RenovationRef,
    description: '移交物业服务 — officials over the county record the hand-over of an ACCEPTED trial to a company, once (CONFLICT otherwise)',
    authScopes: { official: true },
    args: { input: t.arg({ type: HandOverInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      notFuture(ctx, 'input.handedOverOn', input.handedOverOn);
      const project = await loadProject(ctx, String(input.id));
      if (project.decision !== 'ACCEPTED') throw WuyeError.conflict(`Project ${project.id}'s trial is ${project.decision}: only an ACCEPTED trial is handed over.`);
      if (project.handed_over_on) throw WuyeError.conflict(`Project ${project.id} was handed over on ${project.handed_over_on}.`);
      notBefore('input.handedOverOn', input.handedOverOn, project.decided_on!, 'the owners\' decision');
      await mustBeCompany(ctx, String(input.companyId), 'input.companyId');
      const [row] = await sql<RenovationRow>(ctx.em, `update ${S}.renovation_project set handover_company_id = ?, handed_over_on = ? where id = ? and handed_over_on is null returning *`, [input.companyId, input.handedOverOn, project.id]);
      if (!row) throw WuyeError.conflict(`Project ${project.id} was handed over meanwhile: reload it.`);
      return row;
    },
  }),
}));
