// The main job on its embedded default: local Neo4j up, schema and reference data applied, the sample
// articles of examples/ ingested (unchanged ones are skipped, so a second start is quick), GraphQL served.
import path from 'node:path';
import { config } from '../config.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { applySchema } from '../db/schema.ts';
import { readSources } from '../ingest/sources.ts';
import { runIngest } from '../ingest/run-ingest.ts';
import { defaultConcurrency } from '../ingest/extract-pool.ts';
import { formatSummary } from './ingest.ts';

export async function startAll(): Promise<void> {
  const cfg = config();
  if (cfg.neo4j.uri === undefined) await (await import('./neo4j.ts')).start();
  const schema = await applySchema();
  process.stdout.write(`Schema applied: ${schema.statements} constraints and indexes; ${schema.countries} countries and organisations, ${schema.topics} topics.\n`);
  const examples = path.join(PROJECT_ROOT, 'examples', 'articles');
  const summary = await runIngest(readSources([examples]), { concurrency: defaultConcurrency(), batchSize: 100 });
  process.stdout.write(`Sample articles (examples/articles): ${formatSummary(summary)}\n`);
  await (await import('./serve.ts')).serve();
  process.stdout.write(`Neo4j Browser: http://127.0.0.1:${cfg.local.httpPort}/browser/ (user neo4j; \`npx dyad neo4j env\` prints the password)\n`);
}
