// 物业管理联席会议: streets (街道) convene the departments regularly on property-management problems; each
// resolution has an owning department and a deadline, and is followed up until done (some overdue).
import { addDays } from '../dates.js';
import { Rng } from '../random.js';
import type { RegistrySlice } from '../types.js';
import { dateIn, LAST_DAY, pad } from './common.js';
import type { JointMeeting } from './types.js';

const DEPARTMENTS = ['住建局', '城管局', '公安分局', '消防救援大队', '市场监管局', '司法所', '供电公司', '自来水公司', '社区居委会'];
const MATTERS: [string, string, string][] = [
  ['小区消防通道长期被占用', '开展消防通道专项整治，施划标线并设置警示牌', '消防救援大队'],
  ['老旧小区无物业服务', '推动无物业小区纳入兜底服务', '住建局'],
  ['小区违建屡禁不止', '联合执法拆除屋顶违建', '城管局'],
  ['物业企业退出交接不畅', '督促原物业企业限期移交资料', '住建局'],
  ['电动车入户充电隐患', '增设集中充电设施', '供电公司'],
  ['物业服务收费投诉集中', '开展物业收费专项检查', '市场监管局'],
  ['业主与物业矛盾激化', '启动诉调对接，引导调解', '司法所'],
  ['二次供水水质反映', '组织水质检测并督促清洗水箱', '自来水公司'],
];

export function generateJointMeetings(seed: number, registry: RegistrySlice): JointMeeting[] {
  const rng = new Rng(seed, 'governance/meetings');
  // 街道 (codes numbered 001–099) with estates
  const withEstates = new Set(registry.estates.map((e) => e.regionCode.slice(0, 9)));
  const streets = registry.regions.filter((r) => r.level === 'STREET' && Number(r.code.slice(6)) < 100 && withEstates.has(r.code));
  const chosen = rng.sample(streets, Math.min(160, streets.length), () => 1);
  const drafts: Omit<JointMeeting, 'id'>[] = [];
  for (const street of chosen) {
    for (let n = rng.int(1, 4); n > 0; n--) {
      const heldOn = dateIn(rng, '2023-01-01', LAST_DAY);
      const matters = rng.shuffle(MATTERS).slice(0, rng.int(1, 3));
      const departments = [...new Set([...matters.map((m) => m[2]), ...rng.shuffle(DEPARTMENTS).slice(0, rng.int(2, 4))])];
      drafts.push({
        streetCode: street.code,
        heldOn,
        topic: `${street.name}${heldOn.slice(0, 4)}年物业管理联席会议`,
        departments,
        matters: matters.map((m) => m[0]),
        resolutions: matters.map(([, text, owner]) => {
          const deadline = addDays(heldOn, rng.int(15, 60));
          const doneOn = addDays(heldOn, rng.int(7, 75));
          const done = doneOn <= LAST_DAY && rng.chance(0.88);
          return { id: '', text, ownerDepartment: owner, deadline, doneOn: done ? doneOn : null };
        }),
      });
    }
  }
  drafts.sort((a, b) => (a.heldOn + a.streetCode < b.heldOn + b.streetCode ? -1 : 1));
  let resolutionNo = 0;
  return drafts.map((m, i) => ({ ...m, id: `JM${pad(i + 1, 4)}`, resolutions: m.resolutions.map((r) => ({ ...r, id: `JR${pad(++resolutionNo, 5)}` })) }));
}
