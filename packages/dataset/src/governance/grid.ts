// 一网统管: which counties merged their urban-management grid with the community grid, set up "镇街吹哨、
// 部门报到" and connected their platforms — exactly 35 / 41 / 17 counties. Every city has at least two
// 吹哨报到 counties; the rest lean to the populous urban districts. Grids are merged after 吹哨报到 is in
// place and platforms connected only where grids are merged, later.
import { addDays } from '../dates.js';
import { COUNTIES, type County } from '../fujian.js';
import { Rng } from '../random.js';
import { dateIn } from './common.js';
import { GOVERNANCE_FIGURES } from './figures.js';
import type { GridIntegration } from './types.js';

const EVIDENCE = {
  WHISTLE_REPORT: (c: County) => `${c.name}城市管理局印发《关于建立“镇街吹哨、部门报到”工作机制的通知》，明确报到部门与响应时限`,
  GRID_MERGED: (c: County) => `${c.name}委政法委、城市管理局联合印发《城管网格与基层社区网格融合实施方案》，城管网格员纳入社区网格统一管理`,
  PLATFORM_CONNECTED: (c: County) => `${c.name}智慧城管平台与基层治理平台完成数据对接，事件双向流转、闭合督办`,
} as const;

export function generateGridIntegrations(seed: number): GridIntegration[] {
  const rng = new Rng(seed, 'governance/grid');
  const counties = COUNTIES.filter((c) => c.weight > 0);
  const byCity = new Map<string, County[]>();
  for (const c of counties) byCity.set(c.cityCode, [...(byCity.get(c.cityCode) ?? []), c]);
  // two per city first (by weight), then the rest of the 41 by weight
  const whistle = new Set<County>();
  for (const list of byCity.values()) for (const c of rng.sample(list, Math.min(2, list.length), (x) => x.weight)) whistle.add(c);
  const rest = counties.filter((c) => !whistle.has(c));
  for (const c of rng.sample(rest, GOVERNANCE_FIGURES.whistleReport - whistle.size, (x) => x.weight)) whistle.add(c);
  const whistleList = counties.filter((c) => whistle.has(c));
  const merged = rng.sample(whistleList, GOVERNANCE_FIGURES.gridsMerged, (x) => x.weight + 5);
  const connected = rng.sample(merged, GOVERNANCE_FIGURES.platformsConnected, (x) => x.weight + 5);

  const rows: GridIntegration[] = [];
  const dates = new Map<string, string>();
  for (const c of whistleList) {
    const on = dateIn(rng, '2020-06-01', '2023-06-30');
    dates.set(`${c.code}|W`, on);
    rows.push({ countyCode: c.code, milestone: 'WHISTLE_REPORT', achievedOn: on, evidence: EVIDENCE.WHISTLE_REPORT(c) });
  }
  for (const c of merged) {
    const on = dateIn(rng, addDays(dates.get(`${c.code}|W`)!, 30), '2024-03-31');
    dates.set(`${c.code}|M`, on);
    rows.push({ countyCode: c.code, milestone: 'GRID_MERGED', achievedOn: on, evidence: EVIDENCE.GRID_MERGED(c) });
  }
  for (const c of connected) {
    const on = dateIn(rng, addDays(dates.get(`${c.code}|M`)!, 60), '2024-08-31');
    rows.push({ countyCode: c.code, milestone: 'PLATFORM_CONNECTED', achievedOn: on, evidence: EVIDENCE.PLATFORM_CONNECTED(c) });
  }
  return rows.sort((a, b) => (a.countyCode + a.milestone < b.countyCode + b.milestone ? -1 : 1));
}
