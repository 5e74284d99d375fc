// 行风监督员: the 72 deputies, committee members, special supervisors, journalists and lawyers the
// department invited to supervise the drive, eight per city, and their open and unannounced visits
// (明察暗访) to estates of their city.

import { AS_OF, maxDate } from '../dates.js';
import { CITIES } from '../fujian.js';
import { Rng } from '../random.js';
import { personName } from '../registry/names.js';
import { DRIVE_START, PUBLIC_REVENUE_FIGURES } from './figures.js';
import type { RevenueEstate, RevenueSupervisor, RevenueSupervisorCategory, RevenueSupervisorVisit } from './types.js';

/** how many of each, 72 in all */
const CATEGORIES: [RevenueSupervisorCategory, number][] = [['NPC_DEPUTY', 18], ['CPPCC_MEMBER', 16], ['SPECIAL_SUPERVISOR', 14], ['JOURNALIST', 12], ['LAWYER', 12]];

const affiliation = (category: RevenueSupervisorCategory, city: string, rng: Rng): string => {
  switch (category) {
    case 'NPC_DEPUTY': return `${city}人大代表`;
    case 'CPPCC_MEMBER': return `${city}政协委员`;
    case 'SPECIAL_SUPERVISOR': return `${city}纪委监委特约监察员`;
    case 'JOURNALIST': return rng.pick(['福建日报社', '东南卫视', `${city.replace('市', '')}日报社`, '海峡都市报']) + '记者';
    case 'LAWYER': return `福建${rng.pick(['闽信', '君立', '天衡', '建达', '联合信实', '融成'])}律师事务所律师`;
  }
};

const FINDINGS_CLEAN = ['公示内容完整，账目清楚', '线上线下公示一致', '业主知晓率较高'];
const FINDINGS_PROBLEMS = ['停车收入未单独列账', '公告栏公示内容未及时更新', '广告收入合同未公开', '支出凭证不全', '业主对维修支出有异议', '线下公示位置不醒目'];

export function generateSupervisors(seed: number, estates: RevenueEstate[]): { supervisors: RevenueSupervisor[]; visits: RevenueSupervisorVisit[] } {
  const rng = new Rng(seed, 'public-revenue/supervisors');
  const categories = rng.shuffle(CATEGORIES.flatMap(([category, n]) => Array.from({ length: n }, () => category)));
  const perCity = PUBLIC_REVENUE_FIGURES.supervisors / CITIES.length;
  const names = new Set<string>();
  const supervisors = categories.map((category, i): RevenueSupervisor => {
    const city = CITIES[Math.floor(i / perCity)]!;
    let name = personName(rng);
    while (names.has(name)) name = personName(rng);
    names.add(name);
    return { id: `SV${String(i + 1).padStart(2, '0')}`, name, category, affiliation: affiliation(category, city.name, rng), regionCode: city.code, appointedOn: rng.dateBetween(DRIVE_START, '2021-12-31') };
  });

  const visitRng = new Rng(seed, 'public-revenue/visits');
  const estatesByCity = new Map<string, RevenueEstate[]>();
  for (const e of estates) {
    const city = `${e.regionCode.slice(0, 4)}00`;
    estatesByCity.set(city, [...(estatesByCity.get(city) ?? []), e]);
  }
  const drafts: Omit<RevenueSupervisorVisit, 'id'>[] = [];
  for (const s of supervisors) {
    const pool = estatesByCity.get(s.regionCode) ?? [];
    if (pool.length === 0) continue;
    for (let n = visitRng.int(2, 6); n > 0; n--) {
      const estate = visitRng.pick(pool);
      const problems = visitRng.chance(0.45) ? visitRng.int(1, 3) : 0;
      const findings = problems === 0 ? visitRng.pick(FINDINGS_CLEAN) : visitRng.shuffle(FINDINGS_PROBLEMS).slice(0, problems).join('；');
      drafts.push({
        supervisorId: s.id,
        estateId: estate.estateId,
        regionCode: estate.regionCode,
        visitedOn: visitRng.dateBetween(maxDate(s.appointedOn, DRIVE_START), '2024-09-09'),
        mode: visitRng.chance(0.55) ? 'UNANNOUNCED' : 'OPEN',
        findings,
        problemsFound: problems,
      });
    }
  }
  drafts.sort((a, b) => (a.visitedOn < b.visitedOn ? -1 : a.visitedOn > b.visitedOn ? 1 : 0));
  if (drafts.some((v) => v.visitedOn >= AS_OF)) throw new RangeError('a visit after the seed date');
  return { supervisors, visits: drafts.map((v, i) => ({ id: `SVV${String(i + 1).padStart(4, '0')}`, ...v })) };
}
