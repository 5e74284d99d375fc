// From specs to rows: ids in order, article numbers, each version's end of validity, the document's
// status — derived the same way for hand-written and generated documents, and checked.

import type { DocumentSpec } from './spec.js';
import { tagTopics } from './topics.js';
import type { RegulationDocumentRow, RegulationStatus, RegulationVersionRow } from './types.js';

const pad = (prefix: string, n: number, width: number) => `${prefix}${String(n).padStart(width, '0')}`;

/** IN_FORCE while a version is in force; REPEALED once repealed; else the latest version's status */
export function documentStatus(versions: readonly { status: RegulationStatus }[]): RegulationStatus {
  if (versions.some((v) => v.status === 'IN_FORCE')) return 'IN_FORCE';
  if (versions.some((v) => v.status === 'REPEALED')) return 'REPEALED';
  return versions.at(-1)!.status;
}

export function buildDocuments(specs: readonly DocumentSpec[]): RegulationDocumentRow[] {
  let versionSeq = 0;
  let articleSeq = 0;
  return specs.map((spec, d) => {
    const documentId = pad('RD', d + 1, 4);
    const versions = spec.versions.map((v, i): RegulationVersionRow => {
      const versionId = pad('RV', ++versionSeq, 5);
      let number = 0;
      const articles = v.articles.map((a) => {
        number = a.number ?? number + 1;
        return { id: pad('RA', ++articleSeq, 6), versionId, number, chapter: a.chapter, text: a.text, topics: tagTopics(a.text, a.topics) };
      });
      const successor = spec.versions.slice(i + 1).find((later) => later.effectiveFrom);
      const effectiveUntil = !v.effectiveFrom ? null : successor ? successor.effectiveFrom! : v.status === 'REPEALED' ? spec.repealedOn ?? null : null;
      return {
        id: versionId,
        documentId,
        number: i + 1,
        label: v.label,
        title: v.title ?? spec.title,
        documentNumber: v.documentNumber,
        status: v.status,
        numbering: v.numbering ?? 'ARTICLE',
        draftedOn: v.draftedOn,
        consultationFrom: v.consultationFrom ?? null,
        consultationUntil: v.consultationUntil ?? null,
        issuedOn: v.issuedOn ?? null,
        effectiveFrom: v.effectiveFrom ?? null,
        effectiveUntil,
        articles,
      };
    });
    const current = versions.find((v) => v.status === 'IN_FORCE') ?? versions.at(-1)!;
    const row: RegulationDocumentRow = {
      id: documentId,
      title: current.title,
      level: spec.level,
      issuer: spec.issuer,
      regionCode: spec.regionCode,
      status: documentStatus(versions),
      topics: [...spec.topics],
      syntheticText: spec.syntheticText,
      note: spec.note,
      repealedOn: spec.repealedOn ?? null,
      versions,
    };
    check(row);
    return row;
  });
}

/** What every document must satisfy; a spec that breaks it is a bug in the data. */
function check(doc: RegulationDocumentRow): void {
  const fail = (why: string) => {
    throw new Error(`regulations dataset: ${doc.id} ${doc.title}: ${why}`);
  };
  if (doc.versions.length === 0) fail('has no version');
  if (doc.versions.filter((v) => v.status === 'IN_FORCE').length > 1) fail('has two versions in force');
  if ((doc.status === 'REPEALED') !== !!doc.repealedOn) fail('repealedOn is set exactly when repealed');
  for (const v of doc.versions) {
    const promulgated = v.status === 'IN_FORCE' || v.status === 'AMENDED' || v.status === 'REPEALED';
    if (promulgated !== !!(v.issuedOn && v.effectiveFrom)) fail(`version ${v.number}: issuedOn/effectiveFrom are set exactly when promulgated`);
    if (v.issuedOn && v.effectiveFrom && v.effectiveFrom < v.issuedOn) fail(`version ${v.number}: effective before issued`);
    if (v.issuedOn && v.issuedOn < v.draftedOn) fail(`version ${v.number}: issued before drafted`);
    if (v.consultationFrom && (v.consultationFrom < v.draftedOn || !v.consultationUntil || v.consultationUntil < v.consultationFrom)) fail(`version ${v.number}: consultation dates`);
    if (v.status === 'CONSULTATION' && !v.consultationFrom) fail(`version ${v.number}: in consultation without dates`);
    if (v.effectiveUntil && v.effectiveFrom && v.effectiveUntil <= v.effectiveFrom) fail(`version ${v.number}: ends before it starts`);
    if (v.articles.length === 0) fail(`version ${v.number}: no articles`);
    const numbers = v.articles.map((a) => a.number);
    if (numbers.some((n, i) => i > 0 && n <= numbers[i - 1]!)) fail(`version ${v.number}: article numbers not increasing`);
  }
}
