// The safety-inspection slice (安全监管): inspector pools and their ties (回避), campaigns of the four
// kinds — 37 "双随机" checks recorded as draws, "四不两直" checks, quarterly 驻守督导, special campaigns —,
// their inspections and findings with the rectification history, the self-inspection checklist's
// versions and the companies' monthly self-inspections of 2024. Each step draws from its own stream
// ('safety-inspection/<purpose>'), so the registry and every other slice stay as they are.

import type { RegistrySlice } from '../types.js';
import { CHECKLISTS } from './checklists.js';
import { indexRegistry, numbered } from './context.js';
import { generateFindings, type InspectionSlot } from './findings.js';
import { generateInspectors } from './inspectors.js';
import type { CampaignPlan } from './plans.js';
import { planRandomChecks } from './random-checks.js';
import { generateSelfInspections } from './self-inspections.js';
import type { SafetyCampaign, SafetyDrawPlan, SafetyInspectionSlice, SafetyVisit } from './types.js';
import { planVisitCampaigns } from './visits.js';

export { checklistFor, CHECKLISTS } from './checklists.js';
export { AS_OF_INSTANT, DEADLINE_DAYS, FIRE_CATEGORIES, SAFETY_FIGURES, SELF_INSPECTION_MONTHS } from './figures.js';

const KIND_ORDER: SafetyCampaign['kind'][] = ['RANDOM_DRAW', 'UNANNOUNCED', 'RESIDENT_SUPERVISION', 'SPECIAL'];

/** The slice for a registry generated with the same seed and scale (not memoised: see generateSafetyInspection). */
export function generateSafetyInspectionSlice(seed: number, scale: number, registry: RegistrySlice): SafetyInspectionSlice {
  const index = indexRegistry(registry);
  const { inspectors, ties } = generateInspectors(seed, scale, index);
  const plans: CampaignPlan[] = [...planRandomChecks(seed, scale, index, inspectors, ties), ...planVisitCampaigns(seed, scale, index, inspectors, ties)];
  // numbered in the order they started
  plans.sort(
    (a, b) =>
      (a.campaign.startsOn < b.campaign.startsOn ? -1 : a.campaign.startsOn > b.campaign.startsOn ? 1 : 0) ||
      KIND_ORDER.indexOf(a.campaign.kind) - KIND_ORDER.indexOf(b.campaign.kind) ||
      (a.campaign.regionCode < b.campaign.regionCode ? -1 : a.campaign.regionCode > b.campaign.regionCode ? 1 : 0),
  );
  const inspectionTotal = plans.reduce((sum, p) => sum + (p.draw?.estateCount ?? 0) + p.visits.length, 0);
  const drawTotal = plans.filter((p) => p.draw).length;

  const campaigns: SafetyCampaign[] = [];
  const draws: SafetyDrawPlan[] = [];
  const visits: SafetyVisit[] = [];
  const slots: InspectionSlot[] = [];
  const nextInspectionId = () => numbered('SAI', slots.length, inspectionTotal, 5);
  plans.forEach((plan, i) => {
    const campaign = { id: numbered('SAC', i, plans.length, 4), ...plan.campaign };
    campaigns.push(campaign);
    if (plan.draw) {
      const { conductedOn, ...draw } = plan.draw;
      const inspections = conductedOn.map((day) => {
        const slot = { id: nextInspectionId(), conductedOn: day, drawn: true, emphasis: plan.emphasis };
        slots.push(slot);
        return { id: slot.id, conductedOn: day };
      });
      draws.push({ id: numbered('SAD', draws.length, drawTotal, 4), campaignId: campaign.id, ...draw, inspections });
    }
    for (const visit of plan.visits) {
      const slot = { id: nextInspectionId(), conductedOn: visit.conductedOn, drawn: false, emphasis: plan.emphasis };
      slots.push(slot);
      visits.push({ id: slot.id, campaignId: campaign.id, estateId: visit.estate.id, companyId: visit.estate.companyId, conductedOn: visit.conductedOn, inspectorIds: visit.inspectorIds });
    }
  });

  return {
    inspectors,
    inspectorTies: ties,
    campaigns,
    draws,
    visits,
    findings: generateFindings(seed, scale, slots),
    checklists: CHECKLISTS,
    selfInspections: generateSelfInspections(seed, index),
  };
}
