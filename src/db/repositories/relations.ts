// Relations are computed, not stored: a pair of countries is related when statements of one concern the
// other or events involve both. Pairs are keyed "A|B" with A < B.
import { readRows } from '../run.ts';

export type Pair = readonly [string, string];

export const pairKey = (pair: Pair) => `${pair[0]}|${pair[1]}`;
export const orderedPair = (a: string, b: string): Pair => (a < b ? [a, b] : [b, a]);

/** Whether each pair ("A|B") is related, without reading its statements. */
export async function relationsExist(keys: readonly string[]): Promise<boolean[]> {
  const rows = await readRows<{ key: string; related: boolean }>('read/relations-exist', { pairs: keys.map((k) => k.split('|')) });
  const found = new Map(rows.map((r) => [r.key, r.related]));
  return keys.map((key) => found.get(key) ?? false);
}

export interface TopicCountRow {
  topic: string;
  count: number;
}

/** Everything a relation view shows of a pair but its statements, read in one pass over the pair. */
export interface RelationSummary {
  key: string;
  statements: number;
  events: number;
  tone: number | null;
  firstAt: string | null;
  lastAt: string | null;
  /** Most frequent first, then by id. */
  topics: TopicCountRow[];
  /** Official ids, most active first (statements made plus events attended), then by name. */
  officials: string[];
}

interface Neighbour {
  isTopic: boolean;
  id: string;
  name: string | null;
  count: number;
}

type SummaryRow = Omit<RelationSummary, 'topics' | 'officials'> & { neighbours: Neighbour[] };

const byCountThen = (tie: (n: Neighbour) => string) => (x: Neighbour, y: Neighbour) => y.count - x.count || tie(x).localeCompare(tie(y));

function toSummary({ neighbours, ...row }: SummaryRow): RelationSummary {
  const topics = neighbours.filter((n) => n.isTopic).sort(byCountThen((n) => n.id));
  const counts = new Map<string, Neighbour>();
  for (const n of neighbours) {
    if (n.isTopic) continue;
    const seen = counts.get(n.id);
    counts.set(n.id, seen === undefined ? { ...n } : { ...seen, count: seen.count + n.count });
  }
  const officials = [...counts.values()].sort(byCountThen((n) => n.name ?? n.id));
  return { ...row, topics: topics.map((t) => ({ topic: t.id, count: t.count })), officials: officials.map((o) => o.id) };
}

export async function relationSummaries(keys: readonly string[]): Promise<RelationSummary[]> {
  const pairs = keys.map((k) => k.split('|'));
  const rows = await readRows<SummaryRow>('read/relation-summaries', { pairs });
  const found = new Map(rows.map((r) => [r.key, toSummary(r)]));
  return keys.map((key) => found.get(key) ?? { key, statements: 0, events: 0, tone: null, firstAt: null, lastAt: null, topics: [], officials: [] });
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

/** One count of a period: by kind (with the tone's sum over `toned` statements), by topic, or of events. */
export interface TimelineRow {
  period: string;
  kind: string | null;
  topic: string | null;
  statements: number;
  toneSum: number;
  toned: number;
  events: number;
}

const MONTHLY = new Set(['month', 'quarter', 'year']);
const monthStart = (d: string) => d.slice(8, 10) === '01';
const monthEnd = (d: string) => { const next = new Date(`${d.slice(0, 10)}T00:00:00Z`); next.setUTCDate(next.getUTCDate() + 1); return next.getUTCDate() === 1; };

/** From the pair's monthly tallies when the interval and bounds are whole months; else from the statements. */
export function relationTimeline(pair: Pair, unit: string, from: string | null, to: string | null): Promise<TimelineRow[]> {
  const monthly = MONTHLY.has(unit) && (from === null || monthStart(from)) && (to === null || monthEnd(to));
  return readRows<TimelineRow>(monthly ? 'read/relation-timeline' : 'read/relation-timeline-live', { a: pair[0], b: pair[1], unit, from, to });
}
