// neo4j.conf and the initial password of the local server.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { DyadError } from '../errors.ts';
import type { Config } from '../config.ts';
import type { ServerLayout } from './layout.ts';

/** Half of a Neo4j memory size such as 2g or 1536m, in megabytes. */
function halfOf(size: string): string {
  const mb = Number.parseInt(size, 10) * (size.endsWith('g') ? 1024 : 1);
  return `${Math.floor(mb / 2)}m`;
}

export function writeNeo4jConf(layout: ServerLayout, local: Config['local']): void {
  for (const dir of [layout.conf, layout.data, layout.logs, layout.run, layout.plugins, layout.importDir]) {
    mkdirSync(dir, { recursive: true });
  }
  // Every key once: Neo4j refuses to start on a duplicate or unknown key.
  const settings: Record<string, string> = {
    'server.default_listen_address': '127.0.0.1',
    'server.default_advertised_address': '127.0.0.1',
    'server.bolt.listen_address': `127.0.0.1:${local.boltPort}`,
    'server.bolt.advertised_address': `127.0.0.1:${local.boltPort}`,
    'server.http.listen_address': `127.0.0.1:${local.httpPort}`,
    'server.http.advertised_address': `127.0.0.1:${local.httpPort}`,
    'server.https.enabled': 'false',
    // Sized for a 2-core, 24 GiB machine shared with the API and the ingest workers.
    'server.memory.heap.initial_size': local.heap,
    'server.memory.heap.max_size': local.heap,
    'server.memory.pagecache.size': local.pageCache,
    // Half the heap for transactions: the API's relation aggregates run many at once.
    'dbms.memory.transaction.total.max': halfOf(local.heap),
    'db.tx_log.preallocate': 'false',
    'db.tx_log.rotation.size': '16M',
    'db.tx_log.rotation.retention_policy': '100M size',
    'dbms.usage_report.enabled': 'false',
    'server.directories.data': layout.data,
    'server.directories.logs': layout.logs,
    'server.directories.run': layout.run,
    'server.directories.import': layout.importDir,
    'server.directories.plugins': layout.plugins,
    'dbms.security.auth_enabled': 'true',
    // Neo4j Browser: no usage data sent out of a local install.
    'client.allow_telemetry': 'false',
  };
  const text = Object.entries(settings)
    .map(([key, value]) => `${key}=${value}`)
    .join('\n');
  writeFileSync(layout.confFile, `# Written by \`dyad neo4j start\` on each start; edit src/neo4j/configure.ts instead.\n${text}\n`);
}

/** The password of the local server: NEO4J_PASSWORD, else the stored one, else a new one (stored with mode 0600). */
export function localPassword(layout: ServerLayout, fromEnv: string | undefined): string {
  if (existsSync(layout.passwordFile)) return readFileSync(layout.passwordFile, 'utf8').trim();
  const password = fromEnv ?? randomBytes(18).toString('base64url');
  mkdirSync(layout.home, { recursive: true });
  writeFileSync(layout.passwordFile, `${password}\n`, { mode: 0o600 });
  chmodSync(layout.passwordFile, 0o600);
  return password;
}

export function storedPassword(layout: ServerLayout): string | undefined {
  return existsSync(layout.passwordFile) ? readFileSync(layout.passwordFile, 'utf8').trim() : undefined;
}

function databaseExists(layout: ServerLayout): boolean {
  const dbs = path.join(layout.data, 'databases');
  return existsSync(dbs) && readdirSync(dbs).length > 0;
}

/** Sets the initial password with neo4j-admin; only takes effect before the first start, so it runs only then. */
export function setInitialPassword(layout: ServerLayout, password: string): void {
  if (databaseExists(layout)) return;
  const result = spawnSync(
    'java',
    ['-cp', `${layout.lib}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password, '--require-password-change=false'],
    { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf } },
  );
  if (result.error || result.status !== 0) {
    throw new DyadError('ENVIRONMENT', `setting the Neo4j password failed: ${(result.stderr || result.stdout || String(result.error)).trim().split('\n')[0]}`, {
      hint: `remove ${layout.home} to start from scratch, then run \`npx dyad neo4j start\` again`,
    });
  }
}
