// The figures the subgraph must derive in SQL, counted here independently from the generated rows in
// JavaScript (integer cents, no database): warnings at any clock and rule, and a quarter's publication
// figures per region.
import { generatePublicRevenue, revenueCents, revenueQuarterEnd as quarterEnd, type PublicRevenueSlice, type RevenueStatement } from '@wuye/dataset';

export interface Rule {
  lateAfterDays: number;
  incomeDropShare: number;
}

const DAY = 86_400_000;
/** the instant China's day `date` ends */
const endOfChinaDay = (date: string) => Date.parse(`${date}T00:00:00+08:00`) + DAY;
const chinaDate = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const previous = (q: string) => (q.endsWith('Q1') ? `${Number(q.slice(0, 4)) - 1}Q4` : `${q.slice(0, 5)}${Number(q[5]) - 1}`);
const next = (q: string) => (q.endsWith('Q4') ? `${Number(q.slice(0, 4)) + 1}Q1` : `${q.slice(0, 5)}${Number(q[5]) + 1}`);

export interface ExpectedWarning {
  estateId: string;
  regionCode: string;
  quarter: string;
  kind: string;
}

function firstPublished(s: RevenueStatement, channel: string, now: number): number | null {
  const times = s.publications.filter((p) => p.channel === channel).map((p) => Date.parse(p.publishedAt)).filter((t) => t <= now);
  return times.length ? Math.min(...times) : null;
}

/** every warning at `now` under `rule`, in (estate, quarter, kind) order */
export function expectedWarnings(now: Date, rule: Rule, slice: PublicRevenueSlice = generatePublicRevenue()): ExpectedWarning[] {
  const t = now.getTime();
  const today = chinaDate(now);
  const statements = new Map(slice.statements.filter((s) => Date.parse(s.submittedAt) <= t).map((s) => [`${s.estateId}|${s.quarter}`, s]));
  const warnings: ExpectedWarning[] = [];
  const keep = Math.round((1 - rule.incomeDropShare) * 10_000);
  for (const e of slice.estates) {
    const add = (quarter: string, kind: string) => warnings.push({ estateId: e.estateId, regionCode: e.regionCode, quarter, kind });
    for (let q = e.enrolledFrom; quarterEnd(q) < today; q = next(q)) {
      const s = statements.get(`${e.estateId}|${q}`);
      const due = addDays(quarterEnd(q), rule.lateAfterDays) < today;
      const online = s ? firstPublished(s, 'ONLINE', t) : null;
      const offline = s ? firstPublished(s, 'OFFLINE', t) : null;
      if (due && online === null && offline === null) add(q, 'NOT_PUBLISHED');
      if (due && online !== null && offline === null) add(q, 'ONLINE_WITHOUT_OFFLINE');
      if (due && online === null && offline !== null) add(q, 'OFFLINE_WITHOUT_ONLINE');
      if (!s) continue;
      const current = s.revisions.at(-1)!;
      if (revenueCents(current.balance) < 0) add(q, 'NEGATIVE_BALANCE');
      const before = statements.get(`${e.estateId}|${previous(q)}`);
      const income = revenueCents(current.incomeTotal);
      const prior = before ? revenueCents(before.revisions.at(-1)!.incomeTotal) : 0;
      if (prior > 0 && income * 10_000 < prior * keep) add(q, 'INCOME_DROP');
    }
  }
  const order = (w: ExpectedWarning) => `${w.estateId}|${w.quarter}|${w.kind}`;
  return warnings.sort((a, b) => (order(a) < order(b) ? -1 : 1));
}

export const countByKind = (warnings: ExpectedWarning[]) => {
  const counts: Record<string, number> = { NOT_PUBLISHED: 0, ONLINE_WITHOUT_OFFLINE: 0, OFFLINE_WITHOUT_ONLINE: 0, NEGATIVE_BALANCE: 0, INCOME_DROP: 0 };
  for (const w of warnings) counts[w.kind]!++;
  return counts;
};

/** a quarter's publication figures for the estates whose community starts with `prefix` */
export function expectedFigures(prefix: string, quarter: string, now: Date, rule: Rule, slice: PublicRevenueSlice = generatePublicRevenue()) {
  const t = now.getTime();
  const deadline = endOfChinaDay(addDays(quarterEnd(quarter), rule.lateAfterDays));
  const estates = slice.estates.filter((e) => e.regionCode.startsWith(prefix) && e.enrolledFrom <= quarter);
  const byEstate = new Map(slice.statements.filter((s) => s.quarter === quarter && Date.parse(s.submittedAt) <= t).map((s) => [s.estateId, s]));
  let submitted = 0, online = 0, offline = 0, both = 0, onTime = 0;
  for (const e of estates) {
    const s = byEstate.get(e.estateId);
    if (!s) continue;
    submitted++;
    const on = firstPublished(s, 'ONLINE', t);
    const off = firstPublished(s, 'OFFLINE', t);
    if (on !== null) online++;
    if (off !== null) offline++;
    if (on !== null && off !== null) both++;
    if (on !== null && on < deadline) onTime++;
  }
  return { expected: estates.length, submitted, publishedOnline: online, publishedOffline: offline, publishedBoth: both, publishedOnTime: onTime };
}
