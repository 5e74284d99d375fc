// The regulations slice (法规制度): the national law and provincial documents the seed names, with their
// versions (《福建省物业管理条例》 and its 2023 amendment is the showcase), the provincial drafts of 2024,
// and the cities' local policies — 111 new ones in 2023, as the seed says.
//
// Independent of the registry (documents are keyed by region code), so it has its own memoised entry
// point rather than a field of generateProvince: the registry slice is untouched by it. It draws only
// from its own streams ('regulations/…'). Most article text is synthetic or paraphrased; every
// document says so in `syntheticText` and `note`.

import { resolveOptions } from '../options.js';
import type { DatasetOptions } from '../types.js';
import { buildDocuments } from './build.js';
import { localPolicySpecs } from './local-policies.js';
import { FUJIAN_REGULATION } from './fujian-regulation.js';
import { CIVIL_CODE, PROPERTY_MANAGEMENT_REGULATIONS } from './national.js';
import { CREDIT_MEASURES, ELEVEN_DEPARTMENT_NOTICE, IMPLEMENTING_OPINION, PROVINCIAL_DRAFTS, PUBLICITY_NOTICE, SUPPORTING_POLICIES } from './provincial.js';
import type { RegulationsSlice } from './types.js';

export { LOCAL_DRAFTS, LOCAL_POLICIES_PER_YEAR } from './local-policies.js';
export { TOPIC_CODES } from './topics.js';

const slices = new Map<string, RegulationsSlice>();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The regulations of the demo province, generated once per seed and scale and shared (deeply frozen).
 * The hand-written documents are the same at every scale; the cities' synthetic policies scale.
 */
export function generateRegulations(options: DatasetOptions = {}): RegulationsSlice {
  const { seed, scale } = resolveOptions(options);
  const key = `${seed}:${scale}`;
  let slice = slices.get(key);
  if (!slice) {
    const specs = [
      CIVIL_CODE,
      PROPERTY_MANAGEMENT_REGULATIONS,
      FUJIAN_REGULATION,
      PUBLICITY_NOTICE,
      IMPLEMENTING_OPINION,
      CREDIT_MEASURES,
      ...SUPPORTING_POLICIES,
      ELEVEN_DEPARTMENT_NOTICE,
      ...PROVINCIAL_DRAFTS,
      ...localPolicySpecs(seed, scale).sort((a, b) => (a.versions[0]!.draftedOn < b.versions[0]!.draftedOn ? -1 : a.versions[0]!.draftedOn > b.versions[0]!.draftedOn ? 1 : 0)),
    ];
    slice = deepFreeze({ documents: buildDocuments(specs) });
    slices.set(key, slice);
  }
  return slice;
}
