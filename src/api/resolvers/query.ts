import { createRequire } from 'node:module';
import type { Context } from '../context.ts';
import * as repo from '../../db/repositories/index.ts';
import { neo4jAnswers } from '../health.ts';
import { toConnection, statementConnection, eventConnection, type PageArgs } from '../connections.ts';
import {
  countryCode,
  countryPair,
  eventQuery,
  pageSize,
  statementQuery,
  type EventFilterInput,
  type IntervalName,
  type StatementFilterInput,
} from '../inputs.ts';
import { relationOf } from './relation.ts';
import { search } from './search.ts';
import { timeSeries, type MetricName } from './time-series.ts';
import type { SeriesGroup } from '../../db/repositories/index.ts';

const pkg = createRequire(import.meta.url)('../../../package.json') as { version: string };

type StatementArgs = PageArgs & { filter?: StatementFilterInput | null; orderBy?: string | null };

export const Query = {
  health: async () => {
    const neo4j = await neo4jAnswers();
    return { ok: neo4j, version: pkg.version, neo4j };
  },

  country: (_: unknown, args: { code: string }, ctx: Context) => ctx.loaders.country.load(args.code.trim().toUpperCase()),
  countries: async (_: unknown, args: PageArgs & { search?: string | null }, ctx: Context) => {
    const q = { search: args.search ?? null };
    const size = pageSize(args.first, ctx);
    const after = args.after ?? null;
    const page = await repo.countriesPage(q, size, after);
    for (const row of page.rows) ctx.loaders.country.prime(row.code, row);
    return toConnection(page, repo.countryCursor, after, () => repo.countCountries(q));
  },

  official: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.official.load(args.id),
  officials: async (_: unknown, args: PageArgs & { country?: string | null; search?: string | null }, ctx: Context) => {
    const q = { country: args.country ? await countryCode(args.country, ctx) : null, search: args.search ?? null };
    const size = pageSize(args.first, ctx);
    const after = args.after ?? null;
    const page = await repo.officialsPage(q, size, after);
    for (const row of page.rows) ctx.loaders.official.prime(row.id, row);
    return toConnection(page, repo.officialCursor, after, () => repo.countOfficials(q));
  },

  topic: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.topic.load(args.id),
  topics: (_: unknown, __: unknown, ctx: Context) => ctx.loaders.allTopics(),

  relation: async (_: unknown, args: { a: string; b: string }, ctx: Context) => {
    const [a, b] = await countryPair(args.a, args.b, ctx);
    return relationOf(a, b, ctx);
  },

  statements: async (_: unknown, args: StatementArgs, ctx: Context) => statementConnection(await statementQuery(args.filter, ctx), args, ctx),

  event: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.event.load(args.id),
  events: async (_: unknown, args: PageArgs & { filter?: EventFilterInput | null }, ctx: Context) =>
    eventConnection(await eventQuery(args.filter, ctx), args, ctx),

  article: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.article.load(args.id),

  search: (_: unknown, args: { text: string; first?: number | null }, ctx: Context) => search(args.text, args.first, ctx),

  timeSeries: async (
    _: unknown,
    args: { metric: MetricName; interval: IntervalName; filter?: StatementFilterInput | null; groupBy?: SeriesGroup | null },
    ctx: Context,
  ) => timeSeries(args.metric, args.interval, await statementQuery(args.filter, ctx), args.groupBy ?? null),
};
