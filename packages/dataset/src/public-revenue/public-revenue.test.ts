// The public-revenue slice against the seed's figures, counted on the rows: 57 tasks, 72 supervisors,
// deposits of exactly 923,000,000.00, the latest full quarter published online by every estate, and a
// realistic few problems in the earlier quarters.

import { describe, expect, it } from 'vitest';
import { AS_OF } from '../dates.js';
import { generateProvince, generatePublicRevenue } from '../index.js';
import { LATEST_QUARTER, PUBLIC_REVENUE_FIGURES, PUBLICATION_DEADLINE_DAYS, REVENUE_QUARTERS } from './figures.js';
import { cents, nextQuarter, previousQuarter, quarterEnd, quarterStart, yuan } from './quarters.js';

const { registry } = generateProvince();
const slice = generatePublicRevenue();
const MIDNIGHT = new Date(`${AS_OF}T00:00:00+08:00`).getTime();
const before = (instant: string) => new Date(instant).getTime() < MIDNIGHT;

describe('quarters and money', () => {
  it('reads quarters and writes amounts exactly', () => {
    expect([quarterStart('2024Q2'), quarterEnd('2024Q2'), quarterEnd('2024Q4'), quarterEnd('2024Q1')]).toEqual(['2024-04-01', '2024-06-30', '2024-12-31', '2024-03-31']);
    expect([nextQuarter('2023Q4'), previousQuarter('2024Q1')]).toEqual(['2024Q1', '2023Q4']);
    expect([yuan(0), yuan(5), yuan(123_450), yuan(-99)]).toEqual(['0.00', '0.05', '1234.50', '-0.99']);
    expect(cents('923000000.00')).toBe(92_300_000_000);
    expect(() => yuan(0.5)).toThrow(RangeError);
  });
});

describe('statements', () => {
  const estatesWithCompany = registry.estates.filter((e) => e.companyId !== null);

  it('enrols every estate a company serves, with a copy of its region and company', () => {
    expect(slice.estates).toHaveLength(estatesWithCompany.length);
    const byId = new Map(estatesWithCompany.map((e) => [e.id, e]));
    for (const e of slice.estates) expect([e.companyId, e.regionCode]).toEqual([byId.get(e.estateId)!.companyId, byId.get(e.estateId)!.regionCode]);
  });

  it('has one statement per estate and quarter at most, for the four quarters up to 2024Q2', () => {
    expect(slice.quarters).toEqual([...REVENUE_QUARTERS]);
    const keys = new Set(slice.statements.map((s) => `${s.estateId}|${s.quarter}`));
    expect(keys.size).toBe(slice.statements.length);
    expect(new Set(slice.statements.map((s) => s.id)).size).toBe(slice.statements.length);
    expect(slice.statements.every((s) => REVENUE_QUARTERS.includes(s.quarter as never))).toBe(true);
  });

  it('has 2024Q2 published online by every enrolled estate: a 100% online rate', () => {
    const latest = slice.statements.filter((s) => s.quarter === LATEST_QUARTER);
    expect(latest).toHaveLength(slice.estates.length);
    const online = latest.filter((s) => s.publications.some((p) => p.channel === 'ONLINE' && before(p.publishedAt)));
    expect(online.length / slice.estates.length).toBe(PUBLIC_REVENUE_FIGURES.latestQuarterOnlineRate);
  });

  it('keeps every amount exact: totals are the sums of the lines, in cents', () => {
    for (const s of slice.statements) {
      for (const r of s.revisions) {
        const sum = (direction: string) => r.lines.filter((l) => l.direction === direction).reduce((a, l) => a + cents(l.amount), 0);
        expect(r.lines.every((l) => /^\d+\.\d{2}$/.test(l.amount))).toBe(true);
        expect([cents(r.incomeTotal), cents(r.expenseTotal), cents(r.balance)]).toEqual([sum('INCOME'), sum('EXPENSE'), sum('INCOME') - sum('EXPENSE')]);
      }
    }
  });

  it('orders events: submitted after the quarter, published after the revision, corrections after every publication of the one they correct, all before the seed date', () => {
    for (const s of slice.statements) {
      expect(s.submittedAt.slice(0, 10) > quarterEnd(s.quarter)).toBe(true);
      expect(s.revisions.map((r) => r.revisionNo)).toEqual(s.revisions.map((_, i) => i + 1));
      expect(s.revisions[0]!.reason).toBeNull();
      for (const r of s.revisions.slice(1)) expect(r.reason).toMatch(/\S/);
      for (const p of s.publications) {
        const revision = s.revisions[p.revisionNo - 1]!;
        const next = s.revisions[p.revisionNo];
        expect(Date.parse(p.publishedAt)).toBeGreaterThan(Date.parse(revision.createdAt));
        if (next) expect(Date.parse(p.publishedAt)).toBeLessThan(Date.parse(next.createdAt));
        expect(before(p.publishedAt)).toBe(true);
      }
      expect(new Set(s.publications.map((p) => `${p.revisionNo}|${p.channel}`)).size).toBe(s.publications.length);
    }
  });

  it('sprinkles the earlier quarters with realistic problems, and some in the latest', () => {
    const counts = (quarter: string) => {
      const rows = slice.statements.filter((s) => s.quarter === quarter);
      const has = (s: (typeof rows)[number], channel: string) => s.publications.some((p) => p.channel === channel);
      const deadline = Date.parse(`${quarterEnd(quarter)}T00:00:00+08:00`) + (PUBLICATION_DEADLINE_DAYS + 1) * 86_400_000;
      return {
        missing: slice.estates.length - rows.length,
        unpublished: rows.filter((s) => s.publications.length === 0).length,
        onlineOnly: rows.filter((s) => has(s, 'ONLINE') && !has(s, 'OFFLINE')).length,
        offlineOnly: rows.filter((s) => has(s, 'OFFLINE') && !has(s, 'ONLINE')).length,
        late: rows.filter((s) => { const online = s.publications.find((p) => p.channel === 'ONLINE'); return online && Date.parse(online.publishedAt) >= deadline; }).length,
        negative: rows.filter((s) => cents(s.revisions.at(-1)!.balance) < 0).length,
        corrected: rows.filter((s) => s.revisions.length > 1).length,
      };
    };
    const share = (n: number) => n / slice.estates.length;
    for (const quarter of REVENUE_QUARTERS.slice(0, -1)) {
      const c = counts(quarter);
      for (const n of [c.missing, c.unpublished, c.offlineOnly]) expect(share(n)).toBeGreaterThan(0.001), expect(share(n)).toBeLessThan(0.01);
      for (const n of [c.onlineOnly, c.negative, c.corrected]) expect(share(n)).toBeGreaterThan(0.005), expect(share(n)).toBeLessThan(0.03);
      expect(share(c.late)).toBeGreaterThan(0.02), expect(share(c.late)).toBeLessThan(0.15);
    }
    const latest = counts(LATEST_QUARTER);
    expect([latest.missing, latest.unpublished, latest.offlineOnly]).toEqual([0, 0, 0]);
    expect(latest.late).toBeGreaterThan(0);
  });

  it('lets income collapse against the previous quarter now and then', () => {
    const income = new Map(slice.statements.map((s) => [`${s.estateId}|${s.quarter}`, cents(s.revisions.at(-1)!.incomeTotal)]));
    const drops = slice.statements.filter((s) => {
      const previous = income.get(`${s.estateId}|${previousQuarter(s.quarter)}`);
      return previous !== undefined && previous > 0 && cents(s.revisions.at(-1)!.incomeTotal) * 2 < previous;
    });
    expect(drops.length / slice.statements.length).toBeGreaterThan(0.005);
    expect(drops.length / slice.statements.length).toBeLessThan(0.03);
  });
});

describe('tasks, supervisors, complaints, deposits', () => {
  it('lists 57 tasks: 12 of the province and 5 per city, closed ones with their 销号 evidence', () => {
    expect(slice.tasks).toHaveLength(PUBLIC_REVENUE_FIGURES.tasks);
    expect(slice.tasks.filter((t) => t.level === 'PROVINCE' && t.regionCode === '350000')).toHaveLength(12);
    expect(slice.tasks.filter((t) => t.level === 'CITY')).toHaveLength(45);
    expect(slice.tasks.filter((t) => t.status === 'OPEN')).toHaveLength(PUBLIC_REVENUE_FIGURES.openTasks);
    for (const t of slice.tasks) {
      expect(t.status === 'CLOSED').toBe(t.closedOn !== null && t.evidence !== null);
      if (t.closedOn) expect(t.closedOn >= t.assignedOn && t.closedOn < AS_OF).toBe(true);
      expect(t.deadline > t.assignedOn).toBe(true);
    }
  });

  it('has 72 supervisors, eight per city, and their visits to estates of their city', () => {
    expect(slice.supervisors).toHaveLength(72);
    const perCity = new Map<string, number>();
    for (const s of slice.supervisors) perCity.set(s.regionCode, (perCity.get(s.regionCode) ?? 0) + 1);
    expect([...perCity.values()]).toEqual(Array(9).fill(8));
    const cityOf = new Map(slice.supervisors.map((s) => [s.id, s.regionCode.slice(0, 4)]));
    expect(slice.visits.length).toBeGreaterThan(72 * 2 - 1);
    for (const v of slice.visits) expect(v.regionCode.startsWith(cityOf.get(v.supervisorId)!)).toBe(true);
  });

  it('handles complaints in order, each step timestamped, recent ones still open; no complainant for public opinion', () => {
    const order = ['RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED'];
    expect(slice.complaints).toHaveLength(PUBLIC_REVENUE_FIGURES.complaints);
    for (const c of slice.complaints) {
      expect(c.steps.map((s) => s.step)).toEqual(order.slice(0, c.steps.length));
      for (let i = 1; i < c.steps.length; i++) expect(Date.parse(c.steps[i]!.at)).toBeGreaterThan(Date.parse(c.steps[i - 1]!.at));
      expect(c.steps.every((s) => before(s.at))).toBe(true);
      expect(c.complainantName === null).toBe(c.source === 'PUBLIC_OPINION');
    }
    const open = slice.complaints.filter((c) => c.steps.at(-1)!.step !== 'CLOSED');
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThan(slice.complaints.length * 0.1);
  });

  it('deposits exactly 923,000,000.00 CNY, summed in cents', () => {
    const total = slice.deposits.reduce((sum, d) => sum + cents(d.amount), 0);
    expect(total).toBe(PUBLIC_REVENUE_FIGURES.depositCents);
    expect(yuan(total)).toBe('923000000.00');
    expect(slice.deposits.every((d) => cents(d.amount) > 0 && d.depositedOn < AS_OF)).toBe(true);
  });
});
