import type { Context } from '../context.ts';
import * as repo from '../../db/repositories/index.ts';
import type { SearchRow } from '../../db/repositories/index.ts';
import { pageSize } from '../inputs.ts';

const TYPE_OF = { STATEMENT: 'Statement', OFFICIAL: 'Official', COUNTRY: 'Country', ARTICLE: 'Article', TOPIC: 'Topic' } as const;

function loaderFor(kind: SearchRow['kind'], ctx: Context) {
  const l = ctx.loaders;
  return { STATEMENT: l.statement, OFFICIAL: l.official, COUNTRY: l.country, ARTICLE: l.article, TOPIC: l.topic }[kind] as {
    load: (id: string) => Promise<object | null>;
  };
}

/** Hits whose node is gone between the index and the load (a concurrent delete) are dropped. */
export async function search(text: string, first: number | null | undefined, ctx: Context) {
  const limit = pageSize(first, ctx, 20);
  const rows = await ctx.loaders.shared(JSON.stringify(['search', text, limit]), () => repo.searchAll(text, limit));
  const hits = await Promise.all(
    rows.map(async (row) => {
      const node = await loaderFor(row.kind, ctx).load(row.id);
      return node === null ? null : { score: row.score, kind: row.kind, node: { ...node, __typename: TYPE_OF[row.kind] } };
    }),
  );
  return hits.filter((h) => h !== null);
}

export const SearchResult = {
  __resolveType: (node: { __typename: string }) => node.__typename,
};
