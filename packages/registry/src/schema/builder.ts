import { createBuilder, type RequestContext } from '@wuye/kit';

export type RegistryContext = RequestContext;
export const builder = createBuilder<RegistryContext>();
