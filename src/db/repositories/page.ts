// Keyset pagination: opaque cursors that carry the sort key of the last row, so a page never depends on
// how many rows came before it (no SKIP) and stays stable while statements are added.
import { DyadError } from '../../errors.ts';

export interface Page<R> {
  rows: R[];
  hasNextPage: boolean;
}

export function encodeCursor(kind: string, parts: Record<string, string>): string {
  return Buffer.from(JSON.stringify([kind, parts]), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor(kind, ...)` with the given string fields; anything else is bad input. */
export function decodeCursor(kind: string, cursor: string, fields: readonly string[]): Record<string, string> {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (Array.isArray(decoded) && decoded[0] === kind && typeof decoded[1] === 'object' && decoded[1] !== null) {
    const parts = decoded[1] as Record<string, unknown>;
    if (fields.every((f) => typeof parts[f] === 'string')) return Object.fromEntries(fields.map((f) => [f, parts[f] as string]));
  }
  throw new DyadError('BAD_USER_INPUT', 'the cursor is not one this list gave out', { hint: 'pass an endCursor of the same list, unchanged' });
}

/** Splits the limit+1 rows a page query returned into the page and whether more follow. */
export function toPage<R>(rows: R[], size: number): Page<R> {
  return { rows: rows.slice(0, size), hasNextPage: rows.length > size };
}
