// ResidentialEstate.governance: an estate's matters, mediations, enforcement, pilot and renovation. The
// summary of any number of estates is one SQL statement; each list one more per batch.
import { defineLoader, groupedInKeyOrder, sql } from '@wuye/kit';
import { builder, type GovernanceContext } from './builder.js';
import { S, today } from './common.js';
import { EstateRef } from './core-entities.js';
import { MatterRef, type MatterRow } from './deliberation.js';
import { EnforcementRef, type EnforcementRow } from './enforcement.js';
import { visibleCases } from './mediation-access.js';
import { MediationRef, type CaseRow } from './mediation.js';
import { pilotById, PilotRef } from './pilots.js';
import { projectById, RenovationRef } from './renovation.js';

interface EstateSummary {
  id: string;
  matters_raised: number;
  matters_settled: number;
  mediations: number;
  mediations_resolved: number;
  enforcement_actions: number;
  enforcement_pending: number;
  pilot_id: string | null;
  project_id: string | null;
}

/** the counts of many estates in one statement */
const summaryOf = defineLoader<string, EstateSummary, GovernanceContext>(async (ids, ctx) => {
  const d = today(ctx);
  const rows = await sql<EstateSummary>(
    ctx.em,
    `select k.id,
       (select count(*) from ${S}.deliberation_matter m where m.estate_id = k.id and m.raised_on <= ?::date)::int as matters_raised,
       (select count(*) from ${S}.deliberation_matter m where m.estate_id = k.id and m.settled_on <= ?::date)::int as matters_settled,
       (select count(*) from ${S}.mediation_case c where c.estate_id = k.id and c.referred_on <= ?::date)::int as mediations,
       (select count(*) from ${S}.mediation_case c where c.estate_id = k.id and c.state = 'AGREEMENT' and c.concluded_on <= ?::date)::int as mediations_resolved,
       (select count(*) from ${S}.enforcement_action a where a.estate_id = k.id and a.found_on <= ?::date)::int as enforcement_actions,
       (select count(*) from ${S}.enforcement_action a where a.estate_id = k.id and a.found_on <= ?::date and (a.concluded_on is null or a.concluded_on > ?::date))::int as enforcement_pending,
       (select min(pe.pilot_id) from ${S}.pilot_estate pe where pe.estate_id = k.id) as pilot_id,
       (select min(re.project_id) from ${S}.renovation_estate re where re.estate_id = k.id) as project_id
     from unnest(?::text[]) k(id)`,
    [d, d, d, d, d, d, d, ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!);
});

const mattersOf = defineLoader<string, MatterRow[], GovernanceContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, await sql<MatterRow>(ctx.em, `select * from ${S}.deliberation_matter where estate_id = any(?::text[]) and raised_on <= ?::date order by raised_on desc, id`, [ids, today(ctx)]), (m) => m.estate_id),
);

const enforcementOf = defineLoader<string, EnforcementRow[], GovernanceContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, await sql<EnforcementRow>(ctx.em, `select * from ${S}.enforcement_action where estate_id = any(?::text[]) and found_on <= ?::date order by found_on desc, id`, [ids, today(ctx)]), (a) => a.estate_id),
);

/** the cases the viewer may see (the public: none) */
const mediationsOf = defineLoader<string, CaseRow[], GovernanceContext>(async (ids, ctx) => {
  const visible = await visibleCases(ctx);
  const rows = await sql<CaseRow>(ctx.em, `select t.* from ${S}.mediation_case t where t.estate_id = any(?::text[]) and ${visible.where} order by t.referred_on desc, t.id`, [ids, ...visible.params]);
  return groupedInKeyOrder(ids, rows, (c) => c.estate_id);
});

const EstateGovernanceRef = builder.objectRef<{ id: string }>('EstateGovernance').implement({
  description: '小区基层治理 — an estate\'s deliberation, mediation, enforcement, pilot and renovation',
  fields: (t) => ({
    mattersRaised: t.int({ description: '议事事项 — matters raised', resolve: async (e, _a, ctx) => (await summaryOf(ctx).load(e.id)).matters_raised }),
    mattersSettled: t.int({ description: '已化解事项', resolve: async (e, _a, ctx) => (await summaryOf(ctx).load(e.id)).matters_settled }),
    mediations: t.int({ description: '诉调对接案件 — disputes about the estate referred by courts (a count: the public sees no cases)', resolve: async (e, _a, ctx) => (await summaryOf(ctx).load(e.id)).mediations }),
    mediationsResolved: t.int({ description: '有效化解 — of them, mediated to an agreement', resolve: async (e, _a, ctx) => (await summaryOf(ctx).load(e.id)).mediations_resolved }),
    enforcementActions: t.int({ description: '执法进社区 — enforcement actions at the estate', resolve: async (e, _a, ctx) => (await summaryOf(ctx).load(e.id)).enforcement_actions }),
    enforcementPending: t.int({ description: '处置中 — of them, not yet concluded', resolve: async (e, _a, ctx) => (await summaryOf(ctx).load(e.id)).enforcement_pending }),
    pilot: t.field({ type: PilotRef, nullable: true, description: '完整社区试点 — the pilot serving the estate', resolve: async (e, _a, ctx) => { const id = (await summaryOf(ctx).load(e.id)).pilot_id; return id ? pilotById(ctx).load(id) : null; } }),
    renovation: t.field({ type: RenovationRef, nullable: true, description: '老旧小区改造 — the renovation project covering the estate', resolve: async (e, _a, ctx) => { const id = (await summaryOf(ctx).load(e.id)).project_id; return id ? projectById(ctx).load(id) : null; } }),
    matters: t.field({ type: [MatterRef], description: '议事事项 — newest first', resolve: (e, _a, ctx) => mattersOf(ctx).load(e.id) }),
    enforcement: t.field({ type: [EnforcementRef], description: '执法记录 — newest first', resolve: (e, _a, ctx) => enforcementOf(ctx).load(e.id) }),
    mediationCases: t.field({ type: [MediationRef], description: '诉调对接案件 — the cases the viewer may see (officials over the estate, the mediator assigned), newest first', resolve: (e, _a, ctx) => mediationsOf(ctx).load(e.id) }),
  }),
});

EstateRef.implement({
  externalFields: () => ({}),
  fields: (t) => ({
    id: t.exposeID('id'),
    governance: t.field({ type: EstateGovernanceRef, description: '基层治理 — the estate\'s grassroots governance', resolve: (e) => ({ id: e.id }) }),
  }),
});
