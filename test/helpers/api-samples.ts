// Loads real input through the real pipeline and writer, the way `dyad ingest` does: the sample articles of
// examples/articles and, when present, the corpus of ../shared/corpus (read at run time, never copied).
// Re-running is safe (the writer's content hash); `force` rewrites so the graph reflects today's extractor.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../src/domain.ts';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { extractArticle } from '../../src/pipeline/extract-article.ts';
import { loadLexicons } from '../../src/lexicon/index.ts';
import { writeArticles } from '../../src/pipeline/write/index.ts';

export const EXAMPLES_DIR = path.join(PROJECT_ROOT, 'examples', 'articles');
export const CORPUS_DIR = path.resolve(PROJECT_ROOT, '..', 'shared', 'corpus');

function readArticles(dir: string): Article[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => JSON.parse(readFileSync(path.join(e.parentPath, e.name), 'utf8')) as Article)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Extracts and writes the samples (and the corpus when `corpus` and present); returns the articles written. */
export async function loadSamples(opts: { corpus?: boolean } = {}): Promise<Article[]> {
  const articles = [...readArticles(EXAMPLES_DIR), ...(opts.corpus ? readArticles(CORPUS_DIR) : [])];
  const lexicons = loadLexicons();
  const items = articles.map((article) => ({ article, extraction: extractArticle(article, lexicons) }));
  for (let i = 0; i < items.length; i += 50) await writeArticles(items.slice(i, i + 50), { force: true });
  return articles;
}
