import type { Context } from '../context.ts';
import type { ArticleRow } from '../../db/repositories/index.ts';
import { loadAll } from '../loaders.ts';

export const Article = {
  countries: (a: ArticleRow, _: unknown, ctx: Context) => loadAll(ctx.loaders.country, [...a.countries].sort()),
  officials: (a: ArticleRow, _: unknown, ctx: Context) => loadAll(ctx.loaders.official, a.officials),
  events: async (a: ArticleRow, _: unknown, ctx: Context) => loadAll(ctx.loaders.event, await ctx.loaders.articleEvents.load(a.id)),
  statements: (a: ArticleRow, _: unknown, ctx: Context) => ctx.loaders.articleStatements.load(a.id),
};
