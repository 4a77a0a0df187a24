// Relation aggregates (summaries, topics, officials, timelines, partners) read every statement of a pair;
// dashboards poll them from many clients at once. They may be served from memory for API_CACHE_SECONDS
// (default 5): the API's own mutations clear the cache at once, a CLI ingest shows within that delay.
// Statement pages, entities and search are never cached.
export interface AggregateCache {
  /** One value per key: cached ones from memory, the others from `load` (in one batch), then remembered. */
  batch<V>(scope: string, keys: readonly string[], load: (missing: string[]) => Promise<V[]>): Promise<V[]>;
  one<V>(key: string, load: () => Promise<V>): Promise<V>;
  clear(): void;
}

const MAX_ENTRIES = 10_000;

export function createAggregateCache(seconds: number): AggregateCache {
  const ttl = seconds * 1000;
  const entries = new Map<string, { at: number; value: Promise<unknown> }>();
  const fresh = (key: string) => {
    const e = entries.get(key);
    return e !== undefined && Date.now() - e.at < ttl ? e.value : undefined;
  };
  const remember = (key: string, value: Promise<unknown>) => {
    if (ttl <= 0) return;
    if (entries.size >= MAX_ENTRIES) entries.clear();
    entries.set(key, { at: Date.now(), value });
    value.catch(() => entries.delete(key));
  };
  return {
    async batch<V>(scope: string, keys: readonly string[], load: (missing: string[]) => Promise<V[]>): Promise<V[]> {
      const loading = new Map<string, Promise<V>>();
      const missing = keys.filter((k) => fresh(`${scope}:${k}`) === undefined);
      if (missing.length > 0) {
        const loaded = load(missing);
        missing.forEach((k, i) => {
          const value = loaded.then((values) => values[i] as V);
          loading.set(k, value);
          remember(`${scope}:${k}`, value);
        });
      }
      return Promise.all(keys.map((k) => loading.get(k) ?? (fresh(`${scope}:${k}`) as Promise<V>)));
    },
    async one<V>(key: string, load: () => Promise<V>): Promise<V> {
      const cached = fresh(key);
      if (cached !== undefined) return cached as Promise<V>;
      const value = load();
      remember(key, value);
      return value;
    },
    clear: () => entries.clear(),
  };
}
