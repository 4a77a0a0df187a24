// One article through the whole pipeline. Every stage is pure; only the lexicons were read from disk.
import type { Article, Extraction } from '../domain.ts';
import type { Lexicons } from '../lexicon/index.ts';
import { attributeStatements } from './attribute/index.ts';
import { detectLanguage } from './detect-language/index.ts';
import { normalizeText } from './normalize/index.ts';
import { recognize } from './recognize/index.ts';
import { dateFromUrl } from './resolve/dates.ts';
import { resolveArticle } from './resolve/index.ts';
import { segmentSentences } from './segment/index.ts';

export function extractArticle(article: Article, lexicons: Lexicons): Extraction {
  const language = article.language?.toLowerCase().slice(0, 2) || detectLanguage(article.text).language;
  const lex = language ? lexicons.get(language) : null;
  if (!language || !lex) return emptyExtraction(article, language ?? 'und', language ? `no language data for "${language}"` : 'language not recognised');
  const text = article.text;
  // without a publication date, the page's address may tell its day ("/2024/07/30/") or year ("/2020/")
  const fromUrl = article.publishedAt ? null : dateFromUrl(article.url);
  const publishedAt = article.publishedAt ?? fromUrl?.day ?? null;
  const rec = recognize(text, normalizeText(text, lex.rules), segmentSentences(text), lex, publishedAt);
  const title = article.title ? article.title : null;
  const titleRec = title ? recognize(title, normalizeText(title, lex.rules), segmentSentences(title), lex, publishedAt) : null;
  const statements = attributeStatements(rec, lex);
  return resolveArticle({ article, language, rec, titleRec, statements, lex, publishedAt, publishedYear: fromUrl?.year ?? null });
}

export function emptyExtraction(article: Article, language: string, why: string): Extraction {
  return {
    article: { id: article.id, language, publishedAt: article.publishedAt ?? null, title: article.title ?? null, url: article.url ?? null, source: article.source ?? null },
    countries: [],
    officials: [],
    topics: [],
    events: [],
    statements: [],
    diagnostics: [{ stage: 'detect-language', message: why }],
  };
}
