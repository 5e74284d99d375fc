// 可追溯: verifying an estate's hash chain (../chain.ts) — for officials over the estate, the company
// serving it and its owners.
import { administers, WuyeError } from '@wuye/kit';
import { verifyChains, type ChainBreak, type ChainVerification } from '../chain.js';
import { RevenueEstateEntity } from '../entities/index.js';
import { builder } from './builder.js';
import { EstateRef } from './core-entities.js';

const ChainProblemEnum = builder.enumType('PublicRevenueChainProblem', {
  description: '校验问题 — how a hash chain is broken',
  values: {
    CONTENT_ALTERED: { description: '内容被篡改 — the stored revision no longer hashes to its stored hash' },
    LINK_BROKEN: { description: '链接断裂 — the revision does not point to the previous link\'s hash' },
    MISSING_REVISION: { description: '缺失 — a link of the chain is missing' },
    HEAD_MISMATCH: { description: '链头不符 — the chain ends elsewhere than its head records (links removed or appended)' },
    PUBLICATION_MISMATCH: { description: '公示不符 — the revision was published with another hash than it has now' },
  } as const,
});

const ChainBreakRef = builder.objectRef<ChainBreak>('PublicRevenueChainBreak').implement({
  description: '断点 — where an estate\'s hash chain breaks first',
  fields: (t) => ({
    chainNo: t.exposeInt('chainNo', { description: '链序号 — the link that does not hold' }),
    statementId: t.exposeID('statementId', { nullable: true, description: '季度收支编号 — its statement (null for a missing link)' }),
    quarter: t.field({ type: 'Quarter', nullable: true, description: '季度 — of its statement', resolve: (b) => b.quarter }),
    revisionNo: t.exposeInt('revisionNo', { nullable: true, description: '修订号' }),
    problem: t.field({ type: ChainProblemEnum, description: '问题', resolve: (b) => b.problem }),
    detail: t.exposeString('detail', { description: '说明 — what does not match' }),
  }),
});

const ChainRef = builder.objectRef<ChainVerification>('PublicRevenueChainVerification').implement({
  description: '哈希链校验 — whether an estate\'s revisions are as they were written (tamper evidence)',
  fields: (t) => ({
    estate: t.field({ type: EstateRef, description: '住宅小区', resolve: (c) => ({ id: c.estateId }) }),
    valid: t.exposeBoolean('valid', { description: '是否完整 — every link holds' }),
    revisions: t.exposeInt('revisions', { description: '修订数 — links checked' }),
    headHash: t.exposeString('headHash', { nullable: true, description: '链头哈希 — the last link\'s hash (when valid)' }),
    brokenAt: t.field({ type: ChainBreakRef, nullable: true, description: '断点 — the first link that does not hold; null when valid', resolve: (c) => c.brokenAt }),
  }),
});

builder.queryFields((t) => ({
  publicRevenueChain: t.field({
    type: ChainRef,
    description: '哈希链校验 — verifies an estate\'s chain of revisions and says where it breaks (officials over the estate, its serving company, its owners)',
    authScopes: { authenticated: true },
    args: { estateId: t.arg.id({ required: true }) },
    resolve: async (_root, { estateId }, ctx) => {
      const estate = await ctx.em.findOne(RevenueEstateEntity, { estateId });
      if (!estate) throw WuyeError.notFound('No public-revenue chain for estate', estateId);
      const viewer = ctx.viewer;
      const allowed = administers(viewer, estate.regionCode) || (viewer.role === 'COMPANY' && viewer.companyId === estate.companyId) || (viewer.role === 'OWNER' && viewer.estateId === estateId);
      if (!allowed) throw WuyeError.forbidden(`Estate ${estateId}'s chain is verified by officials over ${estate.regionCode}, its serving company and its owners.`);
      const [verification] = await verifyChains(ctx.em, [estateId]);
      return verification!;
    },
  }),
}));
