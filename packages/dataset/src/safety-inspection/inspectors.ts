// 执法检查人员名录库 — the inspector pools of the province, the cities and every county with served
// estates, and the inspectors' recorded connections to companies (回避关系). Ties go preferably to
// the companies serving many of the county's estates, so that draws meet (and avoid) them.

import { CITIES, PROVINCE } from '../fujian.js';
import { Rng, WeightedTable } from '../random.js';
import { personName } from '../registry/names.js';
import { housingBureau, numbered, type SafetyIndex, type ServedEstate } from './context.js';
import type { SafetyInspector, SafetyInspectorTie } from './types.js';

const RELATIONS = ['曾在该企业任职', '近亲属在该企业任职', '持有该企业股份', '曾为该企业提供咨询服务'];
/** the share of a pool with a recorded tie */
const TIED_SHARE = 0.2;

interface Pool {
  regionCode: string;
  agency: string;
  size: number;
  /** the estates whose companies its inspectors may be tied to */
  estates: readonly ServedEstate[];
}

export function generateInspectors(seed: number, scale: number, index: SafetyIndex): { inspectors: SafetyInspector[]; ties: SafetyInspectorTie[] } {
  const rng = new Rng(seed, 'safety-inspection/inspectors');
  const tieRng = new Rng(seed, 'safety-inspection/ties');
  const pools: Pool[] = [{ regionCode: PROVINCE.code, agency: housingBureau(PROVINCE.code, PROVINCE.name), size: 8, estates: index.served }];
  for (const city of CITIES) {
    const estates = index.servedByCity.get(city.code);
    if (estates) pools.push({ regionCode: city.code, agency: housingBureau(city.code, city.name), size: rng.int(4, 6), estates });
  }
  for (const [county, estates] of [...index.servedByCounty.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // large counties keep larger pools; a scaled province scales them too
    const size = Math.max(5, Math.min(12, Math.round((5 + Math.sqrt(estates.length / scale) / 6) * Math.sqrt(scale))));
    pools.push({ regionCode: county, agency: housingBureau(county, index.regionName(county)), size, estates });
  }

  const total = pools.reduce((sum, p) => sum + p.size, 0);
  const inspectors: SafetyInspector[] = [];
  const ties: SafetyInspectorTie[] = [];
  for (const pool of pools) {
    const members: SafetyInspector[] = [];
    for (let i = 0; i < pool.size; i++) {
      const inspector = { id: numbered('SAP', inspectors.length, total, 4), name: personName(rng), agency: pool.agency, regionCode: pool.regionCode };
      members.push(inspector);
      inspectors.push(inspector);
    }
    // companies weighted by the pool's estates they serve; one tied inspector per company and pool
    const served = new Map<string, number>();
    for (const e of pool.estates) served.set(e.companyId, (served.get(e.companyId) ?? 0) + 1);
    const companies = new WeightedTable([...served.keys()], (id) => served.get(id)! ** 1.5);
    const tied = new Set<string>();
    const tiedCount = Math.max(1, Math.round(pool.size * TIED_SHARE));
    for (const inspector of tieRng.shuffle(members).slice(0, Math.min(tiedCount, served.size))) {
      let companyId = companies.pick(tieRng);
      for (let attempt = 0; tied.has(companyId) && attempt < 50; attempt++) companyId = companies.pick(tieRng);
      if (tied.has(companyId)) continue;
      tied.add(companyId);
      ties.push({ inspectorId: inspector.id, companyId, relation: tieRng.pick(RELATIONS), recordedOn: tieRng.dateBetween('2021-01-01', '2023-12-31') });
    }
  }
  ties.sort((a, b) => (a.inspectorId < b.inspectorId ? -1 : a.inspectorId > b.inspectorId ? 1 : a.companyId < b.companyId ? -1 : 1));
  return { inspectors, ties };
}
