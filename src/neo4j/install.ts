// Fetches the Neo4j server jars from Maven Central with the machine's Maven, once.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { DyadError } from '../errors.ts';
import type { ServerLayout } from './layout.ts';

const MAVEN_TIMEOUT_MS = 15 * 60 * 1000;
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies';

function pomHash(layout: ServerLayout): string {
  return createHash('sha256').update(readFileSync(layout.pom)).digest('hex');
}

export function isInstalled(layout: ServerLayout): boolean {
  return existsSync(layout.installedMarker) && readFileSync(layout.installedMarker, 'utf8').trim() === pomHash(layout);
}

/** Checks Java 17+ is on PATH; a one-line error that says what to install otherwise. */
export function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.error) {
    throw new DyadError('ENVIRONMENT', 'Java was not found on PATH', {
      hint: 'install a Java 17 or 21 runtime (Debian: apt-get install openjdk-17-jre-headless)',
    });
  }
  const match = /version "(\d+)/.exec(`${result.stderr}${result.stdout}`);
  const major = match ? Number(match[1]) : 0;
  if (major !== 17 && major !== 21) {
    throw new DyadError('ENVIRONMENT', `Neo4j 5.26 needs Java 17 or 21, found Java ${major || 'of unknown version'}`, {
      hint: 'put a Java 17 or 21 first on PATH (or set JAVA_HOME and PATH accordingly)',
    });
  }
}

/** Copies the runtime jars of neo4j/pom.xml into lib/ (atomically: into a temporary folder first). */
export function installJars(layout: ServerLayout, say: (line: string) => void): void {
  if (isInstalled(layout)) return;
  const probe = spawnSync('mvn', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (probe.error) {
    throw new DyadError('ENVIRONMENT', 'Maven (mvn) was not found on PATH; it fetches the Neo4j jars', {
      hint: 'install Maven 3.8+ (Debian: apt-get install maven), or point NEO4J_URI at a Neo4j you run yourself',
    });
  }
  say('Fetching the Neo4j 5.26 jars from Maven Central (once; about 140 MB)...');
  const staging = `${layout.lib}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const result = spawnSync(
    'mvn',
    ['-q', '-B', '-f', layout.pom, DEPENDENCY_PLUGIN, '-DincludeScope=runtime', `-DoutputDirectory=${staging}`],
    { encoding: 'utf8', timeout: MAVEN_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error || result.status !== 0) {
    const detail = (result.stdout + result.stderr).split('\n').filter((l) => l.includes('ERROR')).slice(0, 3).join(' ');
    rmSync(staging, { recursive: true, force: true });
    throw new DyadError('ENVIRONMENT', `fetching the Neo4j jars with Maven failed: ${detail || result.error?.message || `exit ${result.status}`}`, {
      hint: 'check that Maven Central is reachable (mvn -v; a proxy in ~/.m2/settings.xml), then run the command again',
    });
  }
  rmSync(layout.lib, { recursive: true, force: true });
  renameSync(staging, layout.lib);
  writeFileSync(layout.installedMarker, `${pomHash(layout)}\n`);
}
