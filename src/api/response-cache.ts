// Whole responses of public queries, kept in memory (@graphql-yoga/plugin-response-cache): dashboards that ask
// the same thing cost one execution per ttl. The data is public, so there is one session for everyone.
// Aggregates (relations, timelines, partners, series) live API_CACHE_SECONDS; a response that holds statements,
// events, articles or search hits lives API_CACHE_STATEMENT_SECONDS (the shortest ttl of its types wins).
// Errors are never cached (the plugin's default), mutations never are (they go through its invalidation path),
// and the API's own mutations drop every entry, since a new article can change any count or page. A CLI
// ingest shows within the ttl. API_CACHE_SECONDS=0 turns the cache off.
import type { Plugin } from 'graphql-yoga';
import { hashSHA256, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import { noteHit, type FrontStore } from './front-cache.ts';

export interface ResponseCache {
  /** The yoga plugin, or undefined when the cache is off. */
  plugin: Plugin | undefined;
  /** Drops every cached response (after a write). */
  clear(): void;
  /** For the front door (front-cache.ts), or undefined when the cache is off. */
  front: FrontStore | undefined;
}

const MAX_RESPONSES = 2000;
/** How long an expired response may still be served while one request computes its successor. */
const REFRESH_GRACE_MS = 10_000;
/** Marks the key of the one request that recomputes an expired response: it reads nothing and writes the entry. */
const REFRESH = '#refresh';

/** Types whose data moves with every ingest: responses that contain them get the short ttl. */
const SHORT_LIVED = ['Statement', 'StatementConnection', 'Event', 'EventConnection', 'Article', 'SearchHit', 'IngestResult'];

type Stored = NonNullable<Awaited<ReturnType<Cache['get']>>>;

/**
 * Yoga serialises a result with its own `stringify` when it has one: a cached response is turned into JSON once,
 * on its first hit, and every later hit sends the same text (a page or a timeline is 25-60 KB).
 */
function withStoredText(result: Stored): Stored {
  let text: string | undefined;
  return Object.assign(result, { stringify: (value: unknown) => (text ??= JSON.stringify(value)) });
}

/**
 * The store behind the plugin. When an entry expires, the first request to ask gets a refresh key (`keyFor`),
 * misses and executes, and its result is stored under the plain key; the others are served the expired response
 * meanwhile (for at most REFRESH_GRACE_MS), so fifty dashboards polling one view never all run it at once.
 * Invalidation drops everything: writes are rare, and entity-level invalidation could not see which aggregates
 * a new statement changes.
 */
export function createResponseStore(max = MAX_RESPONSES): Cache & FrontStore & { keyFor(key: string): string; clear(): void } {
  const entries = new Map<string, { result: Stored; expires: number; refreshing: number | null }>();
  return {
    keyFor(key) {
      const entry = entries.get(key);
      const now = Date.now();
      if (entry === undefined || now < entry.expires) return key;
      if (entry.refreshing !== null && now - entry.refreshing < REFRESH_GRACE_MS) return key;
      entry.refreshing = now;
      return key + REFRESH;
    },
    get(key) {
      const entry = key.endsWith(REFRESH) ? undefined : entries.get(key);
      if (entry === undefined) return null;
      const now = Date.now();
      if (now < entry.expires) {
        noteHit({ key, result: entry.result });
        return entry.result;
      }
      // expired: served only while one request computes its successor (and never remembered by the front door)
      return entry.refreshing !== null && now - entry.refreshing < REFRESH_GRACE_MS ? entry.result : null;
    },
    isCurrent(key, result) {
      const entry = entries.get(key);
      return entry !== undefined && entry.result === result && Date.now() < entry.expires;
    },
    set(key, result, _entities, ttl) {
      const plain = key.endsWith(REFRESH) ? key.slice(0, -REFRESH.length) : key;
      if (!entries.has(plain) && entries.size >= max) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      entries.delete(plain);
      entries.set(plain, { result: withStoredText(result as Stored), expires: Date.now() + ttl, refreshing: null });
    },
    invalidate() {
      entries.clear();
    },
    clear() {
      entries.clear();
    },
  };
}

export function createResponseCache(seconds: number, shortSeconds: number): ResponseCache {
  const store = createResponseStore();
  const clear = () => store.clear();
  if (seconds <= 0) return { plugin: undefined, clear, front: undefined };
  const short = Math.min(seconds, shortSeconds) * 1000;
  return {
    plugin: useResponseCache({
      session: () => null,
      cache: store,
      buildResponseCacheKey: async ({ documentString, variableValues, operationName }) =>
        store.keyFor(await hashSHA256([documentString, JSON.stringify(variableValues ?? {}), operationName ?? ''].join('|'))),
      ttl: seconds * 1000,
      ttlPerSchemaCoordinate: {
        ...Object.fromEntries(SHORT_LIVED.map((type) => [type, short])),
        'Query.health': 0,
      },
    }),
    clear,
    front: store,
  };
}
