// What clients see when something goes wrong: a GraphQLError whose `extensions.code` comes from a closed list.
// DyadErrors keep their code and message; armor's refusals become QUERY_TOO_COMPLEX; GraphQL's own parse and
// validation errors pass through; anything else is masked as INTERNAL and logged with its stack.
import { GraphQLError } from './graphql.ts';
import type { Logger } from 'pino';
import { DyadError, type ErrorCode } from '../errors.ts';

export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'UNAVAILABLE',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

const FROM_DYAD: Record<ErrorCode, ApiErrorCode> = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  UNAVAILABLE: 'UNAVAILABLE',
  CONFIG: 'INTERNAL',
  ENVIRONMENT: 'UNAVAILABLE',
  INTERNAL: 'INTERNAL',
};

export function apiError(code: ApiErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extra, code } });
}

export const badInput = (message: string) => apiError('BAD_USER_INPUT', message);

/** Marks an armor refusal (called from armor's onReject) so that it is not masked. */
export function markRefusal(error: GraphQLError): void {
  (error.extensions as Record<string, unknown>)['code'] = 'QUERY_TOO_COMPLEX';
}

const KNOWN = new Set<string>(API_ERROR_CODES);

/** Where the error happened in the document and the result, when known. */
function location(error: unknown) {
  if (!(error instanceof GraphQLError)) return {};
  return {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    ...(error.source ? { source: error.source } : {}),
    ...(error.positions ? { positions: error.positions } : {}),
    ...(error.path ? { path: error.path } : {}),
  };
}

/** Yoga's maskError: keeps coded errors, maps DyadErrors, masks and logs the rest. */
export function createMaskError(log: Logger) {
  return (error: unknown, message: string): Error => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof DyadError) {
      const code = FROM_DYAD[original.code];
      if (code === 'INTERNAL') log.error({ err: original }, 'internal error');
      const safe = code === 'INTERNAL' ? 'Unexpected error.' : original.message;
      return new GraphQLError(safe, {
        ...location(error),
        extensions: { code, ...(original.hint !== undefined && code !== 'INTERNAL' ? { hint: original.hint } : {}) },
      });
    }
    // A coded GraphQLError, or one wrapped by the executor (armor's refusals are thrown during validation).
    for (const candidate of [error, original]) {
      if (candidate instanceof GraphQLError && KNOWN.has(String(candidate.extensions['code']))) {
        return candidate === error ? candidate : new GraphQLError(candidate.message, { ...location(error), extensions: { ...candidate.extensions } });
      }
    }
    // Errors of GraphQL itself (syntax, unknown fields, variables that do not coerce) happen before execution:
    // they have no path in the result, or no original error at all.
    if (error instanceof GraphQLError && (error.originalError === undefined || error.path === undefined)) {
      return new GraphQLError(error.message, { ...location(error), extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } });
    }
    log.error({ err: original }, 'unexpected error in a resolver');
    return new GraphQLError(message, {
      ...location(error),
      extensions: { code: 'INTERNAL' },
    });
  };
}
