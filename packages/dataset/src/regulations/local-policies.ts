// 各地出台的物业管理政策制度 — the cities' own policies. The seed: "仅2023年制定出台了物业党建联建、规范公共收益
// 管理等政策制度约111项". A few the seed names are written by hand; the rest are synthetic, generated
// per year and city so that the cities' new policies of 2023 add up to exactly 111 (at scale 1).

import { apportion } from '../apportion.js';
import { addDays, addYears, AS_OF, minDate } from '../dates.js';
import { CITIES } from '../fujian.js';
import { Rng, WeightedTable } from '../random.js';
import { CITY_STYLE, TEMPLATES, TITLE_FORMS, type TitleForm } from './local-templates.js';
import { chapter, type ArticleSpec, type DocumentSpec, type VersionSpec } from './spec.js';
import { TOPIC_CODES } from './topics.js';
import type { RegulationStatus, RegulationTopicCode } from './types.js';

/** new local policies issued by the cities per year, at scale 1 (2023: the seed's 111; 2024 up to AS_OF) */
export const LOCAL_POLICIES_PER_YEAR: Readonly<Record<number, number>> = { 2019: 38, 2020: 45, 2021: 63, 2022: 84, 2023: 111, 2024: 57 };

/** cities' drafts in progress on AS_OF, at scale 1 */
export const LOCAL_DRAFTS = 12;

/** the last day a synthetic policy is issued or drafted: a little before AS_OF */
const LAST_ISSUE = '2024-08-31';

const SYNTHETIC_LOCAL = '示意文本：演示用合成的地方政策，标题、文号、日期和条文均为虚构。';
const NAMED_LOCAL = '示意文本：答复函提到这项地方制度，条文、日期和文号为演示而拟写。';

/** The cities' documents the seed names. */
export const NAMED_LOCAL_POLICIES: DocumentSpec[] = [
  {
    title: '厦门市“大物业”管理模式工作指引',
    level: 'NORMATIVE_DOCUMENT',
    issuer: '厦门市建设局',
    regionCode: '350200',
    topics: ['FALLBACK_SERVICE'],
    syntheticText: true,
    note: NAMED_LOCAL,
    versions: [
      {
        label: null,
        documentNumber: '厦建物〔2023〕7号',
        status: 'IN_FORCE',
        numbering: 'ITEM',
        draftedOn: '2023-02-20',
        issuedOn: '2023-05-12',
        effectiveFrom: '2023-05-12',
        articles: chapter(null, [
          '适用范围。本指引适用于本市无物业服务住宅小区与邻近小区捆绑打包实施“大物业”管理。',
          '打包原则。属地街道按照地域相近、规模适度的原则，将无物业服务住宅小区与邻近小区捆绑打包管理，统一委托物业服务企业提供服务。',
          '资源平衡。通过平衡政府购买服务资源进行“肥瘦搭配”，引导物业服务企业承接老旧小区，实现市场承接。',
          '服务标准。承接企业应当提供清扫保洁、秩序维护、设施设备维护等基本物业服务，服务内容和收费标准在小区内公示。',
          '监督考核。区建设部门会同街道对“大物业”服务质量开展考核，考核结果纳入物业服务企业信用评价。',
        ]),
      },
    ],
  },
  {
    title: '三明市推行“近邻恳谈会”制度工作方案',
    level: 'NORMATIVE_DOCUMENT',
    issuer: '三明市住房和城乡建设局',
    regionCode: '350400',
    topics: ['DISPUTE_RESOLUTION', 'PARTY_BUILDING'],
    syntheticText: true,
    note: NAMED_LOCAL,
    versions: [
      {
        label: null,
        documentNumber: '明建房〔2023〕11号',
        status: 'IN_FORCE',
        numbering: 'ITEM',
        draftedOn: '2023-02-01',
        issuedOn: '2023-04-18',
        effectiveFrom: '2023-04-18',
        articles: chapter(null, [
          '工作目标。由物业协会党支部、物业服务企业党支部以座谈、漫谈等形式与群众面对面交流，及时回应和解决群众诉求。',
          '恳谈内容。近邻恳谈会围绕物业服务质量、公共收益公示、设施设备维修、矛盾纠纷化解等群众关心的问题开展。',
          '工作机制。恳谈会每季度至少召开一次，恳谈意见形成清单，明确责任单位和办理时限，办理结果向业主反馈。',
          '推动小事不出小区、大事不出社区，将恳谈会中发现的物业纠纷纳入社区网格统一调处。',
        ]),
      },
    ],
  },
  {
    title: '漳州市“城管双员进社区”工作方案',
    level: 'NORMATIVE_DOCUMENT',
    issuer: '漳州市城市管理局',
    regionCode: '350600',
    topics: ['SAFETY', 'DISPUTE_RESOLUTION'],
    syntheticText: true,
    note: NAMED_LOCAL,
    versions: [
      {
        label: null,
        documentNumber: '漳城管〔2023〕15号',
        status: 'IN_FORCE',
        numbering: 'ITEM',
        draftedOn: '2023-03-10',
        issuedOn: '2023-06-20',
        effectiveFrom: '2023-06-20',
        articles: chapter(null, [
          '推行城管队员进社区、智慧城管问题采集员进社区的“城管双员进社区”制度。',
          '构建“网格巡查—采集问题—分类上报—派遣处置—核查验收”工作体系。',
          '及时处置私搭乱建、违规装修、占用消防通道等违法违规行为，保障小区消防安全。',
          '城管双员每周至少进社区、进小区巡查一次，巡查发现的问题当日上报。',
        ]),
      },
    ],
  },
  {
    title: '龙岩市关于提高业主委员会委员中党员比例的实施意见',
    level: 'NORMATIVE_DOCUMENT',
    issuer: '龙岩市人民政府办公室',
    regionCode: '350800',
    topics: ['PARTY_BUILDING', 'OWNERS_COMMITTEE'],
    syntheticText: true,
    note: NAMED_LOCAL,
    versions: [
      {
        label: null,
        documentNumber: '龙政办〔2022〕21号',
        status: 'IN_FORCE',
        numbering: 'ITEM',
        draftedOn: '2021-12-01',
        issuedOn: '2022-03-10',
        effectiveFrom: '2022-03-10',
        articles: chapter(null, [
          '工作目标。推动全市业主委员会委员中党员占比实现百分之五十以上。',
          '注重推荐符合条件的社区“两委”成员、党员业主作为业主委员会委员候选人。',
          '推动业主委员会中建立党组织，小区党支部与业主委员会双向交叉任职。',
          '各县（市、区）每季度报送业主委员会委员中党员比例情况。',
        ]),
      },
    ],
  },
];

const cityName = new Map(CITIES.map((c) => [c.code, c.name]));

function chineseDate(iso: string): string {
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

/** topic weights: 2023's policies lean to party-building and public revenue, as the seed says */
function topicTable(year: number): WeightedTable<RegulationTopicCode> {
  const base: Partial<Record<RegulationTopicCode, number>> = { PARTY_BUILDING: 3, PUBLIC_REVENUE: 3, FALLBACK_SERVICE: 2, SAFETY: 2, OWNERS_COMMITTEE: 2 };
  const boost: Partial<Record<RegulationTopicCode, number>> = year === 2023 ? { PARTY_BUILDING: 3, PUBLIC_REVENUE: 3 } : {};
  return new WeightedTable(TOPIC_CODES, (t) => (base[t] ?? 1) * (boost[t] ?? 1));
}

interface Generator {
  rng: Rng;
  usedTitles: Set<string>;
  numbers: Map<string, number>;
}

function nextNumber(gen: Generator, prefix: string, year: number): string {
  const key = `${prefix}/${year}`;
  const n = (gen.numbers.get(key) ?? 0) + gen.rng.int(1, 4);
  gen.numbers.set(key, n);
  return `${prefix}〔${year}〕${n}号`;
}

interface Draft {
  title: string;
  topic: RegulationTopicCode;
  form: TitleForm;
  phrase: string;
}

/** a fresh title for the city; at large scales, when the combinations run out, one numbered like 关于…的通知（之三） */
function draftTitle(gen: Generator, city: string, topics: WeightedTable<RegulationTopicCode>): Draft {
  for (let attempt = 0; ; attempt++) {
    const topic = topics.pick(gen.rng);
    const form = gen.rng.pick(TITLE_FORMS);
    const template = TEMPLATES[topic];
    const phrases = form.kind === 'verb' ? template.verbs : template.nouns;
    const phrase = gen.rng.pick(phrases);
    const base = `${cityName.get(city)}${form.pattern(phrase)}`;
    let title = base;
    for (let n = 2; attempt >= 50 && gen.usedTitles.has(title); n++) title = `${base}（之${n}）`;
    if (!gen.usedTitles.has(title)) {
      gen.usedTitles.add(title);
      return { title, topic, form, phrase };
    }
  }
}

function provisionsOf(gen: Generator, draft: Draft): { topics: RegulationTopicCode[]; texts: string[] } {
  const pool = TEMPLATES[draft.topic].provisions;
  const chosen = gen.rng.sample(pool, gen.rng.int(Math.min(3, pool.length), Math.min(5, pool.length)), () => 1);
  const topics: RegulationTopicCode[] = [draft.topic];
  if (gen.rng.chance(0.35)) {
    const other = gen.rng.pick(TOPIC_CODES.filter((t) => t !== draft.topic));
    topics.push(other);
    chosen.push(gen.rng.pick(TEMPLATES[other].provisions));
  }
  return { topics, texts: chosen };
}

function articlesOf(draft: Draft, provisions: string[], effectiveFrom: string | null): ArticleSpec[] {
  const { form, phrase } = draft;
  const aim = form.kind === 'verb' ? `进一步${phrase}` : `加强${phrase}管理`;
  const closing = effectiveFrom ? `${form.self}自${chineseDate(effectiveFrom)}起施行，有效期五年。` : `${form.self}自印发之日起施行。`;
  if (form.numbering === 'ARTICLE') {
    return chapter(null, [
      `为了${aim}，维护业主和物业服务企业的合法权益，根据《中华人民共和国民法典》《物业管理条例》《福建省物业管理条例》等规定，结合本市实际，制定${form.self}。`,
      `本市行政区域内住宅小区的物业管理活动及其监督管理，适用${form.self}。`,
      ...provisions,
      closing,
    ]);
  }
  return chapter(null, [`总体要求。为深入贯彻《福建省物业管理条例》，${aim}，结合我市实际，提出以下要求。`, ...provisions, closing]);
}

function issuerOf(draft: Draft, city: string): { issuer: string; prefix: string } {
  const style = CITY_STYLE[city]!;
  if (draft.form.byGovernment) return { issuer: `${cityName.get(city)}人民政府办公室`, prefix: `${style.abbr}政办` };
  if (draft.topic === 'PARTY_BUILDING') return { issuer: `中共${cityName.get(city)}委组织部、${style.bureau}`, prefix: `${style.abbr}委组` };
  return { issuer: style.bureau, prefix: `${style.abbr}建房` };
}

function issuedPolicy(gen: Generator, life: Rng, city: string, year: number, topics: WeightedTable<RegulationTopicCode>): DocumentSpec {
  const draft = draftTitle(gen, city, topics);
  const { issuer, prefix } = issuerOf(draft, city);
  const { topics: docTopics, texts } = provisionsOf(gen, draft);
  const issuedOn = gen.rng.dateBetween(`${year}-01-05`, minDate(`${year}-12-28`, LAST_ISSUE));
  const effectiveFrom = draft.form.numbering === 'ARTICLE' ? addDays(issuedOn, gen.rng.int(10, 40)) : issuedOn;
  const consulted = draft.form.numbering === 'ARTICLE' || draft.form.byGovernment ? gen.rng.chance(0.8) : gen.rng.chance(0.2);
  const consultationFrom = consulted ? addDays(issuedOn, -gen.rng.int(50, 90)) : undefined;
  const first: VersionSpec = {
    label: null,
    documentNumber: nextNumber(gen, prefix, year),
    status: 'IN_FORCE',
    numbering: draft.form.numbering,
    draftedOn: addDays(consultationFrom ?? issuedOn, -gen.rng.int(20, 60)),
    consultationFrom,
    consultationUntil: consultationFrom ? addDays(consultationFrom, 29) : undefined,
    issuedOn,
    effectiveFrom,
    articles: articlesOf(draft, texts, draft.form.numbering === 'ARTICLE' ? effectiveFrom : null),
  };
  const spec: DocumentSpec = {
    title: draft.title,
    level: draft.form.level,
    issuer,
    regionCode: city,
    topics: docTopics,
    syntheticText: true,
    note: SYNTHETIC_LOCAL,
    versions: [first],
  };

  // lifecycle from its own stream: older policies are sometimes repealed, or revised in a later year
  const earliestLater = addYears(issuedOn, 1);
  if (year <= 2021 && life.chance(0.12)) {
    spec.repealedOn = life.dateBetween(addYears(issuedOn, 2), LAST_ISSUE); // issued by 2021: two years later is before LAST_ISSUE
    first.status = 'REPEALED';
  } else if (year <= 2022 && earliestLater < LAST_ISSUE && life.chance(0.1)) {
    const revisedOn = life.dateBetween(earliestLater, LAST_ISSUE);
    const revisedFrom = draft.form.numbering === 'ARTICLE' ? addDays(revisedOn, life.int(10, 40)) : revisedOn;
    const added = TEMPLATES[draft.topic].provisions.find((p) => !texts.includes(p));
    const revised = texts.map((t, i) => (i === 0 ? `${t.slice(0, -1)}，对拒不整改的，依法依规处理并纳入信用评价。` : t));
    if (added) revised.push(added);
    first.status = 'AMENDED';
    spec.versions.push({
      label: `${revisedOn.slice(0, 4)}年修订`,
      documentNumber: nextNumber(gen, prefix, Number(revisedOn.slice(0, 4))),
      status: 'IN_FORCE',
      numbering: draft.form.numbering,
      draftedOn: addDays(revisedOn, -life.int(40, 90)),
      issuedOn: revisedOn,
      effectiveFrom: revisedFrom,
      articles: articlesOf(draft, revised, draft.form.numbering === 'ARTICLE' ? revisedFrom : null),
    });
  }
  return spec;
}

function draftPolicy(gen: Generator, city: string, topics: WeightedTable<RegulationTopicCode>): DocumentSpec {
  const draft = draftTitle(gen, city, topics);
  const { issuer } = issuerOf(draft, city);
  const { topics: docTopics, texts } = provisionsOf(gen, draft);
  const inConsultation = gen.rng.chance(0.5);
  const status: RegulationStatus = inConsultation ? 'CONSULTATION' : 'DRAFT';
  const consultationFrom = inConsultation ? gen.rng.dateBetween('2024-08-01', '2024-09-05') : undefined;
  return {
    title: draft.title,
    level: draft.form.level,
    issuer,
    regionCode: city,
    topics: docTopics,
    syntheticText: true,
    note: SYNTHETIC_LOCAL,
    versions: [
      {
        label: inConsultation ? '征求意见稿' : '起草稿',
        documentNumber: null,
        status,
        numbering: draft.form.numbering,
        draftedOn: gen.rng.dateBetween('2024-03-01', consultationFrom ? addDays(consultationFrom, -10) : LAST_ISSUE),
        consultationFrom,
        consultationUntil: consultationFrom ? addDays(consultationFrom, 29) : undefined,
        articles: articlesOf(draft, texts, null),
      },
    ],
  };
}

const firstIssued = (spec: DocumentSpec): string | undefined => spec.versions[0]?.issuedOn;

/** The cities' policies: the named ones, and synthetic ones up to each year's total; then drafts. */
export function localPolicySpecs(seed: number, scale: number): DocumentSpec[] {
  const gen: Generator = { rng: new Rng(seed, 'regulations/local-policies'), usedTitles: new Set(NAMED_LOCAL_POLICIES.map((d) => d.title)), numbers: new Map() };
  const life = new Rng(seed, 'regulations/local-lifecycle');
  const cities = CITIES.map((c) => c.code);
  const weights = cities.map((c) => CITY_STYLE[c]!.weight);
  const specs: DocumentSpec[] = [...NAMED_LOCAL_POLICIES];
  for (const [yearText, perYear] of Object.entries(LOCAL_POLICIES_PER_YEAR)) {
    const year = Number(yearText);
    const named = NAMED_LOCAL_POLICIES.filter((d) => firstIssued(d)?.startsWith(yearText)).length;
    const total = Math.max(0, Math.round(perYear * scale) - named);
    const topics = topicTable(year);
    apportion(total, weights).forEach((count, i) => {
      for (let n = 0; n < count; n++) specs.push(issuedPolicy(gen, life, cities[i]!, year, topics));
    });
  }
  const drafts = new Rng(seed, 'regulations/local-drafts');
  const draftGen: Generator = { ...gen, rng: drafts };
  apportion(Math.round(LOCAL_DRAFTS * scale), weights).forEach((count, i) => {
    for (let n = 0; n < count; n++) specs.push(draftPolicy(draftGen, cities[i]!, topicTable(2024)));
  });
  if (specs.some((s) => s.versions.some((v) => (v.issuedOn ?? v.draftedOn) > AS_OF))) throw new Error('a local policy lies after AS_OF');
  return specs;
}
