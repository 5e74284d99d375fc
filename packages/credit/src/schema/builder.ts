import { createBuilder, type RequestContext } from '@wuye/kit';

export type CreditContext = RequestContext;
export const builder = createBuilder<CreditContext>();
