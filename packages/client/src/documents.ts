// Every operation document this package ships (the generated …Document constants, fragments left out):
// what the safelist manifest registers.
import * as generated from './generated/graphql.js';

export const operationDocuments: readonly InstanceType<typeof generated.TypedDocumentString>[] = Object.values(generated as Record<string, unknown>)
  .filter((value): value is InstanceType<typeof generated.TypedDocumentString> => value instanceof generated.TypedDocumentString)
  .filter((document) => !document.__meta__?.fragmentName);
