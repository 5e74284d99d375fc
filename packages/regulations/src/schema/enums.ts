// The enums of the regulations schema; values are SCREAMING_SNAKE, each described in Chinese first.
import { builder } from './builder.js';

export const LevelEnum = builder.enumType('RegulationLevel', {
  description: '效力层级 — the level of a document',
  values: {
    LAW: { description: '法律 — adopted by the National People\'s Congress or its Standing Committee' },
    ADMINISTRATIVE_REGULATION: { description: '行政法规 — issued by the State Council' },
    LOCAL_REGULATION: { description: '地方性法规 — adopted by a provincial (or city) people\'s congress' },
    NORMATIVE_DOCUMENT: { description: '规范性文件 — measures, opinions and notices of governments and departments' },
    MODEL_TEXT: { description: '示范文本 — a model text, e.g. of a service contract' },
    IMPLEMENTING_RULES: { description: '实施细则 — rules implementing a higher document' },
  } as const,
});

export const StatusEnum = builder.enumType('RegulationStatus', {
  description: '状态 — where a document or version is in its life: 起草中 → 征求意见 → 施行 → 修订 / 废止',
  values: {
    DRAFT: { description: '起草中 — being drafted (seen only by the officials over the issuing region)' },
    CONSULTATION: { description: '征求意见 — published for public comment' },
    IN_FORCE: { description: '施行 — promulgated and in force (from its effective date)' },
    AMENDED: { description: '修订 — a version superseded by a later one (the document itself stays in force)' },
    REPEALED: { description: '废止 — repealed' },
  } as const,
});

export const NumberingEnum = builder.enumType('RegulationNumbering', {
  description: '条文编号 — how a version numbers its provisions',
  values: { ARTICLE: { description: '第N条 — articles (laws, regulations, measures)' }, ITEM: { description: '一、二、 — items (opinions, notices, plans)' } } as const,
});

export const ChangeKindEnum = builder.enumType('RegulationChangeKind', {
  description: '条文变化 — how an article changed between two versions',
  values: {
    UNCHANGED: { description: '未变 — same text (perhaps under another number)' },
    MODIFIED: { description: '修改 — the same article, reworded' },
    ADDED: { description: '新增 — only in the later version' },
    REMOVED: { description: '删除 — only in the earlier version' },
  } as const,
});

export const SegmentKindEnum = builder.enumType('RegulationTextSegmentKind', {
  description: '文字差异 — a piece of a character diff',
  values: { EQUAL: { description: '相同 — in both texts' }, INSERTED: { description: '增加 — only in the later text' }, DELETED: { description: '删除 — only in the earlier text' } } as const,
});

export const MatchFieldEnum = builder.enumType('RegulationMatchField', {
  description: '命中位置 — where a search hit matched',
  values: { TITLE: { description: '标题 — the title (or document number) of a version' }, ARTICLE: { description: '条文 — the text of an article' } } as const,
});

export const ScopeEnum = builder.enumType('RegulationScope', {
  description: '范围 — which documents a region\'s list holds',
  values: {
    ISSUED_HERE: { description: '本地制定 — issued by the region or by the governments below it' },
    APPLICABLE: { description: '适用 — applying in the region: national law, the province\'s documents and the region\'s city\'s' },
  } as const,
});
