// DataLoaders, created per request (see context.ts): one per entity and per relationship list, so a page of
// rows with nested fields costs one batched query per type, and nothing is cached across requests. The heavy
// reads are shared with identical ones in flight (shared-reads.ts): the same batch of keys, the same page.
import DataLoader from 'dataloader';
import * as repo from '../db/repositories/index.ts';
import type { TopicRow } from '../db/repositories/index.ts';
import type { SharedReads } from './shared-reads.ts';

export function createLoaders(reads: SharedReads) {
  let topics: Promise<Map<string, TopicRow>> | undefined;
  const topicMap = () => (topics ??= reads.share('topics', repo.allTopics).then((rows) => new Map(rows.map((t) => [t.id, t]))));
  /** A batch loader whose batch is shared with an identical batch in flight (same kind, same keys). */
  const sharedBatch = <V>(kind: string, load: (keys: readonly string[]) => Promise<V[]>) =>
    new DataLoader((keys: readonly string[]) => reads.share(`${kind}|${JSON.stringify(keys)}`, () => load(keys)));
  const loaders = {
    country: sharedBatch('countries', repo.countriesByCodes),
    official: sharedBatch('officials', repo.officialsByIds),
    statement: sharedBatch('statements', repo.statementsByIds),
    event: sharedBatch('events', repo.eventsByIds),
    article: sharedBatch('articles', repo.articlesByIds),
    topic: new DataLoader<string, TopicRow | null>(async (ids) => {
      const map = await topicMap();
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** The taxonomy in id order (children follow their parent). */
    allTopics: async () => [...(await topicMap()).values()].sort((a, b) => a.id.localeCompare(b.id)),
    countryOfficials: new DataLoader(repo.officialIdsByCountries),
    counterparts: new DataLoader(repo.counterpartIds),
    articleStatements: new DataLoader(repo.statementsByArticles),
    articleEvents: new DataLoader(repo.eventIdsByArticles),
    relationExists: sharedBatch('exists', repo.relationsExist),
    /** Counts, tone, dates, topics and officials of pairs ("A|B"), in one query per batch. */
    relationSummary: sharedBatch('summary', repo.relationSummaries),
  };
  return {
    ...loaders,
    /** A heavy read, shared with an identical one in flight (keyed by everything it depends on). */
    shared: <V>(key: string, load: () => Promise<V>) => reads.share(key, load),
    /** Forgets everything loaded so far: after a mutation, or between events of a subscription. */
    clearAll() {
      topics = undefined;
      for (const loader of Object.values(loaders)) if (loader instanceof DataLoader) loader.clearAll();
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads ids through a loader and drops misses (a dangling id never breaks a non-null list). */
export async function loadAll<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  return rows.filter((r): r is T => r !== null && !(r instanceof Error));
}
