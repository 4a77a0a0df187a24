import { readRows } from '../run.ts';
import { luceneQuery } from './lucene.ts';

export interface SearchRow {
  kind: 'STATEMENT' | 'OFFICIAL' | 'COUNTRY' | 'ARTICLE' | 'TOPIC';
  id: string;
  score: number;
}

/** Ranked full-text hits over every searchable kind; [] for text without words. */
export async function searchAll(text: string, limit: number): Promise<SearchRow[]> {
  const query = luceneQuery(text, 'any');
  if (query === null) return [];
  return readRows<SearchRow>('read/search', { query, limit });
}
