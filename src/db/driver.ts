// One driver per process. Without NEO4J_URI, the local server started by `dyad neo4j start` is used.
import neo4j, { type Driver } from 'neo4j-driver';
import { config, type Config } from '../config.ts';
import { DyadError } from '../errors.ts';
import { serverLayout } from '../neo4j/layout.ts';
import { storedPassword } from '../neo4j/configure.ts';

export interface Connection {
  uri: string;
  user: string;
  password: string;
  database: string;
  local: boolean;
}

export function resolveConnection(cfg: Config = config()): Connection {
  if (cfg.neo4j.uri !== undefined) {
    if (cfg.neo4j.password === undefined) {
      throw new DyadError('CONFIG', 'NEO4J_URI is set but NEO4J_PASSWORD is not', { hint: 'set NEO4J_PASSWORD for that server' });
    }
    return { uri: cfg.neo4j.uri, user: cfg.neo4j.user, password: cfg.neo4j.password, database: cfg.neo4j.database, local: false };
  }
  const password = cfg.neo4j.password ?? storedPassword(serverLayout());
  if (password === undefined) {
    throw new DyadError('ENVIRONMENT', 'no Neo4j configured and the local one was never started', {
      hint: 'run `npx dyad neo4j start`, or set NEO4J_URI and NEO4J_PASSWORD',
    });
  }
  return { uri: `bolt://127.0.0.1:${cfg.local.boltPort}`, user: 'neo4j', password, database: cfg.neo4j.database, local: true };
}

let shared: { driver: Driver; connection: Connection } | undefined;

export function getDriver(): { driver: Driver; connection: Connection } {
  if (shared) return shared;
  const connection = resolveConnection();
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 20_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 15_000,
    disableLosslessIntegers: true,
  });
  shared = { driver, connection };
  return shared;
}

export async function closeDriver(): Promise<void> {
  const current = shared;
  shared = undefined;
  await current?.driver.close();
}
