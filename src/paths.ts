import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { config } from './config.ts';

/** The project's root folder (where package.json is), whatever the working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where Dyad keeps its local state (Neo4j jars, data, password): DYAD_HOME, relative to the project root. */
export function dyadHome(): string {
  return path.resolve(PROJECT_ROOT, config().local.home);
}
