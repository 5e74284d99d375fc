import { createBuilder, type RequestContext } from '@wuye/kit';

export type RevenueContext = RequestContext;
export const builder = createBuilder<RevenueContext>();
