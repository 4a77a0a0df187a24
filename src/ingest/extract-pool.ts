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

export function createExtractPool(concurrency: number): ExtractPool {
  const size = Math.min(Math.max(0, Math.floor(concurrency)), availableParallelism() * 2);
  if (size === 0) return { extract: inline, close: async () => {} };
  const workerUrl = new URL('./extract-worker.mjs', import.meta.url);
  const idle: Worker[] = [];
  const waiting: Array<(w: Worker) => void> = [];
  const all: Worker[] = [];
  for (let i = 0; i < size; i += 1) {
    const worker = new Worker(workerUrl);
    all.push(worker);
    idle.push(worker);
  }
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
  return {
    async extract(article) {
      const worker = await acquire();
      try {
        return await new Promise<ExtractOutcome>((resolve) => {
          const onError = (error: Error) => resolve({ ok: false, error: `extraction worker failed: ${error.message}` });
          worker.once('error', onError);
          worker.once('message', (outcome: ExtractOutcome) => {
            worker.off('error', onError);
            resolve(outcome);
          });
          worker.postMessage(article);
        });
      } finally {
        release(worker);
      }
    },
    async close() {
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
