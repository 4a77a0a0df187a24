// API benchmark: 50 concurrent clients (autocannon) against `dyad serve` on a graph of at least 100k statements.
// Four dashboard requests: a relation summary, a 50-statement page with speaker/countries/topics/article,
// a monthly relation timeline, and a full-text search. Prints p50/p99 latency and requests/s per scenario;
// every response body is checked for GraphQL errors (they come back as HTTP 200).
//   npx tsx bench/api.ts [--statements 100000] [--seconds 10] [--connections 50] [--wipe]
// The graph: articles of bench/generate.ts go through the real extractor once; to reach the statement count
// without hours of extraction, each extracted article is then written again under new ids, months later
// (same text, new article, event and statement ids) — through the real writer, one transaction per batch.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import type { Extraction } from '../src/domain.ts';
import { readRows } from '../src/db/run.ts';
import { closeDriver } from '../src/db/driver.ts';
import { applySchema } from '../src/db/schema.ts';
import { writeArticles, deleteArticles, type ArticleToWrite } from '../src/pipeline/write/index.ts';
import { extractArticle } from '../src/pipeline/extract-article.ts';
import { loadLexicons } from '../src/lexicon/index.ts';
import { PROJECT_ROOT } from '../src/paths.ts';
import { generateArticles } from './generate.ts';

// autocannon ships no types (and @types/autocannon is not installed): the little we use, typed here.
interface AutocannonResult {
  latency: { p50: number; p99: number };
  requests: { average: number; total: number };
  errors: number;
  non2xx: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const TARGET = arg('statements', 100_000);
const SECONDS = arg('seconds', 10);
const CONNECTIONS = arg('connections', 50);
const SEED = 313;
const PREFIX = `bench-api-`;

async function stored(): Promise<{ statements: number; articles: number }> {
  const [row] = await readRows<{ statements: number; articles: number }>('read/bench-statements', { prefix: PREFIX });
  return row ?? { statements: 0, articles: 0 };
}

const shiftMonths = (date: string | null | undefined, months: number) => {
  if (!date) return date ?? null;
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/** The k-th copy of an extracted article: new ids everywhere, dated k months later. */
function copy(item: ArticleToWrite, k: number): ArticleToWrite {
  const id = `${PREFIX}${k}-${item.article.id}`;
  const x: Extraction = item.extraction;
  const eventId = (e: string) => `${e}-c${k}`;
  return {
    article: { ...item.article, id, publishedAt: shiftMonths(item.article.publishedAt, k) },
    extraction: {
      ...x,
      article: { ...x.article, id, publishedAt: shiftMonths(x.article.publishedAt, k) },
      events: x.events.map((e) => ({ ...e, id: eventId(e.id), date: shiftMonths(e.date, k) })),
    },
  };
}

async function ensureGraph(): Promise<void> {
  let have = await stored();
  if (have.statements >= TARGET) {
    console.log(`graph: ${have.statements} benchmark statements in ${have.articles} articles already there`);
    return;
  }
  const lexicons = loadLexicons();
  const began = Date.now();
  const extracted = [...generateArticles(3000, SEED)].map((article) => ({ article, extraction: extractArticle(article, lexicons) }));
  const perRound = extracted.reduce((n, i) => n + i.extraction.statements.length, 0);
  console.log(`extracted ${extracted.length} generated articles (${perRound} statements) in ${((Date.now() - began) / 1000).toFixed(0)} s`);
  for (let k = 0; have.statements < TARGET; k += 1) {
    const t = Date.now();
    const round = extracted.map((item) => copy(item, k));
    for (let i = 0; i < round.length; i += 500) await writeArticles(round.slice(i, i + 500));
    have = await stored();
    console.log(`  copy ${k}: ${have.statements} statements in ${have.articles} articles (${((Date.now() - t) / 1000).toFixed(0)} s)`);
  }
}

async function wipe(): Promise<void> {
  for (;;) {
    const rows = await readRows<{ id: string }>('read/bench-articles', { prefix: PREFIX, limit: 500 });
    if (rows.length === 0) return;
    await deleteArticles(rows.map((r) => r.id));
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function startServer(port: number) {
  const child = spawn(process.execPath, ['bin/dyad.mjs', 'serve'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`dyad serve exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('GraphQL API')) resolve();
    });
  });
  return child;
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

interface Scenario {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

async function run(url: string, s: Scenario) {
  let bad = 0;
  const body = JSON.stringify({ query: s.query, variables: s.variables });
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: SECONDS,
    // The machine may be shared: a slow answer is a figure to report, not a failed request.
    timeout: 60,
    requests: [
      {
        method: 'POST',
        body,
        onResponse: (status: number, responseBody: string) => {
          if (status !== 200 || responseBody.includes('"errors"')) bad += 1;
        },
      },
    ],
  });
  return {
    scenario: s.name,
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'req/s': Math.round(result.requests.average),
    requests: result.requests.total,
    'errors (HTTP or GraphQL)': bad + result.errors + result.non2xx,
  };
}

await applySchema();
await ensureGraph();
const port = await freePort();
const server = await startServer(port);
const url = `http://127.0.0.1:${port}/graphql`;
try {
  const total = await gql(url, '{ statements(first: 0) { totalCount } }');
  const partners = await gql(url, '{ country(code: "CN") { partners(first: 1) { country { code } } } }');
  const b = partners.country.partners[0]?.country.code ?? 'KG';
  const speaker = await gql(url, `{ relation(a: "CN", b: "${b}") { officials { name } } }`);
  const name = speaker.relation?.officials[0]?.name ?? 'minister';
  console.log(`graph: ${total.statements.totalCount} statements in all; busiest pair CN-${b}; search for "${name}"`);
  const scenarios: Scenario[] = [
    {
      name: 'relation summary',
      query: `query($a: ID!, $b: ID!) { relation(a: $a, b: $b) { statementCount eventCount firstAt lastAt tone
        topics { topic { id label } count } officials { id name } } }`,
      variables: { a: 'CN', b },
    },
    {
      name: 'statements page (50, nested)',
      query: `query($a: ID!, $b: ID!) { statements(filter: { between: [$a, $b] }, first: 50) { pageInfo { hasNextPage endCursor }
        edges { node { id text kind date speaker { id name } speakerCountry { code name } targets { code name } topics { id label } article { id title } } } } }`,
      variables: { a: 'CN', b },
    },
    {
      name: 'relation timeline (monthly)',
      query: `query($a: ID!, $b: ID!) { relation(a: $a, b: $b) { timeline(interval: MONTH) { start statements events tone byKind { kind count } byTopic { topic { id } count } } } }`,
      variables: { a: 'CN', b },
    },
    {
      name: 'search',
      query: `query($t: String!) { search(text: $t, first: 20) { score kind node { ... on Official { id name } ... on Statement { id text } ... on Article { id title } ... on Country { code } ... on Topic { id } } } }`,
      variables: { t: name },
    },
  ];
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const rows = [];
  for (const s of scenarios.filter((x) => only === undefined || x.name.startsWith(only))) {
    await gql(url, s.query, s.variables);
    rows.push(await run(url, s));
  }
  console.log(`${CONNECTIONS} connections, ${SECONDS} s per scenario`);
  console.table(rows);
} finally {
  server.kill('SIGTERM');
  if (process.argv.includes('--wipe')) {
    await wipe();
    console.log('benchmark articles removed');
  }
  await closeDriver();
}
