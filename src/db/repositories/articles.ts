import { readRows } from '../run.ts';
import { byKeys, listsByKeys, type ArticleRow } from './rows.ts';

export async function articlesByIds(ids: readonly string[]): Promise<(ArticleRow | null)[]> {
  const rows = await readRows<ArticleRow>('read/articles-by-ids', { ids: [...ids] });
  return byKeys(ids, rows, (r) => r.id);
}

export async function eventIdsByArticles(ids: readonly string[]): Promise<string[][]> {
  return listsByKeys(ids, await readRows('read/events-by-articles', { ids: [...ids] }));
}
