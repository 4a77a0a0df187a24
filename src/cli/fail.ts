import { DyadError } from '../errors.ts';

/** Prints one line that says what went wrong and what to do, then exits non-zero. */
export function exitWithError(error: unknown): never {
  if (error instanceof DyadError) {
    process.stderr.write(`dyad: ${error.message}${error.hint ? `\n  → ${error.hint}` : ''}\n`);
    process.exit(error.exitCode);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`dyad: unexpected error: ${message}\n`);
  if (process.env['DYAD_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
  process.exit(1);
}
