// Relation timelines: rows per period from Neo4j, merged, counted by kind and topic, with empty periods
// between the first and the last filled in so that a chart's x axis has no holes.
import type { Context } from '../context.ts';
import type { TimelineRow } from '../../db/repositories/index.ts';
import type { IntervalName } from '../inputs.ts';
import { loadAll } from '../loaders.ts';

export interface PeriodParent {
  start: string;
  end: string;
  statements: number;
  events: number;
  tone: number | null;
  kinds: Map<string, number>;
  topics: Map<string, number>;
}

const MAX_FILLED = 1000;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The first day of the next period after `start` (itself the first day of a period). */
export function nextPeriod(start: string, interval: IntervalName): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (interval === 'DAY') d.setUTCDate(d.getUTCDate() + 1);
  else if (interval === 'WEEK') d.setUTCDate(d.getUTCDate() + 7);
  else if (interval === 'MONTH') d.setUTCMonth(d.getUTCMonth() + 1);
  else if (interval === 'QUARTER') d.setUTCMonth(d.getUTCMonth() + 3);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return iso(d);
}

function lastDay(start: string, interval: IntervalName): string {
  const d = new Date(`${nextPeriod(start, interval)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return iso(d);
}

const count = (map: Map<string, number>, key: string, n = 1) => map.set(key, (map.get(key) ?? 0) + n);

export function buildTimeline(rows: TimelineRow[], interval: IntervalName): PeriodParent[] {
  const periods = new Map<string, PeriodParent & { toneSum: number; toned: number }>();
  const periodOf = (start: string) => {
    let p = periods.get(start);
    if (p === undefined) {
      p = { start, end: lastDay(start, interval), statements: 0, events: 0, tone: null, toneSum: 0, toned: 0, kinds: new Map(), topics: new Map() };
      periods.set(start, p);
    }
    return p;
  };
  for (const row of rows) {
    const p = periodOf(row.period);
    p.events += row.events;
    if (row.kind !== null) {
      p.statements += row.statements;
      count(p.kinds, row.kind, row.statements);
      p.toneSum += row.toneSum;
      p.toned += row.toned;
      p.tone = p.toned > 0 ? p.toneSum / p.toned : null;
    }
    if (row.topic !== null) count(p.topics, row.topic, row.statements);
  }
  const starts = [...periods.keys()].sort();
  const first = starts[0];
  const last = starts.at(-1);
  if (first !== undefined && last !== undefined) {
    for (let s = first, n = 0; s < last && n < MAX_FILLED; s = nextPeriod(s, interval), n += 1) periodOf(s);
  }
  return [...periods.values()].sort((a, b) => a.start.localeCompare(b.start)).map(({ toneSum: _, toned: __, ...p }) => p);
}

const sortedCounts = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

export const Period = {
  byKind: (p: PeriodParent) => sortedCounts(p.kinds).map(([kind, n]) => ({ kind, count: n })),
  byTopic: async (p: PeriodParent, _: unknown, ctx: Context) => {
    const counts = sortedCounts(p.topics);
    const topics = await loadAll(ctx.loaders.topic, counts.map(([id]) => id));
    const byId = new Map(topics.map((t) => [t.id, t]));
    return counts.flatMap(([id, n]) => {
      const topic = byId.get(id);
      return topic ? [{ topic, count: n }] : [];
    });
  },
};
