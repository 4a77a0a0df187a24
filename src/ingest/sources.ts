// Expands ingest SOURCE arguments into a stream of articles: files and folders (whatever `extract` reads),
// .jsonl dumps, RSS/Atom feeds (file or URL), single article URLs, and "-" for stdin.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Article } from '../domain.ts';
import { readArticles } from '../pipeline/read/index.ts';
import { fetchText } from './fetch.ts';
import { isFeed, parseFeed } from './feed.ts';
import { htmlLanguage, htmlPublished, htmlTitle, htmlToText } from './html-text.ts';

export type SourceItem = { kind: 'article'; article: Article; where: string } | { kind: 'error'; where: string; reason: string };

const READABLE = /\.(json|jsonl|ndjson|txt|md|xml|rss|atom)$/i;
/** Larger inputs are refused per file rather than read into memory: split them into .jsonl parts. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

const isUrl = (s: string) => /^https?:\/\//i.test(s);

async function* fromContent(name: string, content: string, language?: string): AsyncGenerator<SourceItem> {
  if (/\.(xml|rss|atom)$/i.test(name) || isFeed(content)) {
    const items = parseFeed(content, language);
    if (items.length === 0) yield { kind: 'error', where: name, reason: 'not an RSS or Atom feed with items' };
    for (const item of items) yield { kind: 'article', article: item.article, where: name };
    return;
  }
  const { articles, errors } = readArticles({ name, content, language });
  for (const reason of errors) yield { kind: 'error', where: name, reason };
  for (const article of articles) yield { kind: 'article', article, where: name };
}

async function* fromUrl(url: string, language?: string): AsyncGenerator<SourceItem> {
  let page;
  try {
    page = await fetchText(url);
  } catch (error) {
    yield { kind: 'error', where: url, reason: (error as Error).message };
    return;
  }
  if (/(rss|atom|xml)/i.test(page.contentType) || isFeed(page.body)) {
    for (const item of parseFeed(page.body, language)) {
      if (!item.needsFetch || !item.article.url) {
        yield { kind: 'article', article: item.article, where: url };
        continue;
      }
      // A teaser feed: the article text is on the page; keep the feed's metadata.
      for await (const fetched of fromUrl(item.article.url, language)) {
        yield fetched.kind === 'article'
          ? { ...fetched, article: { ...fetched.article, id: item.article.id, title: item.article.title ?? fetched.article.title ?? null, publishedAt: item.article.publishedAt ?? fetched.article.publishedAt ?? null, source: item.article.source ?? null } }
          : fetched;
      }
    }
    return;
  }
  if (/json/i.test(page.contentType)) {
    yield* fromContent(url.endsWith('.jsonl') ? url : `${url}.json`, page.body, language);
    return;
  }
  const text = htmlToText(page.body);
  if (!text) {
    yield { kind: 'error', where: url, reason: 'the page has no readable text' };
    return;
  }
  yield {
    kind: 'article',
    where: url,
    article: {
      id: `url-${createHash('sha256').update(page.finalUrl).digest('hex').slice(0, 16)}`,
      url: page.finalUrl,
      source: new URL(page.finalUrl).hostname,
      title: htmlTitle(page.body),
      language: language ?? htmlLanguage(page.body),
      publishedAt: htmlPublished(page.body),
      text,
    },
  };
}

async function* fromPath(target: string, language?: string): AsyncGenerator<SourceItem> {
  let info;
  try {
    info = await stat(target);
  } catch {
    yield { kind: 'error', where: target, reason: 'no such file or folder' };
    return;
  }
  if (info.isDirectory()) {
    const entries = (await readdir(target, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const child = path.join(target, entry.name);
      if (entry.isDirectory()) yield* fromPath(child, language);
      else if (READABLE.test(entry.name)) yield* fromPath(child, language);
    }
    return;
  }
  if (info.size > MAX_FILE_BYTES) {
    yield { kind: 'error', where: target, reason: `file is ${Math.round(info.size / 1048576)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit: split it into .jsonl parts` };
    return;
  }
  yield* fromContent(target, await readFile(target, 'utf8'), language);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function* readSources(sources: string[], language?: string): AsyncGenerator<SourceItem> {
  for (const source of sources) {
    if (source === '-') yield* fromContent('-', await readStdin(), language);
    else if (isUrl(source)) yield* fromUrl(source, language);
    else yield* fromPath(source, language);
  }
}
