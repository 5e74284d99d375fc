// What the synthetic local policies (各地出台的物业管理政策制度) are made of: per topic, the phrases of their
// titles and the provisions they contain. SYNTHETIC: written for the demo, not taken from real documents.

import type { RegulationTopicCode } from './types.js';

export interface TopicTemplate {
  /** for "关于{verb}的通知" */
  verbs: string[];
  /** for "{noun}管理办法" */
  nouns: string[];
  provisions: string[];
}

export const TEMPLATES: Record<RegulationTopicCode, TopicTemplate> = {
  PARTY_BUILDING: {
    verbs: ['推进物业党建联建工作', '加强党建引领物业服务管理', '推动“红色物业”建设', '加强住宅小区党支部建设'],
    nouns: ['物业党建联建工作', '物业党建阵地建设'],
    provisions: [
      '推动物业服务企业、小区党支部与社区党组织开展党建联建，符合条件的物业服务企业应当单独建立党组织，暂不具备条件的，采取联合建、挂靠建等方式实现党的组织覆盖。',
      '对暂不具备组建党组织条件的住宅小区，由街道社区党组织派驻党建指导员，推动实现党的工作有效覆盖。',
      '推动符合条件的业主委员会委员和物业服务企业党员负责人担任社区党组织兼职委员，推动小区党支部与业主委员会双向交叉任职。',
      '建设红色物业服务中心、党群服务中心等物业党建阵地，每个街道至少建成一个示范性物业党建阵地。',
      '将物业服务企业党建工作情况纳入信用评价，对党建工作成效突出的物业服务企业予以信用加分。',
      '建成一批“有机制、有队伍、有活动、有阵地”的示范性小区党支部，发挥党员在小区治理中的先锋模范作用。',
    ],
  },
  PUBLIC_REVENUE: {
    verbs: ['规范住宅小区公共收益管理', '深化公共收益“点题整治”', '推行公共收益线上线下双公示'],
    nouns: ['住宅小区公共收益', '公共收益线上公示'],
    provisions: [
      '利用住宅小区共用部位、共用设施设备经营所得的停车、广告、场地租赁等收入，扣除合理成本后属于全体业主共有的公共收益，应当单独列账、专款专用。',
      '物业服务企业应当每季度在小区公示栏和闽政通app同步公示公共收益收支情况，实现线上线下双公示，公示时间不少于三十日。',
      '各县（市、区）物业管理主管部门要依托全省住宅小区公共收益信息管理系统，对逾期未公示、收支异常的小区自动预警、自动通报、自动排名。',
      '对侵占、挪用公共收益的，责令限期退还，并将相关情况纳入物业服务企业信用评价；涉嫌违纪违法的，移送有关部门处理。',
      '公共收益主要用于补充专项维修资金，也可以经业主大会决定用于小区设施设备改造、公共秩序维护等共同事项。',
      '聘请行风监督员对公共收益管理情况开展明察暗访，对信访、12345便民热线投诉反映的问题建立清单、闭环销号。',
    ],
  },
  MAINTENANCE_FUND: {
    verbs: ['加强住宅专项维修资金管理', '简化专项维修资金应急使用程序'],
    nouns: ['住宅专项维修资金', '住宅专项维修资金应急使用'],
    provisions: [
      '发生电梯故障、消防设施损坏、屋面外墙渗漏等紧急情况的，可以按照应急程序申请使用专项维修资金，物业管理主管部门应当在五个工作日内完成审核。',
      '专项维修资金管理机构应当每年向业主公布专项维修资金的交存、使用和结存情况。',
      '专项维修资金余额不足首期交存额百分之三十的，业主应当按照规定续交。',
      '专项维修资金的使用应当经业主共同决定，使用方案和费用决算应当在小区内公示。',
    ],
  },
  OWNERS_COMMITTEE: {
    verbs: ['规范业主委员会运作', '提升业主委员会组建率'],
    nouns: ['业主大会和业主委员会', '临时物业管理委员会'],
    provisions: [
      '街道办事处、乡（镇）人民政府应当指导符合条件的住宅小区依法成立业主大会、选举业主委员会，提高业主委员会组建率。',
      '业主委员会应当每季度公开工作情况、业主大会决定事项和财务收支情况，接受业主监督。',
      '业主委员会换届选举前，街道党工委、社区党组织应当对候选人资格进行把关。',
      '业主委员会委员不得利用职务便利索取或者收受物业服务企业财物，不得擅自使用业主大会印章。',
      '未成立业主委员会的住宅小区，可以由街道组织成立临时物业管理委员会，代行业主委员会职责。',
    ],
  },
  SERVICE_CONTRACT: {
    verbs: ['规范物业服务合同备案管理'],
    nouns: ['物业服务合同备案', '前期物业服务合同'],
    provisions: [
      '建设单位和业主委员会应当自物业服务合同签订之日起十五日内，向县（市、区）物业管理主管部门办理合同备案。',
      '物业管理主管部门应当对物业服务合同进行备案审查，发现合同内容违反法律法规规定的，不予备案并书面说明理由。',
      '物业服务合同应当约定服务事项、服务标准、收费标准、维修资金使用、服务期限和交接等内容，推广使用物业服务合同示范文本。',
      '物业服务合同期满未续签的，原物业服务企业应当在退出前三个月告知业主委员会，做好交接工作。',
    ],
  },
  DISCLOSURE: {
    verbs: ['推行物业服务事项公开公示'],
    nouns: ['物业服务事项公开公示'],
    provisions: [
      '物业服务企业应当在小区显著位置公开公示服务内容、服务标准、收费项目、收费标准和投诉电话。',
      '推行物业服务事项“线上+线下”公开，业主可以通过闽政通app查询本小区物业服务信息。',
      '物业服务企业未按照规定公开公示的，由物业管理主管部门责令限期改正，并纳入信用评价。',
    ],
  },
  CREDIT_EVALUATION: {
    verbs: ['加强物业服务企业信用管理'],
    nouns: ['物业服务企业信用评价', '物业服务企业信用信息'],
    provisions: [
      '物业管理主管部门应当依托全省物业服务企业信用评价信息系统，对辖区内物业服务企业的经营行为作出动态评价。',
      '信用评价结果应用于物业服务招标投标、评优评先和日常监管，对信用等级较低的企业增加检查频次。',
      '物业服务企业开展居家养老、助餐等服务的，按照规定予以信用加分。',
      '街道社区党组织对物业服务企业的评价意见作为信用评价的重要指标。',
    ],
  },
  SAFETY: {
    verbs: ['加强物业服务区域消防安全管理', '做好住宅小区防台防汛工作'],
    nouns: ['物业服务区域消防安全', '住宅小区安全生产自查'],
    provisions: [
      '物业服务企业应当每月使用闽政通app对照安全检查要点开展物业小区安全生产自查，发现隐患及时整改。',
      '物业服务企业应当保持消防车通道畅通，对占用、堵塞消防通道的行为及时劝阻并报告有关部门。',
      '台风、暴雨来临前，物业服务企业应当做好防台防汛准备，加强对地下车库、电梯、外墙附着物等重点部位的巡查。',
      '物业管理主管部门应当会同消防救援机构对高层住宅小区开展消防安全专项检查，督促整改消防问题。',
      '组织开展“四不两直”安全生产检查，检查结果纳入物业服务企业信用评价。',
    ],
  },
  SERVICE_QUALITY: {
    verbs: ['开展物业服务质量“双随机”检查', '开展“美好家园”示范小区选树活动'],
    nouns: ['物业服务质量“双随机”检查'],
    provisions: [
      '物业服务质量检查实行“双随机、一公开”，随机抽取检查小区和检查人员，检查结果向社会公开。',
      '每季度开展驻守督导，对检查发现的问题形成问题清单和销号清单，督促物业服务企业限期整改。',
      '开展“加强物业管理 共建美好家园”示范小区选树活动，引导物业服务企业规范服务。',
    ],
  },
  BIDDING: {
    verbs: ['规范物业管理招标投标活动'],
    nouns: ['物业管理招标投标'],
    provisions: [
      '住宅物业的建设单位应当通过公开招标方式选聘前期物业服务企业；投标人少于三个或者住宅规模较小的，经批准可以采用协议方式选聘。',
      '物业管理招标投标活动应当在公共资源交易平台进行，评标专家从物业管理专家库中随机抽取。',
      '招标人应当在发布招标公告前向物业管理主管部门备案招标文件。',
    ],
  },
  EXPERT_POOL: {
    verbs: ['建立物业管理专家库'],
    nouns: ['物业管理专家库'],
    provisions: [
      '建立本市物业管理专家库，专家库成员参与物业管理招标评标、纠纷调处和政策咨询。',
      '专家库实行动态管理，每两年调整一次，对违规违纪的专家取消入库资格。',
    ],
  },
  FALLBACK_SERVICE: {
    verbs: ['推动无物业服务小区兜底服务', '推行“大物业”管理模式', '推进老旧小区物业服务全覆盖'],
    nouns: ['无物业服务小区兜底服务', '“大物业”管理模式'],
    provisions: [
      '对无物业服务的住宅小区，按照“大物业”管理模式，将其与邻近小区捆绑打包，统一委托物业服务企业管理。',
      '通过政府购买服务方式平衡“肥瘦搭配”，对接管老旧小区的物业服务企业给予适当补助。',
      '支持社区党组织领办公益性物业服务企业，按照“服务居民、公益为主、低标准收费”的原则提供兜底物业服务。',
      '对暂不具备专业化物业服务条件的小区，推行“党支部+业委会+民主协商议事会”自治管理模式。',
      '各县（市、区）要按照三年行动目标制定兜底服务计划，确保无物业服务小区实现兜底物业服务全覆盖。',
    ],
  },
  DISPUTE_RESOLUTION: {
    verbs: ['加强物业矛盾纠纷多元化解', '建立物业管理联席会议制度'],
    nouns: ['物业管理联席会议', '物业纠纷诉调对接'],
    provisions: [
      '街道建立物业管理联席会议制度，定期研究解决物业管理重点难点问题。',
      '小区党支部定期召集业委会、物业服务企业及业主协商共议小区公共事务，做到小事不出小区、大事不出社区。',
      '建立物业纠纷诉调对接机制，由物业管理行业协会牵头成立专业调解机构，化解物业矛盾纠纷。',
      '将住宅小区物业管理纳入社区网格统一管理，业主反映的问题通过网格系统及时解决反馈。',
    ],
  },
  SERVICE_FEES: {
    verbs: ['规范住宅物业服务收费'],
    nouns: ['住宅物业服务收费'],
    provisions: [
      '普通住宅前期物业服务收费实行政府指导价，具体标准由市价格主管部门会同物业管理主管部门制定并公布。',
      '物业服务企业不得擅自提高收费标准或者增加收费项目，不得采取停水停电等方式催交物业费。',
      '物业服务收费标准调整的，应当经业主共同决定，并提前三十日公示。',
    ],
  },
};

/** How a title is made, and what its form implies for level, issuer and numbering. */
export interface TitleForm {
  kind: 'verb' | 'noun';
  pattern: (phrase: string) => string;
  /** what the text calls itself: 本意见, 本办法 … */
  self: string;
  level: 'NORMATIVE_DOCUMENT' | 'IMPLEMENTING_RULES';
  numbering: 'ARTICLE' | 'ITEM';
  /** issued by the city government's office rather than the housing bureau */
  byGovernment: boolean;
}

export const TITLE_FORMS: readonly TitleForm[] = [
  { kind: 'verb', pattern: (p) => `关于${p}的实施意见`, self: '本意见', level: 'NORMATIVE_DOCUMENT', numbering: 'ITEM', byGovernment: true },
  { kind: 'verb', pattern: (p) => `关于${p}的通知`, self: '本通知', level: 'NORMATIVE_DOCUMENT', numbering: 'ITEM', byGovernment: false },
  { kind: 'verb', pattern: (p) => `关于${p}的若干措施`, self: '本措施', level: 'NORMATIVE_DOCUMENT', numbering: 'ITEM', byGovernment: true },
  { kind: 'verb', pattern: (p) => `${p}工作方案`, self: '本方案', level: 'NORMATIVE_DOCUMENT', numbering: 'ITEM', byGovernment: false },
  { kind: 'noun', pattern: (p) => `${p}管理办法`, self: '本办法', level: 'NORMATIVE_DOCUMENT', numbering: 'ARTICLE', byGovernment: false },
  { kind: 'noun', pattern: (p) => `${p}实施细则`, self: '本细则', level: 'IMPLEMENTING_RULES', numbering: 'ARTICLE', byGovernment: false },
  { kind: 'noun', pattern: (p) => `${p}工作指引`, self: '本指引', level: 'NORMATIVE_DOCUMENT', numbering: 'ITEM', byGovernment: false },
];

/** the city's abbreviation in document numbers (榕建房〔2023〕12号) and its housing authority */
export const CITY_STYLE: Record<string, { abbr: string; bureau: string; weight: number }> = {
  '350100': { abbr: '榕', bureau: '福州市城乡建设局', weight: 18 },
  '350200': { abbr: '厦', bureau: '厦门市建设局', weight: 16 },
  '350300': { abbr: '莆', bureau: '莆田市住房和城乡建设局', weight: 8 },
  '350400': { abbr: '明', bureau: '三明市住房和城乡建设局', weight: 8 },
  '350500': { abbr: '泉', bureau: '泉州市住房和城乡建设局', weight: 15 },
  '350600': { abbr: '漳', bureau: '漳州市住房和城乡建设局', weight: 10 },
  '350700': { abbr: '南', bureau: '南平市住房和城乡建设局', weight: 7 },
  '350800': { abbr: '龙', bureau: '龙岩市住房和城乡建设局', weight: 9 },
  '350900': { abbr: '宁', bureau: '宁德市住房和城乡建设局', weight: 9 },
};
