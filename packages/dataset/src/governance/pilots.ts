// 完整社区: the first batch of 12 provincial complete-community pilots — one urban community in every city,
// a second in 福州, 厦门 and 泉州 — each with its 党群服务中心 (sign hung in plain view) and the estates of its
// community it serves.
import { CITIES } from '../fujian.js';
import { Rng } from '../random.js';
import type { RegistrySlice, ResidentialEstate } from '../types.js';
import { cityOf, dateIn, pad } from './common.js';
import { GOVERNANCE_FIGURES } from './figures.js';
import type { CompleteCommunityPilot } from './types.js';

const SECOND_PILOT = ['350100', '350200', '350500'];

export function generatePilots(seed: number, registry: RegistrySlice): CompleteCommunityPilot[] {
  const rng = new Rng(seed, 'governance/pilots');
  const estatesOf = new Map<string, ResidentialEstate[]>();
  for (const e of registry.estates) estatesOf.set(e.regionCode, [...(estatesOf.get(e.regionCode) ?? []), e]);
  const names = new Map(registry.regions.map((r) => [r.code, r.name]));
  // urban communities (社区, numbered 001–199) under 街道 with estates, the larger the likelier
  const candidates = registry.regions.filter((r) => r.level === 'COMMUNITY' && Number(r.code.slice(9)) < 200 && Number(r.code.slice(6, 9)) < 100 && (estatesOf.get(r.code)?.length ?? 0) >= 1);
  const quota = CITIES.map((c) => ({ city: c.code, n: 1 + (SECOND_PILOT.includes(c.code) ? 1 : 0) }));
  const picked = quota.flatMap(({ city, n }) => rng.sample(candidates.filter((r) => cityOf(r.code) === city), n, (r) => estatesOf.get(r.code)!.length ** 2));
  if (picked.length !== GOVERNANCE_FIGURES.pilots) throw new RangeError(`expected ${GOVERNANCE_FIGURES.pilots} pilots, made ${picked.length}`);
  return picked.map((community, i) => {
    const name = names.get(community.code)!;
    const district = names.get(community.code.slice(0, 6)) ?? '';
    const estates = estatesOf.get(community.code)!.slice(0, 8);
    return {
      id: `CCP${pad(i + 1, 2)}`,
      name: `${district}${name}完整社区建设试点`,
      communityCode: community.code,
      batch: 1,
      designatedOn: '2023-03-20',
      centreName: `${name}党群服务中心`,
      centreOpenedOn: dateIn(rng, '2023-04-01', '2023-12-31'),
      signHung: true,
      estateIds: estates.map((e) => e.id),
    };
  });
}
