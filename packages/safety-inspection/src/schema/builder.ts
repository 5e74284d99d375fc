import { createBuilder, type RequestContext } from '@wuye/kit';

export type SafetyContext = RequestContext;
export const builder = createBuilder<SafetyContext>();
