import { administers, chinaDate, defineLoader, groupedInKeyOrder, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { seesContract } from '../access.js';
import { CompanyEntity, ContractEntity, EstateEntity, type Contract } from '../entities/index.js';
import { builder, type RegistryContext } from './builder.js';
import { CompanyRef } from './company.js';
import { EstateRef } from './estate.js';

const ContractKindEnum = builder.enumType('ContractKind', {
  description: '合同类型 — kind of service contract',
  values: { PRELIMINARY: { description: '前期物业服务合同 — signed by the developer before owners organise' }, ORDINARY: { description: '物业服务合同 — signed by the owners (committee)' } } as const,
});

const FilingStatusEnum = builder.enumType('FilingStatus', {
  description: '备案状态 — filing status of a contract',
  values: { SUBMITTED: { description: '已提交 — awaiting decision' }, APPROVED: { description: '已备案' }, REJECTED: { description: '不予备案' } } as const,
});

const ContractRef = builder.objectRef<Contract>('ServiceContract').implement({
  description: '物业服务合同 — a service contract and its 备案 filing (visible to the officials over the estate and to the company)',
  fields: (t) => ({
    id: t.exposeID('id'),
    estate: t.field({ type: EstateRef, resolve: (c) => c.estateId }),
    company: t.field({ type: CompanyRef, resolve: (c) => c.companyId }),
    kind: t.field({ type: ContractKindEnum, resolve: (c) => c.kind as 'ORDINARY' }),
    signedOn: t.field({ type: 'Date', resolve: (c) => c.signedOn }),
    startsOn: t.field({ type: 'Date', resolve: (c) => c.startsOn }),
    endsOn: t.field({ type: 'Date', resolve: (c) => c.endsOn }),
    filingStatus: t.field({ type: FilingStatusEnum, resolve: (c) => c.filingStatus as 'SUBMITTED' }),
    filedOn: t.field({ type: 'Date', resolve: (c) => c.filedOn }),
    decidedOn: t.field({ type: 'Date', nullable: true, resolve: (c) => c.decidedOn }),
    rejectionReason: t.string({ nullable: true, resolve: (c) => c.rejectionReason }),
  }),
});

const contractsByEstate = defineLoader<string, Contract[], RegistryContext>(async (estateIds, ctx) =>
  groupedInKeyOrder(estateIds, await ctx.em.find(ContractEntity, { estateId: { $in: [...estateIds] } }, { orderBy: { startsOn: 'desc', id: 'asc' } }), (c) => c.estateId),
);

builder.objectField(EstateRef, 'contracts', (t) =>
  t.field({
    type: [ContractRef],
    description: '物业服务合同 — the estate\'s contracts, newest first; only those the viewer may see (officials over the estate, the contracting company)',
    resolve: async (estate, _args, ctx) => (await contractsByEstate(ctx).load(estate.id)).filter((c) => seesContract(ctx.viewer, c, estate.regionCode)),
  }),
);

async function estateOf(ctx: RegistryContext, estateId: string, field: string) {
  const estate = await EstateRef.getDataloader(ctx).load(estateId);
  if (!estate) throw WuyeError.badInput(field, `no estate ${estateId}`);
  return estate;
}

const SubmitFilingInput = builder.inputType('SubmitContractFilingInput', {
  description: '合同备案 — submit a service contract for filing',
  fields: (t) => ({
    estateId: t.id({ required: true }),
    companyId: t.id({ required: true }),
    kind: t.field({ type: ContractKindEnum, required: true }),
    signedOn: t.field({ type: 'Date', required: true }),
    startsOn: t.field({ type: 'Date', required: true }),
    endsOn: t.field({ type: 'Date', required: true }),
  }),
  validate: z
    .object({ signedOn: z.string(), startsOn: z.string(), endsOn: z.string() })
    .passthrough() // keep the other fields: this schema only checks the dates' order
    .refine((i) => i.endsOn > i.startsOn, { message: 'must be after startsOn', path: ['endsOn'] })
    .refine((i) => i.startsOn >= i.signedOn, { message: 'must not be before signedOn', path: ['startsOn'] }),
});

const DecideFilingInput = builder.inputType('DecideContractFilingInput', {
  description: '备案审核 — approve or reject a submitted filing',
  fields: (t) => ({
    contractId: t.id({ required: true }),
    approve: t.boolean({ required: true }),
    reason: t.string({ description: 'required when rejecting', validate: z.string().trim().min(4, 'must have at least 4 characters').max(500) }),
  }),
});

builder.queryFields((t) => ({
  contract: t.field({
    type: ContractRef,
    nullable: true,
    description: '物业服务合同 — a contract by id (officials over its estate, or the company)',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const contract = await ctx.em.findOne(ContractEntity, { id });
      if (!contract) return null;
      const estate = await estateOf(ctx, contract.estateId, 'id');
      if (!seesContract(ctx.viewer, contract, estate.regionCode)) throw WuyeError.forbidden(`Contract ${id} belongs to an estate outside your region.`);
      return contract;
    },
  }),
}));

builder.mutationFields((t) => ({
  submitContractFiling: t.field({
    type: ContractRef,
    description: '提交合同备案 — the contracting company, or an official over the estate, submits a contract for filing',
    authScopes: { $any: { official: true, role: 'COMPANY' } },
    args: { input: t.arg({ type: SubmitFilingInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const estate = await estateOf(ctx, input.estateId, 'input.estateId');
      const isTheCompany = ctx.viewer.role === 'COMPANY' && ctx.viewer.companyId === input.companyId;
      if (!isTheCompany && !administers(ctx.viewer, estate.regionCode)) {
        throw WuyeError.forbidden(`You cannot file contracts for estate ${estate.id}: it lies outside your region ${ctx.viewer.region}${ctx.viewer.role === 'COMPANY' ? ' and the contract is not your company\'s' : ''}.`);
      }
      if (!(await ctx.em.findOne(CompanyEntity, { id: input.companyId }))) throw WuyeError.badInput('input.companyId', `no company ${input.companyId}`);
      const [row] = await sql<{ n: number }>(ctx.em, `select nextval('registry.contract_id_seq')::int as n`);
      const contract = ctx.em.create(ContractEntity, {
        id: `SC${String(row!.n).padStart(6, '0')}`,
        estateId: estate.id,
        companyId: input.companyId,
        kind: input.kind,
        signedOn: input.signedOn,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        filingStatus: 'SUBMITTED',
        filedOn: chinaDate(ctx.now),
        decidedOn: null,
        rejectionReason: null,
      });
      await ctx.em.flush();
      return contract;
    },
  }),
  decideContractFiling: t.field({
    type: ContractRef,
    description: '审核合同备案 — an official over the estate approves or rejects a submitted filing (once)',
    authScopes: { official: true },
    args: { input: t.arg({ type: DecideFilingInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const contract = await ctx.em.findOne(ContractEntity, { id: input.contractId });
      if (!contract) throw WuyeError.badInput('input.contractId', `no contract ${input.contractId}`);
      const estate = await ctx.em.findOneOrFail(EstateEntity, { id: contract.estateId });
      if (!administers(ctx.viewer, estate.regionCode)) throw WuyeError.forbidden(`Contract ${contract.id} belongs to an estate outside your region ${ctx.viewer.region}.`);
      if (!input.approve && !input.reason) throw WuyeError.badInput('input.reason', 'is required when rejecting a filing');
      if (contract.filingStatus !== 'SUBMITTED') throw WuyeError.conflict(`Contract ${contract.id} was already decided (${contract.filingStatus} on ${contract.decidedOn}).`);
      contract.filingStatus = input.approve ? 'APPROVED' : 'REJECTED';
      contract.decidedOn = chinaDate(ctx.now);
      contract.rejectionReason = input.approve ? null : input.reason!.trim();
      await ctx.em.flush();
      return contract;
    },
  }),
}));
