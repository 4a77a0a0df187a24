// Errors with a closed set of codes. The API maps them to GraphQL `extensions.code`;
// the CLI prints the message and the hint, and exits with `exitCode`.

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'UNAVAILABLE',
  'CONFIG',
  'ENVIRONMENT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DyadError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly exitCode: number;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown; exitCode?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DyadError';
    this.code = code;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? (code === 'BAD_USER_INPUT' || code === 'CONFIG' ? 2 : 1);
  }
}
