// Shared by the integration tests: the subgraph on its own database, cloned from a template that is
// rebuilt whenever the demo slice or the migration's SQL changes.
import { createHash } from 'node:crypto';
import { generateRegulations } from '@wuye/dataset';
import { signToken, type Role } from '@wuye/kit';
import { startSubgraphForTest, type SubgraphUnderTest } from '@wuye/kit/testing';
import regulations from './index.js';
import { InitialRegulations } from './migrations/20241120-initial.js';

export const slice = generateRegulations();

export function startRegulations(): Promise<SubgraphUnderTest> {
  const fingerprint = createHash('sha256').update(JSON.stringify(slice)).update(InitialRegulations.toString()).digest('hex');
  return startSubgraphForTest(regulations, { fingerprint });
}

export const token = (role: Exclude<Role, 'PUBLIC'>, region: string) => signToken({ role, region });

export type Result<T> = Awaited<ReturnType<SubgraphUnderTest['query']>> & { data?: T };
