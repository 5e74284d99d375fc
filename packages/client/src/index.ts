// @wuye/client — the typed client for the Wuye gateway: the generated operations and types (from the
// published contract), a fetch-based client, typed errors. No graphql-js at run time.
export { createWuyeClient, operationName } from './client.js';
export type { RequestOptions, VariablesArgs, WuyeClient, WuyeClientOptions, WuyeDocument, WuyeResult } from './client.js';
export { isWuyeClientError, LIMIT_CODES, WuyeClientError, WuyeErrorCode } from './errors.js';
export type { WuyeGraphQLError } from './errors.js';
export * from './generated/graphql.js';
/** every operation this package ships, for a safelist of your own (see `@wuye/client/manifest`) */
export { operationDocuments } from './documents.js';
