// 年度评价 — closing a year freezes every company's score, grade and ranks (version 1); publishing makes
// a version public; a correction recomputes from the current events and publishes a new version with its
// reason. Ranks: score desc, then deductions (扣分合计) asc, then company id asc — so never tied. The
// results of a version are written by ONE statement (../scoring/sql.ts for every company at once).
import { sql, WuyeError, type EntityManager } from '@wuye/kit';
import { ruleSetInForce } from './rules/store.js';
import { SCORE_CTES } from './scoring/sql.js';

const S = 'credit';

export interface EvaluationRow {
  year: number;
  version: number;
  status: 'CLOSED' | 'PUBLISHED';
  reason: string | null;
  ruleYear: number;
  ruleVersion: number;
  companies: number;
  closedAt: Date;
  publishedAt: Date | null;
}

const ORDER = 'g.score desc, g.deductions asc, g.company_id asc';

/** Serialises the evaluation writes of one year (inside the caller's transaction). */
const lockYear = (em: EntityManager, year: number) => sql(em, `select pg_advisory_xact_lock(hashtext('credit.evaluation'), ?)`, [year]);

/**
 * Inside an official's recording transaction: keeps the year open until the transaction ends — closing
 * it waits, so the frozen results include the event — and CONFLICT when it is closed already. Events from
 * other domains do not ask: a correction of a published year takes them.
 */
export async function holdYearOpen(em: EntityManager, year: number): Promise<void> {
  await sql(em, `select pg_advisory_xact_lock_shared(hashtext('credit.evaluation'), ?)`, [year]);
  if ((await versionsOf(em, year)).length) {
    throw WuyeError.conflict(`${year} is closed: officials record no more events dated in it (a correction of the published evaluation takes events that arrive from other domains).`);
  }
}

export async function versionsOf(em: EntityManager, year: number): Promise<{ version: number; status: string }[]> {
  return sql(em, `select version, status from ${S}.evaluation where year = ? order by version`, [year]);
}

/** Writes a new version of the year's evaluation: the evaluation row and every company's result. */
async function freeze(em: EntityManager, year: number, version: number, options: { reason: string | null; by: string; now: Date; publish: boolean }): Promise<void> {
  const rules = await ruleSetInForce(em, year);
  if (!rules) throw WuyeError.conflict(`No rule set is published for ${year}: publish one before evaluating the year.`);
  await sql(
    em,
    `insert into ${S}.evaluation (year, version, status, reason, rule_year, rule_version, companies, closed_at, closed_by) values (?, ?, 'CLOSED', ?, ?, ?, 0, ?, ?)`,
    [year, version, options.reason, rules.year, rules.version, options.now, options.by],
  );
  await sql(
    em,
    `with c(company_id) as (select company_id from ${S}.company), ${SCORE_CTES}
     insert into ${S}.evaluation_result (year, version, company_id, region_code, city_code, score, grade, deductions, province_rank, city_rank)
     select ?, ?, g.company_id, co.region_code, case when co.region_code is null then null else left(co.region_code, 4) || '00' end, g.score, g.grade, g.deductions,
       row_number() over (order by ${ORDER}),
       case when co.region_code is null then null else row_number() over (partition by left(co.region_code, 4) order by ${ORDER}) end
     from graded g join ${S}.company co using (company_id)`,
    [year, year, year, version],
  );
  // the row is still CLOSED (a published one is frozen): count, and publish a correction, now
  await sql(
    em,
    `update ${S}.evaluation set companies = (select count(*) from ${S}.evaluation_result where year = ? and version = ?), status = ?, published_at = ?, published_by = ? where year = ? and version = ?`,
    [year, version, options.publish ? 'PUBLISHED' : 'CLOSED', options.publish ? options.now : null, options.publish ? options.by : null, year, version],
  );
}

/** 关账: version 1 of an ended year, frozen but not public. CONFLICT when already closed. */
export async function closeYear(em: EntityManager, year: number, by: string, now: Date): Promise<void> {
  await lockYear(em, year);
  if ((await versionsOf(em, year)).length) throw WuyeError.conflict(`${year} is already closed: correct a published evaluation with correctCreditEvaluation.`);
  await freeze(em, year, 1, { reason: null, by, now, publish: false });
}

/** 公布: the year's latest version, if CLOSED, becomes PUBLISHED. */
export async function publishEvaluation(em: EntityManager, year: number, by: string, now: Date): Promise<number> {
  await lockYear(em, year);
  const latest = (await versionsOf(em, year)).at(-1);
  if (!latest) throw WuyeError.notFound('Credit evaluation of', String(year));
  if (latest.status === 'PUBLISHED') throw WuyeError.conflict(`Version ${latest.version} of ${year} is already published: correct it with correctCreditEvaluation.`);
  await sql(em, `update ${S}.evaluation set status = 'PUBLISHED', published_at = ?, published_by = ? where year = ? and version = ?`, [now, by, year, latest.version]);
  return latest.version;
}

/** 更正: a new, published version recomputed from the current events, with its reason. */
export async function correctEvaluation(em: EntityManager, year: number, reason: string, by: string, now: Date): Promise<number> {
  await lockYear(em, year);
  const latest = (await versionsOf(em, year)).at(-1);
  if (!latest) throw WuyeError.notFound('Credit evaluation of', String(year));
  if (latest.status !== 'PUBLISHED') throw WuyeError.conflict(`Version ${latest.version} of ${year} is not published yet: publish it (publishCreditEvaluation) before correcting it.`);
  const version = latest.version + 1;
  await freeze(em, year, version, { reason, by, now, publish: true });
  return version;
}
