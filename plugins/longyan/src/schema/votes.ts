// Query.longyanVote / longyanVotes and the three voting mutations.
import { administers, keysetConnection, regionPrefix, sql, WuyeError } from '@wuye/plugin-sdk';
import { z } from 'zod';
import { OFFICIAL_ROLES, requireSeesLongyan, requireSeesVote, seesLongyan } from '../access.js';
import { CITY, S } from '../manifest.js';
import { castBallot, closeVote, MAX_VOTING_DAYS, openVote } from '../voting/commands.js';
import { voteById, voteFromRow, VOTE_COLUMNS } from '../voting/store.js';
import { builder } from './builder.js';
import { ChoiceEnum, MatterEnum, OwnBallotRef, StatusEnum, VoteRef } from './vote-types.js';

const text = (min: number, max: number) => z.string().trim().min(min, `must have at least ${min} characters`).max(max, `must have at most ${max} characters`);

const VoteFilter = builder.inputType('LongyanVoteFilter', {
  description: '表决筛选 — all given filters apply',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '所在区域 — votes of estates in this region\'s subtree' }),
    estateId: t.id({ description: '小区 — votes of this estate' }),
    status: t.field({ type: StatusEnum, description: '表决状态' }),
    matter: t.field({ type: MatterEnum, description: '表决事项' }),
  }),
});

builder.queryFields((t) => ({
  longyanVote: t.field({
    type: VoteRef,
    nullable: true,
    description: '业主大会表决 — one vote by id (null when there is none); FORBIDDEN for anyone but the officials over its estate and the estate\'s owners',
    args: { id: t.arg.id({ required: true, description: '表决编号 — e.g. LV000012' }) },
    resolve: async (_root, { id }, ctx) => {
      requireSeesLongyan(ctx.viewer);
      const vote = await voteById(ctx).load(String(id));
      if (vote) requireSeesVote(ctx.viewer, vote);
      return vote;
    },
  }),
  longyanVotes: t.connection(
    {
      type: VoteRef,
      description: '业主大会表决列表 — newest first: officials see their region\'s votes, an owner their estate\'s; everyone else an empty list',
      args: { filter: t.arg({ type: VoteFilter, description: '筛选' }) },
      resolve: (_root, args, ctx) => {
        const f = args.filter ?? {};
        const v = ctx.viewer;
        const conditions: string[] = [];
        const params: unknown[] = [];
        // the viewer's own reach first: an official's region, an owner's estate
        if (v.role === 'OWNER' && v.estateId && seesLongyan(v)) conditions.push('estate_id = ?'), params.push(v.estateId);
        else if (v.role !== 'OWNER' && seesLongyan(v) && administers(v, CITY)) conditions.push('true');
        else if (v.role !== 'OWNER' && seesLongyan(v) && administers(v, v.region)) conditions.push('region_code like ?'), params.push(`${regionPrefix(v.region)}%`);
        else return keysetConnection(args, async () => [], () => [], async () => 0);
        if (f.regionCode) conditions.push('region_code like ?'), params.push(`${regionPrefix(f.regionCode)}%`);
        if (f.estateId) conditions.push('estate_id = ?'), params.push(String(f.estateId));
        if (f.status) conditions.push('status = ?'), params.push(f.status);
        if (f.matter) conditions.push('matter = ?'), params.push(f.matter);
        const where = (extra: string[]) => `where ${[...conditions, ...extra].join(' and ')}`;
        return keysetConnection(
          args,
          async ({ after, limit }) => (await sql<Record<string, unknown>>(ctx.em, `select ${VOTE_COLUMNS} from ${S}.vote ${where(after ? ['id < ?'] : [])} order by id desc limit ?`, [...params, ...(after ? [String(after[0])] : []), limit])).map(voteFromRow),
          (row) => [row.id],
          async () => (await sql<{ n: number }>(ctx.em, `select count(*)::int as n from ${S}.vote ${where([])}`, params))[0]!.n,
        );
      },
    },
    { name: 'LongyanVoteConnection', description: '业主大会表决列表 — a page of votes' },
    { name: 'LongyanVoteEdge', description: '业主大会表决 — one vote of the page' },
  ),
}));

const OpenVoteInput = builder.inputType('LongyanOpenVoteInput', {
  description: '发起表决 — put a matter to the owners of a 龙岩 estate; the owners on its roll now are its electorate',
  fields: (t) => ({
    estateId: t.id({ required: true, description: '小区 — the estate (registry id); it must lie in 龙岩 and have its units on the roll' }),
    matter: t.field({ type: MatterEnum, required: true, description: '表决事项 — decides the majority needed' }),
    title: t.string({ required: true, description: '议题 — e.g. 使用专项维修资金更换1栋电梯', validate: text(4, 200) }),
    description: t.string({ description: '说明', validate: text(0, 2000) }),
    closesAt: t.field({ type: 'DateTime', required: true, description: `截止时间 — after now, at most ${MAX_VOTING_DAYS} days ahead` }),
  }),
});

const CastInput = builder.inputType('LongyanCastBallotInput', {
  description: '投票 — an owner votes once on an open vote of their estate, for all their units',
  fields: (t) => ({
    voteId: t.id({ required: true, description: '表决编号' }),
    choice: t.field({ type: ChoiceEnum, required: true, description: '表决意见' }),
  }),
});

const CloseInput = builder.inputType('LongyanCloseVoteInput', {
  description: '唱票封存 — count and seal a vote (at or after closesAt; earlier only once every registered owner has voted)',
  fields: (t) => ({ voteId: t.id({ required: true, description: '表决编号' }) }),
});

const CastPayload = builder.objectRef<{ vote: import('../voting/store.js').VoteRow; ballot: import('../voting/store.js').OwnBallot; salt: string }>('LongyanCastBallotPayload').implement({
  description: '投票回执 — the ballot as recorded and the salt to keep: with it the owner recomputes the receipt and finds their line among the published ballots',
  fields: (t) => ({
    vote: t.field({ type: VoteRef, description: '表决', resolve: (p) => p.vote }),
    ballot: t.field({ type: OwnBallotRef, description: '我的选票', resolve: (p) => p.ballot }),
    salt: t.exposeString('salt', { description: '盐值 — shown once, never stored: receipt = SHA-256("longyan-ballot/v1|<voteId>|<choice>|<salt>")' }),
  }),
});

builder.mutationFields((t) => ({
  longyanOpenVote: t.field({
    type: VoteRef,
    description: '发起表决 — officials over the estate\'s region; the registry is asked where the estate lies, the roll gives the electorate',
    authScopes: { role: OFFICIAL_ROLES },
    args: { input: t.arg({ type: OpenVoteInput, required: true, description: '表决' }) },
    resolve: (_root, { input }, ctx) => openVote(ctx, { estateId: String(input.estateId), matter: input.matter, title: input.title, description: input.description, closesAt: input.closesAt }),
  }),
  longyanCastBallot: t.field({
    type: CastPayload,
    description: '投票 — an OWNER token of the estate whose subject is on the vote\'s roll; once (CONFLICT after), while open (CONFLICT after closesAt or closing)',
    authScopes: { role: 'OWNER' },
    args: { input: t.arg({ type: CastInput, required: true, description: '选票' }) },
    resolve: (_root, { input }, ctx) => castBallot(ctx, String(input.voteId), input.choice),
  }),
  longyanCloseVote: t.field({
    type: VoteRef,
    description: '唱票封存 — officials over the estate count the ballots, store the result and seal it; CONFLICT when already closed or still running',
    authScopes: { role: OFFICIAL_ROLES },
    args: { input: t.arg({ type: CloseInput, required: true, description: '表决' }) },
    resolve: (_root, { input }, ctx) => {
      if (!String(input.voteId).trim()) throw WuyeError.badInput('input.voteId', 'must not be empty');
      return closeVote(ctx, String(input.voteId));
    },
  }),
}));
