// Reads of cases and transitions, batched: every loader is one SQL statement for all the keys of a request.
import { defineLoader, groupedInKeyOrder, inKeyOrder, sql, type EntityManager } from '@wuye/plugin-sdk';
import type { ZhangzhouContext } from './schema/builder.js';
import type { GridCaseState, GridCategory, ReporterKind } from './workflow.js';

export const S = 'plugin_zhangzhou';

export interface CaseRow {
  id: string;
  estateId: string;
  regionCode: string;
  description: string;
  location: string | null;
  reporterName: string;
  reporterKind: ReporterKind;
  category: GridCategory | null;
  state: GridCaseState;
  department: string | null;
  deadline: Date | null;
  reportedAt: Date;
  updatedAt: Date;
}

export interface TransitionRow {
  id: number;
  caseId: string;
  regionCode: string;
  fromState: GridCaseState | null;
  toState: GridCaseState;
  at: Date;
  actor: string;
  category: GridCategory | null;
  department: string | null;
  deadline: Date | null;
  note: string | null;
}

export const CASE_COLUMNS = 'id, estate_id, region_code, description, location, reporter_name, reporter_kind, category, state, department, deadline, reported_at, updated_at';

type Raw = Record<string, unknown>;

export const caseFromRow = (r: Raw): CaseRow => ({
  id: r.id as string,
  estateId: r.estate_id as string,
  regionCode: r.region_code as string,
  description: r.description as string,
  location: (r.location as string | null) ?? null,
  reporterName: r.reporter_name as string,
  reporterKind: r.reporter_kind as ReporterKind,
  category: (r.category as GridCategory | null) ?? null,
  state: r.state as GridCaseState,
  department: (r.department as string | null) ?? null,
  deadline: r.deadline ? new Date(r.deadline as Date) : null,
  reportedAt: new Date(r.reported_at as Date),
  updatedAt: new Date(r.updated_at as Date),
});

const transitionFromRow = (r: Raw): TransitionRow => ({
  id: Number(r.id),
  caseId: r.case_id as string,
  regionCode: r.region_code as string,
  fromState: (r.from_state as GridCaseState | null) ?? null,
  toState: r.to_state as GridCaseState,
  at: new Date(r.at as Date),
  actor: r.actor as string,
  category: (r.category as GridCategory | null) ?? null,
  department: (r.department as string | null) ?? null,
  deadline: r.deadline ? new Date(r.deadline as Date) : null,
  note: (r.note as string | null) ?? null,
});

export async function findCase(em: EntityManager, id: string, lock = false): Promise<CaseRow | null> {
  const [row] = await sql<Raw>(em, `select ${CASE_COLUMNS} from ${S}.grid_case where id = ?${lock ? ' for update' : ''}`, [id]);
  return row ? caseFromRow(row) : null;
}

export const caseById = defineLoader<string, CaseRow | null, ZhangzhouContext>(async (ids, ctx) =>
  inKeyOrder(ids, (await sql<Raw>(ctx.em, `select ${CASE_COLUMNS} from ${S}.grid_case where id = any(?::text[])`, [ids])).map(caseFromRow), (c) => c.id),
);

/** an estate's cases, newest first */
export const casesOfEstate = defineLoader<string, CaseRow[], ZhangzhouContext>(async (estateIds, ctx) =>
  groupedInKeyOrder(
    estateIds,
    (await sql<Raw>(ctx.em, `select ${CASE_COLUMNS} from ${S}.grid_case where estate_id = any(?::text[]) order by id desc`, [estateIds])).map(caseFromRow),
    (c) => c.estateId,
  ),
);

/** a case's transitions, oldest first (same instant: in the order recorded) */
export const transitionsOfCase = defineLoader<string, TransitionRow[], ZhangzhouContext>(async (caseIds, ctx) =>
  groupedInKeyOrder(
    caseIds,
    (await sql<Raw>(ctx.em, `select id, case_id, region_code, from_state, to_state, at, actor, category, department, deadline, note from ${S}.grid_case_transition where case_id = any(?::text[]) order by case_id, at, id`, [caseIds])).map(transitionFromRow),
    (t) => t.caseId,
  ),
);
