// Turns extractions into the parameter rows of cypher/write/*.cypher.
import { createHash } from 'node:crypto';
import type { Article, Extraction } from '../../domain.ts';
import { TOPICS, toneOf } from '../../taxonomy/index.ts';

export interface ArticleToWrite {
  article: Article;
  extraction: Extraction;
}

/** What makes an article "the same again": its text and metadata, and the extractor that read it. */
export function contentHash(article: Article, extractorVersion: string): string {
  const h = createHash('sha256');
  for (const part of [extractorVersion, article.title ?? '', article.publishedAt ?? '', article.language ?? '', article.url ?? '', article.text]) {
    h.update(part).update('\u0000');
  }
  return h.digest('hex');
}

/** The statement's key: the article and its offsets, so re-ingesting never duplicates it. */
export function statementId(articleId: string, start: number, end: number): string {
  return createHash('sha256').update(`${articleId}\u0000${start}\u0000${end}`).digest('base64url').slice(0, 22);
}

const dateOnly = (value: string | null | undefined): string | null => (value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);

export interface ArticleRow {
  id: string;
  url: string | null;
  source: string | null;
  title: string | null;
  language: string;
  publishedAt: string | null;
  publishedDate: string | null;
  contentHash: string | null;
  text: string;
  countries: string[];
}
/** One official of a batch, once however many of its articles name them, with each article's mention. */
export interface OfficialRow {
  id: string;
  name: string;
  country: string | null;
  titles: string[];
  aliases: string[];
  mentions: Array<{ articleId: string; aliases: string[]; titles: string[]; count: number }>;
}
export interface EventRow {
  id: string;
  type: string;
  date: string | null;
  dateBasis: 'text' | 'published' | null;
  participants: string[];
  countries: string[];
  articleId: string;
  main: boolean;
}
export interface StatementRow {
  id: string;
  articleId: string;
  eventId: string | null;
  text: string;
  language: string;
  kind: string;
  tone: number;
  date: string | null;
  start: number;
  end: number;
  speaker: string | null;
  speakerCountry: string | null;
  topics: string[];
  targets: string[];
}

export function buildRows(items: ArticleToWrite[], hashes: Map<string, string>) {
  const articles: ArticleRow[] = [];
  const officials = new Map<string, OfficialRow>();
  const events: EventRow[] = [];
  const statements: StatementRow[] = [];
  for (const { article, extraction } of items) {
    const articleId = article.id;
    const publishedDate = dateOnly(extraction.article.publishedAt ?? article.publishedAt);
    articles.push({
      id: articleId,
      url: article.url ?? null,
      source: article.source ?? null,
      title: article.title ?? null,
      language: extraction.article.language,
      publishedAt: article.publishedAt ?? null,
      publishedDate,
      contentHash: hashes.get(articleId) ?? null,
      text: article.text,
      countries: extraction.countries.map((c) => c.code),
    });
    const officialCountry = new Map<string, string | null>();
    for (const o of extraction.officials) {
      officialCountry.set(o.id, o.country);
      const aliases = [...new Set([o.name, ...o.aliases, ...o.mentions.map((m) => m.text)])];
      const mention = { articleId, aliases, titles: o.titles, count: o.mentions.length };
      const seen = officials.get(o.id);
      if (!seen) {
        officials.set(o.id, { id: o.id, name: o.name, country: o.country, titles: [...o.titles], aliases: [...aliases], mentions: [mention] });
        continue;
      }
      seen.country ??= o.country;
      for (const t of o.titles) if (!seen.titles.includes(t)) seen.titles.push(t);
      for (const a of aliases) if (!seen.aliases.includes(a)) seen.aliases.push(a);
      seen.mentions.push(mention);
    }
    extraction.events.forEach((e, index) =>
      events.push({ id: e.id, type: e.type, date: e.date, dateBasis: e.dateBasis ?? null, participants: e.participants, countries: e.countries, articleId, main: index === 0 }),
    );
    const mainEvent = extraction.events[0];
    for (const s of extraction.statements) {
      statements.push({
        id: statementId(articleId, s.start, s.end),
        articleId,
        eventId: mainEvent?.id ?? null,
        text: s.text,
        language: extraction.article.language,
        kind: s.kind,
        tone: toneOf(s.kind),
        date: mainEvent?.date ?? publishedDate,
        start: s.start,
        end: s.end,
        speaker: s.speaker,
        speakerCountry: s.speakerCountry ?? (s.speaker ? (officialCountry.get(s.speaker) ?? null) : null),
        topics: s.topics,
        targets: s.targets,
      });
    }
  }
  const countries = new Set<string>();
  for (const a of articles) a.countries.forEach((c) => countries.add(c));
  for (const o of officials.values()) if (o.country) countries.add(o.country);
  for (const e of events) e.countries.forEach((c) => countries.add(c));
  for (const s of statements) {
    if (s.speakerCountry) countries.add(s.speakerCountry);
    s.targets.forEach((c) => countries.add(c));
  }
  return { countries: [...countries].sort(), articles, officials: [...officials.values()], events, statements };
}

/** One pair's statements of one month, by kind (with tone) or by topic: what cypher/write/tallies-add.cypher adds. */
export interface TallyRow {
  key: string;
  pair: string;
  month: string;
  dim: 'kind' | 'topic';
  value: string;
  n: number;
  toneSum: number;
  toned: number;
}

const TOPIC_IDS = new Set(TOPICS.map((t) => t.id));

/**
 * The monthly tallies of a batch's statements, summed in memory: a statement counts once for the pair
 * of its side and each other state it concerns, by kind and by each of its topics. The same facts as
 * cypher/write/tallies.cypher reads back from the graph (which the writer uses to take them away again).
 */
export function tallyRows(statements: readonly StatementRow[]): TallyRow[] {
  const out = new Map<string, TallyRow>();
  const add = (pair: string, month: string, dim: 'kind' | 'topic', value: string, tone: number | null) => {
    const key = `${pair}|${month}|${dim}|${value}`;
    const row = out.get(key) ?? { key, pair, month, dim, value, n: 0, toneSum: 0, toned: 0 };
    row.n += 1;
    if (tone !== null) {
      row.toneSum += tone;
      row.toned += 1;
    }
    out.set(key, row);
  };
  for (const s of statements) {
    if (!s.speakerCountry) continue;
    // an undated statement still relates its pair (month ''): relation(a, b) asks the tallies whether it exists
    const month = s.date ? s.date.slice(0, 7) : '';
    for (const target of new Set(s.targets)) {
      if (target === s.speakerCountry) continue;
      const pair = s.speakerCountry < target ? `${s.speakerCountry}|${target}` : `${target}|${s.speakerCountry}`;
      add(pair, month, 'kind', s.kind, s.tone);
      for (const topic of new Set(s.topics)) if (TOPIC_IDS.has(topic)) add(pair, month, 'topic', topic, null);
    }
  }
  return [...out.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
