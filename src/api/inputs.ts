// Checks arguments before anything reaches Neo4j: page sizes, codes, dates, filters. Unknown countries are
// bad input (the client named something that does not exist), so a typo never reads as "no statements".
import type { Context } from './context.ts';
import { badInput } from './errors.ts';
import type { EventQuery, StatementOrder, StatementQuery } from '../db/repositories/index.ts';
import { luceneQuery } from '../db/repositories/lucene.ts';

export const DEFAULT_PAGE_SIZE = 20;

export function pageSize(first: number | null | undefined, ctx: Context, fallback = DEFAULT_PAGE_SIZE): number {
  const max = ctx.config.maxPageSize;
  if (first === null || first === undefined) return Math.min(fallback, max);
  if (!Number.isInteger(first) || first < 0) throw badInput(`first must be a whole number from 0 to ${max}`);
  if (first > max) throw badInput(`first must be at most ${max} (MAX_PAGE_SIZE)`);
  return first;
}

/** Upper-cases a country code and checks that the country exists. */
export async function countryCode(code: string, ctx: Context, what = 'country'): Promise<string> {
  const normal = code.trim().toUpperCase();
  if (normal.length === 0 || (await ctx.loaders.country.load(normal)) === null) {
    throw badInput(`unknown ${what} code "${code}"`);
  }
  return normal;
}

async function optionalCountry(code: string | null | undefined, ctx: Context, what: string): Promise<string | null> {
  return code === null || code === undefined ? null : countryCode(code, ctx, what);
}

export async function countryPair(a: string, b: string, ctx: Context): Promise<readonly [string, string]> {
  const [x, y] = await Promise.all([countryCode(a, ctx), countryCode(b, ctx)]);
  if (x === y) throw badInput('a relation needs two different countries');
  return x < y ? [x, y] : [y, x];
}

export interface StatementFilterInput {
  speaker?: string | null;
  speakerCountry?: string | null;
  target?: string | null;
  between?: readonly string[] | null;
  topic?: string | null;
  kind?: string | null;
  language?: string | null;
  from?: string | null;
  to?: string | null;
  text?: string | null;
}

function checkRange(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && from > to) throw badInput('from must not be after to');
}

export async function statementQuery(input: StatementFilterInput | null | undefined, ctx: Context): Promise<StatementQuery> {
  const f = input ?? {};
  checkRange(f.from, f.to);
  if (f.text !== null && f.text !== undefined && luceneQuery(f.text) === null) throw badInput('text must contain at least one word');
  if (f.between !== null && f.between !== undefined && f.between.length !== 2) throw badInput('between takes exactly two country codes');
  const [speakerCountry, target, between] = await Promise.all([
    optionalCountry(f.speakerCountry, ctx, 'speakerCountry'),
    optionalCountry(f.target, ctx, 'target'),
    f.between ? countryPair(f.between[0] ?? '', f.between[1] ?? '', ctx) : null,
  ]);
  return {
    speaker: f.speaker ?? null,
    speakerCountry,
    target,
    between,
    topic: f.topic ?? null,
    kind: f.kind ?? null,
    language: f.language ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    text: f.text ?? null,
  };
}

/**
 * Adds the fixed scope of a parent field (an official's, a relation's) to a client filter; null when the two
 * contradict each other (Official.statements with another speaker), which matches nothing.
 */
export function narrow(query: StatementQuery, scope: StatementQuery): StatementQuery | null {
  for (const [key, value] of Object.entries(scope)) {
    const current = (query as Record<string, unknown>)[key];
    if (current !== null && current !== undefined && JSON.stringify(current) !== JSON.stringify(value)) return null;
  }
  return { ...query, ...scope };
}

export interface EventFilterInput {
  type?: string | null;
  country?: string | null;
  between?: readonly string[] | null;
  participant?: string | null;
  from?: string | null;
  to?: string | null;
}

export async function eventQuery(input: EventFilterInput | null | undefined, ctx: Context): Promise<EventQuery> {
  const f = input ?? {};
  checkRange(f.from, f.to);
  if (f.between !== null && f.between !== undefined && f.between.length !== 2) throw badInput('between takes exactly two country codes');
  const codes = await Promise.all([...(f.country ? [f.country] : []), ...(f.between ?? [])].map((c) => countryCode(c, ctx)));
  return { type: f.type ?? null, involves: [...new Set(codes)], participant: f.participant ?? null, from: f.from ?? null, to: f.to ?? null };
}

export function statementOrder(order: string | null | undefined): StatementOrder {
  return order === 'DATE_ASC' ? 'DATE_ASC' : 'DATE_DESC';
}

const UNITS = { DAY: 'day', WEEK: 'week', MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' } as const;
export type IntervalName = keyof typeof UNITS;
export const truncateUnit = (interval: IntervalName) => UNITS[interval];
