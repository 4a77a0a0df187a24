// The ingest mutations run the CLI's pipeline in-process: extractArticle per article, then one writeArticles
// batch. Extraction is CPU-bound, so the batch size is capped; bulk loads belong to `dyad ingest`.
import type { Article, Extraction } from '../domain.ts';
import { extractArticle } from '../pipeline/extract-article.ts';
import { loadLexicons } from '../lexicon/index.ts';
import { contentHash, EXTRACTOR_VERSION, statementId, writeArticles } from '../pipeline/write/index.ts';
import { readRows } from '../db/run.ts';
import { badInput } from './errors.ts';

export const MAX_INGEST_BATCH = 50;

export interface ArticleInput {
  id: string;
  text: string;
  url?: string | null;
  source?: string | null;
  title?: string | null;
  language?: string | null;
  publishedAt?: string | null;
}

export interface Ingested {
  articleId: string;
  changed: boolean;
  statementIds: string[];
  eventIds: string[];
  officialIds: string[];
  diagnostics: string[];
}

function toArticle(input: ArticleInput): Article {
  if (input.id.trim().length === 0) throw badInput('an article needs a non-empty id');
  if (input.text.trim().length === 0) throw badInput(`article ${input.id} has no text`);
  return {
    id: input.id,
    text: input.text,
    url: input.url ?? null,
    source: input.source ?? null,
    title: input.title ?? null,
    language: input.language ?? null,
    publishedAt: input.publishedAt ?? null,
  };
}

export async function ingestArticles(inputs: readonly ArticleInput[]): Promise<Ingested[]> {
  if (inputs.length > MAX_INGEST_BATCH) throw badInput(`at most ${MAX_INGEST_BATCH} articles per call; use \`dyad ingest\` for bulk loads`);
  if (new Set(inputs.map((i) => i.id)).size !== inputs.length) throw badInput('article ids must be unique within one call');
  const articles = inputs.map(toArticle);
  const lexicons = loadLexicons();
  const items = articles.map((article) => ({ article, extraction: extractArticle(article, lexicons) as Extraction }));
  // The writer skips an article whose content hash is stored already; the same test tells which ones change.
  const stored = await readRows<{ id: string; contentHash: string | null }>('write/article-hashes', { ids: articles.map((a) => a.id) });
  const hashes = new Map(stored.map((r) => [r.id, r.contentHash]));
  await writeArticles(items);
  return items.map(({ article, extraction }) => ({
    articleId: article.id,
    changed: hashes.get(article.id) !== contentHash(article, EXTRACTOR_VERSION),
    statementIds: extraction.statements.map((s) => statementId(article.id, s.start, s.end)),
    eventIds: extraction.events.map((e) => e.id),
    officialIds: extraction.officials.map((o) => o.id),
    diagnostics: (extraction.diagnostics ?? []).map((d) => `${d.stage}: ${d.message}`),
  }));
}
