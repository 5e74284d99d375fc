// The registry's entities this subgraph extends: only their keys.
import { builder } from './builder.js';

const codeKey = builder.selection<{ code: string }>('code');
const idKey = builder.selection<{ id: string }>('id');

// (annotated through the builder: the plugin's ExternalEntityRef class is not exported by name)
export const RegionRef: ReturnType<typeof builder.externalRef<typeof codeKey>> = builder.externalRef('Region', codeKey);
export const EstateRef: ReturnType<typeof builder.externalRef<typeof idKey>> = builder.externalRef('ResidentialEstate', idKey);
export const CompanyRef: ReturnType<typeof builder.externalRef<typeof idKey>> = builder.externalRef('PropertyCompany', idKey);

// credit adds nothing to the estate: it is referenced by credit events and honours only
EstateRef.implement({ externalFields: () => ({}), fields: (t) => ({ id: t.exposeID('id') }) });
