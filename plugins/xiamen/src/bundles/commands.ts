// Writing bundles: the proposal (registry facts copied, neighbours and membership checked) and the
// lifecycle steps (row locked, who and whether checked, transition recorded at the request clock).
import { chinaDate, sql, WuyeError, type EntityManager, type PluginContext } from '@wuye/plugin-sdk';
import { actorOf, inXiamen, requireAdministers, requireSeesXiamen } from '../access.js';
import { S } from '../manifest.js';
import { estateFacts } from '../registry-facts.js';
import { amountProblem } from './economics.js';
import { BUNDLE_ACTIONS, bundleActionsFrom, BUNDLE_STATE_LABEL, canTakeBundleAction, type BundleAction, type BundleState } from './lifecycle.js';
import { firstNonNeighbours, NEIGHBOUR_METRES, streetOf } from './neighbours.js';
import { estatesOf, findBundle, type BundleRow } from './rows.js';

export const MIN_ESTATES = 2;
export const MAX_ESTATES = 30;
/** registry service modes of an estate without a market company of its own: 无物业, or already 大物业 */
export const WITHOUT_SERVICE = ['NONE', 'BUNDLED'];

export interface ProposeInput {
  name: string;
  estates: { estateId: string; monthlyFeeIncome: string; monthlyCost: string }[];
}

export async function proposeBundle(ctx: PluginContext, input: ProposeInput): Promise<BundleRow> {
  requireSeesXiamen(ctx.viewer);
  const ids = input.estates.map((e) => e.estateId);
  if (ids.length < MIN_ESTATES || ids.length > MAX_ESTATES) throw WuyeError.badInput('input.estates', `a bundle has ${MIN_ESTATES} to ${MAX_ESTATES} estates (got ${ids.length})`);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) throw WuyeError.badInput(`input.estates.${i}.estateId`, `estate ${id} is listed twice`);
  });
  input.estates.forEach((e, i) => {
    for (const field of ['monthlyFeeIncome', 'monthlyCost'] as const) {
      const problem = amountProblem(e[field]);
      if (problem) throw WuyeError.badInput(`input.estates.${i}.${field}`, problem);
    }
  });
  const facts = await estateFacts(ctx, ids, (i) => `input.estates.${i}.estateId`);
  facts.forEach((f, i) => {
    if (!inXiamen(f.regionCode)) throw WuyeError.badInput(`input.estates.${i}.estateId`, `estate ${f.id} lies in ${f.regionCode}, outside 厦门 (350200): this plugin bundles 厦门's estates only`);
  });
  if (!facts.some((f) => WITHOUT_SERVICE.includes(f.serviceMode))) throw WuyeError.badInput('input.estates', `a "大物业" bundle takes in at least one estate without property service (registry serviceMode ${WITHOUT_SERVICE.join(' or ')}); none of these has one`);
  const apart = firstNonNeighbours(facts);
  if (apart) throw WuyeError.badInput('input.estates', `estates ${apart[0].id} (${apart[0].name}, street ${streetOf(apart[0].regionCode)}) and ${apart[1].id} (${apart[1].name}, street ${streetOf(apart[1].regionCode)}) are not neighbours: a bundle's estates lie in one street or within ${NEIGHBOUR_METRES} m of each other`);
  requireAdministers(ctx.viewer, facts.map((f) => f.regionCode), 'propose a bundle of these estates');

  return ctx.em.transactional(async (em) => {
    const taken = await sql<{ estate_id: string; bundle_id: string }>(em, `select estate_id, bundle_id from ${S}.bundle_estate where active and estate_id = any(?::text[]) for update`, [ids]);
    if (taken.length) throw WuyeError.conflict(`estate ${taken[0]!.estate_id} is in bundle ${taken[0]!.bundle_id} already, which has not ended: an estate is in at most one active bundle`);
    const [{ n }] = (await sql<{ n: number }>(em, `select nextval('${S}.bundle_id_seq')::int as n`)) as [{ n: number }];
    const id = `XB${String(n).padStart(4, '0')}`;
    const streetCode = streetOf(facts[0]!.regionCode);
    await sql(em, `insert into ${S}.bundle (id, name, street_code, state, proposed_at, updated_at) values (?, ?, ?, 'PROPOSED', ?, ?)`, [id, input.name.trim(), streetCode, ctx.now, ctx.now]);
    for (const [i, f] of facts.entries()) {
      const amounts = input.estates[i]!;
      await sql(
        em,
        `insert into ${S}.bundle_estate (bundle_id, estate_id, position, estate_name, region_code, service_mode, households, latitude, longitude, monthly_fee_income, monthly_cost, active) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::numeric, ?::numeric, true)`,
        [id, f.id, i + 1, f.name, f.regionCode, f.serviceMode, f.households, f.latitude, f.longitude, amounts.monthlyFeeIncome.trim(), amounts.monthlyCost.trim()],
      );
    }
    await recordTransition(em, ctx, id, streetCode, null, 'PROPOSED');
    return (await findBundle(em, id))!;
  }).catch(uniqueAsConflict);
}

/** two proposals racing for one estate: the partial unique index decides */
function uniqueAsConflict(error: unknown): never {
  const e = error as { code?: string; name?: string };
  if (e.code === '23505' || e.name === 'UniqueConstraintViolationException') throw WuyeError.conflict('one of these estates joined another active bundle meanwhile: an estate is in at most one active bundle');
  throw error;
}

async function recordTransition(em: EntityManager, ctx: PluginContext, bundleId: string, streetCode: string, from: BundleState | null, to: BundleState): Promise<void> {
  await sql(em, `insert into ${S}.bundle_transition (bundle_id, street_code, from_state, to_state, at, actor, actor_role) values (?, ?, ?, ?, ?, ?, ?)`, [bundleId, streetCode, from, to, ctx.now, actorOf(ctx.viewer), ctx.viewer.role]);
}

/**
 * Takes `action` on the bundle: locks it, lets only officials over every estate's street act, refuses a
 * step its state does not allow (CONFLICT), applies `patch` (which may refuse its input) and records it.
 */
export async function moveBundle(ctx: PluginContext, bundleId: string, action: BundleAction, patch: (em: EntityManager, current: BundleRow) => Promise<void>): Promise<BundleRow> {
  requireSeesXiamen(ctx.viewer);
  const { label, to } = BUNDLE_ACTIONS[action];
  return ctx.em.transactional(async (em) => {
    const current = await findBundle(em, bundleId, true);
    if (!current) throw WuyeError.notFound('Bundle', bundleId);
    const streets = [...new Set((await estatesOf(em, bundleId)).map((e) => streetOf(e.regionCode)))];
    requireAdministers(ctx.viewer, streets, `${label} bundle ${bundleId} (street staff or above over its estates' streets)`);
    if (!canTakeBundleAction(action, current.state)) {
      const next = bundleActionsFrom(current.state).map((a) => `${BUNDLE_ACTIONS[a].label} (${a})`);
      throw WuyeError.conflict(`Bundle ${bundleId} is ${current.state} (${BUNDLE_STATE_LABEL[current.state]}): ${label} takes a bundle that is ${BUNDLE_ACTIONS[action].from}. ${next.length ? `It can go on by ${next.join(' or ')}.` : 'It has ended.'}`);
    }
    if (ctx.now < current.updatedAt) throw WuyeError.conflict(`Bundle ${bundleId} last moved at ${current.updatedAt.toISOString()}, after this request's clock (${ctx.now.toISOString()}).`);
    await patch(em, current);
    await sql(em, `update ${S}.bundle set state = ?, updated_at = ? where id = ?`, [to, ctx.now, bundleId]);
    if (to === 'ENDED') await sql(em, `update ${S}.bundle_estate set active = false where bundle_id = ?`, [bundleId]);
    await recordTransition(em, ctx, bundleId, current.streetCode, current.state, to);
    return (await findBundle(em, bundleId))!;
  });
}

/** the request clock's date in China */
export const today = (ctx: PluginContext): string => chinaDate(ctx.now);
