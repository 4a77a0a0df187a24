// The only place that opens sessions. Reads and writes go through managed transactions, which the
// driver retries on transient errors; everything else maps to a DyadError by Neo4j error code.
import { Neo4jError, type Record as Neo4jRecord } from 'neo4j-driver';
import { DyadError } from '../errors.ts';
import { getDriver } from './driver.ts';
import { cypher } from './queries.ts';

export type Params = Record<string, unknown>;

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function mapNeo4jError(error: unknown): unknown {
  if (error instanceof DyadError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code) || error.retriable) {
      return new DyadError('UNAVAILABLE', `Neo4j is unavailable (${error.code})`, {
        cause: error,
        hint: 'check that Neo4j runs (`npx dyad neo4j status`) and that NEO4J_URI points to it',
      });
    }
    if (error.code === 'Neo.ClientError.Security.Unauthorized') {
      return new DyadError('UNAVAILABLE', 'Neo4j refused the credentials', {
        cause: error,
        hint: 'set NEO4J_USER/NEO4J_PASSWORD to the right values (`npx dyad neo4j env` prints the local ones)',
      });
    }
  }
  return error;
}

export interface QueryEvent {
  mode: 'READ' | 'WRITE';
  /** The cypher/ name, or undefined for literal Cypher. */
  name: string | undefined;
}
const queryListeners = new Set<(event: QueryEvent) => void>();

/** Calls `listener` for every query sent to Neo4j (tests count them to catch N+1); returns the unsubscribe. */
export function onQuery(listener: (event: QueryEvent) => void): () => void {
  queryListeners.add(listener);
  return () => void queryListeners.delete(listener);
}

function notify(event: QueryEvent): void {
  for (const listener of queryListeners) listener(event);
}

export interface QueryTiming extends QueryEvent {
  /** From sending the query to its last record, as the client saw it. */
  ms: number;
  /** Neo4j's own time: until the first record plus until the last was consumed. */
  serverMs: number;
}
const timingListeners = new Set<(timing: QueryTiming) => void>();

/** Calls `listener` with the time of every query once it completed (benchmarks break write time down); returns the unsubscribe. */
export function onQueryTimed(listener: (timing: QueryTiming) => void): () => void {
  timingListeners.add(listener);
  return () => void timingListeners.delete(listener);
}

type Summary = { resultAvailableAfter?: unknown; resultConsumedAfter?: unknown };
function timed(mode: 'READ' | 'WRITE', name: string | undefined, began: number, summary: Summary): void {
  if (timingListeners.size === 0) return;
  const timing = { mode, name, ms: performance.now() - began, serverMs: Number(summary.resultAvailableAfter ?? 0) + Number(summary.resultConsumedAfter ?? 0) };
  for (const listener of timingListeners) listener(timing);
}

async function runIn<T>(mode: 'READ' | 'WRITE', query: string, params: Params, map: (r: Neo4jRecord) => T, name?: string): Promise<T[]> {
  notify({ mode, name });
  const { driver, connection } = getDriver();
  const session = driver.session({ database: connection.database, defaultAccessMode: mode });
  try {
    const work = async (tx: { run: (q: string, p: Params) => PromiseLike<{ records: Neo4jRecord[]; summary: Summary }> }) => {
      const began = performance.now();
      const res = await tx.run(query, params);
      timed(mode, name, began, res.summary);
      return res.records.map(map);
    };
    return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
  } catch (error) {
    throw mapNeo4jError(error);
  } finally {
    await session.close();
  }
}

const toObject = (record: Neo4jRecord) => record.toObject() as Record<string, unknown>;

/** Runs the named read query of cypher/ and returns its rows as plain objects. */
export function readRows<T = Record<string, unknown>>(name: string, params: Params = {}): Promise<T[]> {
  return runIn('READ', cypher(name), params, (r) => toObject(r) as T, name);
}

/** Runs the named write query of cypher/ in one managed transaction. */
export function writeRows<T = Record<string, unknown>>(name: string, params: Params = {}): Promise<T[]> {
  return runIn('WRITE', cypher(name), params, (r) => toObject(r) as T, name);
}

/** Runs literal Cypher (schema statements, tests' EXPLAIN); application queries use readRows/writeRows. */
export function runCypher<T = Record<string, unknown>>(mode: 'READ' | 'WRITE', query: string, params: Params = {}): Promise<T[]> {
  return runIn(mode, query, params, (r) => toObject(r) as T);
}

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export const emptyCounters = (): WriteCounters => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
});

export interface WriteTx {
  /** Runs the named query of cypher/ inside the transaction. */
  run<T = Record<string, unknown>>(name: string, params: Params): Promise<T[]>;
}

/**
 * Runs several named queries in one managed write transaction. The driver retries the whole function on
 * transient errors (deadlocks, leader changes), so `work` must only depend on what it reads inside the
 * transaction; the counters are those of the attempt that committed.
 */
export async function inWriteTransaction<T>(work: (tx: WriteTx) => Promise<T>): Promise<{ result: T; counters: WriteCounters }> {
  const { driver, connection } = getDriver();
  const session = driver.session({ database: connection.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => {
      const counters = emptyCounters();
      const result = await work({
        async run<R>(name: string, params: Params): Promise<R[]> {
          notify({ mode: 'WRITE', name });
          const began = performance.now();
          const res = await tx.run(cypher(name), params);
          timed('WRITE', name, began, res.summary);
          const u = res.summary.counters.updates();
          counters.nodesCreated += u.nodesCreated;
          counters.nodesDeleted += u.nodesDeleted;
          counters.relationshipsCreated += u.relationshipsCreated;
          counters.relationshipsDeleted += u.relationshipsDeleted;
          counters.propertiesSet += u.propertiesSet;
          return res.records.map((r) => r.toObject() as R);
        },
      });
      return { result, counters };
    });
  } catch (error) {
    throw mapNeo4jError(error);
  } finally {
    await session.close();
  }
}
