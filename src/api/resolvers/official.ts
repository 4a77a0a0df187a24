import type { Context } from '../context.ts';
import type { OfficialRow } from '../../db/repositories/index.ts';
import { loadAll } from '../loaders.ts';
import { eventQuery, narrow, statementQuery, type EventFilterInput, type StatementFilterInput } from '../inputs.ts';
import { eventConnection, statementConnection, type PageArgs } from '../connections.ts';

export const Official = {
  country: (o: OfficialRow, _: unknown, ctx: Context) => (o.countryCode === null ? null : ctx.loaders.country.load(o.countryCode)),
  statements: async (o: OfficialRow, args: PageArgs & { filter?: StatementFilterInput | null; orderBy?: string | null }, ctx: Context) =>
    statementConnection(narrow(await statementQuery(args.filter, ctx), { speaker: o.id }), args, ctx),
  events: async (o: OfficialRow, args: PageArgs & { filter?: EventFilterInput | null }, ctx: Context) => {
    const query = await eventQuery(args.filter, ctx);
    if (query.participant && query.participant !== o.id) return eventConnection({ ...query, type: '\u0000' }, args, ctx);
    return eventConnection({ ...query, participant: o.id }, args, ctx);
  },
  counterparts: async (o: OfficialRow, _: unknown, ctx: Context) => loadAll(ctx.loaders.official, await ctx.loaders.counterparts.load(o.id)),
};
