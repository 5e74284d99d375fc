// "双随机、一公开" checks: 37 at scale 1, each one draw in one county, between March 2023 and August
// 2024. A check's eligible list is the served estates of its county (or, when a scaled province puts
// several checks in one county, a contiguous share of them), so the lists never overlap and the
// estates sampled are distinct. Its pool is the county's inspectors with their recorded ties.

import { apportion } from '../apportion.js';
import { addDays, dayNumber, isoDate } from '../dates.js';
import { Rng } from '../random.js';
import { chineseNumeral } from '../registry/names.js';
import { scaled } from '../registry/figures.js';
import { housingBureau, isoInstant, LAST_DAY, localMinutes, type SafetyIndex, type ServedEstate } from './context.js';
import { SAFETY_FIGURES } from './figures.js';
import { publishedOn, type CampaignPlan } from './plans.js';
import type { SafetyInspector, SafetyInspectorTie } from './types.js';

const FIRST_CHECK = '2023-03-01';
const LAST_CHECK = '2024-08-12';
const TEAM_SIZE = 2;
/** a draw picks at most this share of its eligible list */
const MAX_SAMPLED_SHARE = 0.6;

function hexSeed(rng: Rng): string {
  return Array.from({ length: 4 }, () => rng.int(0, 0xffff_ffff).toString(16).padStart(8, '0')).join('');
}

export function planRandomChecks(seed: number, scale: number, index: SafetyIndex, inspectors: SafetyInspector[], ties: SafetyInspectorTie[]): CampaignPlan[] {
  const rng = new Rng(seed, 'safety-inspection/random-checks');
  const seeds = new Rng(seed, 'safety-inspection/draw-seeds');
  const checks = scaled(SAFETY_FIGURES.randomChecks, scale);
  const sampled = scaled(SAFETY_FIGURES.estatesSampled, scale);

  // counties, larger ones likelier; a county hosts several checks only when there are more checks than counties
  const counties = [...index.servedByCounty.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const chosen = rng.sample(counties, Math.min(checks, counties.length), ([, estates]) => estates.length);
  const extra = apportion(checks - chosen.length, chosen.map(([, estates]) => estates.length));
  const areas: { county: string; estates: ServedEstate[]; batch: number }[] = [];
  chosen.forEach(([county, estates], i) => {
    const parts = 1 + (extra[i] ?? 0);
    for (let p = 0; p < parts; p++) {
      const from = Math.floor((p * estates.length) / parts);
      const to = Math.floor(((p + 1) * estates.length) / parts);
      areas.push({ county, estates: estates.slice(from, to), batch: p + 1 });
    }
  });
  const counts = apportion(sampled, areas.map((a) => Math.sqrt(a.estates.length)));

  const tiesOf = new Map<string, string[]>();
  for (const tie of ties) tiesOf.set(tie.inspectorId, [...(tiesOf.get(tie.inspectorId) ?? []), tie.companyId]);
  const first = dayNumber(FIRST_CHECK);
  const days = dayNumber(LAST_CHECK) - first;
  // the last check started on LAST_CHECK: its results are not yet published on AS_OF
  const starts = areas.map((_, i) => (i === 0 ? LAST_CHECK : isoDate(first + rng.int(0, days)))).sort();
  const order = rng.shuffle(areas.map((_, i) => i)); // which area is checked when

  return areas.map((_, k) => {
    const area = areas[order[k]!]!;
    const estateCount = counts[order[k]!]!;
    if (estateCount < 1 || estateCount > area.estates.length * MAX_SAMPLED_SHARE) {
      throw new RangeError(`scale ${scale}: a check of ${area.county} would sample ${estateCount} of ${area.estates.length} estates`);
    }
    const pool = inspectors.filter((i) => i.regionCode === area.county).map((i) => ({ inspectorId: i.id, companyIds: [...(tiesOf.get(i.id) ?? [])].sort() }));
    const startsOn = starts[k]!;
    const endsOn = [addDays(startsOn, rng.int(10, 20)), LAST_DAY].sort()[0]!;
    const year = startsOn.slice(0, 4);
    const countyName = index.regionName(area.county);
    return {
      campaign: {
        name: `${year}年${countyName}物业服务区域“双随机、一公开”抽查${area.batch > 1 ? `（第${chineseNumeral(area.batch)}批）` : ''}`,
        kind: 'RANDOM_DRAW',
        regionCode: area.county,
        organiser: housingBureau(area.county, countyName),
        startsOn,
        endsOn,
        quarter: null,
        focus: '物业服务区域消防安全、电动自行车停放充电、防台防汛、电梯及房屋使用安全',
        resultsPublishedOn: publishedOn(endsOn, rng.int(20, 30), addDays, LAST_DAY),
      },
      draw: {
        seed: hexSeed(seeds),
        drawnAt: isoInstant(localMinutes(startsOn, 9 * 60 + 30)),
        estateCount,
        inspectorCount: Math.min(pool.length, rng.int(4, 6)),
        teamSize: TEAM_SIZE,
        eligible: area.estates.map((e) => ({ estateId: e.id, companyId: e.companyId })),
        pool,
        conductedOn: Array.from({ length: estateCount }, () => rng.dateBetween(addDays(startsOn, 1), endsOn)),
      },
      visits: [],
      emphasis: {},
    };
  });
}
