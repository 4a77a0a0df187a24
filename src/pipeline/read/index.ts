// Parses the content of one input (a corpus .json, .jsonl, plain .txt/.md, or stdin) into
// articles. Never throws: each problem becomes a one-line message and the rest is kept.
import type { Article } from '../../domain.ts';

export interface ReadInput {
  /** File name or "-" for stdin; used for ids and messages. */
  name: string;
  content: string;
  /** Language of plain-text input when the user knows it. */
  language?: string | undefined;
}

export interface ReadResult {
  articles: Article[];
  errors: string[];
}

export function readArticles({ name, content, language }: ReadInput): ReadResult {
  const base = baseId(name);
  if (!content.trim()) return { articles: [], errors: [`${name}: empty input, nothing to extract`] };
  if (content.includes('\u0000')) return { articles: [], errors: [`${name}: looks binary (NUL bytes), skipped`] };
  const lower = name.toLowerCase();
  const trimmed = content.trimStart();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return readJsonLines(name, base, content);
  if (lower.endsWith('.json')) return readJson(name, base, content);
  if (lower.endsWith('.txt') || lower.endsWith('.md')) return { articles: [plain(base, content, language)], errors: [] };
  // stdin or an unknown extension: sniff
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const whole = readJson(name, base, content);
    if (!whole.errors.length) return whole;
    const lines = readJsonLines(name, base, content);
    if (lines.articles.length) return lines;
    return whole;
  }
  return { articles: [plain(base, content, language)], errors: [] };
}

function baseId(name: string): string {
  if (name === '-') return 'stdin';
  const file = name.split(/[\\/]/).pop() ?? name;
  return file.replace(/\.(jsonl|ndjson|json|txt|md)$/i, '');
}

function plain(id: string, text: string, language: string | undefined): Article {
  const firstLine = /^#\s+(.+)$/m.exec(text.slice(0, 300));
  return { id, text, language: language ?? null, title: firstLine?.[1]?.trim() ?? null, publishedAt: null, url: null, source: null };
}

function readJson(name: string, base: string, content: string): ReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    return { articles: [], errors: [`${name}: not valid JSON (${(error as Error).message.split('\n')[0]})`] };
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  const out: ReadResult = { articles: [], errors: [] };
  list.forEach((item, i) => {
    const a = toArticle(item, list.length > 1 ? `${base}-${i + 1}` : base);
    if (typeof a === 'string') out.errors.push(`${name}${list.length > 1 ? `[${i}]` : ''}: ${a}`);
    else out.articles.push(a);
  });
  return out;
}

/** One line of a JSON Lines input. */
export function readArticleLine(name: string, line: string, fallbackId: string): ReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { articles: [], errors: [`${name}: not valid JSON, line skipped`] };
  }
  const a = toArticle(parsed, fallbackId);
  return typeof a === 'string' ? { articles: [], errors: [`${name}: ${a}`] } : { articles: [a], errors: [] };
}

function readJsonLines(name: string, base: string, content: string): ReadResult {
  const out: ReadResult = { articles: [], errors: [] };
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      out.errors.push(`${name}:${i + 1}: not valid JSON, line skipped`);
      return;
    }
    const a = toArticle(parsed, `${base}-${i + 1}`);
    if (typeof a === 'string') out.errors.push(`${name}:${i + 1}: ${a}`);
    else out.articles.push(a);
  });
  if (!out.articles.length && !out.errors.length) out.errors.push(`${name}: no articles in the file`);
  return out;
}

function toArticle(value: unknown, fallbackId: string): Article | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not an article object';
  const o = value as Record<string, unknown>;
  if (typeof o['text'] !== 'string') return 'article has no "text" string';
  if (!o['text'].trim()) return 'article text is empty';
  const str = (k: string) => (typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string) : null);
  return {
    id: str('id') ?? fallbackId,
    url: str('url'),
    source: str('source'),
    title: str('title'),
    language: str('language'),
    publishedAt: str('publishedAt'),
    text: o['text'],
  };
}
