// Whole responses of public queries, kept in memory (@graphql-yoga/plugin-response-cache): dashboards that ask
// the same thing cost one execution per ttl. The data is public, so there is one session for everyone.
// Aggregates (relations, timelines, partners, series) live API_CACHE_SECONDS; a response that holds statements,
// events, articles or search hits lives API_CACHE_STATEMENT_SECONDS (the shortest ttl of its types wins).
// Errors are never cached (the plugin's default), mutations never are (they go through its invalidation path),
// and the API's own mutations drop every entry, since a new article can change any count or page. A CLI
// ingest shows within the ttl. API_CACHE_SECONDS=0 turns the cache off.
import type { Plugin } from 'graphql-yoga';
import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';

export interface ResponseCache {
  /** The yoga plugin, or undefined when the cache is off. */
  plugin: Plugin | undefined;
  /** Drops every cached response (after a write). */
  clear(): void;
}

const MAX_RESPONSES = 2000;

/** Types whose data moves with every ingest: responses that contain them get the short ttl. */
const SHORT_LIVED = ['Statement', 'StatementConnection', 'Event', 'EventConnection', 'Article', 'SearchHit', 'IngestResult'];

export function createResponseCache(seconds: number, shortSeconds: number): ResponseCache {
  let entries: Cache = createInMemoryCache({ max: MAX_RESPONSES });
  const cache: Cache = {
    get: (key) => entries.get(key),
    set: (key, value, collected, ttl) => entries.set(key, value, collected, ttl),
    invalidate: (records) => entries.invalidate(records),
  };
  const clear = () => {
    entries = createInMemoryCache({ max: MAX_RESPONSES });
  };
  if (seconds <= 0) return { plugin: undefined, clear };
  const short = Math.min(seconds, shortSeconds) * 1000;
  return {
    plugin: useResponseCache({
      session: () => null,
      cache,
      ttl: seconds * 1000,
      ttlPerSchemaCoordinate: {
        ...Object.fromEntries(SHORT_LIVED.map((type) => [type, short])),
        'Query.health': 0,
      },
    }),
    clear,
  };
}
