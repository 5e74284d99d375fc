// 执法进社区: departments' enforcement at estates against 私搭乱建, 违规装修 and 占用消防通道, with outcomes;
// recent actions are still pending.
import { addDays } from '../dates.js';
import { Rng } from '../random.js';
import type { RegistrySlice } from '../types.js';
import { dateIn, LAST_DAY, pad } from './common.js';
import type { EnforcementAction, EnforcementDepartment, EnforcementOutcome, EnforcementViolation } from './types.js';

const VIOLATIONS: [EnforcementViolation, number, EnforcementDepartment[], number[], string[]][] = [
  ['ILLEGAL_CONSTRUCTION', 40, ['URBAN_MANAGEMENT', 'HOUSING'], [80, 20], ['屋顶搭建彩钢棚', '一楼院落违建', '阳台外扩']],
  ['ILLEGAL_RENOVATION', 30, ['HOUSING', 'URBAN_MANAGEMENT'], [60, 40], ['拆改承重墙', '擅自改变房屋外立面', '违规开挖地下室']],
  ['FIRE_LANE_BLOCKED', 30, ['FIRE', 'POLICE', 'URBAN_MANAGEMENT'], [55, 30, 15], ['私家车占用消防通道', '杂物堵塞消防通道', '地桩地锁占用消防登高场地']],
];
const OUTCOMES: Record<EnforcementViolation, [EnforcementOutcome[], number[]]> = {
  ILLEGAL_CONSTRUCTION: [['RECTIFIED', 'FINED', 'DEMOLISHED'], [45, 15, 40]],
  ILLEGAL_RENOVATION: [['RECTIFIED', 'FINED'], [75, 25]],
  FIRE_LANE_BLOCKED: [['RECTIFIED', 'FINED'], [85, 15]],
};

export function generateEnforcement(seed: number, scale: number, registry: RegistrySlice): EnforcementAction[] {
  const rng = new Rng(seed, 'governance/enforcement');
  const rows: Omit<EnforcementAction, 'id'>[] = [];
  for (let i = Math.round(1_500 * scale); i > 0; i--) {
    const estate = rng.pick(registry.estates);
    const [violation, , departments, weights, notes] = rng.weightedPick(VIOLATIONS, VIOLATIONS.map((v) => v[1]));
    const foundOn = dateIn(rng, '2023-01-01', LAST_DAY);
    const concludedOn = addDays(foundOn, rng.int(1, 45));
    const pending = concludedOn > LAST_DAY || rng.chance(0.03);
    rows.push({
      estateId: estate.id,
      regionCode: estate.regionCode,
      department: rng.weightedPick(departments, weights),
      violation,
      foundOn,
      outcome: pending ? 'PENDING' : rng.weightedPick(...OUTCOMES[violation]),
      concludedOn: pending ? null : concludedOn,
      note: rng.pick(notes),
    });
  }
  rows.sort((a, b) => (a.foundOn < b.foundOn ? -1 : a.foundOn > b.foundOn ? 1 : 0));
  return rows.map((a, i) => ({ id: `EA${pad(i + 1, 6)}`, ...a }));
}
