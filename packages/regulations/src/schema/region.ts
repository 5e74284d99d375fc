// Region.regulations — the policy statistics of a region (its whole subtree) and its documents. Any
// number of regions cost one SQL statement for the statistics, and one per distinct argument set for
// the document lists.
import { chinaDate, WuyeError } from '@wuye/kit';
import { documentConnection } from '../documents.js';
import { LEVEL_ORDER } from '../governing.js';
import { countStatuses, regionStatistics, yearStatistics, type YearStatistics } from '../statistics.js';
import { builder } from './builder.js';
import { checkTopics, DocumentFilterInput, toDocumentFilter } from './document.js';
import { LevelEnum, ScopeEnum } from './enums.js';
import { DocumentRef, RegionRef } from './refs.js';

interface RegionRegulations {
  code: string;
}

const LevelCountRef = builder.objectRef<{ level: string; count: number }>('RegulationLevelCount').implement({
  description: '按层级统计 — documents of one level',
  fields: (t) => ({
    level: t.field({ type: LevelEnum, description: '效力层级', resolve: (c) => c.level as 'LAW' }),
    count: t.exposeInt('count', { description: '件数 — how many' }),
  }),
});

const YearRef = builder.objectRef<YearStatistics>('RegulationYearStatistics').implement({
  description: '年度发文统计 — documents promulgated in a region (its whole subtree) in one calendar year',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '年度' }),
    newDocuments: t.exposeInt('newDocuments', { description: '新制定 — documents first promulgated in the year' }),
    revisions: t.exposeInt('revisions', { description: '修订 — revised versions promulgated in the year' }),
    localPolicies: t.exposeInt('localPolicies', { description: '地方出台 — new documents issued by the governments below the region (the cities, for the province: 111 in 2023)' }),
    byLevel: t.field({ type: [LevelCountRef], description: '按层级 — the new documents by level', resolve: (y) => y.byLevel }),
  }),
});

const MIN_YEAR = 1949;

function checkYear(year: number, field: string): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > 2100) throw WuyeError.badInput(field, `must be a year between ${MIN_YEAR} and 2100`);
}

const RegionRegulationsRef = builder.objectRef<RegionRegulations>('RegionRegulations').implement({
  description: '法规制度统计 — the policies of a region: documents issued there (its whole subtree) by status, per year, and the lists',
  fields: (t) => ({
    inForce: t.int({ description: '施行中 — documents in force issued in the region', resolve: async (r, _a, ctx) => countStatuses(await regionStatistics(ctx).load(r.code), ['IN_FORCE']) }),
    inConsultation: t.int({ description: '征求意见中 — documents out for public consultation', resolve: async (r, _a, ctx) => countStatuses(await regionStatistics(ctx).load(r.code), ['CONSULTATION']) }),
    draftsInProgress: t.int({ description: '在起草 — documents being drafted or out for consultation (the seed lists four provincial drafts)', resolve: async (r, _a, ctx) => countStatuses(await regionStatistics(ctx).load(r.code), ['DRAFT', 'CONSULTATION']) }),
    repealed: t.int({ description: '已废止 — documents repealed', resolve: async (r, _a, ctx) => countStatuses(await regionStatistics(ctx).load(r.code), ['REPEALED']) }),
    inForceByLevel: t.field({
      type: [LevelCountRef],
      description: '施行中按层级 — documents in force by level',
      resolve: async (r, _a, ctx) => {
        const stats = await regionStatistics(ctx).load(r.code);
        return LEVEL_ORDER.map((level) => ({ level, count: stats.statuses.filter((s) => s.status === 'IN_FORCE' && s.level === level).reduce((n, s) => n + s.n, 0) })).filter((c) => c.count > 0);
      },
    }),
    issuedInYear: t.field({
      type: YearRef,
      description: '年度发文 — documents promulgated in one year',
      args: { year: t.arg.int({ required: true, description: '年度, e.g. 2023' }) },
      resolve: async (r, { year }, ctx) => {
        checkYear(year, 'year');
        return yearStatistics(await regionStatistics(ctx).load(r.code), year, LEVEL_ORDER);
      },
    }),
    issuedPerYear: t.field({
      type: [YearRef],
      description: '逐年发文 — documents promulgated per year, oldest first (default: from the first year with any, to this year)',
      args: { from: t.arg.int({ description: 'first year' }), to: t.arg.int({ description: 'last year (default: this year)' }) },
      resolve: async (r, args, ctx) => {
        const stats = await regionStatistics(ctx).load(r.code);
        const to = args.to ?? Number(chinaDate(ctx.now).slice(0, 4));
        const from = args.from ?? Math.min(to, ...stats.issues.map((i) => i.year));
        checkYear(from, 'from');
        checkYear(to, 'to');
        if (to - from > 100) throw WuyeError.badInput('from', 'asks for more than 100 years');
        return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => yearStatistics(stats, from + i, LEVEL_ORDER));
      },
    }),
    documents: t.connection(
      {
        type: DocumentRef,
        description: '文件列表 — the region\'s documents (default: those APPLICABLE in it), filtered and keyset-paged by id; lists of many regions are batched',
        args: {
          scope: t.arg({ type: ScopeEnum, description: 'ISSUED_HERE or APPLICABLE (default)' }),
          filter: t.arg({ type: DocumentFilterInput, description: 'further filters (their issuedIn / appliesIn are ignored here)' }),
        },
        resolve: (r, args, ctx) => {
          checkTopics(args.filter?.topics, 'filter.topics');
          const filter = toDocumentFilter(args.filter);
          const here = args.scope === 'ISSUED_HERE';
          return documentConnection(ctx, { ...filter, issuedIn: here ? r.code : null, appliesIn: here ? null : r.code }, args);
        },
      },
      { name: 'RegionRegulationsDocumentsConnection', description: '文件列表 — a page of a region\'s documents' },
      { description: '文件 — a document of the region' },
    ),
  }),
});

RegionRef.implement({
  fields: (t) => ({
    code: t.field({ type: 'RegionCode', description: '行政区划代码 — the region\'s code (its key)', resolve: (r) => r.code }),
    regulations: t.field({
      type: RegionRegulationsRef,
      description: '法规制度 — documents issued in the region (its subtree) and in force there, issued per year, drafts in progress',
      resolve: (r) => ({ code: r.code }),
    }),
  }),
});
