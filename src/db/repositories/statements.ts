import { readRows } from '../run.ts';
import { luceneQuery } from './lucene.ts';
import { byKeys, type StatementRow } from './rows.ts';
import { decodeCursor, encodeCursor, toPage, type Page } from './page.ts';

/** A checked StatementFilter: codes upper-case, dates YYYY-MM-DD, `between` an ordered pair. */
export interface StatementQuery {
  /** An event id: its statements (Event.statements). */
  event?: string | null;
  speaker?: string | null;
  speakerCountry?: string | null;
  target?: string | null;
  between?: readonly [string, string] | null;
  topic?: string | null;
  kind?: string | null;
  language?: string | null;
  from?: string | null;
  to?: string | null;
  text?: string | null;
}

export type StatementOrder = 'DATE_DESC' | 'DATE_ASC';

/** The parameters of every query that filters statements (the API refuses a text without words). */
export function statementParams(q: StatementQuery) {
  const text = q.text === undefined || q.text === null ? null : luceneQuery(q.text, 'all');
  return {
    event: q.event ?? null,
    speaker: q.speaker ?? null,
    speakerCountry: q.speakerCountry ?? null,
    target: q.target ?? null,
    pairA: q.between?.[0] ?? null,
    pairB: q.between?.[1] ?? null,
    topic: q.topic ?? null,
    kind: q.kind ?? null,
    language: q.language ?? null,
    from: q.from ?? null,
    to: q.to ?? null,
    text,
  };
}

type PageRow = StatementRow & { sortKey: string };

const cursorKind = (order: StatementOrder) => (order === 'DATE_ASC' ? 'statement-asc' : 'statement');

export function statementCursor(row: StatementRow, order: StatementOrder): string {
  return encodeCursor(cursorKind(order), { key: (row as PageRow).sortKey, id: row.id });
}

const isEmpty = (q: StatementQuery) => Object.values(q).every((v) => v === null || v === undefined);

/** Newest first without a filter: dated rows in index order, then the undated ones; same cursors as the filtered page. */
async function latestPage(cursor: { key: string; id: string } | null, size: number): Promise<Page<StatementRow>> {
  const undatedFrom = cursor !== null && cursor.key === '' ? cursor.id : null;
  const dated = undatedFrom === null && cursor?.key !== '' ? await readRows<PageRow>('read/statements-latest', { after: cursor, limit: size + 1 }) : [];
  if (dated.length > size) return toPage(dated, size);
  const undated = await readRows<PageRow>('read/statements-undated', { afterId: undatedFrom, limit: size + 1 - dated.length });
  return toPage([...dated, ...undated], size);
}

/** How many of the newest statements the pair page reads per row it wants before it expands the pair instead. */
const PAIR_SCAN_PER_ROW = 40;
/** Bigger pages (exports read 2,000 rows at a time) expand the pair: a window that wide would cost more. */
const PAIR_SCAN_MAX_PAGE = 100;
const PAIR_ONLY_FILTERS = new Set(['between', 'kind', 'language', 'from', 'to']);

/**
 * A busy pair's newest page from the date index (statements-page-pair-recent), or null when that window does not
 * hold a full page: the filter is `between` alone (plus kind, language, dates), newest first, on dated rows.
 */
async function recentPairPage(q: StatementQuery, cursor: { key: string; id: string } | null, size: number): Promise<Page<StatementRow> | null> {
  const given = Object.entries(q).filter(([, v]) => v !== null && v !== undefined).map(([k]) => k);
  if (!q.between || size > PAIR_SCAN_MAX_PAGE || !given.every((k) => PAIR_ONLY_FILTERS.has(k)) || cursor?.key === '') return null;
  const bounds = [cursor?.key, q.to ?? undefined].filter((d): d is string => d !== undefined).sort();
  const rows = await readRows<PageRow>('read/statements-page-pair-recent', {
    pairA: q.between[0],
    pairB: q.between[1],
    kind: q.kind ?? null,
    language: q.language ?? null,
    after: cursor,
    limit: size + 1,
    scan: PAIR_SCAN_PER_ROW * (size + 1),
    maxDate: bounds[0] ?? '\uffff',
    minDate: q.from ?? '',
  });
  return rows.length > size ? toPage(rows, size) : null;
}

export async function statementsPage(q: StatementQuery, order: StatementOrder, size: number, after: string | null): Promise<Page<StatementRow>> {
  const cursor = after === null ? null : decodeCursor(cursorKind(order), after, ['key', 'id']);
  if (order === 'DATE_DESC' && isEmpty(q)) return latestPage(cursor as { key: string; id: string } | null, size);
  if (order === 'DATE_DESC' && size > 0) {
    const recent = await recentPairPage(q, cursor as { key: string; id: string } | null, size);
    if (recent !== null) return recent;
  }
  const name = order === 'DATE_ASC' ? 'read/statements-page-asc' : 'read/statements-page';
  const rows = await readRows<PageRow>(name, { ...statementParams(q), after: cursor, limit: size + 1 });
  return toPage(rows, size);
}

export async function countStatements(q: StatementQuery): Promise<number> {
  const [row] = await readRows<{ n: number }>('read/statements-count', statementParams(q));
  return row?.n ?? 0;
}

export async function statementsByIds(ids: readonly string[]): Promise<(StatementRow | null)[]> {
  const rows = await readRows<StatementRow>('read/statements-by-ids', { ids: [...ids] });
  return byKeys(ids, rows, (r) => r.id);
}

export async function statementsByArticles(ids: readonly string[]): Promise<StatementRow[][]> {
  const rows = await readRows<StatementRow & { key: string }>('read/statements-by-articles', { ids: [...ids] });
  const grouped = new Map<string, StatementRow[]>();
  for (const row of rows) grouped.set(row.key, [...(grouped.get(row.key) ?? []), row]);
  return ids.map((id) => grouped.get(id) ?? []);
}

export interface SeriesRow {
  period: string;
  series: string | null;
  statements: number;
  tone: number | null;
  events: number;
  speakers: number;
}

export type SeriesGroup = 'KIND' | 'TOPIC' | 'SPEAKER_COUNTRY' | 'TARGET' | 'LANGUAGE';

/** `unit` is a date.truncate unit: day, week, month, quarter, year. */
export function statementSeries(q: StatementQuery, unit: string, groupBy: SeriesGroup | null): Promise<SeriesRow[]> {
  return readRows<SeriesRow>('read/time-series', { ...statementParams(q), unit, groupBy });
}
