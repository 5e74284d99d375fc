// Errors as the gateway reports them (`extensions.code`), typed for front ends.

/** The codes a Wuye gateway puts in `extensions.code`, and the client's own for failures without a GraphQL answer. */
export const WuyeErrorCode = {
  // the domains' (packages/kit/src/errors.ts)
  /** bad input; `field` names it (a dotted path such as `input.uscc`); nothing was written */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** no or an invalid token: sign in */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** the token's role or region does not allow this */
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  /** the state does not allow it (e.g. a transition, two corrections of one revision) */
  CONFLICT: 'CONFLICT',
  /** masked: the response's x-request-id identifies it in the gateway's logs */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  // the gateway's
  /** a subgraph (named in `serviceName`) did not answer: its fields are null, the rest of `data` stands */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** the deployment runs a safelist and this operation's hash is not in it (HTTP 403) */
  OPERATION_NOT_IN_SAFELIST: 'OPERATION_NOT_IN_SAFELIST',
  /** APQ: the gateway does not know this hash yet (the client then sends the text) */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** APQ is switched off on the gateway (WUYE_APQ=false) */
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST: 'BAD_REQUEST',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  // the gateway's limits (README § Gateway settings)
  MAX_DEPTH_EXCEEDED: 'MAX_DEPTH_EXCEEDED',
  MAX_ALIASES_EXCEEDED: 'MAX_ALIASES_EXCEEDED',
  MAX_ROOT_FIELDS_EXCEEDED: 'MAX_ROOT_FIELDS_EXCEEDED',
  MAX_DIRECTIVES_EXCEEDED: 'MAX_DIRECTIVES_EXCEEDED',
  MAX_TOKENS_EXCEEDED: 'MAX_TOKENS_EXCEEDED',
  MAX_DOCUMENT_SIZE_EXCEEDED: 'MAX_DOCUMENT_SIZE_EXCEEDED',
  MAX_LIST_SIZE_EXCEEDED: 'MAX_LIST_SIZE_EXCEEDED',
  MAX_COST_EXCEEDED: 'MAX_COST_EXCEEDED',
  /** HTTP 413: the request body is over the gateway's limit */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  // the client's own
  /** fetch failed: no answer (offline, DNS, CORS, aborted) */
  NETWORK_ERROR: 'NETWORK_ERROR',
  /** an HTTP answer that is not a GraphQL response (a proxy's 502 page, say); `status` has the status */
  HTTP_ERROR: 'HTTP_ERROR',
} as const;

/** A known code, or any other string a newer gateway or a plugin may send (kept, never dropped). */
export type WuyeErrorCode = (typeof WuyeErrorCode)[keyof typeof WuyeErrorCode] | (string & {});

/** The limits' codes: the operation is too big for the deployment; make it smaller. */
export const LIMIT_CODES: readonly WuyeErrorCode[] = [
  WuyeErrorCode.MAX_DEPTH_EXCEEDED,
  WuyeErrorCode.MAX_ALIASES_EXCEEDED,
  WuyeErrorCode.MAX_ROOT_FIELDS_EXCEEDED,
  WuyeErrorCode.MAX_DIRECTIVES_EXCEEDED,
  WuyeErrorCode.MAX_TOKENS_EXCEEDED,
  WuyeErrorCode.MAX_DOCUMENT_SIZE_EXCEEDED,
  WuyeErrorCode.MAX_LIST_SIZE_EXCEEDED,
  WuyeErrorCode.MAX_COST_EXCEEDED,
  WuyeErrorCode.PAYLOAD_TOO_LARGE,
];

/** One error of a GraphQL response, with its code taken out of `extensions`. */
export interface WuyeGraphQLError {
  message: string;
  /** `extensions.code`; INTERNAL_SERVER_ERROR when the server gave none */
  code: WuyeErrorCode;
  /** BAD_USER_INPUT: the input field at fault, e.g. `input.uscc` */
  field?: string;
  /** SUBGRAPH_UNAVAILABLE: the subgraph that did not answer */
  serviceName?: string;
  /** where in `data` the error happened */
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  extensions: Readonly<Record<string, unknown>>;
}

/**
 * A request that did not fully succeed. `code` (and `field`) are the first error's; `errors` has them all;
 * `data` keeps what did come back — with a subgraph down, every field it did not own.
 */
export class WuyeClientError<TData = unknown> extends Error {
  readonly code: WuyeErrorCode;
  declare readonly field?: string;
  readonly errors: readonly WuyeGraphQLError[];
  /** partial data, null or undefined when nothing came back */
  readonly data: TData | null | undefined;
  /** the HTTP status, when there was an answer */
  declare readonly status?: number;

  constructor(errors: readonly WuyeGraphQLError[], options: { data?: TData | null; status?: number; cause?: unknown } = {}) {
    const first = errors[0] ?? { message: 'Unknown error', code: WuyeErrorCode.INTERNAL_SERVER_ERROR, extensions: {} };
    super(errors.length > 1 ? `${first.message} (and ${errors.length - 1} more)` : first.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'WuyeClientError';
    this.code = first.code;
    if (first.field !== undefined) this.field = first.field;
    this.errors = errors;
    this.data = options.data;
    if (options.status !== undefined) this.status = options.status;
  }

  /** true when one of the errors has this code */
  has(code: WuyeErrorCode): boolean {
    return this.errors.some((e) => e.code === code);
  }
}

export function isWuyeClientError(error: unknown, code?: WuyeErrorCode): error is WuyeClientError {
  return error instanceof WuyeClientError && (code === undefined || error.has(code));
}

/** a response's `errors` entry (untrusted JSON) → WuyeGraphQLError */
export function toWuyeError(raw: unknown): WuyeGraphQLError {
  const e = (raw && typeof raw === 'object' ? raw : { message: String(raw) }) as Record<string, unknown>;
  const extensions = (e.extensions && typeof e.extensions === 'object' ? e.extensions : {}) as Record<string, unknown>;
  const error: WuyeGraphQLError = {
    message: typeof e.message === 'string' ? e.message : 'Unknown error',
    code: typeof extensions.code === 'string' ? extensions.code : WuyeErrorCode.INTERNAL_SERVER_ERROR,
    extensions,
  };
  if (typeof extensions.field === 'string') error.field = extensions.field;
  if (typeof extensions.serviceName === 'string') error.serviceName = extensions.serviceName;
  if (Array.isArray(e.path)) error.path = e.path as (string | number)[];
  if (Array.isArray(e.locations)) error.locations = e.locations as { line: number; column: number }[];
  return error;
}
