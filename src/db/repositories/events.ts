import { readRows } from '../run.ts';
import { byKeys, type EventRow } from './rows.ts';
import { decodeCursor, encodeCursor, toPage, type Page } from './page.ts';

/** A checked EventFilter; `involves` lists the country codes the event must all involve. */
export interface EventQuery {
  type?: string | null;
  involves?: readonly string[];
  participant?: string | null;
  from?: string | null;
  to?: string | null;
}

function params(q: EventQuery) {
  const involves = [...(q.involves ?? [])];
  return {
    type: q.type ?? null,
    participant: q.participant ?? null,
    from: q.from ?? null,
    to: q.to ?? null,
    involves,
    country: involves[0] ?? null,
  };
}

type PageRow = EventRow & { sortKey: string };

export const eventCursor = (row: EventRow) => encodeCursor('event', { key: (row as PageRow).sortKey, id: row.id });

export async function eventsPage(q: EventQuery, size: number, after: string | null): Promise<Page<EventRow>> {
  const cursor = after === null ? null : decodeCursor('event', after, ['key', 'id']);
  const rows = await readRows<PageRow>('read/events-page', { ...params(q), after: cursor, limit: size + 1 });
  return toPage(rows, size);
}

export async function countEvents(q: EventQuery): Promise<number> {
  const [row] = await readRows<{ n: number }>('read/events-count', params(q));
  return row?.n ?? 0;
}

export async function eventsByIds(ids: readonly string[]): Promise<(EventRow | null)[]> {
  const rows = await readRows<EventRow>('read/events-by-ids', { ids: [...ids] });
  return byKeys(ids, rows, (r) => r.id);
}
