// One event per real event, also for reports that cannot date it alone (rules in
// src/pipeline/resolve/undated.ts): first against the other reports of the batch, then against the graph.
import type { WriteTx } from '../../db/run.ts';
import { dateFromEachOther, isWeaklyDated, withEventsDated, type DatedMatch } from '../resolve/undated.ts';
import type { ArticleToWrite } from './rows.ts';

/** Returns the items with their weakly dated events replaced by the dated event they report, where one is found. */
export async function resolveUndatedEvents(tx: WriteTx, items: ArticleToWrite[]): Promise<ArticleToWrite[]> {
  const fromBatch = dateFromEachOther(items.map((i) => i.extraction));
  const ask = new Map<string, { key: string; type: string; date: string | null; weekday: number | null; monthDay: number | null; countries: string[]; participants: string[] }>();
  for (const x of fromBatch) {
    for (const e of x.events.filter(isWeaklyDated)) {
      ask.set(e.id, { key: e.id, type: e.type, date: e.date, weekday: e.weekday ?? null, monthDay: e.monthDay ?? null, countries: e.countries, participants: e.participants });
    }
  }
  const found = new Map<string, DatedMatch>();
  if (ask.size > 0) {
    for (const row of await tx.run<{ key: string; id: string; date: string; basis: 'text' | 'published' }>('write/match-undated-events', { rows: [...ask.values()] })) {
      found.set(row.key, { id: row.id, date: row.date, basis: row.basis });
    }
  }
  return items.map((item, i) => ({ ...item, extraction: found.size ? withEventsDated(fromBatch[i]!, found) : fromBatch[i]! }));
}
