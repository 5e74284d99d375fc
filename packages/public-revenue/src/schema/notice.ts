// 自动通报: notices per region and quarter, stored as issued (../notices.ts), and issuing them.
import { administers, defineLoader, groupedInKeyOrder, inKeyOrder, keysetConnection, levelOf, regionPrefix, share, sql, WuyeError } from '@wuye/kit';
import { z } from 'zod';
import { issueNotices } from '../notices.js';
import { iso, withDates } from '../time.js';
import { hasEnded, publicationDeadline } from '../quarters.js';
import { WARNING_KINDS, type WarningKind } from '../rules.js';
import { builder, type RevenueContext } from './builder.js';
import { CompanyRef, EstateRef, RegionRef } from './core-entities.js';
import { WarningKindEnum } from './enums.js';
import { ruleFromInput, WarningRuleInput, WarningRuleRef } from './rule.js';
import { WarningCountRef } from './warning.js';

interface NoticeRow {
  id: string;
  regionCode: string;
  quarter: string;
  issuedAt: Date;
  issuedBy: string;
  lateAfterDays: number;
  incomeDropShare: string;
  expected: number;
  publishedOnline: number;
  publishedOnTime: number;
}

interface NoticeItemRow {
  noticeId: string;
  itemNo: number;
  estateId: string;
  regionCode: string;
  companyId: string;
  quarter: string;
  kind: WarningKind;
  statementId: string | null;
}

const NOTICE_COLUMNS = `id, region_code as "regionCode", quarter, ${iso('issued_at')} as "issuedAt", issued_by as "issuedBy", late_after_days as "lateAfterDays", income_drop_share::text as "incomeDropShare",
  expected, published_online as "publishedOnline", published_on_time as "publishedOnTime"`;

const noticeById = defineLoader<string, NoticeRow | null, RevenueContext>(async (ids, ctx) =>
  inKeyOrder(ids, withDates<NoticeRow, 'issuedAt'>(await sql(ctx.em, `select ${NOTICE_COLUMNS} from public_revenue.notice where id = any(?::text[])`, [ids]), 'issuedAt'), (n) => n.id),
);

const itemsOf = defineLoader<string, NoticeItemRow[], RevenueContext>(async (ids, ctx) =>
  groupedInKeyOrder(
    ids,
    await sql<NoticeItemRow>(
      ctx.em,
      `select notice_id as "noticeId", item_no as "itemNo", estate_id as "estateId", region_code as "regionCode", company_id as "companyId", quarter, kind, statement_id as "statementId"
       from public_revenue.notice_item where notice_id = any(?::text[]) order by notice_id, item_no`,
      [ids],
    ),
    (i) => i.noticeId,
  ),
);

const NoticeItemRef = builder.objectRef<NoticeItemRow>('PublicRevenueNoticeItem').implement({
  description: '通报事项 — one warning a notice lists, as it stood when issued',
  fields: (t) => ({
    itemNo: t.exposeInt('itemNo', { description: '序号' }),
    kind: t.field({ type: WarningKindEnum, description: '预警类别', resolve: (i) => i.kind }),
    quarter: t.field({ type: 'Quarter', description: '季度 — the quarter concerned', resolve: (i) => i.quarter }),
    estate: t.field({ type: EstateRef, description: '住宅小区', resolve: (i) => ({ id: i.estateId }) }),
    company: t.field({ type: CompanyRef, description: '物业服务企业', resolve: (i) => ({ id: i.companyId }) }),
    community: t.field({ type: RegionRef, description: '所属社区', resolve: (i) => ({ code: i.regionCode }) }),
    statementId: t.id({ nullable: true, description: '季度收支编号 — null when none was submitted', resolve: (i) => i.statementId }),
  }),
});

const NoticeRef = builder.objectRef<NoticeRow>('PublicRevenueNotice').implement({
  description: '自动通报 — a region\'s notice for a quarter: its publication figures and the warnings it had when issued (never rewritten)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '通报编号' }),
    region: t.field({ type: RegionRef, description: '通报地区', resolve: (n) => ({ code: n.regionCode }) }),
    quarter: t.field({ type: 'Quarter', description: '通报季度', resolve: (n) => n.quarter }),
    issuedAt: t.field({ type: 'DateTime', description: '通报时间', resolve: (n) => n.issuedAt }),
    rule: t.field({ type: WarningRuleRef, description: '预警规则 — the rule it was issued under', resolve: (n) => ({ lateAfterDays: n.lateAfterDays, incomeDropShare: Number(n.incomeDropShare) }) }),
    deadline: t.field({ type: 'Date', description: '公示期限', resolve: (n) => publicationDeadline(n.quarter, n.lateAfterDays) }),
    expected: t.exposeInt('expected', { description: '应公示小区 — when issued' }),
    publishedOnline: t.exposeInt('publishedOnline', { description: '线上公示 — when issued' }),
    onlineRate: t.float({ nullable: true, description: '线上公示率 — when issued', resolve: (n) => share(n.publishedOnline, n.expected) }),
    publishedOnTime: t.exposeInt('publishedOnTime', { description: '按期公示 — when issued' }),
    onTimeRate: t.float({ nullable: true, description: '按期公示率 — when issued', resolve: (n) => share(n.publishedOnTime, n.expected) }),
    warnings: t.field({
      type: [WarningCountRef],
      description: '预警统计 — the warnings it lists, by kind',
      resolve: async (n, _a, ctx) => {
        const items = await itemsOf(ctx).load(n.id);
        return WARNING_KINDS.map((kind) => ({ kind, count: items.filter((i) => i.kind === kind).length }));
      },
    }),
    items: t.field({ type: [NoticeItemRef], description: '通报事项 — the warnings it lists (its quarter and the ones before)', resolve: (n, _a, ctx) => itemsOf(ctx).load(n.id) }),
  }),
});

const NoticeFilter = builder.inputType('PublicRevenueNoticeFilter', {
  description: '通报筛选 — filters for a list of notices',
  fields: (t) => ({
    regionCode: t.field({ type: 'RegionCode', description: '地区 — notices of this region and the regions below it' }),
    quarter: t.field({ type: 'Quarter', description: '季度' }),
  }),
});

const IssueInput = builder.inputType('IssuePublicRevenueNoticesInput', {
  description: '发布通报 — issue a quarter\'s notices for regions (cities or counties), each listing its warnings now',
  fields: (t) => ({
    quarter: t.field({ type: 'Quarter', required: true, description: '季度 — one that has ended' }),
    regionCodes: t.field({ type: ['RegionCode'], required: true, description: '地区 — the province, cities or counties', validate: z.array(z.string()).min(1, 'name at least one region').max(100, 'at most 100 regions at once') }),
    rule: t.field({ type: WarningRuleInput, description: '预警规则 — default: the deployment\'s' }),
  }),
});

builder.queryFields((t) => ({
  publicRevenueNotice: t.field({ type: NoticeRef, nullable: true, description: '自动通报 — a notice by id', args: { id: t.arg.id({ required: true }) }, resolve: (_r, { id }, ctx) => noticeById(ctx).load(id) }),
  publicRevenueNotices: t.connection({
    type: NoticeRef,
    description: '自动通报 — notices, newest quarter first, filtered and paged',
    args: { filter: t.arg({ type: NoticeFilter }) },
    resolve: (_root, args, ctx) => {
      const conditions = ['issued_at <= ?'];
      const params: unknown[] = [ctx.now];
      if (args.filter?.regionCode) conditions.push('region_code like ?'), params.push(`${regionPrefix(args.filter.regionCode)}%`);
      if (args.filter?.quarter) conditions.push('quarter = ?'), params.push(args.filter.quarter);
      const where = conditions.join(' and ');
      return keysetConnection(
        args,
        ({ after, limit }) =>
          sql(ctx.em, `select ${NOTICE_COLUMNS} from public_revenue.notice where ${where}${after ? ' and (quarter, id) < (?, ?)' : ''} order by quarter desc, id desc limit ${limit}`, after ? [...params, ...after.map(String)] : params).then((rows) =>
            withDates<NoticeRow, 'issuedAt'>(rows as never, 'issuedAt'),
          ),
        (n) => [n.quarter, n.id],
        async () => (await sql<{ n: number }>(ctx.em, `select count(*)::int as n from public_revenue.notice where ${where}`, params))[0]!.n,
      );
    },
  }, { description: '通报列表 — a page of notices' }, { description: '通报 — a notice in the list' }),
}));

builder.mutationFields((t) => ({
  issuePublicRevenueNotices: t.field({
    type: [NoticeRef],
    description: '发布通报 — officials issue a quarter\'s notices for regions they administer (cities or counties); one notice per region and quarter',
    authScopes: { official: true },
    args: { input: t.arg({ type: IssueInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (!hasEnded(input.quarter, ctx.now)) throw WuyeError.badInput('input.quarter', `${input.quarter} has not ended yet`);
      const codes = [...new Set(input.regionCodes)];
      for (const code of codes) {
        const level = levelOf(code);
        if (level !== 'PROVINCE' && level !== 'CITY' && level !== 'COUNTY') throw WuyeError.badInput('input.regionCodes', `${code}: notices are issued for the province, cities and counties`);
      }
      for (const code of codes) if (!administers(ctx.viewer, code)) throw WuyeError.forbidden(`You cannot issue notices for ${code}: it lies outside your region ${ctx.viewer.region}.`);
      const rule = ruleFromInput(input.rule);
      const ids = await ctx.em.transactional(async (em) => {
        const taken = await sql<{ region_code: string }>(em, `select region_code from public_revenue.notice where quarter = ? and region_code = any(?::text[])`, [input.quarter, codes]);
        if (taken.length) throw WuyeError.conflict(`${taken.map((r) => r.region_code).join(', ')} already ha${taken.length > 1 ? 've' : 's'} the notice of ${input.quarter}: a notice is issued once.`);
        const numbers = await sql<{ n: number }>(em, `select nextval('public_revenue.notice_id_seq')::int as n from generate_series(1, ?)`, [codes.length]);
        const notices = codes.map((regionCode, i) => ({ id: `RN${String(numbers[i]!.n).padStart(4, '0')}`, regionCode }));
        await issueNotices(em, notices, input.quarter, rule, ctx.now, ctx.viewer.subject ?? ctx.viewer.role).catch((error: { code?: string }) => {
          if (error.code === '23505') throw WuyeError.conflict(`The notice of ${input.quarter} was issued meanwhile for one of ${codes.join(', ')}.`);
          throw error;
        });
        return notices.map((n) => n.id);
      });
      return (await Promise.all(ids.map((id) => noticeById(ctx).load(id)))).filter((n): n is NoticeRow => n !== null);
    },
  }),
}));
