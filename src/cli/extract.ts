// `dyad extract PATH...`: reads articles from files, folders, JSON Lines or stdin and prints one
// extraction per article as JSON Lines. A bad input gets one line on stderr; the others go on.
import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Article, ExtractedEvent, Extraction } from '../domain.ts';
import { loadLexicons } from '../lexicon/index.ts';
import { extractArticle } from '../pipeline/extract-article.ts';
import { readArticleLine, readArticles } from '../pipeline/read/index.ts';
import { dateFromEachOther, isWeaklyDated } from '../pipeline/resolve/undated.ts';

export interface ExtractOptions {
  language?: string;
  pretty?: boolean;
  /** Extract each article on its own: no dating of a report from other reports of the same run. */
  alone?: boolean;
}

/**
 * Reports that cannot date their event alone wait for the end of the input, where the other reports of
 * the run may date them (src/pipeline/resolve/undated.ts); past this many waiting, the oldest goes out
 * with what is known by then, so memory stays bounded on any input.
 */
const MAX_WAITING = 5_000;

const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_LINE_CHARS = 5 * 1024 * 1024;
const EXTENSIONS = /\.(json|jsonl|ndjson|txt|md)$/i;

export async function extract(paths: string[], opts: ExtractOptions = {}): Promise<void> {
  const failed = await extractTo(paths, opts, (line) => write(line));
  await flush();
  if (failed) process.exitCode = 1;
}

/** Runs extraction over the inputs, handing each JSON line to `emit`; returns the number of failures. */
export async function extractTo(paths: string[], opts: ExtractOptions, emit: (line: string) => void | Promise<void>): Promise<number> {
  const lexicons = loadLexicons();
  let failures = 0;
  const fail = (message: string) => {
    failures++;
    process.stderr.write(`dyad extract: ${message}\n`);
  };
  const waiting: Extraction[] = [];
  const known: ExtractedEvent[] = [];
  const print = (x: Extraction) => emit(JSON.stringify(x, null, opts.pretty ? 2 : undefined));
  const handle = async (article: Article) => {
    let result: Extraction;
    try {
      result = extractArticle(article, lexicons);
    } catch (error) {
      fail(`${article.id}: extraction failed: ${(error as Error).message}`);
      return;
    }
    const why = result.diagnostics?.[0]?.message;
    if (why && !result.statements.length && !result.countries.length) fail(`${article.id}: ${why}; printed an empty result`);
    if (!opts.alone && result.events.some(isWeaklyDated)) {
      waiting.push(result);
      if (waiting.length > MAX_WAITING) await print(dateFromEachOther([waiting.shift()!], known)[0]!);
      return;
    }
    for (const e of result.events) if (e.date !== null && e.countries.length >= 2) known.push(e);
    await print(result);
  };
  for (const file of expand(paths, fail)) {
    if (file === '-') {
      const content = await readStdin();
      const { articles, errors } = readArticles({ name: '-', content, language: opts.language });
      errors.forEach(fail);
      for (const a of articles) await handle(withLanguage(a, opts.language));
      continue;
    }
    let size: number;
    try {
      size = statSync(file).size;
    } catch (error) {
      fail(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    if (/\.(jsonl|ndjson)$/i.test(file)) {
      let n = 0;
      const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
      for await (const line of lines) {
        n++;
        if (!line.trim()) continue;
        if (line.length > MAX_LINE_CHARS) { fail(`${file}:${n}: line longer than ${MAX_LINE_CHARS} characters, skipped`); continue; }
        const { articles, errors } = readArticleLine(`${file}:${n}`, line, `${baseName(file)}-${n}`);
        errors.forEach(fail);
        for (const a of articles) await handle(withLanguage(a, opts.language));
      }
      continue;
    }
    if (size > MAX_FILE_BYTES) { fail(`${file}: ${(size / 1048576).toFixed(1)} MB is larger than the ${MAX_FILE_BYTES / 1048576} MB limit for one article file, skipped (split it into .jsonl)`); continue; }
    let content: string;
    try {
      const bytes = readFileSync(file);
      if (bytes.includes(0)) { fail(`${file}: looks binary (NUL bytes), skipped`); continue; }
      content = bytes.toString('utf8');
    } catch (error) {
      fail(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    const { articles, errors } = readArticles({ name: file, content, language: opts.language });
    errors.forEach(fail);
    for (const a of articles) await handle(withLanguage(a, opts.language));
  }
  for (const x of dateFromEachOther(waiting, known)) await print(x);
  return failures;
}

function withLanguage(a: Article, language: string | undefined): Article {
  return language && !a.language ? { ...a, language } : a;
}

function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(EXTENSIONS, '');
}

function* expand(paths: string[], fail: (m: string) => void): Generator<string> {
  for (const p of paths) {
    if (p === '-') { yield p; continue; }
    let st;
    try {
      st = statSync(p);
    } catch {
      fail(`${p}: no such file or folder`);
      continue;
    }
    if (st.isDirectory()) {
      const entries = readdirSync(p, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
      const inner = entries.filter((e) => e.isDirectory() || EXTENSIONS.test(e.name)).map((e) => join(p, e.name));
      yield* expand(inner, fail);
    } else yield p;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

let pending = '';
async function write(line: string): Promise<void> {
  pending += `${line}\n`;
  if (pending.length > 1 << 16) await flush();
}

async function flush(): Promise<void> {
  if (!pending) return;
  const chunk = pending;
  pending = '';
  if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}
