import type { Context } from '../context.ts';
import * as repo from '../../db/repositories/index.ts';
import type { Pair } from '../../db/repositories/index.ts';
import { loadAll } from '../loaders.ts';
import { badInput } from '../errors.ts';
import { narrow, statementQuery, truncateUnit, type IntervalName, type StatementFilterInput } from '../inputs.ts';
import { eventConnection, statementConnection, type PageArgs } from '../connections.ts';
import { buildTimeline } from './period.ts';

export interface RelationParent {
  pair: Pair;
}

/** The relation of two checked codes, or null when nothing links them. */
export async function relationOf(a: string, b: string, ctx: Context): Promise<RelationParent | null> {
  if (a === b) throw badInput('a relation needs two different countries');
  const pair = repo.orderedPair(a, b);
  return (await ctx.loaders.relationExists.load(repo.pairKey(pair))) ? { pair } : null;
}

const summary = (r: RelationParent, ctx: Context) => ctx.loaders.relationSummary.load(repo.pairKey(r.pair));

export const Relation = {
  countries: (r: RelationParent, _: unknown, ctx: Context) => loadAll(ctx.loaders.country, r.pair),
  events: (r: RelationParent, args: PageArgs, ctx: Context) => eventConnection({ involves: r.pair }, args, ctx),
  statements: async (r: RelationParent, args: PageArgs & { filter?: StatementFilterInput | null; orderBy?: string | null }, ctx: Context) =>
    statementConnection(narrow(await statementQuery(args.filter, ctx), { between: r.pair }), args, ctx),
  topics: async (r: RelationParent, _: unknown, ctx: Context) => {
    const counts = (await summary(r, ctx)).topics;
    const topics = await ctx.loaders.topic.loadMany(counts.map((c) => c.topic));
    return counts.flatMap((c, i) => {
      const topic = topics[i];
      return topic && !(topic instanceof Error) ? [{ topic, count: c.count }] : [];
    });
  },
  officials: async (r: RelationParent, _: unknown, ctx: Context) =>
    loadAll(ctx.loaders.official, (await summary(r, ctx)).officials),
  firstAt: async (r: RelationParent, _: unknown, ctx: Context) => (await summary(r, ctx)).firstAt,
  lastAt: async (r: RelationParent, _: unknown, ctx: Context) => (await summary(r, ctx)).lastAt,
  tone: async (r: RelationParent, _: unknown, ctx: Context) => (await summary(r, ctx)).tone,
  statementCount: async (r: RelationParent, _: unknown, ctx: Context) => (await summary(r, ctx)).statements,
  eventCount: async (r: RelationParent, _: unknown, ctx: Context) => (await summary(r, ctx)).events,
  timeline: async (r: RelationParent, args: { interval: IntervalName; from?: string | null; to?: string | null }, ctx: Context) => {
    if (args.from && args.to && args.from > args.to) throw badInput('from must not be after to');
    const key = ['timeline', repo.pairKey(r.pair), args.interval, args.from ?? '', args.to ?? ''].join('|');
    const rows = await ctx.loaders.shared(key, () => repo.relationTimeline(r.pair, truncateUnit(args.interval), args.from ?? null, args.to ?? null));
    return buildTimeline(rows, args.interval);
  },
};
