// 议事协商: matters owners raise at 群众接待日, 业主恳谈会, 民主协商议事会 and — in 三明 — 近邻恳谈会, and where
// each was settled: "小事不出小区、大事不出社区" — most in the estate, some in the community, few at the street.
import { addDays, AS_OF } from '../dates.js';
import { Rng } from '../random.js';
import type { RegistrySlice } from '../types.js';
import { dateIn, LAST_DAY, pad } from './common.js';
import type { DeliberationForum, DeliberationMatter, SettlementLevel } from './types.js';

const SUBJECTS = ['楼道堆物清理', '电动车集中充电点选址', '小区停车秩序整治', '二次供水水箱清洗', '绿化带改建停车位', '老旧电梯加装与更新', '垃圾分类投放点调整', '外墙渗漏维修', '物业费调整说明', '公共收益使用方案', '健身器材增设', '噪音扰民协调', '宠物管理公约', '监控设备增设', '屋顶违建整改'];
const LEVELS: [SettlementLevel, number, [number, number]][] = [['ESTATE', 72, [1, 14]], ['COMMUNITY', 21, [7, 30]], ['STREET', 5, [15, 60]]];

export function generateMatters(seed: number, scale: number, registry: RegistrySlice): DeliberationMatter[] {
  const rng = new Rng(seed, 'governance/deliberation');
  const count = Math.round(3_000 * scale);
  const rows: Omit<DeliberationMatter, 'id'>[] = [];
  for (let i = 0; i < count; i++) {
    const estate = rng.pick(registry.estates);
    const sanming = estate.regionCode.startsWith('3504');
    const forum: DeliberationForum = sanming && rng.chance(0.6) ? 'NEIGHBOUR_TALK' : rng.weightedPick(['RECEPTION_DAY', 'OWNERS_TALK', 'COUNCIL'] as const, [45, 40, 15]);
    const raisedOn = dateIn(rng, '2023-01-01', LAST_DAY);
    const open = rng.chance(0.02) || raisedOn > addDays(AS_OF, -5);
    const [level, , [min, max]] = rng.weightedPick(LEVELS, LEVELS.map((l) => l[1]));
    const settledOn = open ? null : addDays(raisedOn, rng.int(min, max));
    const settled = settledOn !== null && settledOn <= LAST_DAY;
    rows.push({ estateId: estate.id, regionCode: estate.regionCode, forum, subject: rng.pick(SUBJECTS), raisedOn, settledLevel: settled ? level : null, settledOn: settled ? settledOn : null });
  }
  rows.sort((a, b) => (a.raisedOn < b.raisedOn ? -1 : a.raisedOn > b.raisedOn ? 1 : 0));
  return rows.map((m, i) => ({ id: `GM${pad(i + 1, 6)}`, ...m }));
}
