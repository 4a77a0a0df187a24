// Relay connections. totalCount is a function, so its count query runs only when a client asks for it.
import type { Context } from './context.ts';
import { pageSize, statementOrder } from './inputs.ts';
import * as repo from '../db/repositories/index.ts';
import type { EventQuery, Page, StatementQuery, StatementRow, EventRow } from '../db/repositories/index.ts';

export interface Connection<R> {
  edges: Array<{ cursor: string; node: R }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

export function toConnection<R>(page: Page<R>, cursorOf: (row: R) => string, after: string | null, count: () => Promise<number>): Connection<R> {
  const edges = page.rows.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: count,
  };
}

const empty = <R>(): Connection<R> => toConnection<R>({ rows: [], hasNextPage: false }, () => '', null, async () => 0);

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export async function statementConnection(
  query: StatementQuery | null,
  args: PageArgs & { orderBy?: string | null },
  ctx: Context,
): Promise<Connection<StatementRow>> {
  const size = pageSize(args.first, ctx);
  if (query === null) return empty();
  const order = statementOrder(args.orderBy);
  const after = args.after ?? null;
  const key = JSON.stringify(['statements', query, order, size, after]);
  const page = await ctx.loaders.shared(key, () => repo.statementsPage(query, order, size, after));
  for (const row of page.rows) ctx.loaders.statement.prime(row.id, row);
  return toConnection(page, (row) => repo.statementCursor(row, order), after, () => repo.countStatements(query));
}

export async function eventConnection(query: EventQuery, args: PageArgs, ctx: Context): Promise<Connection<EventRow>> {
  const size = pageSize(args.first, ctx);
  const after = args.after ?? null;
  const page = await repo.eventsPage(query, size, after);
  for (const row of page.rows) ctx.loaders.event.prime(row.id, row);
  return toConnection(page, repo.eventCursor, after, () => repo.countEvents(query));
}
