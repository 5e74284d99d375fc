// 整治任务清单: the province's and the cities' rectification tasks — 57 in all — each with the department
// answerable for it, a deadline, and, once done, its 销号 (closure) with the evidence given.

import { addDays, AS_OF, minDate } from '../dates.js';
import { CITIES } from '../fujian.js';
import { Rng } from '../random.js';
import { PUBLIC_REVENUE_FIGURES, DRIVE_START } from './figures.js';
import type { RevenueTask } from './types.js';

const PROVINCE_TASKS: [title: string, department: string][] = [
  ['制定全省住宅小区公共收益管理指导意见', '省住房和城乡建设厅物业管理处'],
  ['建立全省住宅小区公共收益信息管理系统', '省住房和城乡建设厅物业管理处'],
  ['在闽政通app开通业主查询入口', '省大数据管理局'],
  ['组织开展"物业服务宣传月"活动', '省住房和城乡建设厅物业管理处'],
  ['组织开展区域交叉检查', '省住房和城乡建设厅物业管理处'],
  ['使用闽政通app按比例开展公共收益抽查', '省住房和城乡建设厅物业管理处'],
  ['邀请行风监督员开展明察暗访', '省纪委监委驻厅纪检监察组'],
  ['因地制宜开展公共收益第三方审计', '省审计厅'],
  ['形成问题清单、销号清单并推进整改', '省住房和城乡建设厅物业管理处'],
  ['会同省直部门定期会商、联合督导', '省市场监督管理局'],
  ['督促物业服务企业规范缴存公共收益', '省住房和城乡建设厅物业管理处'],
  ['梳理信访、12345热线投诉和负面舆情并闭环销号', '省信访局'],
];

const CITY_TASKS: [title: string, department: string][] = [
  ['住宅小区公共收益线上线下双公示全覆盖', '住房和城乡建设局'],
  ['停车、广告等公共收益专项清查', '市场监督管理局'],
  ['物业服务企业公共收益单独列账核查', '住房和城乡建设局'],
  ['公共收益投诉问题闭环销号', '信访局'],
  ['公共收益专项审计', '审计局'],
];

const EVIDENCE = [
  '整改报告及工作台账已报省工作专班备案',
  '公示截图及抽查记录已上传公共收益信息管理系统',
  '审计报告及整改清单已归档',
  '专项清查报告及问题销号清单已报送',
  '会议纪要及部署文件已归档',
];

export function generateTasks(seed: number): RevenueTask[] {
  const rng = new Rng(seed, 'public-revenue/tasks');
  const drafts: Omit<RevenueTask, 'id' | 'status' | 'closedOn' | 'evidence'>[] = [];
  for (const [title, department] of PROVINCE_TASKS) {
    const assignedOn = rng.dateBetween(DRIVE_START, '2022-06-30');
    drafts.push({ level: 'PROVINCE', regionCode: '350000', title, department, assignedOn, deadline: addDays(assignedOn, rng.int(90, 540)) });
  }
  for (const city of CITIES) {
    for (const [title, department] of CITY_TASKS.slice(0, PUBLIC_REVENUE_FIGURES.tasksPerCity)) {
      const assignedOn = rng.dateBetween('2021-06-01', '2023-12-31');
      drafts.push({ level: 'CITY', regionCode: city.code, title: city.name + title, department: city.name + department, assignedOn, deadline: addDays(assignedOn, rng.int(120, 600)) });
    }
  }
  // the open ones: mostly the latest assigned, whose deadlines are still ahead or only just passed
  const open = new Set(rng.sample(drafts, PUBLIC_REVENUE_FIGURES.openTasks, (t) => (t.assignedOn >= '2023-01-01' ? 6 : 1)));
  return drafts.map((task, i) => {
    const closed = !open.has(task);
    const closedOn = closed ? minDate(addDays(AS_OF, -1), addDays(task.deadline, -rng.int(-30, 60))) : null;
    return {
      id: `RT${String(i + 1).padStart(3, '0')}`,
      ...task,
      status: closed ? 'CLOSED' : 'OPEN',
      closedOn: closedOn && closedOn < task.assignedOn ? addDays(task.assignedOn, 30) : closedOn,
      evidence: closed ? rng.pick(EVIDENCE) : null,
    };
  });
}
