// 企业档案副本 — what credit keeps of the registry's companies: the registered county and the estates
// served (with their communities), copied when an official writes about the company, refreshed from
// domain events (an event names an estate the company serves), never read from the registry's tables.
import { groupedInKeyOrder, sql, type EntityManager } from '@wuye/kit';

export interface CompanyCopy {
  companyId: string;
  /** registered county; null while only domain events have named the company */
  regionCode: string | null;
  /** the communities of the estates it serves */
  estates: { estateId: string; regionCode: string }[];
}

/** Replaces the copy of a company with the registry's current answer. */
export async function saveCompanyCopy(em: EntityManager, copy: CompanyCopy, now: Date): Promise<void> {
  await sql(em, `insert into credit.company (company_id, region_code, updated_at) values (?, ?, ?) on conflict (company_id) do update set region_code = excluded.region_code, updated_at = excluded.updated_at`, [copy.companyId, copy.regionCode, now]);
  await sql(em, `delete from credit.company_estate where company_id = ? and not (estate_id = any(?::text[]))`, [copy.companyId, copy.estates.map((e) => e.estateId)]);
  if (copy.estates.length) {
    await sql(
      em,
      `insert into credit.company_estate (company_id, estate_id, region_code) select ?, * from unnest(?::text[], ?::text[]) on conflict (company_id, estate_id) do update set region_code = excluded.region_code`,
      [copy.companyId, copy.estates.map((e) => e.estateId), copy.estates.map((e) => e.regionCode)],
    );
  }
}

/** Notes, from a domain event, that the company serves an estate in `regionCode` (the company row is created if new). */
export async function noteServedEstate(em: EntityManager, companyId: string, estateId: string | null, regionCode: string, now: Date): Promise<void> {
  await sql(em, `insert into credit.company (company_id, region_code, updated_at) values (?, null, ?) on conflict (company_id) do nothing`, [companyId, now]);
  if (estateId) await sql(em, `insert into credit.company_estate (company_id, estate_id, region_code) values (?, ?, ?) on conflict (company_id, estate_id) do nothing`, [companyId, estateId, regionCode]);
}

/** The copies of these companies, in key order (null where credit has none) — one statement. */
export async function companyCopies(em: EntityManager, companyIds: readonly string[]): Promise<(CompanyCopy | null)[]> {
  const rows = await sql<{ company_id: string; region_code: string | null; estate_id: string | null; estate_region: string | null }>(
    em,
    `select c.company_id, c.region_code, e.estate_id, e.region_code as estate_region from credit.company c left join credit.company_estate e using (company_id)
     where c.company_id = any(?::text[]) order by c.company_id, e.estate_id`,
    [companyIds],
  );
  return groupedInKeyOrder(companyIds, rows, (r) => r.company_id).map((group) =>
    group.length === 0 ? null : { companyId: group[0]!.company_id, regionCode: group[0]!.region_code, estates: group.filter((r) => r.estate_id).map((r) => ({ estateId: r.estate_id!, regionCode: r.estate_region! })) },
  );
}
