// A stand-in extraction worker for the pool test: it dies on an article whose text is "crash" and
// answers every other article with an empty extraction, the way the real worker's messages are shaped.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (article) => {
  if (article.text === 'crash') process.exit(3);
  if (article.text === 'throw') throw new Error('worker bug');
  parentPort.postMessage({ ok: true, extraction: { article: { id: article.id }, countries: [], officials: [], topics: [], events: [], statements: [] } });
});
