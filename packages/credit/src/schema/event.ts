// 动态评价记录 — the CreditEvent type, and a company's event history as a keyset connection whose pages
// for many companies cost one statement (a lateral join per batch of companies asking the same page).
import { defineLoader, keysetConnection, sql, type PageArgs } from '@wuye/kit';
import { builder, type CreditContext } from './builder.js';
import { CompanyRef, EstateRef } from './core-entities.js';
import { CategoryEnum, OfficialLevelEnum, SourceKindEnum } from './enums.js';
import { EVENT_COLUMNS, toEvent, type CreditEventRow } from './loaders.js';

export const CreditEventRef = builder.objectRef<CreditEventRow>('CreditEvent').implement({
  description: '动态评价记录 — points added to or taken from a company\'s credit, with where they came from; never changed',
  fields: (t) => ({
    id: t.exposeID('id', { description: '记录编号' }),
    company: t.field({ type: CompanyRef, description: '物业服务企业', resolve: (e) => ({ id: e.companyId }) }),
    category: t.field({ type: CategoryEnum, description: '评价项类别', resolve: (e) => e.category }),
    item: t.exposeString('item', { description: '评价项 — the indicator (CreditIndicator), bonus (CreditBonus) or penalty code of the rule set' }),
    points: t.field({ type: 'Decimal', description: '分值 — raw points as recorded (negative: a deduction), exact', resolve: (e) => e.points }),
    occurredAt: t.field({ type: 'DateTime', description: '发生时间 — when the fact happened', resolve: (e) => e.occurredAt }),
    year: t.exposeInt('year', { description: '评价年度 — the China-time year of occurredAt' }),
    regionCode: t.field({ type: 'RegionCode', description: '发生地 — the estate\'s community (or the company\'s county), copied when recorded', resolve: (e) => e.regionCode }),
    estate: t.field({ type: EstateRef, nullable: true, description: '住宅小区 — the estate concerned, if any', resolve: (e) => (e.estateId ? { id: e.estateId } : null) }),
    sourceKind: t.field({ type: SourceKindEnum, description: '评价来源', resolve: (e) => e.sourceKind }),
    sourceEventId: t.exposeString('sourceEventId', { nullable: true, description: '业务事件编号 — the domain event it came from (DOMAIN_EVENT)' }),
    sourceEventType: t.exposeString('sourceEventType', { nullable: true, description: '业务事件类型 — e.g. safety-inspection.FindingRaised' }),
    officialLevel: t.field({ type: OfficialLevelEnum, nullable: true, description: '评价层级 — the recording official\'s level (OFFICIAL, OPINION)', resolve: (e) => e.officialLevel }),
    officialSubject: t.exposeString('officialSubject', { nullable: true, description: '记录人 — the recording official\'s account' }),
    evidence: t.exposeString('evidence', { description: '事实依据 — what happened' }),
    evidenceRefs: t.stringList({ description: '佐证材料 — references to documents, findings, statements …', resolve: (e) => e.evidenceRefs }),
    ruleSetYear: t.exposeInt('ruleYear', { nullable: true, description: '规则年度 — the rule set whose points were used' }),
    ruleSetVersion: t.exposeInt('ruleVersion', { nullable: true, description: '规则版本' }),
    recordedAt: t.field({ type: 'DateTime', description: '记录时间', resolve: (e) => e.recordedAt }),
  }),
});

interface PageKey {
  companyId: string;
  year: number | null;
  after: [string, string] | null;
  limit: number;
}

/** one page of events per company, newest first (occurredAt desc, id desc); keys are JSON PageKeys */
const eventPage = defineLoader<string, CreditEventRow[], CreditContext>(async (keys, ctx) => {
  const groups = new Map<string, PageKey[]>();
  for (const key of keys) {
    const k = JSON.parse(key) as PageKey;
    const group = JSON.stringify([k.year, k.after, k.limit]);
    groups.set(group, [...(groups.get(group) ?? []), k]);
  }
  const pages = new Map<string, CreditEventRow[]>();
  for (const [group, list] of groups) {
    const [year, after, limit] = JSON.parse(group) as [number | null, [string, string] | null, number];
    const rows = await sql(
      ctx.em,
      `select x.* from unnest(?::text[]) k(company_id) cross join lateral (
         select ${EVENT_COLUMNS} from credit.credit_event e where e.company_id = k.company_id ${year === null ? '' : 'and e.year = ?'}
         ${after ? 'and (e.occurred_at, e.id) < (?::timestamptz, ?)' : ''} order by e.occurred_at desc, e.id desc limit ?) x`,
      [list.map((k) => k.companyId), ...(year === null ? [] : [year]), ...(after ?? []), limit],
    );
    const events = rows.map(toEvent);
    for (const k of list) pages.set(JSON.stringify(k), events.filter((e) => e.companyId === k.companyId));
  }
  return keys.map((k) => pages.get(JSON.stringify(JSON.parse(k))) ?? []);
});

/** keys "companyId|year" (year may be empty: all years) */
const eventCount = defineLoader<string, number, CreditContext>(async (keys, ctx) => {
  const rows = await sql<{ key: string; n: number }>(
    ctx.em,
    `select k.key, count(e.id)::int as n from unnest(?::text[], ?::text[], ?::int[]) k(key, company_id, year)
     left join credit.credit_event e on e.company_id = k.company_id and (k.year is null or e.year = k.year) group by k.key`,
    [keys, keys.map((k) => k.split('|')[0]), keys.map((k) => (k.split('|')[1] ? Number(k.split('|')[1]) : null))],
  );
  const byKey = new Map(rows.map((r) => [r.key, r.n]));
  return keys.map((k) => byKey.get(k) ?? 0);
});

/** A company's event history as a connection (the caller has checked the viewer may see it). */
export function eventsConnection(ctx: CreditContext, companyId: string, year: number | null, args: PageArgs) {
  return keysetConnection(
    args,
    ({ after, limit }) => eventPage(ctx).load(JSON.stringify({ companyId, year, after: after ? [String(after[0]), String(after[1])] : null, limit } satisfies PageKey)),
    (e) => [e.occurredAt.toISOString(), e.id],
    () => eventCount(ctx).load(`${companyId}|${year ?? ''}`),
  );
}
