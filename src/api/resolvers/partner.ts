import type { Context } from '../context.ts';
import * as repo from '../../db/repositories/index.ts';
import type { PartnerRow } from '../../db/repositories/index.ts';
import { pageSize } from '../inputs.ts';

export interface PartnerParent extends PartnerRow {
  of: string;
}

export async function partnersOf(code: string, first: number | null | undefined, ctx: Context): Promise<PartnerParent[]> {
  const limit = pageSize(first, ctx, 10);
  const rows = await ctx.loaders.shared(`partners|${code}|${limit}`, () => repo.partners(code, limit));
  return rows.map((row) => ({ ...row, of: code }));
}

export const Partner = {
  country: (p: PartnerParent, _: unknown, ctx: Context) => ctx.loaders.country.load(p.code),
  relation: (p: PartnerParent) => ({ pair: repo.orderedPair(p.of, p.code) }),
};
