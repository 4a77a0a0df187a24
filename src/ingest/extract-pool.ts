// Extraction off the main thread: N worker threads run the pure pipeline while the main thread writes
// the previous batch to Neo4j. With concurrency 0 extraction runs inline (tests, tiny inputs).
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Article, Extraction } from '../domain.ts';

export type ExtractOutcome = { ok: true; extraction: Extraction } | { ok: false; error: string };

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
 * A pool of `concurrency` extraction workers. A worker that crashes or exits fails only the article it
 * held, and a fresh worker takes its place. `workerUrl` is for tests.
 */
export function createExtractPool(concurrency: number, workerUrl = new URL('./extract-worker.mjs', import.meta.url)): ExtractPool {
  const size = Math.min(Math.max(0, Math.floor(concurrency)), availableParallelism() * 2);
  if (size === 0) return { extract: inline, close: async () => {} };
  const idle: Worker[] = [];
  const waiting: Array<(w: Worker) => void> = [];
  const all = new Set<Worker>();
  let closed = false;
  const spawn = () => {
    const worker = new Worker(workerUrl);
    all.add(worker);
    return worker;
  };
  const acquire = () => new Promise<Worker>((resolve) => {
    const w = idle.pop();
    if (w) resolve(w);
    else waiting.push(resolve);
  });
  const release = (w: Worker) => {
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  };
  for (let i = 0; i < size; i += 1) idle.push(spawn());
  return {
    async extract(article) {
      const worker = await acquire();
      let healthy = true;
      try {
        return await new Promise<ExtractOutcome>((resolve) => {
          const done = (outcome: ExtractOutcome) => {
            worker.off('message', onMessage);
            worker.off('error', onError);
            worker.off('exit', onExit);
            resolve(outcome);
          };
          const onMessage = (outcome: ExtractOutcome) => done(outcome);
          const onError = (error: Error) => {
            healthy = false;
            done({ ok: false, error: `extraction worker failed: ${error.message}` });
          };
          const onExit = (code: number) => {
            healthy = false;
            done({ ok: false, error: `extraction worker exited with code ${code}` });
          };
          worker.on('message', onMessage);
          worker.on('error', onError);
          worker.on('exit', onExit);
          worker.postMessage(article);
        });
      } finally {
        if (healthy) release(worker);
        else {
          all.delete(worker);
          void worker.terminate();
          if (!closed) release(spawn());
        }
      }
    },
    async close() {
      closed = true;
      await Promise.all([...all].map((w) => w.terminate()));
    },
  };
}
