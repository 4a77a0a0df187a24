import { readRows, inWriteTransaction } from '../run.ts';
import { lucenePrefixQuery } from './lucene.ts';
import { byKeys, listsByKeys, type OfficialRow } from './rows.ts';
import { decodeCursor, encodeCursor, toPage, type Page } from './page.ts';

export async function officialsByIds(ids: readonly string[]): Promise<(OfficialRow | null)[]> {
  const rows = await readRows<OfficialRow>('read/officials-by-ids', { ids: [...ids] });
  return byKeys(ids, rows, (r) => r.id);
}

export interface OfficialQuery {
  country: string | null;
  search: string | null;
}

function params(q: OfficialQuery) {
  return { country: q.country, search: q.search === null ? null : lucenePrefixQuery(q.search) };
}

export const officialCursor = (row: OfficialRow) => encodeCursor('official', { name: row.name, id: row.id });

export async function officialsPage(q: OfficialQuery, size: number, after: string | null): Promise<Page<OfficialRow>> {
  const cursor = after === null ? null : decodeCursor('official', after, ['name', 'id']);
  const rows = await readRows<OfficialRow>('read/officials-page', { ...params(q), after: cursor, limit: size + 1 });
  return toPage(rows, size);
}

export async function countOfficials(q: OfficialQuery): Promise<number> {
  const [row] = await readRows<{ n: number }>('read/officials-count', params(q));
  return row?.n ?? 0;
}

export async function counterpartIds(ids: readonly string[]): Promise<string[][]> {
  return listsByKeys(ids, await readRows('read/counterparts-by-officials', { ids: [...ids] }));
}

/** Folds `merge` into `keep` in one transaction; false when either is missing. */
export async function mergeOfficials(keep: string, merge: string): Promise<boolean> {
  const { result } = await inWriteTransaction((tx) => tx.run<{ id: string }>('write/merge-officials', { keep, merge }));
  return result.length === 1;
}
