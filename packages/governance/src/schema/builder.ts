import { createBuilder, type RequestContext } from '@wuye/kit';

export type GovernanceContext = RequestContext;
export const builder = createBuilder<GovernanceContext>();
