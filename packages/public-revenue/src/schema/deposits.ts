// 缴存: public revenue deposited by companies into estates' accounts — listed, and recorded by the serving
// company (or an official over the estate). Amounts are exact: NUMERIC in PostgreSQL, strings on the wire.
import { administers, chinaDate, keysetConnection, regionPrefix, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { DepositEntity, type Deposit } from '../entities/index.js';
import { amount, normalised } from '../money.js';
import { builder } from './builder.js';
import { CompanyRef, EstateRef, RegionRef } from './core-entities.js';
import { estateFacts } from './registry-facts.js';

const DepositRef = builder.objectRef<Deposit>('PublicRevenueDeposit').implement({
  description: '缴存 — public revenue a company deposited into an estate\'s account',
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号' }),
    estate: t.field({ type: EstateRef, description: '住宅小区 — whose account it went into', resolve: (d) => ({ id: d.estateId }) }),
    company: t.field({ type: CompanyRef, description: '缴存企业', resolve: (d) => ({ id: d.companyId }) }),
    community: t.field({ type: RegionRef, description: '所属社区', resolve: (d) => ({ code: d.regionCode }) }),
    amount: t.field({ type: 'Decimal', description: '金额 — in yuan (exact)', resolve: (d) => d.amount }),
    depositedOn: t.field({ type: 'Date', description: '缴存日期', resolve: (d) => d.depositedOn }),
    reference: t.exposeString('reference', { description: '凭证号 — the bank\'s reference' }),
  }),
});

const DepositFilter = builder.inputType('PublicRevenueDepositFilter', {
  description: '缴存筛选 — filters for deposits; all given filters apply',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '地区' }),
    estateId: t.id({ description: '住宅小区' }),
    companyId: t.id({ description: '物业服务企业' }),
    from: t.field({ type: 'Date', description: '起始日期 — deposited on or after' }),
    to: t.field({ type: 'Date', description: '截止日期 — deposited on or before' }),
  }),
});

const DepositInput = builder.inputType('RecordPublicRevenueDepositInput', {
  description: '登记缴存 — a deposit of public revenue into an estate\'s account',
  fields: (t) => ({
    estateId: t.id({ required: true, description: '住宅小区 — whose account it went into' }),
    amount: t.field({ type: 'Decimal', required: true, description: '金额 — in yuan, more than zero, at most two decimals', validate: amount({ positive: true }) }),
    depositedOn: t.field({ type: 'Date', required: true, description: '缴存日期' }),
    reference: t.string({ required: true, description: '凭证号 — unique', validate: z.string().trim().min(4).max(64) }),
  }),
});

builder.queryFields((t) => ({
  publicRevenueDeposits: t.connection({
    type: DepositRef,
    description: '缴存记录 — deposits, filtered and paged by id',
    args: { filter: t.arg({ type: DepositFilter }) },
    resolve: (_root, args, ctx) => {
      const f = args.filter ?? {};
      const where: Record<string, unknown> = { depositedOn: { $lte: f.to && f.to < chinaDate(ctx.now) ? f.to : chinaDate(ctx.now), ...(f.from ? { $gte: f.from } : {}) } };
      if (f.regionCode) where.regionCode = { $like: `${regionPrefix(f.regionCode)}%` };
      if (f.estateId) where.estateId = f.estateId;
      if (f.companyId) where.companyId = f.companyId;
      return keysetConnection(
        args,
        ({ after, limit }) => ctx.em.find(DepositEntity, after ? { ...where, id: { $gt: String(after[0]) } } : where, { orderBy: { id: 'asc' }, limit }),
        (d) => [d.id],
        () => ctx.em.count(DepositEntity, where),
      );
    },
  }, { description: '缴存记录 — a page of deposits' }, { description: '缴存 — a deposit in the list' }),
}));

builder.mutationFields((t) => ({
  recordPublicRevenueDeposit: t.field({
    type: DepositRef,
    description: '登记缴存 — the company serving the estate, or an official over it, records a deposit',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: DepositInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (input.depositedOn > chinaDate(ctx.now)) throw WuyeError.badInput('input.depositedOn', 'lies in the future');
      const estate = await estateFacts(ctx, input.estateId, 'input.estateId');
      const company = ctx.viewer.role === 'COMPANY' && ctx.viewer.companyId === estate.companyId;
      if (!company && !administers(ctx.viewer, estate.regionCode)) throw WuyeError.forbidden(`Only the company serving estate ${estate.id}, or an official over ${estate.regionCode}, records its deposits.`);
      if (!estate.companyId) throw WuyeError.badInput('input.estateId', `estate ${estate.id} has no serving company to deposit`);
      const [row] = await sql<{ n: number }>(ctx.em, `select nextval('public_revenue.deposit_id_seq')::int as n`);
      const id = `DP${String(row!.n).padStart(6, '0')}`;
      const inserted = await sql<{ id: string }>(
        ctx.em,
        `insert into public_revenue.deposit (id, estate_id, company_id, region_code, amount, deposited_on, reference, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)
         on conflict (reference) do nothing returning id`,
        [id, estate.id, estate.companyId, estate.regionCode, normalised(input.amount), input.depositedOn, input.reference.trim(), ctx.viewer.subject ?? ctx.viewer.role],
      );
      if (!inserted.length) throw WuyeError.conflict(`A deposit with reference ${input.reference.trim()} is already recorded.`);
      return (await ctx.em.findOne(DepositEntity, { id }))!;
    },
  }),
}));
