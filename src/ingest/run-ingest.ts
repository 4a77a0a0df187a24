// The ingest loop: read → skip unchanged → extract (worker threads) → write (one transaction per batch).
// Extraction of batch k+1 overlaps the write of batch k. One bad article never loses the others.
import type { Article, Extraction } from '../domain.ts';
import { DyadError } from '../errors.ts';
import { readRows } from '../db/run.ts';
import { contentHash, EXTRACTOR_VERSION, writeArticles, type WriteSummary } from '../pipeline/write/index.ts';
import { createExtractPool } from './extract-pool.ts';
import type { SourceItem } from './sources.ts';

export interface IngestOptions {
  concurrency: number;
  batchSize: number;
  dryRun?: boolean;
  force?: boolean;
  signal?: AbortSignal;
  onBatch?: (progress: IngestProgress) => void;
  onDryRun?: (article: Article, extraction: Extraction) => void;
  /** Waits between retries when Neo4j is unavailable; the last one gives up. */
  retryDelaysMs?: number[];
}

export interface Failure {
  where: string;
  reason: string;
  article?: Article;
}

export interface IngestProgress {
  read: number;
  written: number;
  unchanged: number;
  failed: number;
  batches: number;
  elapsedMs: number;
}

export interface IngestSummary extends IngestProgress {
  replaced: number;
  statements: number;
  events: number;
  nodesCreated: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  nodesDeleted: number;
  propertiesSet: number;
  writeMs: number;
  /** Time the extraction workers spent extracting, summed over workers. */
  extractMs: number;
  interrupted: boolean;
  failures: Failure[];
}

const DEFAULT_RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000];

async function withRetry<T>(work: () => Promise<T>, delays: number[], signal: AbortSignal | undefined): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const delay = delays[attempt];
      if (!(error instanceof DyadError && error.code === 'UNAVAILABLE') || delay === undefined || signal?.aborted) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

async function storedHashes(ids: string[]): Promise<Map<string, string | null>> {
  const rows = await readRows<{ id: string; contentHash: string | null }>('write/article-hashes', { ids });
  return new Map(rows.map((r) => [r.id, r.contentHash]));
}

/** How many extracted batches may wait for their write. */
const WRITE_QUEUE = 2;

export async function runIngest(source: AsyncIterable<SourceItem>, options: IngestOptions): Promise<IngestSummary> {
  const began = Date.now();
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const pool = createExtractPool(options.concurrency);
  const summary: IngestSummary = {
    read: 0, written: 0, unchanged: 0, failed: 0, batches: 0, elapsedMs: 0, replaced: 0, statements: 0, events: 0,
    nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0, nodesDeleted: 0, propertiesSet: 0, writeMs: 0, extractMs: 0,
    interrupted: false, failures: [],
  };
  const fail = (failure: Failure) => {
    summary.failed += 1;
    summary.failures.push(failure);
  };
  // Writes run one after another, in batch order; extraction may run up to WRITE_QUEUE batches ahead of them,
  // so the workers keep extracting while Neo4j writes and the writer rarely waits for a batch.
  let lastWrite: Promise<void> = Promise.resolve();
  const queued: Array<Promise<void>> = [];

  const addWrite = (result: WriteSummary, ms: number) => {
    summary.written += result.written;
    summary.replaced += result.replaced;
    summary.unchanged += result.unchanged;
    summary.statements += result.statements;
    summary.events += result.events;
    summary.nodesCreated += result.nodesCreated;
    summary.nodesDeleted += result.nodesDeleted;
    summary.relationshipsCreated += result.relationshipsCreated;
    summary.relationshipsDeleted += result.relationshipsDeleted;
    summary.propertiesSet += result.propertiesSet;
    summary.writeMs += ms;
  };

  const processBatch = async (batch: Array<{ article: Article; where: string }>) => {
    let todo = batch;
    if (!options.dryRun && !options.force) {
      const stored = await withRetry(() => storedHashes(batch.map((b) => b.article.id)), delays, options.signal);
      todo = batch.filter((b) => stored.get(b.article.id) !== contentHash(b.article, EXTRACTOR_VERSION));
      summary.unchanged += batch.length - todo.length;
    }
    const outcomes = await Promise.all(todo.map(async (b) => ({ ...b, outcome: await pool.extract(b.article) })));
    const extracted: Array<{ article: Article; extraction: Extraction }> = [];
    for (const { article, where, outcome } of outcomes) {
      summary.extractMs += outcome.ms ?? 0;
      if (!outcome.ok) fail({ where, reason: outcome.error, article });
      else if (outcome.extraction.diagnostics?.some((d) => d.stage === 'detect-language')) {
        // nothing can be read from it: not written, listed (and in --errors) so that it can come back with a language
        const why = outcome.extraction.diagnostics.find((d) => d.stage === 'detect-language')!.message;
        fail({ where, reason: `${why}; give the article a "language" (one of the lexicons in src/lexicon) and ingest it again`, article });
      } else extracted.push({ article, extraction: outcome.extraction });
    }
    // Batch k was extracted while earlier batches were being written; wait only when the queue is full.
    while (queued.length >= WRITE_QUEUE) await queued.shift();
    if (options.dryRun) {
      for (const item of extracted) options.onDryRun?.(item.article, item.extraction);
      summary.written += extracted.length;
    } else if (extracted.length > 0) {
      const write = lastWrite.then(async () => {
        const t0 = Date.now();
        const result = await withRetry(() => writeArticles(extracted, { force: options.force ?? false }), delays, options.signal);
        addWrite(result, Date.now() - t0);
        options.onBatch?.({ ...summary, elapsedMs: Date.now() - began });
      });
      write.catch(() => {}); // handled where it is awaited
      lastWrite = write;
      queued.push(write);
    }
    summary.batches += 1;
    if (options.dryRun || extracted.length === 0) options.onBatch?.({ ...summary, elapsedMs: Date.now() - began });
  };

  try {
    let batch: Array<{ article: Article; where: string }> = [];
    for await (const item of source) {
      if (options.signal?.aborted) {
        summary.interrupted = true;
        break;
      }
      if (item.kind === 'error') {
        summary.read += 1;
        fail({ where: item.where, reason: item.reason });
        continue;
      }
      summary.read += 1;
      batch.push({ article: item.article, where: item.where });
      if (batch.length >= options.batchSize) {
        const current = batch;
        batch = [];
        await processBatch(current);
      }
    }
    if (batch.length > 0 && !summary.interrupted) await processBatch(batch);
    while (queued.length > 0) await queued.shift();
  } finally {
    await pool.close();
    summary.elapsedMs = Date.now() - began;
  }
  return summary;
}
