import { containsPattern, keysetConnection, regionPrefix, type EntityManager } from '@wuye/kit';
import { CompanyEntity } from '../entities/index.js';

export interface CompanyFilterValue {
  regionCode?: string | null;
  ownership?: string | null;
  nameContains?: string | null;
}

/** The company list: keyset-paged by id, filtered in SQL. */
export function companyConnection(em: EntityManager, filter: CompanyFilterValue, args: { first?: number | null; after?: string | null }) {
  const where: Record<string, unknown> = {};
  if (filter.regionCode) where.regionCode = { $like: `${regionPrefix(filter.regionCode)}%` };
  if (filter.ownership) where.ownership = filter.ownership;
  if (filter.nameContains) where.name = { $ilike: containsPattern(filter.nameContains) };
  return keysetConnection(
    args,
    ({ after, limit }) => em.find(CompanyEntity, after ? { ...where, id: { $gt: String(after[0]) } } : where, { orderBy: { id: 'asc' }, limit }),
    (c) => [c.id],
    () => em.count(CompanyEntity, where),
  );
}
