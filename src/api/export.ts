// GET /export/statements.csv and /export/statements.jsonl: every statement a StatementFilter selects, for
// spreadsheets and dashboard tools. Rows are read in keyset pages (read/statements-page, the query behind
// GraphQL's `statements`) and written as each page arrives, so memory stays flat however large the export.
// The first page is read before the answer starts: a bad filter is a 400 and a missing Neo4j a 503, both JSON.
// A failure later can only cut the download short, which the client sees as an incomplete transfer.
import type { Plugin } from 'graphql-yoga';
import { DyadError } from '../errors.ts';
import { logger } from '../log.ts';
import { readRows } from '../db/run.ts';
import { statementCursor, statementsPage, type StatementRow } from '../db/repositories/index.ts';
import { parseExportParams, type ExportRequest } from './export-filter.ts';

// Each page query scans every candidate statement to find its top rows, so a page costs about the same at 500 or
// 2,000 rows: big pages make a full export of 111k statements take seconds rather than minutes.
const PAGE_SIZE = 2000;

interface DetailRow {
  id: string;
  speakerName: string | null;
  articleUrl: string | null;
  articleTitle: string | null;
  articleSource: string | null;
  articlePublishedAt: string | null;
  eventType: string | null;
}

/** One exported statement; the CSV columns are these keys in this order. */
export interface ExportRow {
  id: string;
  date: string | null;
  kind: string;
  tone: number | null;
  language: string;
  speakerId: string | null;
  speakerName: string | null;
  speakerCountry: string | null;
  targets: string[];
  topics: string[];
  text: string;
  start: number;
  end: number;
  articleId: string;
  articleUrl: string | null;
  articleTitle: string | null;
  articleSource: string | null;
  articlePublishedAt: string | null;
  eventId: string | null;
  eventType: string | null;
}

export const CSV_COLUMNS: ReadonlyArray<keyof ExportRow> = [
  'id', 'date', 'kind', 'tone', 'language', 'speakerId', 'speakerName', 'speakerCountry', 'targets', 'topics', 'text',
  'start', 'end', 'articleId', 'articleUrl', 'articleTitle', 'articleSource', 'articlePublishedAt', 'eventId', 'eventType',
];

/** RFC 4180: a field with a quote, comma or line break is quoted, quotes doubled; lists are joined with ";". */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (cells: readonly unknown[]) => `${cells.map(csvField).join(',')}\r\n`;

async function withDetails(rows: StatementRow[]): Promise<ExportRow[]> {
  const details = await readRows<DetailRow>('read/export-details', { ids: rows.map((r) => r.id) });
  const byId = new Map(details.map((d) => [d.id, d]));
  return rows.map((r) => {
    const d = byId.get(r.id);
    return {
      id: r.id, date: r.date, kind: r.kind, tone: r.tone, language: r.language,
      speakerId: r.speakerId, speakerName: d?.speakerName ?? null, speakerCountry: r.speakerCountry,
      targets: [...r.targets].sort(), topics: [...r.topics].sort(), text: r.text, start: r.start, end: r.end,
      articleId: r.articleId, articleUrl: d?.articleUrl ?? null, articleTitle: d?.articleTitle ?? null,
      articleSource: d?.articleSource ?? null, articlePublishedAt: d?.articlePublishedAt ?? null,
      eventId: r.eventId, eventType: d?.eventType ?? null,
    };
  });
}

/** The selected statements, page after page, in the asked order. */
export async function* exportPages(req: ExportRequest, pageSize = PAGE_SIZE): AsyncGenerator<ExportRow[]> {
  let after: string | null = null;
  for (;;) {
    const page = await statementsPage(req.query, req.order, pageSize, after);
    if (page.rows.length > 0) yield await withDetails(page.rows);
    const last = page.rows.at(-1);
    if (!page.hasNextPage || last === undefined) return;
    after = statementCursor(last, req.order);
  }
}

const FORMATS = {
  csv: {
    type: 'text/csv; charset=utf-8; header=present',
    head: () => csvLine(CSV_COLUMNS),
    rows: (rows: ExportRow[]) => rows.map((r) => csvLine(CSV_COLUMNS.map((c) => r[c]))).join(''),
  },
  jsonl: {
    type: 'application/x-ndjson; charset=utf-8',
    head: () => '',
    rows: (rows: ExportRow[]) => rows.map((r) => `${JSON.stringify(r)}\n`).join(''),
  },
} as const;
type Format = keyof typeof FORMATS;

function exportBody(pages: AsyncGenerator<ExportRow[]>, first: IteratorResult<ExportRow[]>, format: Format): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const shape = FORMATS[format];
  let pending: IteratorResult<ExportRow[]> | undefined = first;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const head = shape.head();
      if (head !== '') controller.enqueue(encoder.encode(head));
    },
    async pull(controller) {
      try {
        const next = pending ?? (await pages.next());
        pending = undefined;
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(shape.rows(next.value)));
      } catch (error) {
        logger().error({ err: error }, 'statement export cut short');
        controller.error(error);
      }
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}

const json = (fetchAPI: { Response: typeof Response }, status: number, body: unknown) =>
  new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

export function exportPlugin(): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const match = /^\/export\/statements\.(csv|jsonl)$/.exec(url.pathname);
      if (match === null) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(JSON.stringify({ code: 'METHOD_NOT_ALLOWED', message: 'use GET' }), {
          status: 405, headers: { allow: 'GET, HEAD', 'content-type': 'application/json; charset=utf-8' },
        }));
        return;
      }
      const format = match[1] as Format;
      try {
        const req = await parseExportParams(url.searchParams);
        const pages = exportPages(req);
        const first = await pages.next();
        if (request.method === 'HEAD') await pages.return(undefined);
        endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : exportBody(pages, first, format), {
          headers: {
            'content-type': FORMATS[format].type,
            'content-disposition': `attachment; filename="dyad-statements.${format}"`,
            'cache-control': 'no-store',
            'access-control-allow-origin': '*',
          },
        }));
      } catch (error) {
        if (error instanceof DyadError && error.code === 'BAD_USER_INPUT') {
          endResponse(json(fetchAPI, 400, { code: error.code, message: error.message }));
        } else if (error instanceof DyadError && error.code === 'UNAVAILABLE') {
          endResponse(json(fetchAPI, 503, { code: error.code, message: error.message }));
        } else {
          logger().error({ err: error }, 'statement export failed');
          endResponse(json(fetchAPI, 500, { code: 'INTERNAL', message: 'the export failed; the server log has the details' }));
        }
      }
    },
  };
}
