// The life of a document (起草中 → 征求意见 → 施行 → 修订 / 废止) as rules on its versions, pure so that
// every transition can be tested on its own. A document has at most one version in force and at most
// one working version (a draft or a text out for consultation: the first text, or a revision).
// Published text is never changed in place: a revision is a new version, and bringing it into force
// marks the previous one AMENDED (修订) from the new one's effective date.

import { WuyeError } from '@wuye/kit';

export const STATUSES = ['DRAFT', 'CONSULTATION', 'IN_FORCE', 'AMENDED', 'REPEALED'] as const;
export type Status = (typeof STATUSES)[number];

export const ACTIONS = ['UPDATE_DRAFT', 'PUBLISH_FOR_CONSULTATION', 'BRING_INTO_FORCE', 'AMEND', 'REPEAL'] as const;
export type Action = (typeof ACTIONS)[number];

export const STATUS_NAMES: Record<Status, string> = { DRAFT: '起草中', CONSULTATION: '征求意见', IN_FORCE: '施行', AMENDED: '已修订', REPEALED: '已废止' };

export interface VersionState {
  id: string;
  number: number;
  status: Status;
}

/** the draft or consultation text, if any */
export const workingVersion = <V extends VersionState>(versions: readonly V[]): V | undefined => versions.find((v) => v.status === 'DRAFT' || v.status === 'CONSULTATION');
export const versionInForce = <V extends VersionState>(versions: readonly V[]): V | undefined => versions.find((v) => v.status === 'IN_FORCE');

/** IN_FORCE while a version is in force; REPEALED once repealed; else the working version's status */
export function documentStatus(versions: readonly VersionState[]): Status {
  if (versionInForce(versions)) return 'IN_FORCE';
  if (versions.some((v) => v.status === 'REPEALED')) return 'REPEALED';
  return versions.at(-1)?.status ?? 'DRAFT';
}

export interface Plan<V extends VersionState> {
  /** the version the action applies to (for AMEND: the version in force, which the revision starts from) */
  target: V;
  /** for BRING_INTO_FORCE: the version it supersedes; for REPEAL: a working revision withdrawn with it */
  other?: V;
}

/** Which versions an action changes; CONFLICT (naming the state and what is possible) when it is illegal. */
export function plan<V extends VersionState>(action: Action, documentId: string, versions: readonly V[]): Plan<V> {
  const working = workingVersion(versions);
  const inForce = versionInForce(versions);
  const state = describe(versions);
  const refuse = (what: string, hint: string) => WuyeError.conflict(`Regulation ${documentId} ${state}: ${what}. ${hint}`);
  switch (action) {
    case 'UPDATE_DRAFT':
      if (working?.status === 'DRAFT') return { target: working };
      throw refuse('only a draft (起草中) can be edited', working ? 'Text out for consultation is published: it is not changed in place.' : 'Published text is never changed in place: amend the document to start a revision.');
    case 'PUBLISH_FOR_CONSULTATION':
      if (working?.status === 'DRAFT') return { target: working };
      throw refuse('only a draft can be published for consultation', working ? 'It is already out for consultation: bring it into force next.' : 'Amend the document to start a new draft.');
    case 'BRING_INTO_FORCE':
      if (working?.status === 'CONSULTATION') return { target: working, other: inForce };
      throw refuse('only a text out for consultation (征求意见) can be brought into force', working ? 'Publish the draft for consultation first.' : 'Amend the document to start a new draft.');
    case 'AMEND':
      if (inForce && !working) return { target: inForce };
      throw refuse('only a document in force without a revision in progress can be amended', working && inForce ? `Revision ${working.number} is already in progress.` : 'Nothing of it is in force.');
    case 'REPEAL':
      if (inForce) return { target: inForce, other: working };
      throw refuse('only a document in force can be repealed', 'A draft that never came into force is not repealed.');
  }
}

function describe(versions: readonly VersionState[]): string {
  const working = workingVersion(versions);
  const status = documentStatus(versions);
  const revision = status === 'IN_FORCE' && working ? ` with revision ${working.number} ${STATUS_NAMES[working.status]} (${working.status})` : '';
  return `is ${STATUS_NAMES[status]} (${status})${revision}`;
}
