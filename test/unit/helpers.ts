// Shared helpers for unit tests: one extraction of a sample article written for the tests.
import type { Article, Extraction } from '../../src/domain.ts';
import { loadLexicons } from '../../src/lexicon/index.ts';
import { extractArticle } from '../../src/pipeline/extract-article.ts';

export function sample(text: string, extra: Partial<Article> = {}): Article {
  return { id: `t-${Math.random().toString(36).slice(2, 8)}`, source: 'Dyad sample', publishedAt: '2024-03-13', language: null, title: null, text, ...extra };
}

export function extract(text: string, extra: Partial<Article> = {}): Extraction {
  return extractArticle(sample(text, extra), loadLexicons());
}

export function spanOf(text: string, s: { start: number; end: number }): string {
  return text.slice(s.start, s.end);
}
