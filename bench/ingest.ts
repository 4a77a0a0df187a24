// Ingest benchmark: N synthetic articles end to end (read → extract in worker threads → write to the real
// Neo4j), then the ceiling: the same extracted graph written with nothing else to do (pre-extracted rows,
// one UNWIND per query kind per batch, one transaction per batch).
//   npx tsx bench/ingest.ts [count=10000] [batch=200] [concurrency=cores-1] [runs=1]
// With several runs, end to end and ceiling alternate (each into a graph without the articles) and the
// medians are printed too: on 2 cores a single pair of figures moves by a fifth between runs.
import { onQueryTimed, readRows, type QueryTiming } from '../src/db/run.ts';
import { closeDriver } from '../src/db/driver.ts';
import { applySchema } from '../src/db/schema.ts';
import { defaultConcurrency } from '../src/ingest/extract-pool.ts';
import { runIngest } from '../src/ingest/run-ingest.ts';
import type { SourceItem } from '../src/ingest/sources.ts';
import { deleteArticles, writeArticles, type ArticleToWrite } from '../src/pipeline/write/index.ts';
import { extractArticle } from '../src/pipeline/extract-article.ts';
import { loadLexicons } from '../src/lexicon/index.ts';
import { generateArticles } from './generate.ts';
import { existsSync, readFileSync } from 'node:fs';
import { serverLayout } from '../src/neo4j/layout.ts';

const count = Number(process.argv[2] ?? 10_000);
const batchSize = Number(process.argv[3] ?? 200);
const concurrency = Number(process.argv[4] ?? defaultConcurrency());
const runs = Number(process.argv[5] ?? 1);
const SEED = 7;

async function wipe(): Promise<void> {
  for (;;) {
    const rows = await readRows<{ id: string }>('read/bench-articles', { prefix: `bench-${SEED}-`, limit: 500 });
    if (rows.length === 0) return;
    await deleteArticles(rows.map((r) => r.id));
  }
}

async function* source(): AsyncGenerator<SourceItem> {
  for (const article of generateArticles(count, SEED)) yield { kind: 'article', article, where: 'generator' };
}

/** CPU seconds so far of this process (worker threads included) and of the local Neo4j JVM, when it runs here. */
const neo4jPid = existsSync(serverLayout().pidFile) ? Number(readFileSync(serverLayout().pidFile, 'utf8').trim()) : undefined;
function cpuSeconds(): { node: number; neo4j: number | undefined } {
  const own = process.cpuUsage();
  let neo4j: number | undefined;
  try {
    // /proc/PID/stat fields 14 and 15: user and system time in clock ticks (100 per second on Linux)
    const fields = readFileSync(`/proc/${neo4jPid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    neo4j = (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    neo4j = undefined; // not on Linux, or Neo4j runs elsewhere
  }
  return { node: (own.user + own.system) / 1e6, neo4j };
}
function cpuSince(start: ReturnType<typeof cpuSeconds>, seconds: number): string {
  const now = cpuSeconds();
  const node = now.node - start.node;
  const neo4j = now.neo4j !== undefined && start.neo4j !== undefined ? now.neo4j - start.neo4j : undefined;
  const both = node + (neo4j ?? 0);
  return `CPU: Dyad ${node.toFixed(1)} s` + (neo4j === undefined ? '' : `, Neo4j ${neo4j.toFixed(1)} s, together ${(both / seconds).toFixed(2)} cores busy on average`);
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

/** Where a run's Neo4j time went, per query of cypher/: calls, client-side seconds, Neo4j's own seconds. */
function breakdown(timings: QueryTiming[], label: string): void {
  const by = new Map<string, { n: number; ms: number; serverMs: number }>();
  for (const t of timings) {
    const row = by.get(t.name ?? '(literal)') ?? { n: 0, ms: 0, serverMs: 0 };
    row.n += 1;
    row.ms += t.ms;
    row.serverMs += t.serverMs;
    by.set(t.name ?? '(literal)', row);
  }
  const rows = [...by].sort((a, b) => b[1].ms - a[1].ms);
  console.log(`  ${label}: ${rows.map(([name, r]) => `${name} ${r.n}× ${(r.ms / 1000).toFixed(1)} s (Neo4j ${(r.serverMs / 1000).toFixed(1)} s)`).join('; ')}`);
}

await applySchema();
const articles = [...generateArticles(count, SEED)];
const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
console.log(`${count} synthetic articles in ${new Set(articles.map((a) => a.language)).size} languages, ${mb(bytes)} of text; batch ${batchSize}, ${concurrency} extraction workers`);

// Extraction for the ceiling, done beforehand and outside the clock.
const lexicons = loadLexicons();
const extracted: ArticleToWrite[] = articles.map((article) => ({ article, extraction: extractArticle(article, lexicons) }));

async function writeAll(items: ArticleToWrite[]): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < items.length; i += batchSize) await writeArticles(items.slice(i, i + batchSize), { force: true });
  return (performance.now() - t0) / 1000;
}

// Warm-up, not measured: Neo4j compiles its query plans and fills its page cache on the first batches it sees,
// which would otherwise be charged to whichever measurement runs first.
if (process.env['BENCH_WARMUP'] !== 'off') {
  const warm = await writeAll(extracted.slice(0, Math.min(2000, count)));
  await wipe();
  console.log(`warm-up (not measured): ${Math.min(2000, count)} articles written and wiped (${warm.toFixed(1)} s)`);
}

/** One end-to-end ingest of the articles into a graph without them; prints where the time went. */
async function endToEnd(): Promise<{ seconds: number; peakRss: number }> {
  const timings: QueryTiming[] = [];
  const stopTiming = onQueryTimed((t) => timings.push(t));
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const cpu = cpuSeconds();
  const e2e = await runIngest(source(), { concurrency, batchSize });
  clearInterval(sampler);
  stopTiming();
  const seconds = e2e.elapsedMs / 1000;
  console.log(
    `end to end: ${(count / seconds).toFixed(0)} articles/s (${seconds.toFixed(1)} s), ${(100 * e2e.writeMs / e2e.elapsedMs).toFixed(0)}% of the time in Neo4j writes; ${e2e.statements} statements, ${e2e.failed} failed; peak RSS ${mb(peakRss)}`,
  );
  console.log(`  ${cpuSince(cpu, seconds)}; extraction busy ${(e2e.extractMs / 1000).toFixed(1)} s (summed over workers)`);
  breakdown(timings, 'end to end, per query');
  return { seconds, peakRss };
}

/** The ceiling: the same graph written from the pre-extracted rows, with nothing else to do. */
async function ceiling(): Promise<number> {
  const timings: QueryTiming[] = [];
  const stopTiming = onQueryTimed((t) => timings.push(t));
  const cpu = cpuSeconds();
  const seconds = await writeAll(extracted);
  stopTiming();
  console.log(`ceiling (writes only): ${(count / seconds).toFixed(0)} articles/s (${seconds.toFixed(1)} s)`);
  console.log(`  ${cpuSince(cpu, seconds)}`);
  breakdown(timings, 'ceiling, per query');
  return seconds;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return Number.isInteger(mid) ? (sorted[mid - 1]! + sorted[mid]!) / 2 : sorted[Math.floor(mid)]!;
};
const results: Array<{ e2e: number; ceiling: number }> = [];
for (let run = 1; run <= runs; run += 1) {
  if (runs > 1) console.log(`-- run ${run} of ${runs}`);
  await wipe();
  const { seconds } = await endToEnd();
  await wipe();
  const ceilingSeconds = await ceiling();
  results.push({ e2e: seconds, ceiling: ceilingSeconds });
  console.log(`end to end / ceiling time: ${(seconds / ceilingSeconds).toFixed(2)}x`);
}
if (runs > 1) {
  const ratios = results.map((r) => r.e2e / r.ceiling);
  console.log(
    `over ${runs} runs: end to end ${results.map((r) => (count / r.e2e).toFixed(0)).join(', ')} articles/s (median ${(count / median(results.map((r) => r.e2e))).toFixed(0)}); ` +
      `ceiling ${results.map((r) => (count / r.ceiling).toFixed(0)).join(', ')} (median ${(count / median(results.map((r) => r.ceiling))).toFixed(0)}); ` +
      `ratio ${ratios.map((x) => x.toFixed(2)).join(', ')} (median ${median(ratios).toFixed(2)}x)`,
  );
}
console.log(`peak memory of the whole benchmark process (workers included, and the ceiling's ${count} pre-extracted articles): ${mb(process.resourceUsage().maxRSS * 1024)}`);
await closeDriver();
