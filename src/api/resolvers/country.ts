import type { Context } from '../context.ts';
import type { CountryRow } from '../../db/repositories/index.ts';
import { loadAll } from '../loaders.ts';
import { countryCode } from '../inputs.ts';
import { relationOf } from './relation.ts';
import { partnersOf } from './partner.ts';

export const Country = {
  name: (c: CountryRow, args: { language?: string | null }) => {
    const prefix = `${(args.language ?? '').toLowerCase()}:`;
    const found = args.language ? c.names.find((n) => n.startsWith(prefix)) : undefined;
    return found === undefined ? c.name : found.slice(prefix.length);
  },
  officials: async (c: CountryRow, _: unknown, ctx: Context) => loadAll(ctx.loaders.official, await ctx.loaders.countryOfficials.load(c.code)),
  partners: (c: CountryRow, args: { first?: number | null }, ctx: Context) => partnersOf(c.code, args.first, ctx),
  relation: async (c: CountryRow, args: { with: string }, ctx: Context) => relationOf(c.code, await countryCode(args.with, ctx), ctx),
};
