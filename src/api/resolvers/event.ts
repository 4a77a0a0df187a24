import type { Context } from '../context.ts';
import type { EventRow } from '../../db/repositories/index.ts';
import { loadAll } from '../loaders.ts';
import { narrow, statementQuery, type StatementFilterInput } from '../inputs.ts';
import { statementConnection, type PageArgs } from '../connections.ts';

export const Event = {
  countries: (e: EventRow, _: unknown, ctx: Context) => loadAll(ctx.loaders.country, [...e.countries].sort()),
  participants: (e: EventRow, _: unknown, ctx: Context) => loadAll(ctx.loaders.official, e.participants),
  articles: (e: EventRow, _: unknown, ctx: Context) => loadAll(ctx.loaders.article, e.articles),
  statements: async (e: EventRow, args: PageArgs & { filter?: StatementFilterInput | null; orderBy?: string | null }, ctx: Context) =>
    statementConnection(narrow(await statementQuery(args.filter, ctx), { event: e.id }), args, ctx),
};
