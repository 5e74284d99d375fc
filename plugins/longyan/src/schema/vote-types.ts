// LongyanVote and what hangs off it: the electorate, turnout, the sealed result, the seal and the
// anonymous ballot lines, and the viewer's own ballot.
import { formatArea, displayShare } from '../voting/area.js';
import { countAndSeal, tallyFromStored } from '../voting/count.js';
import { isMajor, MATTERS, type Choice } from '../voting/matters.js';
import { SEAL_ALGORITHM } from '../voting/seal.js';
import { liveTally, ownBallot, publishedBallots, type BallotLine, type OwnBallot, type VoteRow } from '../voting/store.js';
import { isOwnerOf } from '../access.js';
import { builder, core } from './builder.js';

/** JSON with sorted keys (jsonb does not keep the order they were written in) */
const canonical = (value: unknown): string =>
  value && typeof value === 'object' ? `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}` : JSON.stringify(value);

export const MatterEnum = builder.enumType('LongyanVoteMatter', {
  description: '表决事项 — what the owners decide together (《民法典》第二百七十八条); items 6–8 need three quarters, the others more than half',
  values: Object.fromEntries(
    Object.entries(MATTERS).map(([key, m]) => [key, { description: `${m.label} — Art. 278 item ${m.item}${isMajor(key as keyof typeof MATTERS) ? ' (major: ≥ 3/4 of participating area and owners)' : ' (ordinary: more than 1/2 of participating area and owners)'}` }]),
  ) as Record<keyof typeof MATTERS, { description: string }>,
});

export const ChoiceEnum = builder.enumType('LongyanBallotChoice', {
  description: '表决意见 — one owner\'s choice',
  values: {
    AGREE: { description: '同意' },
    DISAGREE: { description: '反对' },
    ABSTAIN: { description: '弃权 — participates (counts in the denominators) but does not agree' },
  } as const,
});

export const StatusEnum = builder.enumType('LongyanVoteStatus', {
  description: '表决状态',
  values: {
    OPEN: { description: '表决中 — owners on the roll may vote until closesAt' },
    CLOSED: { description: '已唱票封存 — counted and sealed; never changes' },
  } as const,
});

const ThresholdEnum = builder.enumType('LongyanVoteThreshold', {
  description: '通过标准 — the majority a matter needs among the participants',
  values: {
    THREE_QUARTERS: { description: '四分之三以上 — at least 3/4 of the participating area and of the participating owners (items 6–8)' },
    MORE_THAN_HALF: { description: '过半数 — more than 1/2 of the participating area and of the participating owners (exactly half fails)' },
  } as const,
});

const OutcomeEnum = builder.enumType('LongyanVoteOutcome', {
  description: '表决结果',
  values: {
    PASSED: { description: '通过 — quorum reached and the majority agreed' },
    REJECTED: { description: '未通过 — quorum reached, the majority did not agree' },
    NO_QUORUM: { description: '未达参与门槛 — fewer than 2/3 of the area or of the owners took part' },
  } as const,
});

interface WeightView {
  owners: number;
  units?: number | null;
  area: bigint;
  /** the denominator for the shares */
  of: { owners: number; area: bigint };
}

const WeightRef = builder.objectRef<WeightView>('LongyanVoteWeight').implement({
  description: '人数与面积 — owners (one head per owner however many units, 司法解释第九条) and their exclusive area',
  fields: (t) => ({
    owners: t.exposeInt('owners', { description: '业主人数 — heads' }),
    units: t.int({ nullable: true, description: '专有部分数 — units (null where not recorded)', resolve: (w) => w.units ?? null }),
    area: t.field({ type: 'Decimal', description: '专有部分面积 — m², exact to the hundredth', resolve: (w) => formatArea(w.area) }),
    ownersShare: t.float({ nullable: true, description: '人数占比 — of the denominator (the electorate, or the participants for choices), 4 decimal places, display only: decisions use exact fractions', resolve: (w) => displayShare(BigInt(w.owners), BigInt(w.of.owners)) }),
    areaShare: t.float({ nullable: true, description: '面积占比 — of the denominator, 4 decimal places, display only', resolve: (w) => displayShare(w.area, w.of.area) }),
  }),
});

interface ResultView {
  vote: VoteRow;
}

const ResultRef = builder.objectRef<ResultView>('LongyanVoteResult').implement({
  description: '表决结果 — the sealed count of a closed vote, exact: quorum (≥ 2/3 of area and owners take part), then the matter\'s majority among the participants',
  fields: (t) => {
    const r = (v: ResultView) => v.vote.result!;
    const electorate = (v: ResultView) => ({ owners: v.vote.electorate.owners, area: v.vote.electorate.area });
    const tally = (v: ResultView) => tallyFromStored(electorate(v), r(v));
    const choice = (c: Choice) => (v: ResultView) => {
      const part = tally(v);
      const participation = { owners: r(v).participation.owners, area: Object.values(part.byChoice).reduce((s, w) => s + w.area, 0n) };
      return { ...part.byChoice[c], of: participation };
    };
    return {
      outcome: t.field({ type: OutcomeEnum, description: '结果', resolve: (v) => r(v).outcome }),
      passed: t.boolean({ description: '是否通过', resolve: (v) => r(v).outcome === 'PASSED' }),
      threshold: t.field({ type: ThresholdEnum, description: '通过标准 — by the matter', resolve: (v) => r(v).threshold }),
      participation: t.field({ type: WeightRef, description: '参与表决 — owners who cast a ballot (abstentions included), of the electorate', resolve: (v) => ({ owners: r(v).participation.owners, area: tally(v).byChoice.AGREE.area + tally(v).byChoice.DISAGREE.area + tally(v).byChoice.ABSTAIN.area, of: electorate(v) }) }),
      quorumArea: t.boolean({ description: '面积参与门槛 — participating area × 3 ≥ total area × 2', resolve: (v) => r(v).quorumArea }),
      quorumOwners: t.boolean({ description: '人数参与门槛 — participating owners × 3 ≥ all owners × 2', resolve: (v) => r(v).quorumOwners }),
      quorum: t.boolean({ description: '达到参与门槛 — both of the above', resolve: (v) => r(v).quorum }),
      agree: t.field({ type: WeightRef, description: '同意 — of the participants', resolve: choice('AGREE') }),
      disagree: t.field({ type: WeightRef, description: '反对 — of the participants', resolve: choice('DISAGREE') }),
      abstain: t.field({ type: WeightRef, description: '弃权 — of the participants', resolve: choice('ABSTAIN') }),
      approvalArea: t.boolean({ description: '面积多数 — AGREE area meets the threshold among the participating area', resolve: (v) => r(v).approvalArea }),
      approvalOwners: t.boolean({ description: '人数多数 — AGREE owners meet the threshold among the participating owners', resolve: (v) => r(v).approvalOwners }),
    };
  },
});

const SealRef = builder.objectRef<{ vote: VoteRow }>('LongyanVoteSeal').implement({
  description: '封存 — the digest sealing a closed vote\'s ballots and result; recount it from `ballots` and compare',
  fields: (t) => ({
    digest: t.string({ description: '封存摘要 — SHA-256 (hex) of the canonical text', resolve: (s) => s.vote.sealDigest! }),
    algorithm: t.string({ description: '算法 — how the canonical text is built: see the plugin README § Seal', resolve: () => SEAL_ALGORITHM }),
    sealedAt: t.field({ type: 'DateTime', description: '封存时间 — when the vote was closed', resolve: (s) => s.vote.closedAt! }),
    verified: t.boolean({
      description: '核验 — whether the stored ballots, recounted now, give the same result and digest (false means a ballot or the result was altered after sealing)',
      resolve: async (s, _args, ctx) => {
        const recount = countAndSeal(s.vote, await publishedBallots(ctx).load(s.vote.id));
        return recount.digest === s.vote.sealDigest && canonical(recount.result) === canonical(s.vote.result);
      },
    }),
  }),
});

const BallotLineRef = builder.objectRef<BallotLine>('LongyanPublishedBallot').implement({
  description: '公示选票 — one anonymous ballot line of a closed vote: receipt, choice, units and area, never the owner',
  fields: (t) => ({
    receipt: t.exposeString('receipt', { description: '选票回执 — SHA-256("longyan-ballot/v1|<voteId>|<choice>|<salt>"); only the owner holds the salt' }),
    choice: t.field({ type: ChoiceEnum, description: '表决意见', resolve: (b) => b.choice }),
    units: t.exposeInt('units', { description: '专有部分数 — the units the ballot votes for' }),
    area: t.field({ type: 'Decimal', description: '专有部分面积 — m²', resolve: (b) => formatArea(b.area) }),
  }),
});

export const OwnBallotRef = builder.objectRef<OwnBallot>('LongyanOwnBallot').implement({
  description: '我的选票 — the viewer\'s own ballot (only its owner ever sees whose it is)',
  fields: (t) => ({
    choice: t.field({ type: ChoiceEnum, description: '表决意见', resolve: (b) => b.choice }),
    units: t.exposeInt('units', { description: '专有部分数 — units voted for' }),
    area: t.field({ type: 'Decimal', description: '专有部分面积 — m²', resolve: (b) => formatArea(b.area) }),
    receipt: t.exposeString('receipt', { description: '选票回执 — find it among the published ballots once the vote is closed' }),
    castAt: t.field({ type: 'DateTime', description: '投票时间', resolve: (b) => b.castAt }),
  }),
});

export const VoteRef = builder.objectRef<VoteRow>('LongyanVote').implement({
  description: '业主大会表决 — a matter put to the owners of one 龙岩 estate (《民法典》第二百七十八条); secret ballots, auditable count, sealed when closed',
  fields: (t) => ({
    id: t.exposeID('id', { description: '表决编号 — e.g. LV000012' }),
    estate: t.field({ type: core.ResidentialEstate, description: '小区 — the estate (registry)', resolve: (v) => ({ id: v.estateId }) }),
    community: t.field({ type: core.Region, description: '所属社区 — the estate\'s community when the vote opened', resolve: (v) => ({ code: v.regionCode }) }),
    matter: t.field({ type: MatterEnum, description: '表决事项', resolve: (v) => v.matter }),
    article278Item: t.int({ description: '条款项 — the item of 《民法典》第二百七十八条', resolve: (v) => MATTERS[v.matter].item }),
    major: t.boolean({ description: '特别多数事项 — items 6–8: three quarters needed', resolve: (v) => isMajor(v.matter) }),
    title: t.exposeString('title', { description: '议题' }),
    description: t.string({ nullable: true, description: '说明', resolve: (v) => v.description }),
    status: t.field({ type: StatusEnum, description: '表决状态', resolve: (v) => v.status }),
    openedAt: t.field({ type: 'DateTime', description: '开始时间', resolve: (v) => v.openedAt }),
    closesAt: t.field({ type: 'DateTime', description: '截止时间 — announced end of voting', resolve: (v) => v.closesAt }),
    closedAt: t.field({ type: 'DateTime', nullable: true, description: '唱票封存时间 — null while open', resolve: (v) => v.closedAt }),
    electorate: t.field({
      type: WeightRef,
      description: '表决权人 — the owners registered when the vote opened (one head per owner), their units and area',
      resolve: (v) => ({ ...v.electorate, of: { owners: v.electorate.owners, area: v.electorate.area } }),
    }),
    turnout: t.field({
      type: WeightRef,
      description: '已投票 — owners who have voted so far, of the electorate (choices stay hidden until the vote is closed)',
      resolve: async (v, _args, ctx) => ({ ...(await liveTally(ctx).load(v.id)).participation, of: v.electorate }),
    }),
    result: t.field({ type: ResultRef, nullable: true, description: '表决结果 — the sealed count; null while open', resolve: (v) => (v.result ? { vote: v } : null) }),
    seal: t.field({ type: SealRef, nullable: true, description: '封存 — null while open', resolve: (v) => (v.sealDigest ? { vote: v } : null) }),
    ballots: t.field({
      type: [BallotLineRef],
      nullable: true,
      description: '公示选票 — the anonymous ballot lines, sorted by receipt, for anyone who sees the vote to recount and check the seal; null while open',
      resolve: (v, _args, ctx) => (v.status === 'CLOSED' ? publishedBallots(ctx).load(v.id) : null),
    }),
    myBallot: t.field({
      type: OwnBallotRef,
      nullable: true,
      description: '我的选票 — the viewer\'s own ballot (an OWNER token of the estate); null for anyone else or before voting',
      resolve: (v, _args, ctx) => (isOwnerOf(ctx.viewer, v.estateId) ? ownBallot(ctx).load(v.id) : null),
    }),
  }),
});
