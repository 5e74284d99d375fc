// Plausible synthetic Chinese names: places, roads, estates, companies and people. Uniqueness is the
// caller's concern (see `uniqueName`); these only make one candidate per call.

import type { Rng } from '../random.js';
import type { EstateCategory } from '../types.js';

const chars = (text: string): string[] => Array.from(text);
const words = (text: string): string[] => text.split(' ');

// Syllables of southern-Fujian place names (东渡, 滨海, 梅岭, 后埔 …)
const PLACE_FIRST = chars('东西南北中上下前后新旧大小龙凤金银玉华兴福安康和平永长文明清秀锦宝盛祥瑞鹭梅桂榕松竹兰桃云霞海湖江溪滨洪塘荷莲白青乌石高岭古');
const PLACE_SECOND = chars('山湖江桥塘坑岭头洋埔厝亭园门浦港溪洲坂美林峰阳光坪岗城庄河渡田丰源泉湾岩石厦墩尾寨垵');

function placeName(rng: Rng): string {
  const first = rng.pick(PLACE_FIRST);
  let second = rng.pick(PLACE_SECOND);
  while (second === first) second = rng.pick(PLACE_SECOND);
  return first + second;
}

export type StreetKind = '街道' | '镇' | '乡';
export type CommunityKind = '社区' | '村';

export function streetName(rng: Rng, kind: StreetKind): string {
  return placeName(rng) + kind;
}

export function communityName(rng: Rng, kind: CommunityKind): string {
  return placeName(rng) + kind;
}

const ROAD_SUFFIX = words('路 路 路 街 大道 东路 西路 南路 北路 中路');

export function roadName(rng: Rng): string {
  return placeName(rng) + rng.pick(ROAD_SUFFIX);
}

// Estate names by category: developers' brands and flowery words for commodity housing, work-unit
// dormitories for housing-reform and fund-raised housing, village names for self-built and resettlement.
const BRANDS = words('万科 保利 世茂 融侨 建发 联发 中海 碧桂园 阳光城 泰禾 正荣 融信 禹洲 金辉 三盛 旭辉 龙湖 招商 华润 绿城 国贸 象屿 中骏 宝龙');
const ESTATE_WORDS = words('海湾 碧水 锦绣 金域 翠湖 阳光 星河 滨江 君临 紫荆 书香 鹭港 观澜 翡翠 江南 明珠 御景 盛世 天骄 望海 湖畔 榕城 凤凰 金山 银滩 东方 世纪 蓝湾 香榭 锦江 丽景 宝龙 尚城 半岛 悦府 璟园 云顶 九龙 清华 玉兰 桂园 海韵 溪山 泉山 鼓山 闽江 五缘 天湖 梧桐 春天 左岸 公园 领秀 时代 学府 怡景 嘉园 新天地 中央 壹号');
const COMMODITY_SUFFIX = words('花园 花园 小区 华庭 名苑 公馆 雅苑 家园 新城 豪庭 华府 广场 国际 天地 湾 苑 府 城 公寓 山庄 名邸 大厦 一品 水岸');
const OLD_SUFFIX = words('新村 小区 里 公寓 大院 新苑');
const WORK_UNITS = words('粮食局 供电局 交通局 税务局 教育局 卫生局 邮电局 物资局 商业局 水利局 纺织厂 机械厂 罐头厂 化工厂 糖厂 造纸厂 印刷厂 电厂 汽车站 第一中学 第二中学 人民医院 中医院 烟草公司 建设银行 工商银行 农业银行 百货公司 市政公司 供销社 电视台 自来水公司');
const REFORM_SUFFIX = words('宿舍 宿舍 家属区 住宅区 职工楼');
const FUND_RAISED_SUFFIX = words('集资楼 集资房 集资小区');
const SELF_BUILT_SUFFIX = words('自建房片区 村民住宅区 民房片区');
const RESETTLEMENT_SUFFIX = words('安置小区 安置房 保障房小区 新苑 安居小区');
const PHASES = words('一期 二期 三期 四期');

/** a work unit, often with the place its housing stands (东渡粮食局): a county has many of each */
function workUnit(rng: Rng): string {
  return (rng.chance(0.5) ? placeName(rng) : '') + rng.pick(WORK_UNITS);
}

export function estateName(rng: Rng, category: EstateCategory): string {
  switch (category) {
    case 'COMMODITY': {
      const base = rng.chance(0.35)
        ? rng.pick(BRANDS) + (rng.chance(0.3) ? '' : rng.pick(ESTATE_WORDS)) + rng.pick(COMMODITY_SUFFIX)
        : rng.pick(ESTATE_WORDS) + rng.pick(COMMODITY_SUFFIX);
      return rng.chance(0.2) ? base + rng.pick(PHASES) : base;
    }
    case 'OLD':
      return rng.chance(0.4) ? workUnit(rng) + rng.pick(REFORM_SUFFIX) : placeName(rng) + rng.pick(OLD_SUFFIX);
    case 'HOUSING_REFORM':
      return workUnit(rng) + rng.pick(REFORM_SUFFIX);
    case 'FUND_RAISED':
      return workUnit(rng) + rng.pick(FUND_RAISED_SUFFIX);
    case 'SELF_BUILT':
      return placeName(rng) + rng.pick(SELF_BUILT_SUFFIX);
    case 'RESETTLEMENT':
      return placeName(rng) + rng.pick(RESETTLEMENT_SUFFIX);
  }
}

// Companies: "<region><trade name><kind>", e.g. 福建鑫源物业服务有限公司, 厦门城投物业管理有限公司
const TRADE_FIRST = chars('鑫宏盛嘉恒锦信安华泰永隆榕鹭闽海兴祥瑞佳优家和诚达润源利正中新天金联众合宜');
const TRADE_SECOND = chars('源达泰盛安信和诚居邦佳悦美宁康辉丰城湾峰业联航远鸿晟森');
const STATE_TRADES = words('城投 城建 国投 安居 城发 交投 港务 国资 水务 文旅 建工 轨道 产投 国控 高新');
const COMPANY_SUFFIX = words('物业服务有限公司 物业服务有限公司 物业管理有限公司 物业管理有限公司 物业服务集团有限公司 物业发展有限公司 智慧物业服务有限公司');

/** two distinct characters, sometimes three (鑫源, 宏达, 嘉和悦) */
function tradeName(rng: Rng): string {
  const picked = [rng.pick(TRADE_FIRST)];
  const length = rng.chance(0.15) ? 3 : 2;
  while (picked.length < length) {
    const next = rng.pick(TRADE_SECOND);
    if (!picked.includes(next)) picked.push(next);
  }
  return picked.join('');
}

export function companyName(rng: Rng, region: string, stateOwned: boolean): string {
  return region + (stateOwned && rng.chance(0.6) ? rng.pick(STATE_TRADES) : tradeName(rng)) + rng.pick(COMPANY_SUFFIX);
}

// People: Fujian's common surnames, weighted roughly by frequency
const SURNAMES = chars('陈林黄张吴王李郑刘杨蔡许洪苏曾周谢叶方庄江卢何游邱罗徐高朱詹魏傅肖余柯翁颜潘施郭');
const SURNAME_WEIGHTS = SURNAMES.map((_, i) => (i < 4 ? 12 : i < 10 ? 5 : 2));
const GIVEN = chars('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华文建国志婷玲斌辉凤红雪梅琳鑫宇浩晨思欣佳俊丹燕峰海亮金荣春玉龙瑞福清德永水秋菊惠珍琴兴发源晖榕鹭');

export function personName(rng: Rng): string {
  const surname = rng.weightedPick(SURNAMES, SURNAME_WEIGHTS);
  return surname + rng.pick(GIVEN) + (rng.chance(0.7) ? rng.pick(GIVEN) : '');
}

const DIGITS = chars('零一二三四五六七八九');

/** 1 → 一, 12 → 十二, 40 → 四十; from 100 on, Arabic digits (only disambiguators get that far) */
export function chineseNumeral(n: number): string {
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10 ? (DIGITS[n % 10] as string) : '';
  if (tens === 0) return DIGITS[n] as string;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones}`;
}

/**
 * A name not yet in `used` (and adds it): a few random candidates, then numbered variants of the
 * last one ("二区", "三区" …) so that even a crowded namespace terminates.
 */
export function uniqueName(
  used: Set<string>,
  candidate: () => string,
  numbered: (base: string, n: number) => string,
): string {
  let name = candidate();
  for (let attempt = 0; used.has(name) && attempt < 20; attempt++) name = candidate();
  const base = name;
  for (let n = 2; used.has(name); n++) name = numbered(base, n);
  used.add(name);
  return name;
}
