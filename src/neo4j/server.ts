// Starts, stops and inspects the local Neo4j 5.26 server: one JVM in the background, supervised by pid file.
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import net from 'node:net';
import neo4j from 'neo4j-driver';
import { DyadError } from '../errors.ts';
import type { Config } from '../config.ts';
import { checkJava, installJars } from './install.ts';
import { localPassword, setInitialPassword, writeNeo4jConf } from './configure.ts';
import type { ServerLayout } from './layout.ts';

const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

export interface ServerStatus {
  running: boolean;
  pid: number | undefined;
  version: string | undefined;
  edition: string | undefined;
  boltUrl: string;
  browserUrl: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(layout: ServerLayout): number | undefined {
  if (!existsSync(layout.pidFile)) return undefined;
  const pid = Number(readFileSync(layout.pidFile, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return pid;
  rmSync(layout.pidFile, { force: true }); // stale after a crash or reboot
  return undefined;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

async function discovery(httpPort: number): Promise<{ neo4j_version?: string; neo4j_edition?: string } | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${httpPort}/`, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(2000),
    });
    return response.ok ? ((await response.json()) as { neo4j_version?: string; neo4j_edition?: string }) : undefined;
  } catch {
    return undefined;
  }
}

export async function serverStatus(layout: ServerLayout, local: Config['local']): Promise<ServerStatus> {
  const pid = readPid(layout);
  const info = pid === undefined ? undefined : await discovery(local.httpPort);
  return {
    running: pid !== undefined && info !== undefined,
    pid,
    version: info?.neo4j_version,
    edition: info?.neo4j_edition,
    boltUrl: `bolt://127.0.0.1:${local.boltPort}`,
    browserUrl: `http://127.0.0.1:${local.httpPort}/browser/`,
  };
}

function tail(file: string, lines = 12): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function javaArgs(layout: ServerLayout, local: Config['local']): string[] {
  return [
    `-Xms${local.heap}`,
    `-Xmx${local.heap}`,
    '-XX:+UseG1GC',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-XX:-OmitStackTraceInFastThrow',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-cp',
    `${layout.plugins}/*:${layout.lib}/*`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${layout.home}`,
    `--config-dir=${layout.conf}`,
    '--console-mode',
  ];
}

async function waitUntilReady(layout: ServerLayout, local: Config['local'], pid: number, password: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      rmSync(layout.pidFile, { force: true });
      throw new DyadError('ENVIRONMENT', `Neo4j exited during start-up. Last lines of ${layout.consoleLog}:\n${tail(layout.consoleLog)}`, {
        hint: 'fix what the log says (a port in use, too little memory, a damaged store), then start again',
      });
    }
    if (await discovery(local.httpPort)) {
      const driver = neo4j.driver(`bolt://127.0.0.1:${local.boltPort}`, neo4j.auth.basic('neo4j', password), {
        connectionTimeout: 3000,
      });
      try {
        await driver.executeQuery('RETURN 1');
        return;
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (code === 'Neo.ClientError.Security.Unauthorized') {
          throw new DyadError('ENVIRONMENT', 'the local Neo4j refused the stored password', {
            hint: `the data under ${layout.data} was created with another password: set NEO4J_PASSWORD to it, or stop Neo4j and delete ${layout.data} to start afresh`,
          });
        }
      } finally {
        await driver.close();
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new DyadError('ENVIRONMENT', `Neo4j did not answer within ${READY_TIMEOUT_MS / 1000} s. Last lines of ${layout.consoleLog}:\n${tail(layout.consoleLog)}`, {
    hint: 'run `npx dyad neo4j stop`, check the log, then start again',
  });
}

export type StartOutcome = 'started' | 'already-running';

export async function startServer(
  layout: ServerLayout,
  local: Config['local'],
  passwordFromEnv: string | undefined,
  say: (line: string) => void,
): Promise<StartOutcome> {
  if ((await serverStatus(layout, local)).running) return 'already-running';
  const existing = readPid(layout);
  checkJava();
  installJars(layout, say);
  for (const port of [local.boltPort, local.httpPort]) {
    if (existing === undefined && (await portAnswers(port))) {
      throw new DyadError('ENVIRONMENT', `port ${port} on 127.0.0.1 is already taken by another program`, {
        hint: `stop that program (maybe a Neo4j of another checkout: \`npx dyad neo4j stop\` there), or set ${port === local.boltPort ? 'NEO4J_BOLT_PORT' : 'NEO4J_HTTP_PORT'} to a free port`,
      });
    }
  }
  writeNeo4jConf(layout, local);
  const password = localPassword(layout, passwordFromEnv);
  let pid = existing;
  if (pid === undefined) {
    setInitialPassword(layout, password);
    const out = openSync(layout.consoleLog, 'a');
    const child = spawn('java', javaArgs(layout, local), { detached: true, stdio: ['ignore', out, out], cwd: layout.home });
    closeSync(out);
    if (child.pid === undefined) throw new DyadError('ENVIRONMENT', 'could not start java', { hint: 'check that java runs from this shell' });
    pid = child.pid;
    writeFileSync(layout.pidFile, `${pid}\n`);
    child.unref();
  }
  await waitUntilReady(layout, local, pid, password);
  return 'started';
}

export async function stopServer(layout: ServerLayout): Promise<'stopped' | 'not-running'> {
  const pid = readPid(layout);
  if (pid === undefined) return 'not-running';
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (Date.now() < deadline && isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 250));
  if (isAlive(pid)) {
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  rmSync(layout.pidFile, { force: true });
  return 'stopped';
}
