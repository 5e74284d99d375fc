// Who sees what of a statement:
//   officials over the estate's region and the company that submitted it — every revision, drafts included;
//   the estate's owners (an OWNER token with its estateId) — every published revision: the history;
//   everyone else (PUBLIC included) — the latest published revision only; never a draft.
// Complainants' names are for officials over the complaint's region only.
import { administers, isOfficial, regionPrefix, type Viewer } from '@wuye/kit';

export interface StatementScope {
  estateId: string;
  regionCode: string;
  companyId: string;
}

export const seesDrafts = (viewer: Viewer, s: StatementScope): boolean =>
  administers(viewer, s.regionCode) || (viewer.role === 'COMPANY' && viewer.companyId !== null && viewer.companyId === s.companyId);

export const seesHistory = (viewer: Viewer, s: StatementScope): boolean => seesDrafts(viewer, s) || (viewer.role === 'OWNER' && viewer.estateId === s.estateId);

/** An SQL condition on statement `s` for the statements a viewer may list (with its parameters). */
export function visibleStatementsSql(viewer: Viewer, now: Date): { where: string; params: unknown[] } {
  const published = `exists (select 1 from public_revenue.publication p where p.statement_id = s.id and p.published_at <= ?)`;
  if (viewer.role === 'SERVICE') return { where: 'true', params: [] };
  if (isOfficial(viewer)) return { where: `(s.region_code like ? or ${published})`, params: [`${regionPrefix(viewer.region)}%`, now] };
  if (viewer.role === 'COMPANY' && viewer.companyId) return { where: `(s.company_id = ? or ${published})`, params: [viewer.companyId, now] };
  return { where: published, params: [now] };
}
