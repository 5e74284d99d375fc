// Documents written by hand (curated.ts) or generated (local-policies.ts) are first described as specs;
// build.ts numbers them and derives ids, dates and statuses the same way for both.

import type { RegulationNumbering, RegulationLevel, RegulationStatus, RegulationTopicCode } from './types.js';

export interface ArticleSpec {
  /** explicit number (excerpts keep the original's); else the next one */
  number?: number;
  chapter: string | null;
  text: string;
  /** topics beyond those its words give (topics.ts) */
  topics?: RegulationTopicCode[];
}

export interface VersionSpec {
  label: string | null;
  title?: string;
  documentNumber: string | null;
  status: RegulationStatus;
  numbering?: RegulationNumbering;
  draftedOn: string;
  consultationFrom?: string;
  consultationUntil?: string;
  issuedOn?: string;
  effectiveFrom?: string;
  articles: ArticleSpec[];
}

export interface DocumentSpec {
  title: string;
  level: RegulationLevel;
  issuer: string;
  regionCode: string | null;
  topics: RegulationTopicCode[];
  syntheticText: boolean;
  note: string | null;
  repealedOn?: string;
  /** oldest first */
  versions: VersionSpec[];
}

/** Articles of one chapter: `chapter('第一章 总则', ['…', '…'])`. */
export function chapter(name: string | null, texts: readonly (string | ArticleSpec)[]): ArticleSpec[] {
  return texts.map((t) => (typeof t === 'string' ? { chapter: name, text: t } : { ...t, chapter: name }));
}
