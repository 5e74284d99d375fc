// The object types that refer to each other (campaign ↔ draw ↔ inspection ↔ finding), declared once
// here and implemented in their own files, so that no module needs another one half-loaded. Loading
// by id applies the viewer's visibility: what the viewer may not see loads as null.
import { sql } from '@wuye/kit';
import type { Campaign, Draw } from '../entities/index.js';
import type { FindingState } from '../rectification.js';
import type { FindingCategory, Severity } from '../rules.js';
import { S, visibleCampaigns, visibleRows } from './access.js';
import { builder, type SafetyContext } from './builder.js';

export interface InspectionRow {
  id: string;
  campaignId: string;
  drawId?: string | null;
  estateId: string;
  regionCode: string;
  companyId?: string | null;
  conductedOn?: string | null;
}

export const INSPECTION_COLUMNS = `i.id, i.campaign_id as "campaignId", i.draw_id as "drawId", i.estate_id as "estateId", i.region_code as "regionCode",
  i.company_id as "companyId", i.conducted_on as "conductedOn"`;

export interface FindingRow {
  id: string;
  inspectionId: string;
  campaignId: string;
  estateId: string;
  regionCode: string;
  companyId: string | null;
  /** the company serving the estate now, as the roster knows it */
  servingCompanyId: string | null;
  category: FindingCategory;
  severity: Severity;
  description: string;
  state: FindingState;
  /** timestamps come from raw SQL as text ('2024-09-09 16:00:00+00'), which DateTime serialises */
  raisedAt: Date | string;
  notifiedAt: Date | string | null;
  deadline: string | null;
  rectifiedAt: Date | string | null;
  verifiedAt: Date | string | null;
  evidenceCount: number;
}

/** columns of a finding `f` (with the roster row `ro` of its estate joined) */
export const FINDING_COLUMNS = `f.id, f.inspection_id as "inspectionId", f.campaign_id as "campaignId", f.estate_id as "estateId", f.region_code as "regionCode",
  f.company_id as "companyId", ro.company_id as "servingCompanyId", f.category, f.severity, f.description, f.state, f.raised_at as "raisedAt",
  f.notified_at as "notifiedAt", f.deadline, f.rectified_at as "rectifiedAt", f.verified_at as "verifiedAt",
  (select count(*) from ${S}.finding_evidence ev where ev.finding_id = f.id)::int as "evidenceCount"`;

export const FINDING_FROM = `${S}.finding f left join ${S}.estate_roster ro on ro.estate_id = f.estate_id`;

export const CAMPAIGN_COLUMNS = `c.id, c.name, c.kind, c.region_code as "regionCode", c.organiser, c.starts_on as "startsOn", c.ends_on as "endsOn", c.quarter, c.focus,
  c.results_published_on as "resultsPublishedOn"`;

export const CampaignRef = builder.loadableObjectRef<Campaign | null, string, string, Campaign>('SafetyCampaign', {
  load: async (ids, ctx: SafetyContext) => {
    const visible = visibleCampaigns(ctx, 'c');
    const rows = await sql<Campaign>(ctx.em, `select ${CAMPAIGN_COLUMNS} from ${S}.campaign c where c.id = any(?::text[]) and ${visible.where}`, [ids, ...visible.params]);
    const byId = new Map(rows.map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id) ?? null);
  },
});

export const InspectionRef = builder.loadableObjectRef<InspectionRow | null, string, string, InspectionRow>('SafetyInspection', {
  load: async (ids, ctx: SafetyContext) => {
    const visible = visibleRows(ctx, 'i');
    const rows = await sql<InspectionRow>(ctx.em, `select ${INSPECTION_COLUMNS} from ${S}.inspection i where i.id = any(?::text[]) and ${visible.where}`, [ids, ...visible.params]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  },
});

export const FindingRef = builder.loadableObjectRef<FindingRow | null, string, string, FindingRow>('SafetyFinding', {
  load: async (ids, ctx: SafetyContext) => {
    const visible = visibleRows(ctx, 'f');
    const rows = await sql<FindingRow>(ctx.em, `select ${FINDING_COLUMNS} from ${FINDING_FROM} where f.id = any(?::text[]) and ${visible.where}`, [ids, ...visible.params]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  },
});

/** a draw with what decides who may see it: its campaign's region and publication */
export interface DrawRow extends Draw {
  campaignRegionCode: string;
  campaignPublishedOn: string | null;
}

export const DRAW_COLUMNS = `d.id, d.campaign_id as "campaignId", d.algorithm, d.seed, d.drawn_at as "drawnAt", d.estate_count as "estateCount",
  d.inspector_count as "inspectorCount", d.team_size as "teamSize", d.eligible, d.pool, d.result, d.inputs_digest as "inputsDigest",
  d.result_digest as "resultDigest", d.drawn_by as "drawnBy", c.region_code as "campaignRegionCode", c.results_published_on as "campaignPublishedOn"`;

export const DrawRef = builder.objectRef<DrawRow>('SafetyDraw');
