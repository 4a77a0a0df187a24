// One extraction worker thread: receives articles, answers with their extraction or the reason it failed.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { Article } from '../domain.ts';
import { extractArticle } from '../pipeline/extract-article.ts';
import { loadLexicons } from '../lexicon/index.ts';

// Extraction runs ahead of the writer, so it should take the CPU only when Neo4j and the writer leave it
// idle. On Linux a nice value set from a thread applies to that thread alone (elsewhere it would lower the
// whole process, writer included, so it is left alone there).
const nice = Number(process.env['DYAD_EXTRACT_NICE'] ?? 10);
if (process.platform === 'linux' && nice > 0) {
  try {
    setPriority(0, Math.min(19, nice));
  } catch {
    // not permitted: extraction keeps normal priority
  }
}

parentPort?.on('message', (article: Article) => {
  const t0 = performance.now();
  try {
    const extraction = extractArticle(article, loadLexicons());
    parentPort?.postMessage({ ok: true, extraction, ms: performance.now() - t0 });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error), ms: performance.now() - t0 });
  }
});
