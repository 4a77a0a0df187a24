// One event per real event, also for reports that give no date: an article without a publication date
// that says "today (Monday)" cannot date its event alone, but the graph may already hold that event,
// dated by another report of it. Matching needs the same type, the same states and the same named
// participants, and exactly one candidate; otherwise the report keeps its own undated event.
import type { ExtractedEvent } from '../../domain.ts';
import type { WriteTx } from '../../db/run.ts';
import type { ArticleToWrite } from './rows.ts';

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

function matches(undated: ExtractedEvent, dated: ExtractedEvent): boolean {
  return dated.date !== null && dated.type === undated.type && sameSet(dated.countries, undated.countries) && undated.participants.every((p) => dated.participants.includes(p));
}

const eligible = (e: ExtractedEvent) => e.date === null && e.participants.length > 0 && e.countries.length >= 2;

/** Returns the items with their undated events replaced by the dated event they report, where one is found. */
export async function resolveUndatedEvents(tx: WriteTx, items: ArticleToWrite[]): Promise<ArticleToWrite[]> {
  const dated = items.flatMap((i) => i.extraction.events.filter((e) => e.date !== null));
  const found = new Map<string, { id: string; date: string }>();
  const ask: Array<{ key: string; type: string; countries: string[]; participants: string[] }> = [];
  for (const item of items) {
    for (const event of item.extraction.events.filter(eligible)) {
      const inBatch = [...new Map(dated.filter((d) => matches(event, d)).map((d) => [d.id, d])).values()];
      if (inBatch.length === 1) found.set(event.id, { id: inBatch[0]!.id, date: inBatch[0]!.date! });
      else if (inBatch.length === 0) ask.push({ key: event.id, type: event.type, countries: [...event.countries].sort(), participants: event.participants });
    }
  }
  if (ask.length > 0) {
    for (const row of await tx.run<{ key: string; id: string; date: string }>('write/match-undated-events', { rows: ask })) {
      found.set(row.key, { id: row.id, date: row.date });
    }
  }
  if (found.size === 0) return items;
  return items.map((item) => ({
    ...item,
    extraction: {
      ...item.extraction,
      events: item.extraction.events.map((e) => {
        const hit = e.date === null ? found.get(e.id) : undefined;
        return hit ? { ...e, id: hit.id, date: hit.date } : e;
      }),
    },
  }));
}
