import { readRows } from '../run.ts';
import { lucenePrefixQuery } from './lucene.ts';
import { byKeys, listsByKeys, type CountryRow } from './rows.ts';
import { decodeCursor, encodeCursor, toPage, type Page } from './page.ts';

export async function countriesByCodes(codes: readonly string[]): Promise<(CountryRow | null)[]> {
  const rows = await readRows<CountryRow>('read/countries-by-codes', { codes: [...codes] });
  return byKeys(codes, rows, (r) => r.code);
}

export interface CountryQuery {
  search: string | null;
}

function searchParam(q: CountryQuery) {
  return { search: q.search === null ? null : lucenePrefixQuery(q.search) };
}

export const countryCursor = (row: CountryRow) => encodeCursor('country', { code: row.code });

export async function countriesPage(q: CountryQuery, size: number, after: string | null): Promise<Page<CountryRow>> {
  const cursor = after === null ? null : decodeCursor('country', after, ['code'])['code'];
  const rows = await readRows<CountryRow>('read/countries-page', { ...searchParam(q), after: cursor, limit: size + 1 });
  return toPage(rows, size);
}

export async function countCountries(q: CountryQuery): Promise<number> {
  const [row] = await readRows<{ n: number }>('read/countries-count', searchParam(q));
  return row?.n ?? 0;
}

export async function officialIdsByCountries(codes: readonly string[]): Promise<string[][]> {
  return listsByKeys(codes, await readRows('read/officials-by-countries', { codes: [...codes] }));
}
