// Campaigns before they are numbered: each step plans its own, index.ts orders them by start date and
// gives campaigns, draws, inspections and findings their ids.

import type { ServedEstate } from './context.js';
import type { SafetyCampaign, SafetyDrawEstate, SafetyDrawInspector, SafetyFindingCategory } from './types.js';

export interface DrawSpec {
  seed: string;
  drawnAt: string;
  estateCount: number;
  inspectorCount: number;
  teamSize: number;
  eligible: SafetyDrawEstate[];
  pool: SafetyDrawInspector[];
  /** one per pick, in draw order */
  conductedOn: string[];
}

export interface VisitSpec {
  estate: ServedEstate;
  conductedOn: string;
  inspectorIds: string[];
}

export interface CampaignPlan {
  campaign: Omit<SafetyCampaign, 'id'>;
  /** RANDOM_DRAW: the draw that picks its estates and inspectors */
  draw: DrawSpec | null;
  /** the other kinds: estates chosen by the organiser */
  visits: VisitSpec[];
  /** categories the campaign looks for especially (their weights are multiplied) */
  emphasis: Partial<Record<SafetyFindingCategory, number>>;
}

/** results are published (一公开) some days after a campaign ends, if that day has come by AS_OF */
export const publishedOn = (endsOn: string, delay: number, addDays: (d: string, n: number) => string, lastDay: string): string | null => {
  const day = addDays(endsOn, delay);
  return day <= lastDay ? day : null;
};
