// DataLoaders, created per request (see context.ts): one per entity and per relationship list, so a page of
// rows with nested fields costs one batched query per type, and nothing is cached across requests. The heavy
// reads (relation aggregates, timelines, partners, pages, search) are shared with identical ones in flight.
import DataLoader from 'dataloader';
import * as repo from '../db/repositories/index.ts';
import type { TopicRow } from '../db/repositories/index.ts';
import type { SharedReads } from './shared-reads.ts';

export function createLoaders(reads: SharedReads) {
  let topics: Promise<Map<string, TopicRow>> | undefined;
  const topicMap = () => (topics ??= repo.allTopics().then((rows) => new Map(rows.map((t) => [t.id, t]))));
  const loaders = {
    country: new DataLoader(repo.countriesByCodes),
    official: new DataLoader(repo.officialsByIds),
    statement: new DataLoader(repo.statementsByIds),
    event: new DataLoader(repo.eventsByIds),
    article: new DataLoader(repo.articlesByIds),
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
    relationExists: new DataLoader((keys: readonly string[]) => reads.share(`exists|${keys.join(',')}`, () => repo.relationsExist(keys))),
    /** Counts, tone, dates, topics and officials of pairs ("A|B"), in one query per batch. */
    relationSummary: new DataLoader((keys: readonly string[]) => reads.share(`summary|${keys.join(',')}`, () => repo.relationSummaries(keys))),
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
