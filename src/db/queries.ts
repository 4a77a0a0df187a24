// Every Cypher query the service runs lives in cypher/**.cypher and is loaded once, by name
// ('read/statements-page' → cypher/read/statements-page.cypher).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';

export const CYPHER_ROOT = path.join(PROJECT_ROOT, 'cypher');

let loaded: Map<string, string> | undefined;

function loadAll(): Map<string, string> {
  const queries = new Map<string, string>();
  for (const entry of readdirSync(CYPHER_ROOT, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.cypher')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const name = path.relative(CYPHER_ROOT, file).replace(/\\/g, '/').replace(/\.cypher$/, '');
    queries.set(name, readFileSync(file, 'utf8'));
  }
  return queries;
}

export function cypher(name: string): string {
  loaded ??= loadAll();
  const text = loaded.get(name);
  if (text === undefined) throw new Error(`no Cypher file cypher/${name}.cypher`);
  return text;
}

export function cypherNames(prefix = ''): string[] {
  loaded ??= loadAll();
  return [...loaded.keys()].filter((name) => name.startsWith(prefix)).sort();
}

/** Splits a file of several `;`-terminated statements (schema files) into statements. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
