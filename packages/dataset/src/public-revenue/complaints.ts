// Complaints about public revenue from 信访 (petitions), the 12345 hotline and public opinion (舆情), each
// handled as a closed loop: received → assigned → answered → closed (闭环销号), every step with its time.
// Those received in the last weeks before the seed's date are still on their way.

import { addDays, AS_OF, dayNumber } from '../dates.js';
import { CITIES } from '../fujian.js';
import { Rng } from '../random.js';
import { scaled } from '../registry/figures.js';
import { personName } from '../registry/names.js';
import { DRIVE_START, PUBLIC_REVENUE_FIGURES } from './figures.js';
import { chinaInstant } from './quarters.js';
import type { RevenueComplaintSource, RevenueComplaintStep, RevenueComplaint, RevenueEstate } from './types.js';

const SOURCES: RevenueComplaintSource[] = ['PETITION', 'HOTLINE_12345', 'PUBLIC_OPINION'];
const SOURCE_WEIGHTS = [25, 60, 15];
const SUMMARIES = [
  '小区停车收益去向不明，要求公开明细',
  '电梯广告收入未按季度公示',
  '物业公司将公共收益计入经营收入',
  '公共收益支出项目未经业主大会同意',
  '线下公告栏长期未更新收支情况',
  '闽政通查询不到本小区公共收益',
  '快递柜、充电桩场地费未纳入公共收益',
  '业委会与物业公司对公共收益分成有争议',
];
const DEPARTMENTS = ['住房和城乡建设局', '市场监督管理局', '街道办事处', '物业管理服务中心'];
const ANSWERS = ['已责成物业服务企业补充公示并向业主说明', '经核查，相关收益已纳入公共收益账户', '已约谈物业服务企业负责人，限期整改', '已组织业委会与企业协商，达成一致'];

export function generateComplaints(seed: number, scale: number, estates: RevenueEstate[]): RevenueComplaint[] {
  const rng = new Rng(seed, 'public-revenue/complaints');
  const count = scaled(PUBLIC_REVENUE_FIGURES.complaints, scale);
  const first = dayNumber(DRIVE_START);
  const last = dayNumber(AS_OF) - 1;
  const drafts: Omit<RevenueComplaint, 'id'>[] = [];
  for (let i = 0; i < count; i++) {
    const estate = rng.pick(estates);
    const source = rng.weightedPick(SOURCES, SOURCE_WEIGHTS);
    // more of them lately: the drive made complaining easier
    const day = first + Math.floor((last - first + 1) * rng.next() ** 0.7);
    const received = addDays(DRIVE_START, day - first);
    const city = CITIES.find((c) => c.code === `${estate.regionCode.slice(0, 4)}00`)!.name;
    const steps: RevenueComplaintStep[] = [{ step: 'RECEIVED', at: chinaInstant(received, rng.int(8 * 60, 18 * 60)), actor: source === 'HOTLINE_12345' ? '12345便民服务平台' : source === 'PETITION' ? '信访局' : '舆情监测中心', department: null, note: source === 'PUBLIC_OPINION' ? '网络舆情监测发现' : '群众反映' }];
    const assigned = addDays(received, rng.int(0, 2));
    const answered = addDays(assigned, rng.int(3, 15));
    const closed = addDays(answered, rng.int(1, 10));
    const department = rng.pick(DEPARTMENTS);
    const answer = rng.pick(ANSWERS);
    if (assigned < AS_OF) steps.push({ step: 'ASSIGNED', at: chinaInstant(assigned, rng.int(19 * 60, 20 * 60)), actor: `${city}公共收益整治工作专班`, department, note: `转${department}办理` });
    if (answered < AS_OF) steps.push({ step: 'ANSWERED', at: chinaInstant(answered, rng.int(9 * 60, 18 * 60)), actor: department, department: null, note: answer });
    if (closed < AS_OF) steps.push({ step: 'CLOSED', at: chinaInstant(closed, rng.int(9 * 60, 18 * 60)), actor: `${city}公共收益整治工作专班`, department: null, note: rng.chance(0.9) ? '群众满意，销号' : '已答复解释，销号' });
    drafts.push({
      source,
      estateId: estate.estateId,
      companyId: estate.companyId,
      regionCode: estate.regionCode,
      complainantName: source === 'PUBLIC_OPINION' ? null : personName(rng),
      summary: rng.pick(SUMMARIES),
      steps,
    });
  }
  drafts.sort((a, b) => (a.steps[0]!.at < b.steps[0]!.at ? -1 : a.steps[0]!.at > b.steps[0]!.at ? 1 : 0));
  return drafts.map((c, i) => ({ id: `CP${String(i + 1).padStart(5, '0')}`, ...c }));
}
