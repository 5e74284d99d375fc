// Provincial documents the seed names (section 三 and 七, 八): the implementing opinion and the notice on
// the amended regulation, the credit-evaluation measures (revised), the supporting policies, the
// 11-department notice, and the drafts of 2024.
//
// SYNTHETIC TEXT: the seed gives titles (or only subjects) and no text. Titles it names are kept; the
// supporting policies' titles are illustrative (the seed lists their subjects); every article is
// written for the demo, and dates and document numbers are illustrative.

import { chapter, type DocumentSpec } from './spec.js';

const DEPARTMENT = '福建省住房和城乡建设厅';
const PROVINCE = '350000';
const SYNTHETIC = '示意文本：答复函只给出标题，条文、日期和文号为演示而拟写，并非官方文本。';
const SYNTHETIC_TITLE = '示意文本：答复函只列出这项配套政策的主题（“相继制定出台……系列配套政策”），标题、条文、日期和文号均为演示而拟写。';

export const IMPLEMENTING_OPINION: DocumentSpec = {
  title: '关于贯彻〈福建省物业管理条例〉的实施意见',
  level: 'NORMATIVE_DOCUMENT',
  issuer: DEPARTMENT,
  regionCode: PROVINCE,
  topics: ['PARTY_BUILDING', 'OWNERS_COMMITTEE', 'PUBLIC_REVENUE', 'MAINTENANCE_FUND', 'FALLBACK_SERVICE'],
  syntheticText: true,
  note: SYNTHETIC,
  versions: [
    {
      label: null,
      documentNumber: '闽建房〔2023〕18号',
      status: 'IN_FORCE',
      numbering: 'ITEM',
      draftedOn: '2023-08-01',
      consultationFrom: '2023-08-20',
      consultationUntil: '2023-09-19',
      issuedOn: '2023-11-20',
      effectiveFrom: '2023-11-20',
      articles: chapter(null, [
        '坚持党建引领。各地要健全社区物业党建联建机制，推动街道社区党组织、小区党支部、业主委员会和物业服务企业协同治理，推动业主委员会中建立党组织，提高业主委员会成员中党员比例。',
        '规范业主委员会运作。街道办事处、乡（镇）人民政府要指导符合条件的住宅小区依法成立业主大会、选举业主委员会，加强对业主委员会委员候选人的把关，督促业主委员会依法履职、定期公开工作情况。',
        '规范公共收益管理。物业服务企业和业主委员会要对公共收益单独列账，每季度通过小区公示栏和闽政通app线上线下双公示公共收益收支情况；各地要建立公共收益自动预警、自动通报、自动排名机制。',
        '用好专项维修资金。各地要简化紧急情况下专项维修资金使用流程，对电梯、消防设施、屋面外墙渗漏等紧急维修事项实行快速审核，确保群众居住安全。',
        '推进物业服务全覆盖。各地要按照三年行动目标，通过“大物业”打包管理、社区党组织领办公益性物业企业、引入非营利性组织、自治管理等方式，推动无物业服务小区实现兜底物业服务。',
        '强化监督管理。各级物业管理主管部门要落实物业服务企业信用综合评价制度，开展“双随机”服务质量检查，依法查处违法违规行为。',
        '本意见自印发之日起施行。',
      ]),
    },
  ],
};

export const PUBLICITY_NOTICE: DocumentSpec = {
  title: '关于学习宣传贯彻新修正〈福建省物业管理条例〉的通知',
  level: 'NORMATIVE_DOCUMENT',
  issuer: DEPARTMENT,
  regionCode: PROVINCE,
  topics: ['PARTY_BUILDING', 'PUBLIC_REVENUE'],
  syntheticText: true,
  note: SYNTHETIC,
  versions: [
    {
      label: null,
      documentNumber: '闽建房函〔2023〕96号',
      status: 'IN_FORCE',
      numbering: 'ITEM',
      draftedOn: '2023-08-01',
      issuedOn: '2023-08-15',
      effectiveFrom: '2023-08-15',
      articles: chapter(null, [
        '充分认识条例修正的重要意义。新修正的条例增加推动业主委员会中建立党组织、规范公共收益管理等条款，各地要把学习宣传贯彻条例作为当前物业管理工作的重要任务。',
        '广泛开展宣传解读。结合物业服务宣传月活动，采用培训班、研讨班、座谈会等多种形式，充分运用传统媒体、新兴媒体，针对社会各界关注的条款进行解读，营造“学条例、用条例”的浓厚氛围。',
        '抓好配套制度衔接。各地要对照条例梳理现行物业管理制度，及时修改、废止与条例不一致的规定，制定公共收益管理等配套措施。',
        '加强督促指导。省住房和城乡建设厅将把条例贯彻落实情况纳入年度物业管理工作督导检查内容。',
      ]),
    },
  ],
};

const CREDIT_2020 = [
  '为了加强物业服务企业信用管理，规范物业服务行为，构建以信用为基础的物业服务市场监管机制，根据有关法律法规，制定本办法。',
  '本省行政区域内从事物业服务活动的物业服务企业的信用信息采集、评价、公布和应用，适用本办法。',
  '物业服务企业信用综合评价遵循客观、公正、公开的原则，实行全省统一评价标准。',
  '信用评价指标包括基本信息、良好信用信息和不良信用信息。良好信用信息包括获得表彰奖励、示范项目等情况；不良信用信息包括行政处罚、投诉处理等情况。',
  '设区的市、县（市、区）物业管理主管部门负责本行政区域内物业服务企业信用信息的采集、核实和动态评价。',
  '信用评价结果分为A、B、C、D四个等级，每年评定一次，评价结果向社会公布。',
  '对信用等级为A级的物业服务企业，在评优评先、招标投标中予以激励；对信用等级为D级的物业服务企业，列为重点监管对象，增加检查频次。',
  '物业服务企业对信用信息有异议的，可以向采集信息的物业管理主管部门提出书面申请，物业管理主管部门应当在十五个工作日内核查处理。',
  '本办法自2020年7月1日起施行。',
];

export const CREDIT_MEASURES: DocumentSpec = {
  title: '福建省物业服务企业信用综合评价办法',
  level: 'NORMATIVE_DOCUMENT',
  issuer: DEPARTMENT,
  regionCode: PROVINCE,
  topics: ['CREDIT_EVALUATION', 'PARTY_BUILDING', 'SAFETY', 'PUBLIC_REVENUE'],
  syntheticText: true,
  note: `${SYNTHETIC}答复函称该办法已修订印发，将党建情况、街道社区党组织评价意见纳入评价指标。`,
  versions: [
    {
      label: '2020年版',
      documentNumber: '闽建房〔2020〕9号',
      status: 'AMENDED',
      draftedOn: '2020-02-10',
      consultationFrom: '2020-03-01',
      consultationUntil: '2020-03-31',
      issuedOn: '2020-06-01',
      effectiveFrom: '2020-07-01',
      articles: chapter(null, CREDIT_2020),
    },
    {
      label: '2023年修订',
      documentNumber: '闽建房〔2023〕25号',
      status: 'IN_FORCE',
      draftedOn: '2023-06-01',
      consultationFrom: '2023-09-01',
      consultationUntil: '2023-09-30',
      issuedOn: '2023-12-20',
      effectiveFrom: '2024-01-01',
      articles: chapter(null, [
        CREDIT_2020[0]!,
        CREDIT_2020[1]!,
        '物业服务企业信用综合评价遵循客观、公正、公开的原则，实行全省统一平台、统一标准。',
        '信用评价指标包括基本信息、党建情况、街道社区党组织评价意见、服务质量、安全生产、公共收益管理、投诉处理等。物业服务企业建立党组织、开展党建联建的，给予加分。',
        '物业服务企业在物业管理区域内开展居家养老、助餐等服务，或者所服务项目获评“美好家园”示范小区的，予以信用加分。',
        '各级物业管理主管部门按照职责，适时、客观、公正地对物业服务企业经营行为作出动态评价，评价信息通过全省物业服务企业信用评价信息系统实时记录。',
        CREDIT_2020[5]!,
        CREDIT_2020[6]!,
        CREDIT_2020[7]!,
        '本办法自2024年1月1日起施行。',
      ]),
    },
  ],
};

/** 系列配套政策 — one per subject the seed lists */
const supporting = (title: string, topics: DocumentSpec['topics'], number: string, issuedOn: string, articles: string[]): DocumentSpec => ({
  title,
  level: 'NORMATIVE_DOCUMENT',
  issuer: DEPARTMENT,
  regionCode: PROVINCE,
  topics,
  syntheticText: true,
  note: SYNTHETIC_TITLE,
  versions: [{ label: null, documentNumber: number, status: 'IN_FORCE', draftedOn: issuedOn.slice(0, 4) + '-01-05', issuedOn, effectiveFrom: issuedOn, articles: chapter(null, articles) }],
});

export const SUPPORTING_POLICIES: DocumentSpec[] = [
  supporting('福建省住宅小区公共收益管理办法', ['PUBLIC_REVENUE', 'DISCLOSURE'], '闽建房〔2021〕12号', '2021-08-16', [
    '为了规范住宅小区公共收益管理，维护业主合法权益，制定本办法。',
    '本办法所称公共收益，是指利用住宅小区共用部位、共用设施设备和相关场地进行停车、广告、场地租赁等经营活动所得的收入，扣除合理成本之后的部分。公共收益属于全体业主共有。',
    '公共收益应当单独列账、单独核算，任何单位和个人不得侵占、挪用。物业服务企业代管公共收益的，应当开设专门账户。',
    '物业服务企业或者业主委员会应当每季度公示公共收益的收入、支出和结余情况，并在全省住宅小区公共收益信息管理系统同步录入，实现线上线下双公示。',
    '公共收益主要用于补充专项维修资金，也可以按照业主大会的决定用于业主共同需要的其他事项。',
    '业主对公共收益公示情况有异议的，可以向业主委员会、物业服务企业查询，也可以向街道办事处、乡（镇）人民政府或者物业管理主管部门投诉。',
  ]),
  supporting('福建省物业服务事项公开公示规定', ['DISCLOSURE', 'SERVICE_FEES'], '闽建房〔2021〕15号', '2021-10-08', [
    '物业服务企业应当在物业管理区域内显著位置设置公示栏，公开物业服务事项。',
    '公开公示的内容包括物业服务企业基本信息、项目负责人、服务内容和标准、收费项目和标准、公共收益收支情况、专项维修资金使用情况等。',
    '物业服务收费项目、收费标准发生变化的，物业服务企业应当提前三十日公示。',
    '物业管理主管部门应当将物业服务事项公开公示情况纳入日常监督检查和信用评价。',
  ]),
  supporting('关于紧急情况下使用住宅专项维修资金有关问题的通知', ['MAINTENANCE_FUND', 'SAFETY'], '闽建房〔2022〕4号', '2022-03-11', [
    '本通知所称紧急情况，包括电梯故障危及人身安全、消防设施设备损坏、屋面外墙渗漏、排水设施堵塞损坏等危及房屋使用安全和人身财产安全的情形。',
    '发生紧急情况的，业主委员会或者物业服务企业可以持维修方案和费用预算，直接向县（市、区）物业管理主管部门申请使用专项维修资金，无需业主共同决定。',
    '物业管理主管部门应当自受理申请之日起五个工作日内完成审核，维修资金管理机构应当及时划转资金。',
    '维修工程完成后，维修资金的使用情况应当在物业管理区域内公示。',
  ]),
  supporting('福建省物业服务质量“双随机”检查办法', ['SERVICE_QUALITY', 'SAFETY'], '闽建房〔2022〕11号', '2022-06-20', [
    '物业服务质量检查实行随机抽取检查对象、随机选派检查人员的“双随机”方式，抽查情况及查处结果及时向社会公开。',
    '检查内容包括物业服务合同履行情况、消防安全管理、公共秩序维护、环境卫生、设施设备维护和公共收益管理等。',
    '检查中发现问题的，检查组应当形成问题清单，督促物业服务企业限期整改，并跟踪整改销号。',
    '检查结果纳入物业服务企业信用评价。',
  ]),
  supporting('福建省物业管理招标投标管理办法', ['BIDDING', 'EXPERT_POOL', 'SERVICE_CONTRACT'], '闽建房〔2021〕20号', '2021-12-15', [
    '住宅物业的建设单位，应当通过招标投标的方式选聘物业服务企业；业主大会选聘物业服务企业的，提倡通过招标投标的方式进行。',
    '招标人应当在发布招标公告或者发出投标邀请书十日前，向物业所在地县（市、区）物业管理主管部门备案。',
    '评标由招标人依法组建的评标委员会负责。评标委员会中的物业管理专家应当从物业管理专家库中随机抽取。',
    '中标人确定后，招标人应当与中标人签订物业服务合同，并按照规定办理合同备案。',
  ]),
  supporting('福建省物业管理专家库管理办法', ['EXPERT_POOL', 'BIDDING'], '闽建房〔2022〕16号', '2022-09-01', [
    '省住房和城乡建设厅建立全省物业管理专家库，为物业管理招标投标评标、纠纷调处、政策咨询等提供专家支持。',
    '入库专家应当具有物业管理相关专业知识和五年以上从业经历，遵纪守法，诚实守信。',
    '专家库实行动态管理，对评标工作中违规违纪的专家，取消其入库资格。',
  ]),
];

export const ELEVEN_DEPARTMENT_NOTICE: DocumentSpec = {
  title: '关于加强和改进住宅物业管理工作，推动物业服务业高质量发展的通知',
  level: 'NORMATIVE_DOCUMENT',
  issuer: '福建省住房和城乡建设厅等12部门',
  regionCode: PROVINCE,
  topics: ['PARTY_BUILDING', 'FALLBACK_SERVICE', 'CREDIT_EVALUATION'],
  syntheticText: true,
  note: `${SYNTHETIC}答复函称该通知由住建厅联合11部门印发。`,
  versions: [
    {
      label: null,
      documentNumber: '闽建房〔2021〕17号',
      status: 'IN_FORCE',
      numbering: 'ITEM',
      draftedOn: '2021-06-01',
      issuedOn: '2021-09-30',
      effectiveFrom: '2021-09-30',
      articles: chapter(null, [
        '融入基层社会治理体系。坚持党建引领，把物业管理纳入社区治理体系，推动社区物业党建联建。',
        '健全业主委员会治理结构。推动业主委员会规范运作，提高业主委员会成员中党员比例。',
        '推动物业服务全覆盖。对无物业服务的老旧小区，通过兜底服务、“大物业”管理等方式逐步实现物业服务全覆盖。',
        '拓展物业服务领域。支持物业服务企业向养老、托幼、家政、文化、电子商务、房屋经纪、教育培训等领域延伸，开展居家养老、助餐等服务的，予以信用加分。',
        '加强物业服务监管。建立健全物业服务企业信用评价体系，强化守信激励和失信惩戒。',
      ]),
    },
  ],
};

// 起草中 (seed: 起草《(前期)物业服务合同示范文本》《福建省(前期)物业服务合同备案实施细则》
// 《福建省住宅专项维修资金管理办法》《福建省业主大会和业主委员会指导意见》). Two are out for consultation.
const DRAFT_NOTE = '示意文本：答复函称该文件正在起草，条文为演示而拟写，并非征求意见稿原文。';

export const PROVINCIAL_DRAFTS: DocumentSpec[] = [
  {
    title: '（前期）物业服务合同示范文本',
    level: 'MODEL_TEXT',
    issuer: DEPARTMENT,
    regionCode: PROVINCE,
    topics: ['SERVICE_CONTRACT', 'SERVICE_FEES', 'MAINTENANCE_FUND', 'PUBLIC_REVENUE'],
    syntheticText: true,
    note: DRAFT_NOTE,
    versions: [
      {
        label: '征求意见稿',
        documentNumber: null,
        status: 'CONSULTATION',
        draftedOn: '2024-05-06',
        consultationFrom: '2024-08-20',
        consultationUntil: '2024-09-19',
        articles: chapter(null, [
          '本合同当事人为委托方（建设单位或者业主委员会）和受托方（物业服务人）。双方根据《中华人民共和国民法典》《物业管理条例》《福建省物业管理条例》等规定，在自愿、平等、协商一致的基础上订立本合同。',
          '物业服务内容包括共用部位和共用设施设备的维修养护、公共区域清洁卫生、绿化养护、秩序维护、消防安全防范协助、装饰装修管理服务等。',
          '物业费按照建筑面积计收，收费标准由双方约定；物业服务人不得擅自提高收费标准或者增加收费项目。',
          '利用共用部位、共用设施设备经营所得的公共收益归全体业主所有，物业服务人代为管理的，应当单独列账并每季度公示。',
          '专项维修资金的使用按照国家和本省有关规定执行。',
          '本合同期限届满前三个月，双方应当就续约事项进行协商。合同终止的，物业服务人应当按照约定办理交接。',
          '本合同签订之日起十五日内，由建设单位或者业主委员会向物业所在地县（市、区）物业管理主管部门备案。',
        ]),
      },
    ],
  },
  {
    title: '福建省（前期）物业服务合同备案实施细则',
    level: 'IMPLEMENTING_RULES',
    issuer: DEPARTMENT,
    regionCode: PROVINCE,
    topics: ['SERVICE_CONTRACT'],
    syntheticText: true,
    note: DRAFT_NOTE,
    versions: [
      {
        label: '征求意见稿',
        documentNumber: null,
        status: 'CONSULTATION',
        draftedOn: '2024-05-06',
        consultationFrom: '2024-09-01',
        consultationUntil: '2024-09-30',
        articles: chapter(null, [
          '为了规范物业服务合同备案管理，根据《福建省物业管理条例》，制定本细则。',
          '建设单位与物业服务企业签订前期物业服务合同的，应当自合同签订之日起十五日内办理备案；业主委员会与物业服务企业签订物业服务合同的，应当自合同签订之日起十五日内办理备案。',
          '办理备案应当提交物业服务合同、选聘物业服务企业的招标投标或者业主共同决定材料等。',
          '县（市、区）物业管理主管部门应当自收到备案材料之日起五个工作日内予以备案；材料不齐全的，应当一次性告知需要补正的全部内容。',
          '物业服务合同备案审查中发现合同内容违反法律法规规定的，物业管理主管部门应当不予备案并书面说明理由。',
          '物业服务合同备案信息通过全省物业管理信息系统办理，实现网上备案、网上查询。',
        ]),
      },
    ],
  },
  {
    title: '福建省住宅专项维修资金管理办法',
    level: 'NORMATIVE_DOCUMENT',
    issuer: DEPARTMENT,
    regionCode: PROVINCE,
    topics: ['MAINTENANCE_FUND'],
    syntheticText: true,
    note: DRAFT_NOTE,
    versions: [
      {
        label: '起草稿',
        documentNumber: null,
        status: 'DRAFT',
        draftedOn: '2024-06-17',
        articles: chapter(null, [
          '为了加强住宅专项维修资金管理，保障住宅共用部位、共用设施设备的维修和正常使用，维护业主合法权益，制定本办法。',
          '住宅专项维修资金属于业主所有，专项用于住宅共用部位、共用设施设备保修期满后的维修和更新、改造，不得挪作他用。',
          '业主应当在办理房屋交付手续前，按照规定交存首期住宅专项维修资金。',
          '住宅专项维修资金余额不足首期交存额百分之三十的，业主应当及时续交。公共收益可以用于补充住宅专项维修资金。',
          '发生危及房屋使用安全的紧急情况的，可以按照紧急使用程序申请使用住宅专项维修资金。',
          '住宅专项维修资金管理机构应当每年至少一次向业主公布维修资金的交存、使用、增值收益和结存情况。',
        ]),
      },
    ],
  },
  {
    title: '福建省业主大会和业主委员会指导意见',
    level: 'NORMATIVE_DOCUMENT',
    issuer: DEPARTMENT,
    regionCode: PROVINCE,
    topics: ['OWNERS_COMMITTEE', 'PARTY_BUILDING'],
    syntheticText: true,
    note: DRAFT_NOTE,
    versions: [
      {
        label: '起草稿',
        documentNumber: null,
        status: 'DRAFT',
        numbering: 'ITEM',
        draftedOn: '2024-07-01',
        articles: chapter(null, [
          '街道党工委对符合条件的住宅小区，及时牵头组建业主大会筹备组，依法召开业主大会，选举成立业主委员会。',
          '街道党工委、社区党组织加强对业主委员会委员候选人的把关，注重推荐符合条件的社区“两委”成员、受群众拥护的热心党员业主作为候选人。',
          '推动业主委员会中建立党组织，小区党支部与业主委员会、业主监事会成员双向交叉任职。',
          '业主委员会每季度公开工作情况、公共收益收支情况和专项维修资金使用情况，接受业主监督。',
          '对未成立业主委员会的住宅小区，可以由街道党工委组织成立临时物业管理委员会，代行业主委员会职责。',
        ]),
      },
    ],
  },
];
