// The row shapes the read queries return. A row carries the ids of its neighbours, so a nested field costs
// one batched load per type and page, never one query per row.

export interface CountryRow {
  code: string;
  name: string;
  names: string[];
  kind: string;
}

export interface OfficialRow {
  id: string;
  name: string;
  aliases: string[];
  titles: string[];
  countryCode: string | null;
}

export interface TopicRow {
  id: string;
  label: string;
  about: string | null;
  parent: string | null;
}

export interface StatementRow {
  id: string;
  text: string;
  language: string;
  kind: string;
  tone: number | null;
  date: string | null;
  start: number;
  end: number;
  speakerId: string | null;
  speakerCountry: string | null;
  targets: string[];
  topics: string[];
  eventId: string | null;
  articleId: string;
}

export interface EventRow {
  id: string;
  type: string;
  date: string | null;
  countries: string[];
  participants: string[];
  articles: string[];
}

export interface ArticleRow {
  id: string;
  url: string | null;
  source: string | null;
  title: string | null;
  language: string | null;
  publishedAt: string | null;
  text: string | null;
  ingestedAt: string | null;
  countries: string[];
  officials: string[];
}

/** Orders batch results like the keys, with null for a miss: what DataLoader expects. */
export function byKeys<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

/** Groups `{key, ids}` rows into one id list per key, [] for a key without rows. */
export function listsByKeys(keys: readonly string[], rows: Array<{ key: string; ids: string[] }>): string[][] {
  const found = new Map(rows.map((row) => [row.key, row.ids]));
  return keys.map((key) => found.get(key) ?? []);
}
