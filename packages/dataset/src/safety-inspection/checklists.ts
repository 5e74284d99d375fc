// 安全检查要点 — the checklist of the companies' monthly self-inspection in the 闽政通 app, in two
// versions: the 2024 edition, and its June revision before the typhoon season (防台防汛 and 电动自行车
// items added). Fixed text, the same at every seed and scale.

import type { SafetyChecklistItem, SafetyChecklistVersion } from './types.js';

const BASE: SafetyChecklistItem[] = [
  { code: 'XF-01', category: 'FIRE_LANE_BLOCKED', text: '消防车通道、登高操作场地畅通，无占用、堵塞、封闭' },
  { code: 'XF-02', category: 'FIRE_EQUIPMENT', text: '室内外消火栓、灭火器、自动喷水灭火系统等消防设施器材完好有效' },
  { code: 'XF-03', category: 'FIRE_EQUIPMENT', text: '消防控制室24小时双人值班，值班人员持证上岗' },
  { code: 'XF-04', category: 'EVACUATION_BLOCKED', text: '疏散通道、安全出口畅通，应急照明和疏散指示标志完好' },
  { code: 'DC-01', category: 'E_BIKE_CHARGING', text: '电动自行车未在楼道、楼梯间等公共区域停放、充电，无“飞线”充电' },
  { code: 'DT-01', category: 'ELEVATOR', text: '电梯定期检验合格、维保记录完整，困人应急救援渠道畅通' },
  { code: 'WJ-01', category: 'ILLEGAL_CONSTRUCTION', text: '巡查发现的私搭乱建行为已及时劝阻并报告有关部门' },
  { code: 'ZX-01', category: 'ILLEGAL_RENOVATION', text: '装修登记和巡查到位，无拆改承重结构等违规装修' },
  { code: 'FZ-01', category: 'TYPHOON_FLOOD', text: '防台防汛应急预案、物资和值守人员落实' },
  { code: 'SS-01', category: 'STRUCTURE', text: '外墙、屋面、围墙等无脱落、坍塌隐患' },
  { code: 'QT-01', category: 'OTHER', text: '高空抛物防范宣传和监控设施到位' },
];

const JUNE_ADDITIONS: SafetyChecklistItem[] = [
  { code: 'DC-02', category: 'E_BIKE_CHARGING', text: '电动自行车集中充电设施运行正常，充电区域消防设施配置到位' },
  { code: 'FZ-02', category: 'TYPHOON_FLOOD', text: '地下车库、配电房等低洼部位挡水板、排水设施完好' },
  { code: 'FZ-03', category: 'TYPHOON_FLOOD', text: '台风来临前完成高空悬挂物、广告牌、树木加固排查' },
];

export const CHECKLISTS: SafetyChecklistVersion[] = [
  { id: 'SCL01', version: '2024版', title: '物业小区安全生产自查要点', effectiveFrom: '2024-01-01', items: BASE },
  { id: 'SCL02', version: '2024年修订版', title: '物业小区安全生产自查要点（汛期修订）', effectiveFrom: '2024-06-01', items: [...BASE, ...JUNE_ADDITIONS] },
];

/** the version in force on the first day of `month` (YYYY-MM-DD) */
export function checklistFor(month: string): SafetyChecklistVersion {
  let current: SafetyChecklistVersion | undefined;
  for (const version of CHECKLISTS) if (version.effectiveFrom <= month) current = version;
  if (!current) throw new RangeError(`no checklist in force on ${month}`);
  return current;
}
