// Writes the governance slice of the demo province (@wuye/dataset) into an empty schema — a few
// thousand rows, through the kit's chunked bulk inserts — and moves the id sequences past it.
import { generateGovernance, generateProvince } from '@wuye/dataset';
import { insertInChunks, sql, type SeedInput } from '@wuye/kit';
import {
  EnforcementEntity, GridIntegrationEntity, JointMeetingEntity, JointResolutionEntity, MatterEntity, MediationCaseEntity, MediationPartyEntity,
  MediatorEntity, PilotEntity, PilotEstateEntity, RenovationEntity, RenovationEstateEntity,
} from './entities/index.js';

const SEEDED_BY = 'official@350000';

export async function seedGovernance({ em, scale, log }: SeedInput): Promise<Record<string, number>> {
  const slice = generateGovernance({ scale });
  const regionOf = new Map(generateProvince({ scale }).registry.estates.map((e) => [e.id, e.regionCode]));
  const resolutions = slice.jointMeetings.flatMap((m) => m.resolutions.map((r) => ({ ...r, meetingId: m.id, streetCode: m.streetCode, heldOn: m.heldOn })));
  await em.transactional(async (tx) => {
    await insertInChunks(tx, GridIntegrationEntity, slice.gridIntegrations.map((g) => ({ ...g, recordedBy: SEEDED_BY })));
    await insertInChunks(tx, JointMeetingEntity, slice.jointMeetings.map((m) => ({ id: m.id, streetCode: m.streetCode, heldOn: m.heldOn, topic: m.topic, departments: [...m.departments], matters: [...m.matters], recordedBy: `official@${m.streetCode}` })));
    await insertInChunks(tx, JointResolutionEntity, resolutions.map((r) => ({
      id: r.id, meetingId: r.meetingId, streetCode: r.streetCode, text: r.text, ownerDepartment: r.ownerDepartment, deadline: r.deadline,
      state: r.doneOn ? 'DONE' : 'OPEN', doneOn: r.doneOn, doneNote: r.doneOn ? `${r.ownerDepartment}已办结` : null,
    })));
    await insertInChunks(tx, MatterEntity, slice.matters.map((m) => ({ ...m, resolution: m.settledLevel ? '经协商达成一致' : null })));
    await insertInChunks(tx, MediatorEntity, slice.mediators.map((m) => ({ ...m, active: true })));
    await insertInChunks(tx, MediationCaseEntity, slice.mediations.map(({ parties: _p, ...c }) => ({ ...c, outcomeNote: c.state === 'AGREEMENT' ? '双方达成调解协议' : c.concludedOn ? '调解不成' : null })));
    await insertInChunks(tx, MediationPartyEntity, slice.mediations.flatMap((c) => c.parties.map((p, i) => ({ caseId: c.id, partyNo: i + 1, side: p.side, name: p.name, companyId: p.companyId }))));
    await insertInChunks(tx, EnforcementEntity, slice.enforcement.map((a) => ({ ...a })));
    await insertInChunks(tx, PilotEntity, slice.pilots.map(({ estateIds: _e, ...p }) => ({ ...p })));
    await insertInChunks(tx, PilotEstateEntity, slice.pilots.flatMap((p) => p.estateIds.map((estateId) => ({ pilotId: p.id, estateId, regionCode: regionOf.get(estateId)! }))));
    await insertInChunks(tx, RenovationEntity, slice.renovations.map(({ estateIds: _e, ...r }) => ({ ...r, services: [...r.services] })));
    await insertInChunks(tx, RenovationEstateEntity, slice.renovations.flatMap((r) => r.estateIds.map((estateId) => ({ projectId: r.id, estateId, regionCode: regionOf.get(estateId)! }))));
    const sequences: Record<string, number> = {
      meeting: slice.jointMeetings.length, resolution: resolutions.length, matter: slice.matters.length, mediator: slice.mediators.length,
      mediation: slice.mediations.length, enforcement: slice.enforcement.length, pilot: slice.pilots.length, renovation: slice.renovations.length,
    };
    for (const [sequence, count] of Object.entries(sequences)) await sql(tx, `select setval('governance.${sequence}_id_seq', ?)`, [Math.max(count, 1)]);
    const tables = await sql<{ tablename: string }>(tx, `select tablename from pg_tables where schemaname = 'governance'`);
    for (const { tablename } of tables) await sql(tx, `analyze governance."${tablename}"`);
  });
  const counts = {
    gridIntegrations: slice.gridIntegrations.length, jointMeetings: slice.jointMeetings.length, resolutions: resolutions.length, matters: slice.matters.length,
    mediators: slice.mediators.length, mediations: slice.mediations.length, enforcement: slice.enforcement.length, pilots: slice.pilots.length, renovations: slice.renovations.length,
  };
  log(`governance: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  return counts;
}
