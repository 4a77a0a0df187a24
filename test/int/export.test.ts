import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type Fixture } from '../helpers/api-fixture.ts';
import { startServer, type TestServer } from '../helpers/api-client.ts';
import { closeDriver } from '../../src/db/driver.ts';
import { deleteArticles, writeArticles } from '../../src/pipeline/write/index.ts';
import { CSV_COLUMNS, exportPages } from '../../src/api/export.ts';
import { parseExportParams } from '../../src/api/export-filter.ts';

// A statement whose text needs every CSV escape: a comma, quotes, a line break, and right-to-left script.
const AWKWARD = 'He said, "we agree"\nand added: نؤيد ذلك, 我们支持';

let f: Fixture;
let server: TestServer;
let base: string;
let awkwardArticle: string;

/** RFC 4180 reader, written independently of the exporter so that the test checks the format, not the code. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; }
    else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** Said by A about B or by B about A: what `between=A,B` selects. */
const inPair = (s: Fixture['statements'][number]) =>
  (s.speakerCountry === f.A && s.targets.includes(f.B)) || (s.speakerCountry === f.B && s.targets.includes(f.A));

const get = (path: string) => fetch(`${base}${path}`);

beforeAll(async () => {
  f = await buildFixture({ months: 3, perArticle: 6 });
  awkwardArticle = `${f.tag}-awkward`;
  await writeArticles([{
    article: { id: awkwardArticle, url: `https://example.org/${awkwardArticle}`, source: 'Dyad test', title: 'A title, "quoted"', language: 'en', publishedAt: '2023-09-01', text: AWKWARD },
    extraction: {
      article: { id: awkwardArticle, language: 'en', publishedAt: '2023-09-01', title: 'A title, "quoted"', url: `https://example.org/${awkwardArticle}` },
      countries: [{ code: f.A, mentions: [] }, { code: f.B, mentions: [] }],
      officials: [{ id: f.officials.a, name: `Amira ${f.tag}`, country: f.A, titles: [], aliases: [], mentions: [] }],
      topics: [],
      events: [],
      statements: [{ id: 's0', speaker: f.officials.a, speakerCountry: f.A, kind: 'agree', text: AWKWARD, start: 0, end: AWKWARD.length, topics: ['trade'], targets: [f.B] }],
    },
  }]);
  server = await startServer();
  base = server.base;
});

afterAll(async () => {
  await server.close();
  await deleteArticles([awkwardArticle]);
  await f.cleanup();
  await closeDriver();
});

describe('statement export', () => {
  it('when the CSV is asked for a pair, then it is a named attachment with a header and one parsable row per statement', async () => {
    const res = await get(`/export/statements.csv?between=${f.A},${f.B}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="dyad-statements.csv"');
    const rows = parseCsv(await res.text());
    expect(rows[0]).toEqual(CSV_COLUMNS);
    expect(rows.length - 1).toBe(f.statements.filter(inPair).length + 1);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('when a text holds commas, quotes, a line break and Arabic, then the CSV field reads back exactly', async () => {
    const res = await get(`/export/statements.csv?between=${f.A},${f.B}&kind=agree`);
    const rows = parseCsv(await res.text());
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    const row = rows.find((r) => r[col('articleId')] === awkwardArticle);
    expect(row?.[col('text')]).toBe(AWKWARD);
    expect(row?.[col('articleTitle')]).toBe('A title, "quoted"');
    expect(row?.[col('speakerName')]).toBe(`Amira ${f.tag}`);
    expect(row?.[col('targets')]).toBe(f.B);
  });

  it('when the JSONL is asked, then every line parses and carries the provenance of its statement', async () => {
    const res = await get(`/export/statements.jsonl?speakerCountry=${f.A}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(res.headers.get('content-disposition')).toContain('dyad-statements.jsonl');
    const body = await res.text();
    expect(body.endsWith('\n')).toBe(true);
    const lines = body.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBe(f.statements.filter((s) => s.speakerCountry === f.A).length + 1);
    for (const line of lines) {
      expect(line).toMatchObject({ speakerCountry: f.A, articleUrl: expect.stringContaining('https://example.org/') });
      expect(typeof line['start']).toBe('number');
    }
    const dates = lines.map((l) => String(l['date']));
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('when a kind, a topic and a date range are given, then only the matching statements come back', async () => {
    const all = await (await get(`/export/statements.jsonl?between=${f.A},${f.B}`)).text();
    const narrowed = await (await get(`/export/statements.jsonl?between=${f.A},${f.B}&kind=support&topic=trade&from=2023-02-01&to=2023-12-31`)).text();
    const rows = narrowed.trimEnd().split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { kind: string; topics: string[]; date: string });
    const expected = f.statements.filter((s) => inPair(s) && s.kind === 'support' && s.topics.includes('trade') && s.date >= '2023-02-01');
    expect(rows.length).toBe(expected.length);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(all.trimEnd().split('\n').length);
    for (const r of rows) expect(r).toMatchObject({ kind: 'support', topics: expect.arrayContaining(['trade']) });
  });

  it('when rows span many pages, then each statement comes exactly once', async () => {
    const req = await parseExportParams(new URLSearchParams({ speakerCountry: f.B }));
    const ids: string[] = [];
    for await (const page of exportPages(req, 4)) ids.push(...page.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(f.statements.filter((s) => s.speakerCountry === f.B).length);
  });

  it.each([
    ['an unknown parameter', '?speakr=x', /unknown parameter "speakr"/],
    ['a date that is no date', '?from=2023-02-30x', /from must be a date/],
    ['dates in the wrong order', '?from=2024-01-01&to=2023-01-01', /from must not be after to/],
    ['an unknown country', '?target=QQ', /unknown country code "QQ"/],
    ['an unknown kind', '?kind=shout', /unknown kind "shout"/],
    ['a text without words', '?text=%22%3F%22', /text must contain at least one word/],
    ['a parameter given twice', '?kind=hope&kind=thank', /more than once/],
  ])('when %s is given, then the answer is 400 with a JSON message', async (_, query, message) => {
    const res = await get(`/export/statements.csv${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { code: string; message: string };
    expect(body.code).toBe('BAD_USER_INPUT');
    expect(body.message).toMatch(message);
  });

  it('when the export is posted to, then it answers 405', async () => {
    const res = await fetch(`${base}/export/statements.jsonl`, { method: 'POST' });
    expect(res.status).toBe(405);
  });
});
