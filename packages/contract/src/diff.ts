// Classifies every change between two versions of the API schema as breaking, dangerous or safe —
// with GraphQL Inspector, not a differ of our own.
import { ChangeType, CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export type Severity = 'breaking' | 'dangerous' | 'safe';

export interface ClassifiedChange {
  severity: Severity;
  path: string;
  message: string;
}

export async function diffContracts(previousSdl: string, nextSdl: string): Promise<ClassifiedChange[]> {
  const changes: Change[] = await diff(buildSchema(previousSdl), buildSchema(nextSdl));
  return changes.map((change) => ({
    severity: optionalArgumentAdded(change) ? 'safe' : severityOf(change.criticality.level),
    path: change.path ?? '',
    message: change.message,
  }));
}

/**
 * Our policy differs from GraphQL Inspector's in one place: it calls an added optional argument
 * "dangerous"; a client that does not send it gets exactly what it got before, so we call it safe.
 */
function optionalArgumentAdded(change: Change): boolean {
  return change.type === ChangeType.FieldArgumentAdded && change.criticality.level === CriticalityLevel.Dangerous;
}

function severityOf(level: CriticalityLevel): Severity {
  if (level === CriticalityLevel.Breaking) return 'breaking';
  if (level === CriticalityLevel.Dangerous) return 'dangerous';
  return 'safe';
}

/** The smallest version bump the changes allow: breaking → major, anything else → minor, none → none. */
export function requiredBump(changes: ClassifiedChange[]): 'major' | 'minor' | 'none' {
  if (changes.some((c) => c.severity === 'breaking')) return 'major';
  return changes.length ? 'minor' : 'none';
}
