// 调解员: the mediators of the industry association's mediation body. The kit's roles have no MEDIATOR,
// so a mediator is a row here linked to the token subject they sign in with: a signed-in viewer whose
// subject is an active mediator's acts as that mediator on the cases assigned to them (./mediation-access.ts).
// A mediator who leaves is taken off the roster (inactive: no sign-in as mediator, no new cases); the cases
// still in mediation go to the colleague named in the same step, so none is left without a mediator.
import { administers, maskPersonalName, regionPrefix, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { builder, type GovernanceContext } from './builder.js';
import { mustAdminister, nextIds, regionLike, S } from './common.js';
import { RegionRef } from './core-entities.js';

export interface MediatorRow {
  id: string;
  name: string;
  organisation: string;
  region_code: string;
  subject: string;
  active: boolean;
}

/** whether a mediator takes cases of this region */
export const coversCase = (m: MediatorRow, regionCode: string): boolean => m.region_code === '350000' || regionCode.startsWith(regionPrefix(m.region_code));

const viewerMediators = new WeakMap<object, Promise<MediatorRow | null>>();

/** the active mediator the viewer signs in as, if any — asked once per request */
export function viewerMediator(ctx: GovernanceContext): Promise<MediatorRow | null> {
  let found = viewerMediators.get(ctx);
  if (!found) {
    const subject = ctx.viewer.subject;
    found = subject && ctx.viewer.role !== 'PUBLIC'
      ? sql<MediatorRow>(ctx.em, `select * from ${S}.mediator where subject = ? and active`, [subject]).then((rows) => rows[0] ?? null)
      : Promise.resolve(null);
    viewerMediators.set(ctx, found);
  }
  return found;
}

export const MediatorRef = builder.objectRef<MediatorRow>('GovernanceMediator').implement({
  description: '调解员 — a mediator of the industry association\'s mediation body',
  fields: (t) => ({
    id: t.exposeID('id', { description: '调解员编号' }),
    name: t.string({ description: '姓名 — masked (张**) unless you are an official over the mediator\'s region', resolve: (m, _a, ctx) => (administers(ctx.viewer, m.region_code) ? m.name : maskPersonalName(m.name)) }),
    organisation: t.exposeString('organisation', { description: '调解组织 — the mediation body or its city office' }),
    region: t.field({ type: RegionRef, description: '受理范围 — the province or city whose cases the mediator takes', resolve: (m) => ({ code: m.region_code }) }),
    active: t.exposeBoolean('active', { description: '在册 — takes new cases' }),
  }),
});

const MediatorInput = builder.inputType('RegisterGovernanceMediatorInput', {
  description: '登记调解员 — a mediator and the token subject they sign in with',
  fields: (t) => ({
    name: t.string({ required: true, description: '姓名', validate: z.string().trim().min(2).max(50) }),
    organisation: t.string({ required: true, description: '调解组织', validate: z.string().trim().min(2).max(200) }),
    regionCode: t.field({ type: 'RegionCode', required: true, description: '受理范围 — the province or a city' }),
    subject: t.string({ required: true, description: '账号 — the token subject (sub) the mediator signs in with', validate: z.string().trim().min(3).max(200) }),
  }),
});

builder.queryFields((t) => ({
  governanceMediators: t.field({
    type: [MediatorRef],
    description: '调解员名册 — the mediators taking cases in a region (its city\'s and the province\'s)',
    args: { regionCode: t.arg({ type: 'RegionCode', description: '地区 (default: the province)' }) },
    resolve: (_root, args, ctx) => {
      const code = args.regionCode ?? '350000';
      return sql<MediatorRow>(ctx.em, `select * from ${S}.mediator where region_code like ? or region_code = '350000' or ? like rtrim(region_code, '0') || '%' order by id`, [regionLike(code), code]);
    },
  }),
}));

builder.mutationFields((t) => ({
  registerGovernanceMediator: t.field({
    type: MediatorRef,
    description: '登记调解员 — a city admin (for the city) or the province admin registers a mediator; one mediator per subject (CONFLICT)',
    authScopes: { role: ['PROVINCE_ADMIN', 'CITY_ADMIN'] },
    args: { input: t.arg({ type: MediatorInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (!/^35\d{2}00$/.test(input.regionCode)) throw WuyeError.badInput('input.regionCode', 'must be the province or a city');
      mustAdminister(ctx, input.regionCode, 'The mediator\'s region');
      const [id] = await nextIds(ctx.em, 'mediator');
      const [row] = await sql<MediatorRow>(ctx.em, `insert into ${S}.mediator (id, name, organisation, region_code, subject, active) values (?, ?, ?, ?, ?, true) on conflict (subject) do nothing returning *`, [
        id, input.name.trim(), input.organisation.trim(), input.regionCode, input.subject.trim(),
      ]);
      if (!row) throw WuyeError.conflict(`Subject ${input.subject} is already registered as a mediator.`);
      return row;
    },
  }),
  setGovernanceMediatorActive: t.field({
    type: MediatorRef,
    description:
      '调解员在册状态 — officials over the mediator\'s region take a mediator off the roster (active: false) or back on. Taking off a mediator with cases still MEDIATING needs reassignTo: an active mediator covering those cases, who takes them over in the same step',
    authScopes: { role: ['PROVINCE_ADMIN', 'CITY_ADMIN'] },
    args: {
      id: t.arg.id({ required: true, description: '调解员编号' }),
      active: t.arg.boolean({ required: true, description: '在册' }),
      reassignTo: t.arg.id({ description: '接手调解员 — takes over the cases still in mediation (when taking a mediator off the roster)' }),
    },
    resolve: async (_root, args, ctx) => {
      const id = String(args.id);
      if (args.active && args.reassignTo) throw WuyeError.badInput('reassignTo', 'only a mediator taken off the roster hands over cases');
      return ctx.em.transactional(async (em) => {
        const [mediator] = await sql<MediatorRow>(em, `select * from ${S}.mediator where id = ? for update`, [id]);
        if (!mediator) throw WuyeError.notFound('Mediator', id);
        mustAdminister(ctx, mediator.region_code, `Mediator ${id}'s region`);
        if (!args.active) {
          const open = await sql<{ id: string; region_code: string }>(em, `select id, region_code from ${S}.mediation_case where mediator_id = ? and state = 'MEDIATING' order by id for update`, [id]);
          if (open.length) {
            if (!args.reassignTo) throw WuyeError.badInput('reassignTo', `mediator ${id} still mediates ${open.map((c) => c.id).join(', ')}: name the mediator who takes them over`);
            const to = String(args.reassignTo);
            const [successor] = await sql<MediatorRow>(em, `select * from ${S}.mediator where id = ? and active and id <> ?`, [to, id]);
            if (!successor) throw WuyeError.badInput('reassignTo', `no other active mediator ${to}`);
            const uncovered = open.filter((c) => !coversCase(successor, c.region_code));
            if (uncovered.length) throw WuyeError.badInput('reassignTo', `mediator ${to} takes cases of ${successor.region_code}, not ${uncovered.map((c) => `${c.id} (${c.region_code})`).join(', ')}`);
            await sql(em, `update ${S}.mediation_case set mediator_id = ? where mediator_id = ? and state = 'MEDIATING'`, [to, id]);
          }
        }
        const [updated] = await sql<MediatorRow>(em, `update ${S}.mediator set active = ? where id = ? returning *`, [args.active, id]);
        return updated!;
      });
    },
  }),
}));
