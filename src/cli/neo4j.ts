import { config } from '../config.ts';
import { DyadError } from '../errors.ts';
import { serverLayout } from '../neo4j/layout.ts';
import { serverStatus, startServer, stopServer } from '../neo4j/server.ts';
import { storedPassword } from '../neo4j/configure.ts';

const say = (line: string) => process.stdout.write(`${line}\n`);

export async function start(opts: { quiet?: boolean } = {}): Promise<void> {
  const cfg = config();
  const layout = serverLayout();
  const began = Date.now();
  const outcome = await startServer(layout, cfg.local, cfg.neo4j.password, opts.quiet ? () => {} : say);
  if (opts.quiet) return;
  const status = await serverStatus(layout, cfg.local);
  if (outcome === 'already-running') say(`Neo4j ${status.version ?? ''} is already running (pid ${status.pid}).`);
  else say(`Neo4j ${status.version ?? ''} started in ${((Date.now() - began) / 1000).toFixed(1)} s (pid ${status.pid}).`);
  say(`  Bolt:          ${status.boltUrl}`);
  say(`  Neo4j Browser: ${status.browserUrl}`);
  say(`  Log in as neo4j with the password that \`npx dyad neo4j env\` prints (stored in ${layout.passwordFile}).`);
}

export async function stop(): Promise<void> {
  const outcome = await stopServer(serverLayout());
  say(outcome === 'stopped' ? 'Neo4j stopped.' : 'Neo4j was not running.');
}

export async function status(): Promise<void> {
  const cfg = config();
  const s = await serverStatus(serverLayout(), cfg.local);
  if (!s.running) {
    say('Neo4j (local) is not running. Start it with `npx dyad neo4j start`.');
    process.exitCode = 3;
    return;
  }
  say(`Neo4j ${s.version} ${s.edition} is running (pid ${s.pid}).`);
  say(`  Bolt:          ${s.boltUrl}`);
  say(`  Neo4j Browser: ${s.browserUrl}`);
}

export async function env(): Promise<void> {
  const cfg = config();
  const password = cfg.neo4j.password ?? storedPassword(serverLayout());
  if (password === undefined) {
    throw new DyadError('ENVIRONMENT', 'the local Neo4j has no password yet', { hint: 'run `npx dyad neo4j start` first' });
  }
  say(`NEO4J_URI=bolt://127.0.0.1:${cfg.local.boltPort}`);
  say(`NEO4J_USER=neo4j`);
  say(`NEO4J_PASSWORD=${password}`);
}
