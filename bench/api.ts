// API benchmark: 50 concurrent clients (autocannon) against `dyad serve` on a graph of at least 100k statements.
// Four dashboard requests: a relation summary, a 50-statement page with speaker/countries/topics/article,
// a monthly relation timeline, and a full-text search. Each runs against three servers on the same database:
// Dyad as configured (response cache on), Dyad with API_CACHE_SECONDS=0 (every request reaches Neo4j, only
// identical reads in flight are shared), and @neo4j/graphql with equivalent type definitions
// (bench/neo4j-graphql.ts), asked the same thing through its own generated API. Prints p50/p99 latency and
// requests/s per scenario and server, the ratio to @neo4j/graphql, and the load average (the machine is shared);
// every response body is checked for GraphQL errors (they come back as HTTP 200).
//   npx tsx bench/api.ts [--statements 100000] [--seconds 10] [--connections 50] [--only PREFIX] [--wipe]
// The graph: articles of bench/generate.ts go through the real extractor once; to reach the statement count
// without hours of extraction, each extracted article is then written again under new ids, months later
// (same text, new article, event and statement ids) — through the real writer, one transaction per batch.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { createRequire } from 'node:module';
import type { Extraction } from '../src/domain.ts';
import { readRows, runCypher } from '../src/db/run.ts';
import { closeDriver } from '../src/db/driver.ts';
import { applySchema } from '../src/db/schema.ts';
import { writeArticles, deleteArticles, type ArticleToWrite } from '../src/pipeline/write/index.ts';
import { extractArticle } from '../src/pipeline/extract-article.ts';
import { loadLexicons } from '../src/lexicon/index.ts';
import { PROJECT_ROOT } from '../src/paths.ts';
import { generateArticles } from './generate.ts';
import { luceneQuery } from '../src/db/repositories/lucene.ts';

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

function startProcess(args: string[], env: Record<string, string>, ready: string) {
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise<typeof child>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(ready)) resolve(child);
    });
  });
}

const startDyad = (port: number, env: Record<string, string> = {}) =>
  startProcess(['bin/dyad.mjs', 'serve'], { PORT: String(port), ...env }, 'GraphQL API');
const startNeo4jGraphql = (port: number) =>
  startProcess(['--import', 'tsx', 'bench/neo4j-graphql.ts', String(port)], {}, '@neo4j/graphql on');

async function gql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

interface Request {
  query: string;
  variables: Record<string, unknown>;
}

interface Scenario {
  name: string;
  ours: Request;
  /** The same question in @neo4j/graphql's generated API. */
  theirs: Request;
}

async function run(url: string, s: Request) {
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
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, requests: result.requests.total, errors: bad + result.errors + result.non2xx };
}

type Figures = Awaited<ReturnType<typeof run>>;

/**
 * A slow server goes on with the requests its clients gave up on (and Neo4j with their queries), which would
 * load the next measurement: @neo4j/graphql is started for each scenario and stopped after it, and its
 * transactions (tagged with its app id) still running then are waited for, or ended after 30 s.
 */
async function quiet(): Promise<void> {
  const query = "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.app STARTS WITH '@neo4j/graphql' RETURN transactionId";
  for (let waited = 0; ; waited += 1) {
    const ids = (await runCypher<{ transactionId: string }>('READ', query)).map((r) => r.transactionId);
    if (ids.length === 0) return;
    if (waited >= 30) {
      await runCypher('WRITE', 'TERMINATE TRANSACTIONS $ids', { ids });
      console.log(`  ended ${ids.length} @neo4j/graphql transactions still running 30 s after the run`);
      return;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}
const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');

await applySchema();
await ensureGraph();
const [ourPort, uncachedPort, theirPort] = [await freePort(), await freePort(), await freePort()];
const servers = [await startDyad(ourPort), await startDyad(uncachedPort, { API_CACHE_SECONDS: '0' })];
const urls = {
  ours: `http://127.0.0.1:${ourPort}/graphql`,
  uncached: `http://127.0.0.1:${uncachedPort}/graphql`,
  theirs: `http://127.0.0.1:${theirPort}/graphql`,
};
try {
  const url = urls.ours;
  const total = await gql(url, '{ statements(first: 0) { totalCount } }');
  const partners = await gql(url, '{ country(code: "CN") { partners(first: 1) { country { code } } } }');
  const b = partners.country.partners[0]?.country.code ?? 'KG';
  const speaker = await gql(url, `{ relation(a: "CN", b: "${b}") { officials { name } } }`);
  const name = speaker.relation?.officials[0]?.name ?? 'minister';
  console.log(`graph: ${total.statements.totalCount} statements in all; busiest pair CN-${b}; search for "${name}"`);
  // A pair's statements in the library's filters: one side speaks, the other is a target, either way round.
  const pair = {
    OR: [
      { speakerCountry: { some: { code: { eq: 'CN' } } }, targets: { some: { code: { eq: b } } } },
      { speakerCountry: { some: { code: { eq: b } } }, targets: { some: { code: { eq: 'CN' } } } },
    ],
  };
  const scenarios: Scenario[] = [
    {
      name: 'relation summary',
      ours: {
        query: `query($a: ID!, $b: ID!) { relation(a: $a, b: $b) { statementCount eventCount firstAt lastAt tone
          topics { topic { id label } count } officials { id name } } }`,
        variables: { a: 'CN', b },
      },
      theirs: {
        query: `query($w: StatementWhere!, $a: ID!, $b: ID!) {
          said: statementsConnection(where: $w) { aggregate { count { nodes } node { tone { average } } } }
          first: statements(where: $w, sort: [{ date: ASC }], limit: 1) { date }
          last: statements(where: $w, sort: [{ date: DESC }], limit: 1) { date }
          met: eventsConnection(where: { AND: [{ countries: { some: { code: { eq: $a } } } }, { countries: { some: { code: { eq: $b } } } }] }) { aggregate { count { nodes } } }
          topics { id label statementsConnection(where: { node: $w }) { aggregate { count { nodes } } } }
          officials(where: { statements: { some: $w } }) { id name } }`,
        variables: { w: pair, a: 'CN', b },
      },
    },
    {
      name: 'statements page (50, nested)',
      ours: {
        query: `query($a: ID!, $b: ID!) { statements(filter: { between: [$a, $b] }, first: 50) { pageInfo { hasNextPage endCursor }
          edges { node { id text kind date speaker { id name } speakerCountry { code name } targets { code name } topics { id label } article { id title } } } } }`,
        variables: { a: 'CN', b },
      },
      theirs: {
        query: `query($w: StatementWhere!) { statementsConnection(where: $w, sort: [{ date: DESC }, { id: DESC }], first: 50) { pageInfo { hasNextPage endCursor }
          edges { node { id text kind date speaker { id name } speakerCountry { code name } targets { code name } topics { id label } article { id title } } } } }`,
        variables: { w: pair },
      },
    },
    {
      name: 'relation timeline (monthly)',
      ours: {
        query: `query($a: ID!, $b: ID!) { relation(a: $a, b: $b) { timeline(interval: MONTH) { start statements events tone byKind { kind count } byTopic { topic { id } count } } } }`,
        variables: { a: 'CN', b },
      },
      theirs: {
        query: `query($a: ID!, $b: ID!) { countries(where: { code: { eq: $a } }) { timeline(with: $b, unit: "month") { period kind topic statements toneSum toned events } } }`,
        variables: { a: 'CN', b },
      },
    },
    {
      name: 'search',
      ours: {
        query: `query($t: String!) { search(text: $t, first: 20) { score kind node { ... on Official { id name } ... on Statement { id text } ... on Article { id title } ... on Country { code } ... on Topic { id } } } }`,
        variables: { t: name },
      },
      theirs: {
        query: `query($t: String!) { search(text: $t, first: 20) { score kind id } }`,
        variables: { t: luceneQuery(name, 'any') },
      },
    },
  ];
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const rows = [];
  const ms = (n: number) => Math.round(n);
  // autocannon drops the requests still open when the time is up: a server that answered none gets "> duration".
  const latency = (f: Figures) => (f.requests === 0 ? `> ${SECONDS * 1000} (none answered)` : `${ms(f.p50)} / ${ms(f.p99)}`);
  const chosen = scenarios.filter((x) => only === undefined || x.name.startsWith(only));
  const figuresOf = new Map<string, Record<string, Figures>>(chosen.map((s) => [s.name, {}]));
  const measure = async (s: Scenario, server: 'ours' | 'uncached' | 'theirs', url: string, request: Scenario['ours']) => {
    await gql(url, request.query, request.variables);
    const f = await run(url, request);
    figuresOf.get(s.name)![server] = f;
    console.log(`  ${s.name} / ${server}: ${f.requests} answers, p50 ${f.p50} ms, p99 ${f.p99} ms, ${f.rps.toFixed(1)} req/s (load ${load()})`);
  };
  // Dyad first, for every scenario; @neo4j/graphql last: the queries it abandons when a client gives up keep
  // Neo4j busy long after its run, and must not weigh on the next measurement of ours.
  for (const s of chosen) {
    await measure(s, 'ours', urls.ours, s.ours);
    await measure(s, 'uncached', urls.uncached, s.ours);
  }
  for (const s of chosen) {
    const library = await startNeo4jGraphql(theirPort);
    try {
      await measure(s, 'theirs', urls.theirs, s.theirs);
    } finally {
      await new Promise((resolve) => {
        library.once('exit', resolve);
        library.kill('SIGKILL');
      });
      await quiet();
    }
  }
  for (const s of chosen) {
    const figures = figuresOf.get(s.name)!;
    const { ours, uncached, theirs } = figures as Record<'ours' | 'uncached' | 'theirs', Figures>;
    rows.push({
      scenario: s.name,
      'ours p50/p99 ms': latency(ours),
      'ours req/s': ms(ours.rps),
      'no cache p50/p99': latency(uncached),
      'no cache req/s': ms(uncached.rps),
      '@neo4j/graphql p50/p99': latency(theirs),
      '@neo4j/graphql req/s': Math.round(theirs.rps * 10) / 10,
      'p99 theirs/ours': theirs.requests === 0 ? `> ${((SECONDS * 1000) / Math.max(ours.p99, 1)).toFixed(0)}` : (theirs.p99 / Math.max(ours.p99, 1)).toFixed(1),
      'req/s ours/theirs': (ours.rps / Math.max(theirs.rps, 0.1)).toFixed(1),
      errors: ours.errors + uncached.errors + theirs.errors,
    });
  }
  console.log(`${CONNECTIONS} connections, ${SECONDS} s per scenario and server; load average now ${load()}`);
  console.table(rows);
} finally {
  for (const server of servers) server.kill('SIGTERM');
  if (process.argv.includes('--wipe')) {
    await wipe();
    console.log('benchmark articles removed');
  }
  await closeDriver();
}
