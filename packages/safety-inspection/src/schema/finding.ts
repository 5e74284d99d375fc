// 隐患 — a finding and its rectification: state, deadline, overdue (derived from the request's clock),
// every transition timestamped, and evidence files — never shown to the public.
import { administers, chinaDate, defineLoader, groupedInKeyOrder, keysetConnection, regionPrefix, sql } from '@wuye/kit';
import type { Evidence, Transition } from '../entities/index.js';
import { daysOverdue, isOverdue, rectifiedOnTime } from '../rectification.js';
import { FINDING_CATEGORIES, FIRE_CATEGORIES, type FindingCategory } from '../rules.js';
import { S, seesEvidence, visibleRows } from './access.js';
import { builder, type SafetyContext } from './builder.js';
import { CompanyRef, EstateRef } from './core-entities.js';
import { ActionEnum, EvidenceKindEnum, EvidenceStageEnum, FindingCategoryEnum, FindingStateEnum, SeverityEnum } from './enums.js';
import { CampaignRef, FINDING_COLUMNS, FINDING_FROM, FindingRef, InspectionRef, type FindingRow } from './refs.js';

builder.asEntity(FindingRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => FindingRef.getDataloader(ctx).load(ref.id),
});

const evidenceOf = defineLoader<string, Evidence[], SafetyContext>(async (ids, ctx) => {
  const rows = await sql<Evidence>(
    ctx.em,
    `select id, finding_id as "findingId", stage, kind, file_ref as "fileRef", recorded_at as "recordedAt" from ${S}.finding_evidence where finding_id = any(?::text[]) order by id`,
    [ids],
  );
  return groupedInKeyOrder(ids, rows, (e) => e.findingId);
});

const transitionsOf = defineLoader<string, Transition[], SafetyContext>(async (ids, ctx) => {
  const rows = await sql<Transition>(
    ctx.em,
    `select finding_id as "findingId", seq, action, from_state as "fromState", to_state as "toState", at, actor_role as "actorRole", actor_subject as "actorSubject", note
     from ${S}.finding_transition where finding_id = any(?::text[]) order by finding_id, seq`,
    [ids],
  );
  return groupedInKeyOrder(ids, rows, (t) => t.findingId);
});

const EvidenceRef = builder.objectRef<Evidence>('SafetyEvidence').implement({
  description: '证据 — a file taken when the finding was raised or sent with a rectification',
  fields: (t) => ({
    id: t.exposeID('id'),
    stage: t.field({ type: EvidenceStageEnum, description: '证据环节', resolve: (e) => e.stage as 'FOUND' }),
    kind: t.field({ type: EvidenceKindEnum, description: '证据类型', resolve: (e) => e.kind as 'PHOTO' }),
    fileRef: t.exposeString('fileRef', { description: '文件 — the file\'s reference in the evidence store' }),
    recordedAt: t.field({ type: 'DateTime', description: '上传时间', resolve: (e) => e.recordedAt }),
  }),
});

interface TransitionView extends Transition {
  regionCode: string;
}

const TransitionRef = builder.objectRef<TransitionView>('SafetyFindingTransition').implement({
  description: '整改记录 — one step of a finding\'s rectification, timestamped',
  fields: (t) => ({
    seq: t.exposeInt('seq', { description: '序号 — step number, from 1 (raised)' }),
    action: t.field({ type: ActionEnum, description: '整改环节', resolve: (x) => x.action as 'RAISE' }),
    fromState: t.field({ type: FindingStateEnum, nullable: true, description: '原状态 — null for the first step', resolve: (x) => x.fromState as 'RAISED' | null }),
    toState: t.field({ type: FindingStateEnum, description: '新状态', resolve: (x) => x.toState as 'RAISED' }),
    at: t.field({ type: 'DateTime', description: '时间', resolve: (x) => x.at }),
    actorRole: t.exposeString('actorRole', { description: '操作方 — the role that acted (an official\'s role, or COMPANY)' }),
    actor: t.string({ nullable: true, description: '操作人 — who acted; null unless you are an official over the finding\'s region', resolve: (x, _args, ctx) => (administers(ctx.viewer, x.regionCode) ? x.actorSubject : null) }),
    note: t.string({ nullable: true, description: '说明 — e.g. the deadline notice, the rejection\'s reason', resolve: (x) => x.note }),
  }),
});

const today = (ctx: SafetyContext) => chinaDate(ctx.now);
const rectifiedOn = (f: FindingRow) => (f.rectifiedAt ? chinaDate(new Date(f.rectifiedAt)) : null);

FindingRef.implement({
  description: '隐患 — a finding of an inspection and its rectification (整改)',
  fields: (t) => ({
    id: t.exposeID('id'),
    inspection: t.field({ type: InspectionRef, description: '检查', resolve: (f) => f.inspectionId }),
    campaign: t.field({ type: CampaignRef, description: '检查行动', resolve: (f) => f.campaignId }),
    estate: t.field({ type: EstateRef, description: '住宅小区', resolve: (f) => ({ id: f.estateId }) }),
    company: t.field({ type: CompanyRef, nullable: true, description: '整改责任企业 — the company serving the estate when found, which rectifies it', resolve: (f) => (f.companyId ? { id: f.companyId } : null) }),
    category: t.field({ type: FindingCategoryEnum, description: '隐患类别', resolve: (f) => f.category }),
    categoryName: t.string({ description: '类别名称 — e.g. 占用消防通道', resolve: (f) => FINDING_CATEGORIES[f.category as FindingCategory].name }),
    fireProblem: t.boolean({ description: '消防问题 — of a fire category', resolve: (f) => FIRE_CATEGORIES.includes(f.category) }),
    severity: t.field({ type: SeverityEnum, description: '隐患等级', resolve: (f) => f.severity }),
    description: t.exposeString('description', { description: '隐患描述' }),
    state: t.field({ type: FindingStateEnum, description: '整改状态', resolve: (f) => f.state }),
    raisedAt: t.field({ type: 'DateTime', description: '发现时间', resolve: (f) => f.raisedAt }),
    notifiedAt: t.field({ type: 'DateTime', nullable: true, description: '通知整改时间 — the latest notice (a rejection does not renew it)', resolve: (f) => f.notifiedAt }),
    deadline: t.field({ type: 'Date', nullable: true, description: '整改期限 — the notice\'s date + 7 days (MAJOR) or 30 (GENERAL)', resolve: (f) => f.deadline }),
    rectifiedAt: t.field({ type: 'DateTime', nullable: true, description: '整改时间 — the rectification that stands (null after a rejection until rectified again)', resolve: (f) => f.rectifiedAt }),
    verifiedAt: t.field({ type: 'DateTime', nullable: true, description: '复查销号时间', resolve: (f) => f.verifiedAt }),
    overdue: t.boolean({ description: '逾期 — notified and past the deadline as of the request\'s clock', resolve: (f, _args, ctx) => isOverdue(f, today(ctx)) }),
    daysOverdue: t.int({ description: '逾期天数 — days past the deadline while overdue, else 0', resolve: (f, _args, ctx) => daysOverdue(f, today(ctx)) }),
    rectifiedOnTime: t.boolean({ nullable: true, description: '按期整改 — rectified by the deadline; null until rectified', resolve: (f) => rectifiedOnTime({ ...f, rectifiedOn: rectifiedOn(f) }) }),
    evidenceCount: t.exposeInt('evidenceCount', { description: '证据数 — how many evidence files there are (the files themselves are not public)' }),
    evidence: t.field({
      type: [EvidenceRef],
      nullable: true,
      description: '证据 — the files; null unless you are an official over the finding\'s region or the company serving the estate (never public)',
      resolve: (f, _args, ctx) => (seesEvidence(ctx, { regionCode: f.regionCode, servedByViewer: f.servingCompanyId !== null && f.servingCompanyId === ctx.viewer.companyId }) ? evidenceOf(ctx).load(f.id) : null),
    }),
    transitions: t.field({
      type: [TransitionRef],
      description: '整改记录 — every transition, in order',
      resolve: async (f, _args, ctx) => (await transitionsOf(ctx).load(f.id)).map((x) => ({ ...x, regionCode: f.regionCode })),
    }),
  }),
});

const FindingFilter = builder.inputType('SafetyFindingFilter', {
  description: '筛选条件 — filters for a list of findings; all given filters apply',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '区域 — findings at estates in this region\'s subtree' }),
    estateId: t.id({ description: '住宅小区' }),
    companyId: t.id({ description: '整改责任企业 — findings this company is responsible for' }),
    campaignId: t.id({ description: '检查行动' }),
    inspectionId: t.id({ description: '检查' }),
    state: t.field({ type: FindingStateEnum, description: '整改状态' }),
    category: t.field({ type: FindingCategoryEnum, description: '隐患类别' }),
    severity: t.field({ type: SeverityEnum, description: '隐患等级' }),
    fireProblem: t.boolean({ description: '消防问题 — true: fire categories only; false: the others' }),
    overdue: t.boolean({ description: '逾期 — true: overdue as of the request\'s clock; false: not overdue' }),
  }),
});

builder.queryFields((t) => ({
  safetyFinding: t.field({
    type: FindingRef,
    nullable: true,
    description: '隐患 — a finding by id (null when unknown or not visible to you)',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }) => id,
  }),
  safetyFindings: t.connection({
    type: FindingRef,
    description: '隐患 — the findings you may see (officials: their region; a company: the estates it serves; everyone: published results), filtered and paged by id',
    args: { filter: t.arg({ type: FindingFilter }) },
    resolve: (_root, args, ctx) => {
      const visible = visibleRows(ctx, 'f');
      const f = args.filter ?? {};
      const conditions: [string, unknown[]][] = [[visible.where, visible.params]];
      if (f.regionCode) conditions.push(['f.region_code like ?', [`${regionPrefix(f.regionCode)}%`]]);
      if (f.estateId) conditions.push(['f.estate_id = ?', [f.estateId]]);
      if (f.companyId) conditions.push(['f.company_id = ?', [f.companyId]]);
      if (f.campaignId) conditions.push(['f.campaign_id = ?', [f.campaignId]]);
      if (f.inspectionId) conditions.push(['f.inspection_id = ?', [f.inspectionId]]);
      if (f.state) conditions.push(['f.state = ?', [f.state]]);
      if (f.category) conditions.push(['f.category = ?', [f.category]]);
      if (f.severity) conditions.push(['f.severity = ?', [f.severity]]);
      if (f.fireProblem != null) conditions.push([`${f.fireProblem ? '' : 'not '}(f.category = any(?::text[]))`, [FIRE_CATEGORIES]]);
      if (f.overdue != null) conditions.push([`${f.overdue ? '' : 'not '}(f.state = 'NOTIFIED' and f.deadline < ?::date)`, [today(ctx)]]);
      const where = conditions.map(([c]) => c).join(' and ');
      const params = conditions.flatMap(([, p]) => p);
      return keysetConnection<FindingRow>(
        args,
        ({ after, limit }) => sql<FindingRow>(ctx.em, `select ${FINDING_COLUMNS} from ${FINDING_FROM} where ${where} ${after ? 'and f.id > ?' : ''} order by f.id limit ?`, [...params, ...(after ? [String(after[0])] : []), limit]),
        (x) => [x.id],
        async () => (await sql<{ n: number }>(ctx.em, `select count(*)::int as n from ${S}.finding f where ${where}`, params))[0]!.n,
      );
    },
  }, { description: '隐患 — a page of findings' }, { description: '隐患 — a finding in the list' }),
}));

