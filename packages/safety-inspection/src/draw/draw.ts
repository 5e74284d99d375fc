// 双随机 — the auditable draw, a pure function of its recorded inputs: N estates from the eligible list
// and M inspectors from the pool (partial Fisher–Yates over the sorted ids, each driven by its own
// SHA-256 stream of the seed), then a team of inspectors for each estate in the order drawn, never one
// tied to the company serving the estate (回避). Same inputs, same result — on any machine, any time.
import { createHash } from 'node:crypto';
import { DrawStream } from './stream.js';

/** Recorded with every draw: a later version may change the algorithm, never what a version means. */
export const DRAW_ALGORITHM = 'wuye-draw/1';

export const SEED_PATTERN = /^[0-9A-Za-z_-]{8,128}$/;

export interface DrawEstate {
  estateId: string;
  /** the company serving the estate when the draw ran (null: none) */
  companyId: string | null;
}

export interface DrawInspector {
  inspectorId: string;
  /** the companies the inspector is recorded as connected to */
  companyIds: string[];
}

export interface DrawInputs {
  algorithm: string;
  seed: string;
  /** N */
  estateCount: number;
  /** M */
  inspectorCount: number;
  /** inspectors per estate */
  teamSize: number;
  eligible: DrawEstate[];
  pool: DrawInspector[];
}

export interface DrawAssignment {
  estateId: string;
  inspectorIds: string[];
}

export interface DrawResult {
  /** in the order drawn */
  estateIds: string[];
  /** in the order drawn */
  inspectorIds: string[];
  /** one per estate, in the order drawn; each team in the order assigned */
  assignments: DrawAssignment[];
}

/** Why a draw cannot be made: bad inputs (`field` names which), or no team free of ties for an estate. */
export class DrawError extends Error {
  constructor(
    readonly reason: 'INVALID_INPUT' | 'NO_VALID_ASSIGNMENT',
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'DrawError';
  }
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The inputs as recorded: id lists sorted, tie lists sorted and deduplicated — the order given never matters. */
export function canonicalInputs(inputs: Omit<DrawInputs, 'algorithm'> & { algorithm?: string }): DrawInputs {
  return {
    algorithm: inputs.algorithm ?? DRAW_ALGORITHM,
    seed: inputs.seed,
    estateCount: inputs.estateCount,
    inspectorCount: inputs.inspectorCount,
    teamSize: inputs.teamSize,
    eligible: inputs.eligible.map((e) => ({ estateId: e.estateId, companyId: e.companyId })).sort((a, b) => byString(a.estateId, b.estateId)),
    pool: inputs.pool.map((p) => ({ inspectorId: p.inspectorId, companyIds: [...new Set(p.companyIds)].sort(byString) })).sort((a, b) => byString(a.inspectorId, b.inspectorId)),
  };
}

function validate(inputs: DrawInputs): void {
  const fail = (field: string, message: string) => {
    throw new DrawError('INVALID_INPUT', field, message);
  };
  if (inputs.algorithm !== DRAW_ALGORITHM) fail('algorithm', `unknown algorithm "${inputs.algorithm}" (this platform runs ${DRAW_ALGORITHM})`);
  if (!SEED_PATTERN.test(inputs.seed)) fail('seed', 'must be 8–128 letters, digits, "-" or "_"');
  const duplicate = (ids: string[]) => ids.find((id, i) => i > 0 && ids[i - 1] === id);
  const estates = inputs.eligible.map((e) => e.estateId);
  const inspectors = inputs.pool.map((p) => p.inspectorId);
  if (duplicate(estates)) fail('eligible', `estate ${duplicate(estates)} is listed twice`);
  if (duplicate(inspectors)) fail('pool', `inspector ${duplicate(inspectors)} is listed twice`);
  const count = (field: string, n: number, max: number, what: string) => {
    if (!Number.isInteger(n) || n < 1) fail(field, 'must be a positive integer');
    if (n > max) fail(field, `cannot pick ${n}: only ${max} ${what}`);
  };
  count('estateCount', inputs.estateCount, estates.length, 'eligible estates');
  count('inspectorCount', inputs.inspectorCount, inspectors.length, 'inspectors in the pool');
  count('teamSize', inputs.teamSize, inputs.inspectorCount, 'inspectors are drawn');
}

/** `count` items of `items` in the order drawn: the first `count` steps of a Fisher–Yates shuffle. */
export function partialShuffle<T>(items: readonly T[], count: number, stream: DrawStream): T[] {
  const a = items.slice();
  for (let i = 0; i < count; i++) {
    const j = i + stream.below(a.length - i);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a.slice(0, count);
}

/**
 * Runs a draw. The teams: for each estate in the order drawn, each seat goes to one of the drawn
 * inspectors not yet on the team and not tied to the estate's company, among those the fewest
 * estates so far, chosen by the 'assign' stream — a conflicting inspector is thus redrawn
 * deterministically. Since an inspector may serve any number of estates, this fails exactly when some
 * estate has fewer untied drawn inspectors than seats: then no valid assignment exists.
 */
export function runDraw(given: Omit<DrawInputs, 'algorithm'> & { algorithm?: string }): DrawResult {
  const inputs = canonicalInputs(given);
  validate(inputs);
  const estates = partialShuffle(inputs.eligible, inputs.estateCount, new DrawStream(inputs.seed, 'estates'));
  const inspectors = partialShuffle(inputs.pool, inputs.inspectorCount, new DrawStream(inputs.seed, 'inspectors'));
  const assign = new DrawStream(inputs.seed, 'assign');
  const load = new Map(inspectors.map((i) => [i.inspectorId, 0]));
  const assignments = estates.map((estate): DrawAssignment => {
    const team: string[] = [];
    for (let seat = 0; seat < inputs.teamSize; seat++) {
      const free = inspectors.filter((i) => !team.includes(i.inspectorId) && (estate.companyId === null || !i.companyIds.includes(estate.companyId)));
      if (free.length === 0) {
        const untied = inspectors.filter((i) => estate.companyId === null || !i.companyIds.includes(estate.companyId)).length;
        throw new DrawError(
          'NO_VALID_ASSIGNMENT',
          'inspectorCount',
          `回避: estate ${estate.estateId} is served by company ${estate.companyId}, to which ${inspectors.length - untied} of the ${inspectors.length} inspectors drawn are tied; a team of ${inputs.teamSize} cannot be formed from the other ${untied}. Draw more inspectors, a smaller team or another seed.`,
        );
      }
      const fewest = Math.min(...free.map((i) => load.get(i.inspectorId)!));
      const candidates = free.filter((i) => load.get(i.inspectorId) === fewest);
      const chosen = candidates[assign.below(candidates.length)]!;
      team.push(chosen.inspectorId);
      load.set(chosen.inspectorId, fewest + 1);
    }
    return { estateId: estate.estateId, inspectorIds: team };
  });
  return { estateIds: estates.map((e) => e.estateId), inspectorIds: inspectors.map((i) => i.inspectorId), assignments };
}

/** JSON with every object's keys sorted (arrays keep their order): the same text for the same content, however stored. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => byString(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 (hex) of a value's canonical JSON — of the inputs, or of a result — published with the draw. */
export function digest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}

export interface DrawVerification {
  matches: boolean;
  recomputed: DrawResult | null;
  /** why it could not be recomputed (the recorded inputs are refused) */
  problem: string | null;
}

/** Re-runs a recorded draw from its recorded inputs and compares the result with the recorded one. */
export function verifyDraw(inputs: DrawInputs, recorded: DrawResult): DrawVerification {
  try {
    const recomputed = runDraw(inputs);
    return { matches: digest(recomputed) === digest(recorded), recomputed, problem: null };
  } catch (error) {
    if (error instanceof DrawError) return { matches: false, recomputed: null, problem: error.message };
    throw error;
  }
}
