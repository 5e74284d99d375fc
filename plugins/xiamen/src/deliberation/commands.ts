// Writing deliberation items: raising one (the registry says where the estate lies and which company
// serves it) and recording each step — by the right party, in order, once — at the request clock.
import { administers, sql, WuyeError, type PluginContext, type Viewer } from '@wuye/plugin-sdk';
import { actorOf, inXiamen, requireAdministers, requireSeesXiamen } from '../access.js';
import { S } from '../manifest.js';
import { estateFacts } from '../registry-facts.js';
import { findDeliberation, stepsOf, type DeliberationRow } from './rows.js';
import { stateAfter, STEP_LABEL, stepRefusal, type DeliberationStepKind } from './steps.js';

export async function raiseDeliberation(ctx: PluginContext, input: { estateId: string; title: string; matter: string }): Promise<DeliberationRow> {
  requireSeesXiamen(ctx.viewer);
  const [estate] = await estateFacts(ctx, [input.estateId], () => 'input.estateId');
  if (!inXiamen(estate!.regionCode)) throw WuyeError.badInput('input.estateId', `estate ${estate!.id} lies in ${estate!.regionCode}, outside 厦门 (350200): 党员先议 is 厦门's`);
  requireAdministers(ctx.viewer, [estate!.regionCode], 'raise a 党员先议 item for this estate');
  // the company that will announce: the estate's own, or the one its "大物业" bundle is contracted with
  const [bundled] = await sql<{ company_id: string }>(ctx.em, `select b.company_id from ${S}.bundle_estate be join ${S}.bundle b on b.id = be.bundle_id where be.active and b.state = 'CONTRACTED' and be.estate_id = ?`, [estate!.id]);
  const companyId = estate!.company?.id ?? bundled?.company_id;
  if (!companyId) throw WuyeError.badInput('input.estateId', `no property company serves estate ${estate!.id} to announce the result to its owners`);
  return ctx.em.transactional(async (em) => {
    const [{ n }] = (await sql<{ n: number }>(em, `select nextval('${S}.deliberation_id_seq')::int as n`)) as [{ n: number }];
    const id = `XD${String(n).padStart(5, '0')}`;
    await sql(
      em,
      `insert into ${S}.deliberation (id, estate_id, region_code, company_id, title, matter, state, raised_at, raised_by, raised_role, updated_at) values (?, ?, ?, ?, ?, ?, 'RAISED', ?, ?, ?, ?)`,
      [id, estate!.id, estate!.regionCode, companyId, input.title.trim(), input.matter.trim(), ctx.now, actorOf(ctx.viewer), ctx.viewer.role, ctx.now],
    );
    return (await findDeliberation(em, id))!;
  });
}

/** Who may record `step` on `item`; throws FORBIDDEN naming who may. */
function requireParty(viewer: Viewer, item: DeliberationRow, step: DeliberationStepKind): void {
  const label = STEP_LABEL[step];
  switch (step) {
    case 'BRANCH_DRAFT':
    case 'COMMUNITY_COMMITTEE':
      return requireAdministers(viewer, [item.regionCode], `record ${label} on ${item.id} (officials over the estate record the party side)`);
    case 'OWNERS_COMMITTEE':
      if (viewer.role === 'OWNER' && viewer.estateId === item.estateId) return;
      if (administers(viewer, item.regionCode)) return;
      throw WuyeError.forbidden(`${label} on ${item.id} is recorded by the owners' committee of estate ${item.estateId} (an OWNER token of that estate) or an official over it.`);
    case 'ANNOUNCEMENT':
      if (viewer.role === 'COMPANY' && viewer.companyId === item.companyId) return;
      throw WuyeError.forbidden(`${label} on ${item.id} is made by the company serving the estate (${item.companyId}), with its COMPANY token.`);
  }
}

export async function takeStep(ctx: PluginContext, itemId: string, step: DeliberationStepKind, text: string): Promise<DeliberationRow> {
  requireSeesXiamen(ctx.viewer);
  return ctx.em.transactional(async (em) => {
    const item = await findDeliberation(em, itemId, true);
    if (!item) throw WuyeError.notFound('Deliberation item', itemId);
    requireParty(ctx.viewer, item, step);
    const done = (await stepsOf(em, itemId)).map((s) => s.step);
    const refusal = stepRefusal(step, done);
    if (refusal) throw WuyeError.conflict(`Deliberation item ${itemId} is ${item.state}: ${refusal}.`);
    if (ctx.now < item.updatedAt) throw WuyeError.conflict(`Deliberation item ${itemId} last moved at ${item.updatedAt.toISOString()}, after this request's clock (${ctx.now.toISOString()}).`);
    await sql(em, `insert into ${S}.deliberation_step (item_id, step, at, actor, actor_role, text) values (?, ?, ?, ?, ?, ?)`, [itemId, step, ctx.now, actorOf(ctx.viewer), ctx.viewer.role, text.trim()]);
    await sql(em, `update ${S}.deliberation set state = ?, updated_at = ? where id = ?`, [stateAfter([...done, step]), ctx.now, itemId]);
    return (await findDeliberation(em, itemId))!;
  });
}
