// Writes the safety-inspection slice of the demo province (@wuye/dataset) into an empty schema. Facts
// owned by registry (an estate's community, the company serving it) are copied from the registry
// slice, as the API copies them from registry. Each 双随机 check's picks are made here by the same
// draw function the API runs, from the seed and inputs the slice records — so every demo draw verifies.
import { generateProvince, generateSafetyInspection, type SafetyTransition } from '@wuye/dataset';
import { insertInChunks, sql, type SeedInput } from '@wuye/kit';
import { digest, DRAW_ALGORITHM, runDraw, canonicalInputs } from './draw/draw.js';
import { bulkInsert } from './bulk.js';
import { CampaignEntity, ChecklistItemEntity, ChecklistVersionEntity, InspectorEntity, InspectorTieEntity } from './entities/index.js';

const S = 'safety_inspection';

interface InspectionRow {
  id: string;
  campaignId: string;
  drawId: string | null;
  estateId: string;
  regionCode: string;
  companyId: string | null;
  conductedOn: string;
  inspectorIds: string[];
}

/** who acted, as a token subject would name them: the county official, or the company */
const actorSubject = (role: SafetyTransition['actorRole'], inspection: InspectionRow) =>
  role === 'COMPANY' ? `company:${inspection.companyId}` : `county_admin@${inspection.regionCode.slice(0, 6)}`;

export async function seedSafetyInspection({ em, scale, log }: SeedInput): Promise<Record<string, number>> {
  const { registry } = generateProvince({ scale });
  const slice = generateSafetyInspection({ scale });
  const estateRegion = new Map(registry.estates.map((e) => [e.id, e.regionCode]));
  const asOf = new Date('2024-09-09T16:00:00.000Z'); // 2024-09-10 00:00 in Fujian: when the copies were taken

  // the checks' picks, by the audited algorithm
  const draws = slice.draws.map((plan) => {
    const inputs = canonicalInputs({ algorithm: DRAW_ALGORITHM, seed: plan.seed, estateCount: plan.estateCount, inspectorCount: plan.inspectorCount, teamSize: plan.teamSize, eligible: plan.eligible, pool: plan.pool });
    return { plan, inputs, result: runDraw(inputs) };
  });
  const inspections: InspectionRow[] = [];
  for (const { plan, inputs, result } of draws) {
    const company = new Map(inputs.eligible.map((e) => [e.estateId, e.companyId]));
    result.assignments.forEach((assignment, k) => {
      const slot = plan.inspections[k]!;
      inspections.push({ id: slot.id, campaignId: plan.campaignId, drawId: plan.id, estateId: assignment.estateId, regionCode: estateRegion.get(assignment.estateId)!, companyId: company.get(assignment.estateId)!, conductedOn: slot.conductedOn, inspectorIds: assignment.inspectorIds });
    });
  }
  for (const v of slice.visits) inspections.push({ id: v.id, campaignId: v.campaignId, drawId: null, estateId: v.estateId, regionCode: estateRegion.get(v.estateId)!, companyId: v.companyId, conductedOn: v.conductedOn, inspectorIds: v.inspectorIds });
  inspections.sort((a, b) => (a.id < b.id ? -1 : 1));
  const inspectionById = new Map(inspections.map((i) => [i.id, i]));
  const campaignRegion = new Map(slice.campaigns.map((c) => [c.id, c.regionCode]));

  await em.transactional(async (tx) => {
    await bulkInsert(tx, `${S}.estate_roster`, [
      { name: 'estate_id', type: 'text', value: (e) => e.id },
      { name: 'region_code', type: 'text', value: (e) => e.regionCode },
      { name: 'company_id', type: 'text', value: (e) => e.companyId },
      { name: 'serving_since', type: 'date', value: () => null },
      { name: 'refreshed_at', type: 'timestamptz', value: () => asOf.toISOString() },
    ], registry.estates);
    await insertInChunks(tx, InspectorEntity, slice.inspectors.map((i) => ({ ...i, subject: null, active: true })));
    await insertInChunks(tx, InspectorTieEntity, slice.inspectorTies);
    await insertInChunks(tx, CampaignEntity, slice.campaigns);
    await bulkInsert(tx, `${S}.draw`, [
      { name: 'id', type: 'text', value: (d) => d.plan.id },
      { name: 'campaign_id', type: 'text', value: (d) => d.plan.campaignId },
      { name: 'algorithm', type: 'text', value: (d) => d.inputs.algorithm },
      { name: 'seed', type: 'text', value: (d) => d.inputs.seed },
      { name: 'drawn_at', type: 'timestamptz', value: (d) => d.plan.drawnAt },
      { name: 'estate_count', type: 'int', value: (d) => d.inputs.estateCount },
      { name: 'inspector_count', type: 'int', value: (d) => d.inputs.inspectorCount },
      { name: 'team_size', type: 'int', value: (d) => d.inputs.teamSize },
      { name: 'eligible', type: 'jsonb', value: (d) => JSON.stringify(d.inputs.eligible) },
      { name: 'pool', type: 'jsonb', value: (d) => JSON.stringify(d.inputs.pool) },
      { name: 'result', type: 'jsonb', value: (d) => JSON.stringify(d.result) },
      { name: 'inputs_digest', type: 'text', value: (d) => digest(d.inputs) },
      { name: 'result_digest', type: 'text', value: (d) => digest(d.result) },
      { name: 'drawn_by', type: 'text', value: (d) => `county_admin@${campaignRegion.get(d.plan.campaignId)}` },
    ], draws);
    await bulkInsert(tx, `${S}.inspection`, [
      { name: 'id', type: 'text', value: (i) => i.id },
      { name: 'campaign_id', type: 'text', value: (i) => i.campaignId },
      { name: 'draw_id', type: 'text', value: (i) => i.drawId },
      { name: 'estate_id', type: 'text', value: (i) => i.estateId },
      { name: 'region_code', type: 'text', value: (i) => i.regionCode },
      { name: 'company_id', type: 'text', value: (i) => i.companyId },
      { name: 'conducted_on', type: 'date', value: (i) => i.conductedOn },
    ], inspections);
    const teams = inspections.flatMap((i) => i.inspectorIds.map((inspectorId) => ({ inspectionId: i.id, inspectorId })));
    await bulkInsert(tx, `${S}.inspection_inspector`, [
      { name: 'inspection_id', type: 'text', value: (t) => t.inspectionId },
      { name: 'inspector_id', type: 'text', value: (t) => t.inspectorId },
    ], teams);

    const at = (f: (typeof slice.findings)[number], action: string) => f.transitions.filter((t) => t.action === action).at(-1)?.at ?? null;
    await bulkInsert(tx, `${S}.finding`, [
      { name: 'id', type: 'text', value: (f) => f.id },
      { name: 'inspection_id', type: 'text', value: (f) => f.inspectionId },
      { name: 'campaign_id', type: 'text', value: (f) => inspectionById.get(f.inspectionId)!.campaignId },
      { name: 'estate_id', type: 'text', value: (f) => inspectionById.get(f.inspectionId)!.estateId },
      { name: 'region_code', type: 'text', value: (f) => inspectionById.get(f.inspectionId)!.regionCode },
      { name: 'company_id', type: 'text', value: (f) => inspectionById.get(f.inspectionId)!.companyId },
      { name: 'category', type: 'text', value: (f) => f.category },
      { name: 'severity', type: 'text', value: (f) => f.severity },
      { name: 'description', type: 'text', value: (f) => f.description },
      { name: 'state', type: 'text', value: (f) => f.state },
      { name: 'raised_at', type: 'timestamptz', value: (f) => f.transitions[0]!.at },
      { name: 'notified_at', type: 'timestamptz', value: (f) => at(f, 'NOTIFY') },
      { name: 'deadline', type: 'date', value: (f) => f.deadline },
      // the latest rectification that still stands (a rejected one no longer counts)
      { name: 'rectified_at', type: 'timestamptz', value: (f) => (f.state === 'RECTIFIED' || f.state === 'VERIFIED' ? at(f, 'RECTIFY') : null) },
      { name: 'verified_at', type: 'timestamptz', value: (f) => at(f, 'VERIFY') },
    ], slice.findings);
    const transitions = slice.findings.flatMap((f) => f.transitions.map((t, k) => ({ findingId: f.id, seq: k + 1, t, inspection: inspectionById.get(f.inspectionId)! })));
    await bulkInsert(tx, `${S}.finding_transition`, [
      { name: 'finding_id', type: 'text', value: (r) => r.findingId },
      { name: 'seq', type: 'int', value: (r) => r.seq },
      { name: 'action', type: 'text', value: (r) => r.t.action },
      { name: 'from_state', type: 'text', value: (r) => r.t.from },
      { name: 'to_state', type: 'text', value: (r) => r.t.to },
      { name: 'at', type: 'timestamptz', value: (r) => r.t.at },
      { name: 'actor_role', type: 'text', value: (r) => r.t.actorRole },
      { name: 'actor_subject', type: 'text', value: (r) => actorSubject(r.t.actorRole, r.inspection) },
      { name: 'note', type: 'text', value: (r) => r.t.note },
    ], transitions);
    const evidence = slice.findings.flatMap((f) => f.evidence.map((e) => ({ findingId: f.id, ...e })));
    await bulkInsert(tx, `${S}.finding_evidence`, [
      { name: 'id', type: 'text', value: (e) => e.id },
      { name: 'finding_id', type: 'text', value: (e) => e.findingId },
      { name: 'stage', type: 'text', value: (e) => e.stage },
      { name: 'kind', type: 'text', value: (e) => e.kind },
      { name: 'file_ref', type: 'text', value: (e) => e.fileRef },
      { name: 'recorded_at', type: 'timestamptz', value: (e) => e.recordedAt },
    ], evidence);

    await insertInChunks(tx, ChecklistVersionEntity, slice.checklists.map(({ items: _items, ...v }) => v));
    await insertInChunks(tx, ChecklistItemEntity, slice.checklists.flatMap((v) => v.items.map((item, position) => ({ versionId: v.id, position: position + 1, ...item }))));
    await bulkInsert(tx, `${S}.self_inspection`, [
      { name: 'id', type: 'text', value: (s) => s.id },
      { name: 'estate_id', type: 'text', value: (s) => s.estateId },
      { name: 'company_id', type: 'text', value: (s) => s.companyId },
      { name: 'region_code', type: 'text', value: (s) => estateRegion.get(s.estateId)! },
      { name: 'month', type: 'date', value: (s) => s.month },
      { name: 'checklist_version_id', type: 'text', value: (s) => s.checklistVersionId },
      { name: 'submitted_on', type: 'date', value: (s) => s.submittedOn },
      // a comma-separated list, split in SQL (a text[][] parameter would have to be rectangular)
      { name: 'failed_item_codes', type: 'text', value: (s) => s.failedItemCodes.join(','), select: (ref) => `case when ${ref} = '' then '{}'::text[] else string_to_array(${ref}, ',') end` },
    ], slice.selfInspections);

    const sequences = {
      campaign: slice.campaigns.length,
      draw: slice.draws.length,
      inspection: inspections.length,
      finding: slice.findings.length,
      evidence: evidence.length,
      inspector: slice.inspectors.length,
      checklist_version: slice.checklists.length,
      self_inspection: slice.selfInspections.length,
    };
    for (const [sequence, count] of Object.entries(sequences)) await sql(tx, `select setval('${S}.${sequence}_id_seq', ?)`, [Math.max(count, 1)]);
  });
  const counts = {
    rosterEstates: registry.estates.length,
    inspectors: slice.inspectors.length,
    campaigns: slice.campaigns.length,
    draws: slice.draws.length,
    inspections: inspections.length,
    findings: slice.findings.length,
    selfInspections: slice.selfInspections.length,
  };
  log(`safety-inspection: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  return counts;
}
