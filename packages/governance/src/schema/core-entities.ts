// The registry's entities this subgraph extends or returns: only their keys.
import { builder } from './builder.js';

const codeKey = builder.selection<{ code: string }>('code');
const idKey = builder.selection<{ id: string }>('id');

// (annotated through the builder: the plugin's ExternalEntityRef class is not exported by name, and
// declaration files need a name for it)
export const RegionRef: ReturnType<typeof builder.externalRef<typeof codeKey>> = builder.externalRef('Region', codeKey);
export const EstateRef: ReturnType<typeof builder.externalRef<typeof idKey>> = builder.externalRef('ResidentialEstate', idKey);
export const CompanyRef: ReturnType<typeof builder.externalRef<typeof idKey>> = builder.externalRef('PropertyCompany', idKey);

// returned (a party's company, a hand-over's company) but not extended: the key only, for the gateway
CompanyRef.implement({ externalFields: () => ({}), fields: (t) => ({ id: t.exposeID('id') }) });
