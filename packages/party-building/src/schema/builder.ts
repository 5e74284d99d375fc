import { createBuilder, type RequestContext } from '@wuye/kit';

export type PartyContext = RequestContext;
export const builder = createBuilder<PartyContext>();
