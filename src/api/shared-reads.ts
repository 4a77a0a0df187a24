// Identical reads in flight at the same moment share one Neo4j query: when fifty dashboards miss the response
// cache together (at start, or when an entry expires), the pair is read once, not fifty times. Nothing is kept
// once the query settles, so this never serves an old answer; the response cache (response-cache.ts) does the
// keeping. A mutation forgets the reads in flight, so that requests after it wait for fresh ones.
export interface SharedReads {
  share<V>(key: string, load: () => Promise<V>): Promise<V>;
  forget(): void;
}

export function createSharedReads(): SharedReads {
  let pending = new Map<string, Promise<unknown>>();
  return {
    share<V>(key: string, load: () => Promise<V>): Promise<V> {
      const running = pending.get(key);
      if (running !== undefined) return running as Promise<V>;
      const map = pending;
      const value = load().finally(() => {
        if (map.get(key) === value) map.delete(key);
      });
      map.set(key, value);
      return value;
    },
    forget() {
      pending = new Map();
    },
  };
}
