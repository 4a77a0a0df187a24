// The `dyad` command line. Each command lives in its own file and is loaded only when used,
// so `dyad extract` never pays for the GraphQL server and vice versa.
import { Command, Option } from 'commander';
import { exitWithError } from './fail.ts';

const program = new Command('dyad')
  .description('Dyad: bilateral relations from the news, as a Neo4j graph served over GraphQL')
  .showHelpAfterError();

const neo4j = program.command('neo4j').description('run the local Neo4j 5.26 server (no Docker needed)');
neo4j
  .command('start')
  .description('download (once), configure and start the local Neo4j; wait until Bolt answers')
  .option('--quiet', 'print only errors')
  .action(async (opts: { quiet?: boolean }) => (await import('./neo4j.ts')).start(opts));
neo4j.command('stop').description('stop the local Neo4j').action(async () => (await import('./neo4j.ts')).stop());
neo4j.command('status').description('say whether the local Neo4j runs, with versions and ports').action(async () => (await import('./neo4j.ts')).status());
neo4j.command('env').description('print NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD for the local server').action(async () => (await import('./neo4j.ts')).env());

program
  .command('schema')
  .description('manage the graph schema')
  .command('apply')
  .description('apply constraints and indexes (idempotent)')
  .action(async () => (await import('./schema.ts')).apply());

program
  .command('serve')
  .description('serve the GraphQL API (HOST, PORT)')
  .action(async () => (await import('./serve.ts')).serve());

program
  .command('start')
  .description('the main job: local Neo4j up, schema applied, examples/ ingested, GraphQL served')
  .action(async () => (await import('./start.ts')).startAll());

program
  .command('extract')
  .description('extract countries, officials, events and statements from articles; prints JSON Lines')
  .argument('<paths...>', 'files (.json, .jsonl, .txt, .md), folders, or - for stdin')
  .option('--language <code>', 'language of plain-text input when known')
  .option('--pretty', 'indent the JSON (one object per article still)')
  .option('--alone', 'extract each article on its own; by default reports that cannot date their event are printed last, dated by other reports of the same event in the input')
  .action(async (paths: string[], opts: { language?: string; pretty?: boolean; alone?: boolean }) =>
    (await import('./extract.ts')).extract(paths, opts),
  );

program
  .command('eval')
  .description('score extraction on ../shared/corpus against ../shared/eval/gold')
  .option('--shared <dir>', 'the shared folder', '../shared')
  .action(async (opts: { shared: string }) => (await import('./eval.ts')).evaluate(opts));

program
  .command('ingest')
  .description('extract articles and write them to Neo4j (idempotent)')
  .argument('<sources...>', 'files, folders, .jsonl, RSS/Atom feeds (file or URL), article URLs, or -')
  .addOption(new Option('--concurrency <n>', 'extraction worker threads (0: extract on the main thread; default: one fewer than the cores)'))
  .option('--batch-size <n>', 'articles per write transaction', '200')
  .option('--dry-run', 'print what would be written without writing')
  .option('--errors <file>', 'write failed articles as JSONL that ingest accepts again')
  .option('--force', 're-extract and rewrite articles even when unchanged')
  .option('--language <code>', 'language of plain-text input when known')
  .action(async (sources: string[], opts: Record<string, unknown>) => (await import('./ingest.ts')).ingest(sources, opts));

program
  .command('delete')
  .description('retract articles and whatever only they supported')
  .argument('<ids...>', 'article ids')
  .action(async (ids: string[]) => (await import('./delete.ts')).deleteArticles(ids));

program
  .command('browse')
  .description('print how to open Neo4j Browser with the Dyad style and ready queries')
  .action(async () => (await import('./browse.ts')).browse());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  exitWithError(error);
}
