// One extraction worker thread: receives articles, answers with their extraction or the reason it failed.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../domain.ts';
import { extractArticle } from '../pipeline/extract-article.ts';
import { loadLexicons } from '../lexicon/index.ts';

parentPort?.on('message', (article: Article) => {
  try {
    parentPort?.postMessage({ ok: true, extraction: extractArticle(article, loadLexicons()) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
