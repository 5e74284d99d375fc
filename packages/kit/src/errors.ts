// GraphQL errors as data: every error a client can act on carries `extensions.code`.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error the client caused and can fix; its message is shown as is. */
export class WuyeError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }

  /** Bad input for `field` (a dotted path such as `input.uscc`); nothing was written. */
  static badInput(field: string, message: string): WuyeError {
    return new WuyeError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });
  }

  static unauthenticated(message = 'Sign in first: send "Authorization: Bearer <token>" (dev tokens: `npx wuye token`).'): WuyeError {
    return new WuyeError(ErrorCode.UNAUTHENTICATED, message);
  }

  static forbidden(message = 'Your role or region does not allow this.'): WuyeError {
    return new WuyeError(ErrorCode.FORBIDDEN, message);
  }

  static notFound(what: string, id: string): WuyeError {
    return new WuyeError(ErrorCode.NOT_FOUND, `${what} ${id} does not exist.`, { id });
  }

  static conflict(message: string): WuyeError {
    return new WuyeError(ErrorCode.CONFLICT, message);
  }
}

const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  // Apollo Server's own codes for requests it refuses before execution
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
  // the gateway's own: a subgraph did not answer (named in extensions.serviceName)
  'SUBGRAPH_UNAVAILABLE',
]);

/**
 * Masks everything the client did not cause: no stack traces, no SQL. The original is logged with
 * the request id so that an operator can find it from what the client reports.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  original: unknown,
  report: (error: unknown) => void,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  report(original);
  return {
    message: 'Internal server error: the request id in the response headers (x-request-id) identifies it in the logs.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
