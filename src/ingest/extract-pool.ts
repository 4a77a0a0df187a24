// Extraction off the main thread: N worker threads run the pure pipeline while the main thread writes
// the previous batch to Neo4j. With concurrency 0 extraction runs inline (tests, tiny inputs).
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Article, Extraction } from '../domain.ts';

/** `ms`: how long the extraction itself took (in the worker), for the benchmark's account of where time went. */
export type ExtractOutcome = ({ ok: true; extraction: Extraction } | { ok: false; error: string }) & { ms?: number };

export interface ExtractPool {
  extract(article: Article): Promise<ExtractOutcome>;
  close(): Promise<void>;
}

async function inline(article: Article): Promise<ExtractOutcome> {
  const [{ extractArticle }, { loadLexicons }] = await Promise.all([import('../pipeline/extract-article.ts'), import('../lexicon/index.ts')]);
  try {
    return { ok: true, extraction: extractArticle(article, loadLexicons()) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * How many extraction workers by default: one core fewer than the machine has (at least one), because the
 * writer and a local Neo4j need a core of their own. On 2 cores two workers measured slower end to end than
 * one (bench/ingest: each worker's extraction took twice the CPU once three parties fought for two cores).
 */
export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Articles handed to one worker ahead of its answers, so it never waits for a busy main thread between two. */
const IN_FLIGHT = 4;

interface Job {
  article: Article;
  resolve: (outcome: ExtractOutcome) => void;
}

interface Slot {
  worker: Worker;
  /** Sent and not answered yet, oldest first: a worker answers in the order it was sent. */
  pending: Job[];
}

/**
 * A pool of `concurrency` extraction workers. Each worker is sent up to IN_FLIGHT articles at once (the
 * main thread, busy writing, would otherwise leave it idle between articles). A worker that crashes or
 * exits fails only the article it was working on (the oldest it had not answered); the others it held go
 * back to the front of the queue, and a fresh worker takes its place. `workerUrl` is for tests.
 */
export function createExtractPool(concurrency: number, workerUrl = new URL('./extract-worker.mjs', import.meta.url)): ExtractPool {
  const size = Math.min(Math.max(0, Math.floor(concurrency)), availableParallelism() * 2);
  if (size === 0) return { extract: inline, close: async () => {} };
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  let closed = false;

  const dispatch = () => {
    while (queue.length > 0) {
      let best: Slot | undefined;
      for (const slot of slots) if (slot.pending.length < IN_FLIGHT && (!best || slot.pending.length < best.pending.length)) best = slot;
      if (!best) return;
      const job = queue.shift()!;
      best.pending.push(job);
      best.worker.postMessage(job.article);
    }
  };

  const spawn = () => {
    const slot: Slot = { worker: new Worker(workerUrl), pending: [] };
    const broken = (reason: string) => {
      if (!slots.delete(slot)) return; // 'error' is followed by 'exit': handle the first
      void slot.worker.terminate();
      const [culprit, ...others] = slot.pending;
      slot.pending = [];
      culprit?.resolve({ ok: false, error: reason });
      queue.unshift(...others);
      if (!closed) spawn();
      dispatch();
    };
    slot.worker.on('message', (outcome: ExtractOutcome) => {
      slot.pending.shift()?.resolve(outcome);
      dispatch();
    });
    slot.worker.on('error', (error: Error) => broken(`extraction worker failed: ${error.message}`));
    slot.worker.on('exit', (code: number) => broken(`extraction worker exited with code ${code}`));
    slots.add(slot);
  };
  for (let i = 0; i < size; i += 1) spawn();

  return {
    extract(article) {
      return new Promise<ExtractOutcome>((resolve) => {
        if (closed) return resolve({ ok: false, error: 'extraction pool is closed' });
        queue.push({ article, resolve });
        dispatch();
      });
    },
    async close() {
      closed = true;
      const held = [...slots];
      slots.clear();
      for (const job of [...held.flatMap((slot) => slot.pending), ...queue.splice(0)]) job.resolve({ ok: false, error: 'extraction pool is closed' });
      const workers = held.map((slot) => slot.worker);
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
