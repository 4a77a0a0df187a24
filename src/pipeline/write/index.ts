// The graph writer: one managed transaction per batch of articles, every query an idempotent UNWIND/MERGE.
// Unchanged articles (same content hash) are skipped; a changed article first retracts what it produced.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT } from '../../paths.ts';
import { inWriteTransaction, emptyCounters, type WriteCounters, type WriteTx } from '../../db/run.ts';
import { buildRows, contentHash, tallyRows, type ArticleToWrite } from './rows.ts';
import { resolveUndatedEvents } from './undated-events.ts';

export { contentHash, statementId, type ArticleToWrite } from './rows.ts';

/**
 * Part of every content hash: the Dyad version and a fingerprint of the extractor's code and language data,
 * so an article seen again after the extractor changed is extracted again rather than skipped.
 */
export const EXTRACTOR_VERSION = extractorFingerprint();

function extractorFingerprint(): string {
  const pkg = createRequire(import.meta.url)('../../../package.json') as { version: string };
  const h = createHash('sha256');
  for (const dir of ['src/pipeline', 'src/lexicon', 'src/taxonomy']) {
    const root = path.join(PROJECT_ROOT, dir);
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|json)$/.test(e.name) && !e.parentPath.includes(`${path.sep}write`))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    for (const file of files) h.update(path.relative(PROJECT_ROOT, file)).update(readFileSync(file));
  }
  return `dyad-${pkg.version}-${h.digest('hex').slice(0, 12)}`;
}

export interface WriteSummary extends WriteCounters {
  written: number;
  replaced: number;
  unchanged: number;
  statements: number;
  events: number;
}

export interface WriteOptions {
  /** Rewrite even when the content hash is unchanged. */
  force?: boolean;
}

async function readHashes(tx: WriteTx, query: string, ids: string[]): Promise<Map<string, string | null>> {
  const rows = await tx.run<{ id: string; contentHash: string | null }>(query, { ids });
  return new Map(rows.map((r) => [r.id, r.contentHash]));
}

async function retract(tx: WriteTx, ids: string[]): Promise<{ officials: string[]; events: string[] }> {
  if (ids.length === 0) return { officials: [], events: [] };
  await tx.run('write/tallies', { ids, sign: -1 });
  const rows = await tx.run<{ officials: string[]; events: string[] }>('write/retract-articles', { ids });
  return { officials: rows.flatMap((r) => r.officials), events: rows.flatMap((r) => r.events) };
}

async function cleanup(tx: WriteTx, touched: { officials: string[]; events: string[] }): Promise<void> {
  if (touched.events.length > 0) await tx.run('write/cleanup-events', { ids: [...new Set(touched.events)] });
  if (touched.officials.length > 0) await tx.run('write/cleanup-officials', { ids: [...new Set(touched.officials)] });
}

/** Writes one batch of extracted articles in one transaction. Safe to repeat: the same batch again changes nothing. */
export async function writeArticles(items: ArticleToWrite[], options: WriteOptions = {}): Promise<WriteSummary> {
  if (items.length === 0) return { ...emptyCounters(), written: 0, replaced: 0, unchanged: 0, statements: 0, events: 0 };
  // One entry per article: when a batch holds the same id twice, the later version wins.
  const byId = new Map(items.map((item) => [item.article.id, item]));
  const hashes = new Map([...byId.keys()].map((id) => [id, contentHash(byId.get(id)!.article, EXTRACTOR_VERSION)]));
  const changed = (stored: Map<string, string | null>, id: string) => options.force || stored.get(id) !== hashes.get(id);
  const { result, counters } = await inWriteTransaction(async (tx) => {
    const before = await readHashes(tx, 'write/article-hashes', [...hashes.keys()]);
    const candidates = [...hashes.keys()].filter((id) => changed(before, id)).sort();
    if (candidates.length === 0) return { written: 0, replaced: 0, unchanged: items.length, statements: 0, events: 0 };
    // Serialise with any other writer of the same articles, then decide again on what is committed now.
    const locked = await readHashes(tx, 'write/lock-articles', candidates);
    const freshIds = candidates.filter((id) => changed(locked, id));
    const skipped = candidates.filter((id) => !changed(locked, id));
    if (skipped.length > 0) await tx.run('write/unlock-articles', { ids: skipped });
    const replacedIds = freshIds.filter((id) => locked.get(id) != null);
    const touched = await retract(tx, replacedIds);
    const rows = buildRows(await resolveUndatedEvents(tx, freshIds.map((id) => byId.get(id)!)), hashes);
    if (rows.countries.length > 0) await tx.run('write/countries', { codes: rows.countries });
    if (rows.articles.length > 0) await tx.run('write/articles', { rows: rows.articles });
    if (rows.officials.length > 0) await tx.run('write/officials', { rows: rows.officials });
    if (rows.events.length > 0) await tx.run('write/events', { rows: rows.events });
    if (rows.statements.length > 0) {
      await tx.run('write/statements', { rows: rows.statements });
      await tx.run('write/tallies-add', { rows: tallyRows(rows.statements) });
    }
    await cleanup(tx, touched);
    return {
      written: freshIds.length,
      replaced: replacedIds.length,
      unchanged: items.length - freshIds.length,
      statements: rows.statements.length,
      events: rows.events.length,
    };
  });
  return { ...counters, ...result };
}

/** Retracts articles: their statements, mentions and event reports go, then whatever only they supported. */
export async function deleteArticles(ids: string[]): Promise<{ deleted: number } & WriteCounters> {
  const { result, counters } = await inWriteTransaction(async (tx) => {
    const touched = await retract(tx, ids);
    const rows = await tx.run<{ deleted: number }>('write/delete-articles', { ids });
    await cleanup(tx, touched);
    return { deleted: rows[0]?.deleted ?? 0 };
  });
  return { ...counters, ...result };
}
