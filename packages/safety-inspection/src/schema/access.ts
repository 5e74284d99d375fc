// Who sees what. Officials (street staff to province) act as inspectors within their region; a
// company (COMPANY token with companyId) sees and rectifies findings at the estates it serves; the
// public — and owners — see campaign results once published (一公开), never evidence files or names.
import { administers, chinaDate, isOfficial, regionPrefix, type Viewer } from '@wuye/kit';
import type { SafetyContext } from './builder.js';

export const S = 'safety_inspection';

export const isCompany = (viewer: Viewer): boolean => viewer.role === 'COMPANY' && viewer.companyId !== null;

/**
 * SQL that is true for rows the viewer may see, for a table aliased `alias` with region_code,
 * estate_id and campaign_id: officials see their region, a company its estates (as the roster
 * knows them), everyone the results of campaigns published by today. Returns the SQL and its params.
 */
export function visibleRows(ctx: SafetyContext, alias: string): { where: string; params: unknown[] } {
  const viewer = ctx.viewer;
  if (viewer.role === 'SERVICE') return { where: 'true', params: [] };
  const published = `exists (select 1 from ${S}.campaign vc where vc.id = ${alias}.campaign_id and vc.results_published_on <= ?::date)`;
  const today = chinaDate(ctx.now);
  if (isOfficial(viewer)) return { where: `(${alias}.region_code like ? or ${published})`, params: [`${regionPrefix(viewer.region)}%`, today] };
  if (isCompany(viewer)) {
    return {
      where: `(exists (select 1 from ${S}.estate_roster vr where vr.estate_id = ${alias}.estate_id and vr.company_id = ?) or ${published})`,
      params: [viewer.companyId, today],
    };
  }
  return { where: published, params: [today] };
}

/** SQL: the code prefix of a region code column (35 for 350000, 3502 for 350200, the code itself below) — regionPrefix in SQL */
export const prefixSql = (column: string) =>
  `(case when ${column} like '__0000' then left(${column}, 2) when length(${column}) = 6 and ${column} like '____00' then left(${column}, 4) else ${column} end)`;

/**
 * Campaigns the viewer may see: officials those covering or lying in their region (and all published);
 * a company those that inspected an estate it serves; everyone every published one, and those not yet
 * published except "四不两直" checks, which are never announced.
 */
export function visibleCampaigns(ctx: SafetyContext, alias: string): { where: string; params: unknown[] } {
  const viewer = ctx.viewer;
  if (viewer.role === 'SERVICE') return { where: 'true', params: [] };
  const today = chinaDate(ctx.now);
  const open = `(${alias}.kind <> 'UNANNOUNCED' or ${alias}.results_published_on <= ?::date)`;
  if (isOfficial(viewer)) {
    return { where: `(${alias}.region_code like ? or ?::text like ${prefixSql(`${alias}.region_code`)} || '%' or ${open})`, params: [`${regionPrefix(viewer.region)}%`, viewer.region, today] };
  }
  if (isCompany(viewer)) {
    return {
      where: `(${open} or exists (select 1 from ${S}.inspection vi join ${S}.estate_roster vr on vr.estate_id = vi.estate_id where vi.campaign_id = ${alias}.id and vr.company_id = ?))`,
      params: [today, viewer.companyId],
    };
  }
  return { where: open, params: [today] };
}

/** whether the viewer may see a campaign's results (its draw, inspections and findings) */
export function seesResults(ctx: SafetyContext, campaign: { regionCode: string; resultsPublishedOn?: string | null }): boolean {
  return ctx.viewer.role === 'SERVICE' || administers(ctx.viewer, campaign.regionCode) || (!!campaign.resultsPublishedOn && campaign.resultsPublishedOn <= chinaDate(ctx.now));
}

/** evidence files: officials over the row's region and the company serving its estate — never the public */
export function seesEvidence(ctx: SafetyContext, row: { regionCode: string; servedByViewer: boolean }): boolean {
  return ctx.viewer.role === 'SERVICE' || administers(ctx.viewer, row.regionCode) || (isCompany(ctx.viewer) && row.servedByViewer);
}
