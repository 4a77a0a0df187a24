import { writeFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { DyadError } from '../errors.ts';
import { closeDriver } from '../db/driver.ts';
import { readSources } from '../ingest/sources.ts';
import { runIngest, type IngestProgress, type IngestSummary } from '../ingest/run-ingest.ts';
import { defaultConcurrency } from '../ingest/extract-pool.ts';

function positiveInt(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new DyadError('BAD_USER_INPUT', `${name} must be a whole number, got "${String(value)}"`);
  return n;
}

const rate = (p: IngestProgress) => (p.elapsedMs > 0 ? ((p.written + p.unchanged) / (p.elapsedMs / 1000)).toFixed(0) : '0');

function reporter() {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: 'ingest {bar} {value}/{total} articles | {rate}/s | {failed} failed', stream: process.stderr, hideCursor: true, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(0, 0, { rate: '0', failed: 0 });
    return {
      update: (p: IngestProgress) => {
        bar.setTotal(Math.max(p.read, 1));
        bar.update(p.written + p.unchanged + p.failed, { rate: rate(p), failed: p.failed });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    update: (p: IngestProgress) =>
      process.stderr.write(`batch ${p.batches}: ${p.read} read, ${p.written} written, ${p.unchanged} unchanged, ${p.failed} failed, ${rate(p)} articles/s\n`),
    stop: () => {},
  };
}

export function formatSummary(s: IngestSummary): string {
  const seconds = s.elapsedMs / 1000;
  const lines = [
    `${s.interrupted ? 'Interrupted' : 'Done'} in ${seconds.toFixed(1)} s: ${s.read} read, ${s.written} written (${s.replaced} replaced), ${s.unchanged} unchanged, ${s.failed} failed.`,
    `  ${s.statements} statements, ${s.events} event reports; nodes +${s.nodesCreated}/-${s.nodesDeleted}, relationships +${s.relationshipsCreated}/-${s.relationshipsDeleted}, ${s.propertiesSet} properties set.`,
    `  ${seconds > 0 ? ((s.written + s.unchanged) / seconds).toFixed(1) : '0'} articles/s; ${s.elapsedMs > 0 ? ((100 * s.writeMs) / s.elapsedMs).toFixed(0) : 0}% of the time in Neo4j writes.`,
  ];
  for (const f of s.failures.slice(0, 20)) lines.push(`  failed: ${f.where}${f.article ? ` (${f.article.id})` : ''}: ${f.reason}`);
  if (s.failures.length > 20) lines.push(`  ... and ${s.failures.length - 20} more failures`);
  return lines.join('\n');
}

export async function ingest(sources: string[], opts: Record<string, unknown>): Promise<void> {
  const concurrency = positiveInt(opts['concurrency'], '--concurrency', defaultConcurrency());
  const batchSize = Math.max(1, positiveInt(opts['batchSize'], '--batch-size', 200));
  const dryRun = opts['dryRun'] === true;
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write('\nStopping after the current batch (Ctrl-C again to quit at once)...\n');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  const progress = dryRun ? { update: () => {}, stop: () => {} } : reporter();
  let summary: IngestSummary;
  try {
    summary = await runIngest(readSources(sources, opts['language'] as string | undefined), {
      concurrency,
      batchSize,
      dryRun,
      force: opts['force'] === true,
      signal: controller.signal,
      onBatch: progress.update,
      onDryRun: (article, x) =>
        process.stdout.write(
          `${JSON.stringify({ article: article.id, language: x.article.language, countries: x.countries.map((c) => c.code), officials: x.officials.map((o) => o.id), events: x.events.map((e) => `${e.type} ${e.date ?? '?'} ${e.id}`), statements: x.statements.length })}\n`,
        ),
    });
  } catch (error) {
    progress.stop();
    if (error instanceof DyadError && error.code === 'UNAVAILABLE') {
      throw new DyadError('UNAVAILABLE', `${error.message}; gave up after retrying`, {
        hint: 'start Neo4j again (`npx dyad neo4j start`), then run the same command: articles already written are skipped, none is duplicated',
      });
    }
    throw error;
  } finally {
    process.off('SIGINT', onSigint);
    await closeDriver();
  }
  progress.stop();
  process.stderr.write(`${formatSummary(summary)}\n`);
  const errorsFile = opts['errors'] as string | undefined;
  if (errorsFile) {
    const retryable = summary.failures.filter((f) => f.article).map((f) => JSON.stringify({ ...f.article, error: f.reason }));
    writeFileSync(errorsFile, retryable.length > 0 ? `${retryable.join('\n')}\n` : '');
    process.stderr.write(`Wrote ${retryable.length} failed articles to ${errorsFile} (ingest it again once fixed).\n`);
  }
  if (summary.interrupted) process.exitCode = 130;
  else if (summary.failed > 0) process.exitCode = 1;
}
