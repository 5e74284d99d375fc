// Reads of deliberation items and their steps, batched: each loader is one SQL statement per request.
import { defineLoader, groupedInKeyOrder, inKeyOrder, sql, type EntityManager, type PluginContext } from '@wuye/plugin-sdk';
import { S } from '../manifest.js';
import type { DeliberationState, DeliberationStepKind } from './steps.js';

export interface DeliberationRow {
  id: string;
  estateId: string;
  regionCode: string;
  companyId: string;
  title: string;
  matter: string;
  state: DeliberationState;
  raisedAt: Date;
  raisedBy: string;
  raisedRole: string;
  updatedAt: Date;
}

export interface StepRow {
  itemId: string;
  step: DeliberationStepKind;
  at: Date;
  actor: string;
  actorRole: string;
  text: string;
}

type Raw = Record<string, unknown>;

// steps taken at the same instant (the demo clock) still list in workflow order
const STEP_ORDER = `array_position(array['BRANCH_DRAFT', 'COMMUNITY_COMMITTEE', 'OWNERS_COMMITTEE', 'ANNOUNCEMENT']::text[], step::text)`;

export const DELIBERATION_COLUMNS = 'id, estate_id, region_code, company_id, title, matter, state, raised_at, raised_by, raised_role, updated_at';

export const deliberationFromRow = (r: Raw): DeliberationRow => ({
  id: r.id as string,
  estateId: r.estate_id as string,
  regionCode: r.region_code as string,
  companyId: r.company_id as string,
  title: r.title as string,
  matter: r.matter as string,
  state: r.state as DeliberationState,
  raisedAt: new Date(r.raised_at as Date),
  raisedBy: r.raised_by as string,
  raisedRole: r.raised_role as string,
  updatedAt: new Date(r.updated_at as Date),
});

const stepFromRow = (r: Raw): StepRow => ({ itemId: r.item_id as string, step: r.step as DeliberationStepKind, at: new Date(r.at as Date), actor: r.actor as string, actorRole: r.actor_role as string, text: r.text as string });

export async function findDeliberation(em: EntityManager, id: string, lock = false): Promise<DeliberationRow | null> {
  const [row] = await sql<Raw>(em, `select ${DELIBERATION_COLUMNS} from ${S}.deliberation where id = ?${lock ? ' for update' : ''}`, [id]);
  return row ? deliberationFromRow(row) : null;
}

export async function stepsOf(em: EntityManager, itemId: string): Promise<StepRow[]> {
  return (await sql<Raw>(em, `select item_id, step, at, actor, actor_role, text from ${S}.deliberation_step where item_id = ? order by at, ${STEP_ORDER}`, [itemId])).map(stepFromRow);
}

export const deliberationById = defineLoader<string, DeliberationRow | null, PluginContext>(async (ids, ctx) =>
  inKeyOrder(ids, (await sql<Raw>(ctx.em, `select ${DELIBERATION_COLUMNS} from ${S}.deliberation where id = any(?::text[])`, [ids])).map(deliberationFromRow), (d) => d.id),
);

/** an estate's items, newest first */
export const deliberationsOfEstate = defineLoader<string, DeliberationRow[], PluginContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, (await sql<Raw>(ctx.em, `select ${DELIBERATION_COLUMNS} from ${S}.deliberation where estate_id = any(?::text[]) order by raised_at desc, id desc`, [ids])).map(deliberationFromRow), (d) => d.estateId),
);

/** an item's steps, in the order taken */
export const deliberationSteps = defineLoader<string, StepRow[], PluginContext>(async (ids, ctx) =>
  groupedInKeyOrder(ids, (await sql<Raw>(ctx.em, `select item_id, step, at, actor, actor_role, text from ${S}.deliberation_step where item_id = any(?::text[]) order by item_id, at, ${STEP_ORDER}`, [ids])).map(stepFromRow), (s) => s.itemId),
);
