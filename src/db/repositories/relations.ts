// Relations are computed, not stored: a pair of countries is related when statements of one concern the
// other or events involve both. Pairs are keyed "A|B" with A < B.
import { readRows } from '../run.ts';
import { listsByKeys } from './rows.ts';

export type Pair = readonly [string, string];

export const pairKey = (pair: Pair) => `${pair[0]}|${pair[1]}`;
export const orderedPair = (a: string, b: string): Pair => (a < b ? [a, b] : [b, a]);

export interface RelationSummary {
  key: string;
  statements: number;
  events: number;
  tone: number | null;
  firstAt: string | null;
  lastAt: string | null;
}

export async function relationSummaries(keys: readonly string[]): Promise<RelationSummary[]> {
  const pairs = keys.map((k) => k.split('|'));
  const rows = await readRows<RelationSummary>('read/relation-summaries', { pairs });
  const found = new Map(rows.map((r) => [r.key, r]));
  return keys.map((key) => found.get(key) ?? { key, statements: 0, events: 0, tone: null, firstAt: null, lastAt: null });
}

export interface TopicCountRow {
  topic: string;
  count: number;
}

export async function relationTopics(keys: readonly string[]): Promise<TopicCountRow[][]> {
  const rows = await readRows<{ key: string; topics: TopicCountRow[] }>('read/relation-topics', { pairs: keys.map((k) => k.split('|')) });
  const found = new Map(rows.map((r) => [r.key, r.topics]));
  return keys.map((key) => found.get(key) ?? []);
}

export async function relationOfficialIds(keys: readonly string[]): Promise<string[][]> {
  return listsByKeys(keys, await readRows('read/relation-officials', { pairs: keys.map((k) => k.split('|')) }));
}

export interface PartnerRow {
  code: string;
  statements: number;
  events: number;
  weight: number;
}

export function partners(code: string, limit: number): Promise<PartnerRow[]> {
  return readRows<PartnerRow>('read/partners', { code, limit });
}

export interface TimelineRow {
  period: string;
  statements: number;
  tone: number | null;
  kinds: string[];
  topics: string[][];
  events: number;
}

export function relationTimeline(pair: Pair, unit: string, from: string | null, to: string | null): Promise<TimelineRow[]> {
  return readRows<TimelineRow>('read/relation-timeline', { a: pair[0], b: pair[1], unit, from, to });
}
