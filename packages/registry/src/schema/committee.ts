import { administers, chinaDate, defineLoader, groupedInKeyOrder, inKeyOrder, maskPersonalName, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { seesPersonalData } from '../access.js';
import { CommitteeEntity, CommitteeMemberEntity, type Committee, type CommitteeMember } from '../entities/index.js';
import { builder, type RegistryContext } from './builder.js';
import { EstateRef } from './estate.js';

const CommitteeRoleEnum = builder.enumType('CommitteeRole', {
  description: '业委会职务 — role on an owners\' committee',
  values: { CHAIR: { description: '主任' }, VICE_CHAIR: { description: '副主任' }, MEMBER: { description: '委员' } } as const,
});

/** A member as this viewer may see them. */
interface MemberView extends CommitteeMember { masked: boolean }

const MemberRef = builder.objectRef<MemberView>('OwnersCommitteeMember').implement({
  description: '业委会成员 — a committee member; the name is masked (张**) for viewers outside the estate\'s region or without an official role',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.string({ resolve: (m) => (m.masked ? maskPersonalName(m.name) : m.name) }),
    nameMasked: t.boolean({ description: 'whether `name` is masked for this viewer', resolve: (m) => m.masked }),
    role: t.field({ type: CommitteeRoleEnum, resolve: (m) => m.role as 'MEMBER' }),
  }),
});

export const CommitteeRef = builder.loadableObjectRef<Committee | null, string, string, Committee>('OwnersCommittee', {
  load: async (ids, ctx) => inKeyOrder(ids, await ctx.em.find(CommitteeEntity, { id: { $in: [...ids] } }), (c) => c.id),
});

builder.asEntity(CommitteeRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => CommitteeRef.getDataloader(ctx).load(ref.id),
});

const membersByCommittee = defineLoader<string, CommitteeMember[], RegistryContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, await ctx.em.find(CommitteeMemberEntity, { committeeId: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (m) => m.committeeId),
);

/** the current committee of each estate: its latest election */
const currentCommitteeByEstate = defineLoader<string, Committee | null, RegistryContext>(async (estateIds, ctx) => {
  const rows = await sql<{ id: string; estate_id: string }>(
    ctx.em,
    'select distinct on (estate_id) id, estate_id from registry.owners_committee where estate_id = any(?::text[]) order by estate_id, elected_on desc, id desc',
    [estateIds],
  );
  const committees = await CommitteeRef.getDataloader(ctx).loadMany(rows.map((r) => r.id));
  return inKeyOrder(estateIds, committees.filter((c): c is Committee => !!c && !(c instanceof Error)), (c) => c.estateId);
});

const ROLE_ORDER: Record<string, number> = { CHAIR: 0, VICE_CHAIR: 1, MEMBER: 2 };

CommitteeRef.implement({
  description: '业主委员会 — an owners\' committee (one term)',
  fields: (t) => ({
    id: t.exposeID('id'),
    estate: t.field({ type: EstateRef, resolve: (c) => c.estateId }),
    electedOn: t.field({ type: 'Date', description: '选举日期', resolve: (c) => c.electedOn }),
    termYears: t.exposeInt('termYears', { description: '任期（年）' }),
    termEndsOn: t.field({ type: 'Date', resolve: (c) => `${Number(c.electedOn.slice(0, 4)) + c.termYears}${c.electedOn.slice(4)}` }),
    members: t.field({
      type: [MemberRef],
      description: 'chair first, then vice-chairs, then members',
      resolve: async (c, _args, ctx) => {
        const [members, estate] = await Promise.all([membersByCommittee(ctx).load(c.id), EstateRef.getDataloader(ctx).load(c.estateId)]);
        const masked = !estate || !seesPersonalData(ctx.viewer, estate);
        return members.map((m) => ({ ...m, masked })).sort((a, b) => ROLE_ORDER[a.role]! - ROLE_ORDER[b.role]! || a.id.localeCompare(b.id));
      },
    }),
  }),
});

builder.objectField(EstateRef, 'ownersCommittee', (t) =>
  t.field({ type: CommitteeRef, nullable: true, description: '业主委员会 — the current committee (latest election), if any', resolve: (e, _args, ctx) => currentCommitteeByEstate(ctx).load(e.id) }),
);

const MemberInput = builder.inputType('CommitteeMemberInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: z.string().trim().min(2, 'must have at least 2 characters').max(30) }),
    role: t.field({ type: CommitteeRoleEnum, required: true }),
  }),
});

const ElectionInput = builder.inputType('RecordCommitteeElectionInput', {
  description: '业委会选举 — the result of an owners\' committee election',
  fields: (t) => ({
    estateId: t.id({ required: true }),
    electedOn: t.field({ type: 'Date', required: true }),
    termYears: t.int({ required: true, validate: z.number().int().min(1).max(5, 'at most 5 years (《福建省物业管理条例》)') }),
    members: t.field({
      type: [MemberInput],
      required: true,
      validate: z
        .array(z.object({ role: z.string() }).passthrough())
        .min(5, 'a committee has 5 to 11 members')
        .max(11, 'a committee has 5 to 11 members')
        .refine((ms) => ms.filter((m) => m.role === 'CHAIR').length === 1, 'must have exactly one CHAIR'),
    }),
  }),
});

builder.queryFields((t) => ({
  ownersCommittee: t.field({
    type: CommitteeRef,
    nullable: true,
    description: '业主委员会 — a committee by id',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }) => id,
  }),
}));

builder.mutationFields((t) => ({
  recordCommitteeElection: t.field({
    type: CommitteeRef,
    description: '记录业委会选举 — officials over the estate record a new committee; it becomes the current one',
    authScopes: { official: true },
    args: { input: t.arg({ type: ElectionInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const estate = await EstateRef.getDataloader(ctx).load(input.estateId);
      if (!estate) throw WuyeError.badInput('input.estateId', `no estate ${input.estateId}`);
      if (!administers(ctx.viewer, estate.regionCode)) throw WuyeError.forbidden(`Estate ${estate.id} lies outside your region ${ctx.viewer.region}.`);
      if (input.electedOn > chinaDate(ctx.now)) throw WuyeError.badInput('input.electedOn', 'lies in the future');
      return ctx.em.transactional(async (em) => {
        const [c] = await sql<{ n: number }>(em, `select nextval('registry.committee_id_seq')::int as n`);
        const committee = em.create(CommitteeEntity, { id: `OC${String(c!.n).padStart(5, '0')}`, estateId: estate.id, electedOn: input.electedOn, termYears: input.termYears });
        const ids = await sql<{ n: number }>(em, `select nextval('registry.committee_member_id_seq')::int as n from generate_series(1, ?)`, [input.members.length]);
        input.members.forEach((member, i) => {
          em.create(CommitteeMemberEntity, { id: `OM${String(ids[i]!.n).padStart(6, '0')}`, committeeId: committee.id, name: member.name.trim(), role: member.role });
        });
        return committee;
      });
    },
  }),
}));
