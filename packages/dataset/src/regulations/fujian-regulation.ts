// 《福建省物业管理条例》 — the showcase of versions: the 2018 text and the 2023 amendment the seed reports
// ("2023年7月…修订颁布…增加'推动业主委员会中建立党组织''规范公共收益管理'等条款").
//
// SYNTHETIC TEXT: an abridged, illustrative text written for the demo (32 → 36 articles), modelled on
// the structure of such regulations; it is NOT the official text, and the dates are illustrative.
// The 2023 version adds party organisations in owners' committees and public-revenue rules, changes
// eight articles, replaces the old article on income from common parts, and renumbers the rest.

import { chapter, type ArticleSpec, type DocumentSpec } from './spec.js';

interface Keyed extends ArticleSpec {
  key: string;
}

const C1 = '第一章 总则';
const C2 = '第二章 业主、业主大会和业主委员会';
const C3 = '第三章 前期物业管理';
const C4 = '第四章 物业服务';
const C5 = '第五章 物业的使用和维护';
const C6 = '第六章 法律责任';
const C7 = '第七章 附则';

const k = (key: string, text: string): Keyed => ({ key, chapter: null, text });
const inChapter = (name: string, articles: Keyed[]): Keyed[] => chapter(name, articles) as Keyed[];

const TEXT_2018: Keyed[] = [
  ...inChapter(C1, [
    k('purpose', '为了规范物业管理活动，维护业主、物业使用人和物业服务企业的合法权益，营造安全、文明、和谐的居住环境，根据有关法律、行政法规，结合本省实际，制定本条例。'),
    k('scope', '本省行政区域内的物业管理及其监督管理活动，适用本条例。本条例所称物业管理，是指业主通过自行管理或者共同决定委托物业服务企业、其他管理人，对物业管理区域内的建筑物、构筑物及其配套的设施设备和相关场地进行维修、养护、管理，维护环境卫生和相关秩序的活动。'),
    k('principles', '物业管理应当坚持政府指导、业主自治、专业服务、社会参与的原则。'),
    k('government', '县级以上地方人民政府应当将物业管理纳入现代服务业发展规划和社区治理体系，建立物业管理综合协调机制，协调解决物业管理中的重大问题。'),
    k('departments', '省人民政府住房和城乡建设主管部门负责全省物业管理活动的监督管理工作。设区的市、县（市、区）人民政府物业管理主管部门负责本行政区域内物业管理活动的监督管理工作。发展改革、公安、消防、市场监管、城市管理等部门按照各自职责做好物业管理相关工作。'),
    k('streets', '街道办事处、乡（镇）人民政府应当明确物业管理机构，配备相应工作人员，指导、协助和监督本辖区内的物业管理活动，调处物业管理纠纷。居民委员会、村民委员会予以协助和配合。'),
    k('association', '物业管理行业协会应当加强行业自律，制定行业服务规范，开展从业人员培训，调解物业服务纠纷，推动物业服务企业诚信经营。'),
  ]),
  ...inChapter(C2, [
    k('owner-rights', '业主在物业管理活动中享有下列权利：（一）按照物业服务合同的约定，接受物业服务企业提供的服务；（二）提议召开业主大会会议，并就物业管理的有关事项提出建议；（三）选举业主委员会成员，并享有被选举权；（四）监督业主委员会的工作；（五）监督物业服务企业履行物业服务合同；（六）对物业共用部位、共用设施设备和相关场地使用情况享有知情权和监督权；（七）监督专项维修资金的管理和使用；（八）法律、法规规定的其他权利。'),
    k('assembly', '一个物业管理区域成立一个业主大会。物业管理区域内已交付的专有部分面积超过建筑物总面积百分之五十的，建设单位应当向街道办事处、乡（镇）人民政府报送筹备首次业主大会会议所需的文件资料。'),
    k('preparation', '街道办事处、乡（镇）人民政府应当在收到书面要求之日起六十日内组织成立首次业主大会会议筹备组。筹备组由业主代表、建设单位代表、街道办事处或者乡（镇）人民政府代表、居民委员会代表组成。'),
    k('committee', '业主委员会由业主大会会议选举产生，由五至十一人单数组成，每届任期不超过五年，可以连选连任。业主委员会委员应当由热心公益事业、责任心强、具有一定组织能力的业主担任。'),
    k('committee-filing', '业主委员会应当自选举产生之日起三十日内，持业主大会会议记录、管理规约、业主大会议事规则和业主委员会委员名单，向物业所在地的县（市、区）物业管理主管部门和街道办事处、乡（镇）人民政府备案。'),
    k('committee-duties', '业主委员会应当履行下列职责：（一）召集业主大会会议，报告物业管理的实施情况；（二）代表业主与业主大会选聘的物业服务企业签订物业服务合同；（三）及时了解业主、物业使用人的意见和建议，监督和协助物业服务企业履行物业服务合同；（四）监督管理规约的实施；（五）督促业主交纳物业服务费及其他相关费用；（六）业主大会赋予的其他职责。'),
    k('committee-disclosure', '业主委员会应当建立工作档案和财务制度，每半年在物业管理区域内显著位置公布业主委员会的工作情况、业主大会决定事项以及专项维修资金使用情况。'),
  ]),
  ...inChapter(C3, [
    k('bidding', '建设单位应当通过招标投标的方式选聘具有相应能力的物业服务企业。投标人少于三个或者住宅规模较小的，经物业所在地县（市、区）物业管理主管部门批准，可以采用协议方式选聘物业服务企业。'),
    k('preliminary-contract', '建设单位与物业服务企业签订的前期物业服务合同，应当自签订之日起十五日内向物业所在地县（市、区）物业管理主管部门备案。前期物业服务合同期限不超过两年；期限未满、业主委员会与物业服务企业签订的物业服务合同生效的，前期物业服务合同终止。'),
    k('service-rooms', '建设单位应当按照规定在物业管理区域内配置物业服务用房，物业服务用房建筑面积不得少于物业管理区域总建筑面积的千分之三，且不得少于五十平方米。'),
  ]),
  ...inChapter(C4, [
    k('company-duties', '物业服务企业应当按照物业服务合同的约定提供服务，并遵守下列规定：（一）按照有关规范和标准对共用部位、共用设施设备进行养护、维修；（二）维护物业管理区域内的公共秩序和环境卫生；（三）做好安全防范和消防安全工作，保障消防通道畅通；（四）及时向业主告知安全、合理使用物业的注意事项；（五）法律、法规规定和物业服务合同约定的其他义务。'),
    k('company-disclosure', '物业服务企业应当在物业管理区域内显著位置公示下列信息，并及时更新：（一）物业服务企业的营业执照、项目负责人的基本情况、联系方式、物业服务投诉电话；（二）物业服务内容和标准、收费项目、收费标准、收费方式；（三）电梯、消防等专项设施设备的日常维修保养单位名称和联系方式；（四）其他应当公示的信息。'),
    k('fees', '物业服务收费应当遵循合理、公开以及费用与服务水平相适应的原则，区别不同物业的性质和特点，实行政府指导价和市场调节价。'),
    k('prohibited', '物业服务企业不得有下列行为：（一）擅自提高收费标准或者设立收费项目；（二）擅自改变物业共用部位、共用设施设备的用途；（三）擅自占用、挖掘物业管理区域内的道路、场地；（四）采取停止供电、供水、供气等方式催交物业服务费；（五）法律、法规禁止的其他行为。'),
    k('handover', '物业服务合同终止的，物业服务企业应当在约定期限或者合理期限内退出物业管理区域，移交物业服务用房、相关设施设备和资料，并配合新物业服务企业做好交接工作。'),
    k('credit', '省人民政府住房和城乡建设主管部门应当建立物业服务企业信用管理制度，将物业服务企业及其项目负责人的信用信息纳入信用信息平台，实施守信激励和失信惩戒。'),
    k('no-service', '对无物业服务的住宅小区，街道办事处、乡（镇）人民政府应当组织业主通过自行管理、委托管理等方式实施物业管理；暂不具备条件的，可以由社区居民委员会组织提供清扫保洁、秩序维护等基本服务。'),
  ]),
  ...inChapter(C5, [
    k('common-income', '利用物业共用部位、共用设施设备进行经营的，应当在征得相关业主、业主大会、物业服务企业的同意后，按照规定办理有关手续。业主所得收益应当主要用于补充专项维修资金，也可以按照业主大会的决定使用。'),
    k('fund', '住宅物业、住宅小区内的非住宅物业或者与单幢住宅楼结构相连的非住宅物业的业主，应当按照规定交存专项维修资金。专项维修资金属于业主所有，专项用于物业保修期满后共用部位、共用设施设备的维修和更新、改造，不得挪作他用。'),
    k('fund-emergency', '发生危及房屋使用安全和人身财产安全的紧急情况，需要立即对共用部位、共用设施设备进行维修、更新、改造的，业主委员会或者物业服务企业可以按照规定申请使用专项维修资金。'),
    k('renovation', '业主装饰装修房屋的，应当事先告知物业服务企业。物业服务企业应当将房屋装饰装修中的禁止行为和注意事项告知业主。禁止违规装修、私搭乱建，禁止占用、堵塞、封闭消防通道。'),
    k('safety', '物业服务企业应当建立安全检查制度，对物业管理区域定期开展安全检查，发现安全隐患的应当及时整改或者报告有关部门。'),
  ]),
  ...inChapter(C6, [
    k('penalty-use', '违反本条例规定，物业服务企业擅自改变物业共用部位、共用设施设备用途的，由县（市、区）物业管理主管部门责令限期改正，给予警告，并处一万元以上十万元以下罚款；所得收益用于物业管理区域内共用部位、共用设施设备的维修、养护，剩余部分按照业主大会的决定使用。'),
    k('penalty-officials', '物业管理主管部门和其他有关部门的工作人员在物业管理工作中玩忽职守、滥用职权、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。'),
  ]),
  ...inChapter(C7, [k('effective', '本条例自2018年6月1日起施行。')]),
];

type Edit =
  | { replace: string; text: string }
  | { insertAfter: string; articles: Keyed[] }
  | { remove: string };

// 2023年修正: what the seed names (party organisations in owners' committees, public revenue), plus
// the follow-on changes a revision of this kind makes (disclosure, credit, fallback service, safety).
const AMENDMENT_2023: Edit[] = [
  { replace: 'principles', text: '物业管理应当坚持党的领导，坚持政府指导、业主自治、专业服务、社会参与的原则，建立党建引领、社区治理与物业服务相融合的工作机制。' },
  { replace: 'committee', text: '业主委员会由业主大会会议选举产生，由五至十一人单数组成，每届任期不超过五年，可以连选连任。业主委员会委员应当由热心公益事业、责任心强、具有一定组织能力的业主担任。街道党工委、社区党组织应当加强对业主委员会委员候选人的把关，注重推荐符合条件的社区“两委”成员、党员业主作为候选人。' },
  {
    insertAfter: 'committee',
    articles: [k('committee-party', '推动业主委员会中建立党组织。具备条件的业主委员会应当建立党的组织；暂不具备条件的，由社区党组织选派党建指导员。鼓励小区党支部委员与业主委员会委员、业主监事会成员双向交叉任职，逐步提高业主委员会成员中党员的比例。')],
  },
  { replace: 'committee-disclosure', text: '业主委员会应当建立工作档案和财务制度，每季度在物业管理区域内显著位置公布业主委员会的工作情况、业主大会决定事项、专项维修资金使用情况以及公共收益收支情况。' },
  { replace: 'company-disclosure', text: '物业服务企业应当在物业管理区域内显著位置公示下列信息，并及时更新：（一）物业服务企业的营业执照、项目负责人的基本情况、联系方式、物业服务投诉电话；（二）物业服务内容和标准、收费项目、收费标准、收费方式；（三）电梯、消防等专项设施设备的日常维修保养单位名称和联系方式；（四）公共收益的收支情况；（五）其他应当公示的信息。' },
  { replace: 'credit', text: '省人民政府住房和城乡建设主管部门应当建立全省统一的物业服务企业信用综合评价制度，将物业服务企业党建情况、街道社区党组织评价意见、服务质量、公共收益管理、投诉处理等情况纳入评价指标，评价结果向社会公布，并实施守信激励和失信惩戒。' },
  { replace: 'no-service', text: '县级以上地方人民政府应当制定无物业服务住宅小区兜底服务计划。对无物业服务的住宅小区，街道办事处、乡（镇）人民政府应当组织业主通过自行管理、委托管理、与邻近小区统一打包管理等方式实施物业管理；暂不具备条件的，由社区居民委员会组织提供清扫保洁、秩序维护等兜底服务，推动实现物业服务全覆盖。' },
  { remove: 'common-income' },
  {
    insertAfter: 'no-service',
    articles: inChapter(C5, [
      k('revenue-definition', '利用物业共用部位、共用设施设备进行经营所得的收入，以及其他依法属于全体业主共有的收入，在扣除合理成本之后，属于全体业主共有，为公共收益。公共收益应当单独列账、专款专用，任何单位和个人不得侵占、挪用。'),
      k('revenue-disclosure', '物业服务企业或者业主委员会应当每季度在物业管理区域内显著位置和全省住宅小区公共收益信息管理系统公示公共收益的收支情况，公示时间不少于三十日。业主有权查询、复制公共收益的收支账目。'),
      k('revenue-use', '公共收益主要用于补充专项维修资金，也可以按照业主大会的决定用于业主共同需要的其他事项。公共收益的管理和使用情况应当接受业主、业主委员会和街道办事处、乡（镇）人民政府的监督。'),
    ]),
  },
  { replace: 'fund-emergency', text: '发生电梯故障、消防设施损坏、屋面外墙渗漏等危及房屋使用安全和人身财产安全的紧急情况，需要立即对共用部位、共用设施设备进行维修、更新、改造的，业主委员会或者物业服务企业可以按照规定申请使用专项维修资金。县（市、区）物业管理主管部门应当自受理申请之日起五个工作日内审核完毕。' },
  { replace: 'safety', text: '物业服务企业应当建立安全检查制度，每月对物业管理区域开展安全生产自查，做好台风、暴雨等灾害天气的防台防汛工作，发现安全隐患的应当及时整改或者报告有关部门。' },
  {
    insertAfter: 'penalty-use',
    articles: inChapter(C6, [k('penalty-revenue', '违反本条例规定，侵占、挪用公共收益的，由县（市、区）物业管理主管部门责令限期退还；逾期不退还的，处侵占、挪用金额一倍以上二倍以下罚款，并记入信用档案。')]),
  },
];

function revise(text: readonly Keyed[], edits: readonly Edit[]): Keyed[] {
  let result = text.slice();
  const at = (key: string) => {
    const i = result.findIndex((a) => a.key === key);
    if (i < 0) throw new Error(`no article ${key}`);
    return i;
  };
  for (const edit of edits) {
    if ('replace' in edit) result[at(edit.replace)] = { ...result[at(edit.replace)]!, text: edit.text };
    else if ('remove' in edit) result = result.filter((a) => a.key !== edit.remove);
    else result.splice(at(edit.insertAfter) + 1, 0, ...edit.articles);
  }
  return result;
}

const strip = (articles: Keyed[]): ArticleSpec[] => articles.map(({ chapter: c, text }) => ({ chapter: c, text }));

export const FUJIAN_REGULATION: DocumentSpec = {
  title: '福建省物业管理条例',
  level: 'LOCAL_REGULATION',
  issuer: '福建省人民代表大会常务委员会',
  regionCode: '350000',
  topics: ['OWNERS_COMMITTEE', 'PARTY_BUILDING', 'PUBLIC_REVENUE', 'MAINTENANCE_FUND', 'SERVICE_CONTRACT', 'DISCLOSURE', 'CREDIT_EVALUATION', 'SAFETY', 'FALLBACK_SERVICE', 'BIDDING'],
  syntheticText: true,
  note: '示意文本：条文为演示用的节选改写，并非官方文本；2023年修正增加“推动业主委员会中建立党组织”“规范公共收益管理”等条款（据答复函），日期与文号为示意。',
  versions: [
    {
      label: '2018年修订',
      documentNumber: '福建省人民代表大会常务委员会公告（十三届）第4号',
      status: 'AMENDED',
      draftedOn: '2017-09-01',
      consultationFrom: '2017-11-01',
      consultationUntil: '2017-11-30',
      issuedOn: '2018-03-31',
      effectiveFrom: '2018-06-01',
      articles: strip(TEXT_2018),
    },
    {
      label: '2023年修正',
      documentNumber: '福建省人民代表大会常务委员会公告（十四届）第9号',
      status: 'IN_FORCE',
      draftedOn: '2023-02-15',
      consultationFrom: '2023-04-10',
      consultationUntil: '2023-05-09',
      issuedOn: '2023-07-28',
      effectiveFrom: '2023-10-01',
      articles: strip(revise(TEXT_2018, AMENDMENT_2023)),
    },
  ],
};
