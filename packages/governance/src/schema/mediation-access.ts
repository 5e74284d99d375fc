// Who sees and moves a mediation case. Officials (street staff and above) over the case's region see
// it, parties' names included, and record every step; the mediator assigned to it (a viewer signed in
// with the mediator's subject) sees it and moves it on; a mediator of the case's city (or the province's
// body) may take a RECEIVED case themselves. Everyone else — the public included — sees aggregates only.
import { administers, isOfficial, regionPrefix, WuyeError } from '@wuye/kit';
import type { GovernanceContext } from './builder.js';
import { S } from './common.js';
import { coversCase, viewerMediator, type MediatorRow } from './mediators.js';

export interface CaseScope {
  region_code: string;
  mediator_id: string | null;
}

/** SQL true for cases (alias t) the viewer may see, with its parameters */
export async function visibleCases(ctx: GovernanceContext): Promise<{ where: string; params: unknown[] }> {
  if (ctx.viewer.role === 'SERVICE') return { where: 'true', params: [] };
  const mediator = await viewerMediator(ctx);
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (isOfficial(ctx.viewer)) {
    clauses.push('t.region_code like ?');
    params.push(`${regionPrefix(ctx.viewer.region)}%`);
  }
  if (mediator) {
    clauses.push('t.mediator_id = ?');
    params.push(mediator.id);
  }
  return { where: clauses.length ? `(${clauses.join(' or ')})` : 'false', params };
}

export async function seesCase(ctx: GovernanceContext, c: CaseScope): Promise<boolean> {
  if (administers(ctx.viewer, c.region_code)) return true;
  const mediator = await viewerMediator(ctx);
  return !!mediator && mediator.id === c.mediator_id;
}


/** FORBIDDEN unless the viewer is an official over the case or its assigned mediator */
export async function mustActOnCase(ctx: GovernanceContext, c: CaseScope & { id: string }): Promise<void> {
  if (await seesCase(ctx, c)) return;
  throw WuyeError.forbidden(`Mediation ${c.id} is for officials over ${c.region_code} and the mediator assigned to it.`);
}

export const MEDIATOR_TABLE = `${S}.mediator`;
