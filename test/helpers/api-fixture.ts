// A small graph per test file, written through the real graph writer from hand-built extractions. Everything
// is unique to the call — article, official and event ids, and even the three country codes — so test files
// running in parallel on one database never see each other's data in counts, relations or timelines.
import { randomUUID } from 'node:crypto';
import type { Article, Extraction, ExtractedStatement } from '../../src/domain.ts';
import { writeArticles, deleteArticles, statementId } from '../../src/pipeline/write/index.ts';
import { runCypher } from '../../src/db/run.ts';

export interface FixtureStatement {
  id: string;
  articleId: string;
  date: string;
  kind: string;
  speaker: string;
  speakerCountry: string;
  targets: string[];
  topics: string[];
  language: string;
  text: string;
}

export interface Fixture {
  tag: string;
  /** Three fresh country codes: A and B talk a lot, A and C met once and talked, B and C only met (no statements). */
  A: string;
  B: string;
  C: string;
  officials: { a: string; b: string; c: string };
  articles: string[];
  events: Array<{ id: string; type: string; date: string; countries: string[] }>;
  statements: FixtureStatement[];
  /** A word that only this fixture's statements contain (for full-text filters). */
  word: string;
  cleanup(): Promise<void>;
}

const KINDS = ['support', 'commit', 'hope', 'thank', 'urge', 'concern', 'oppose'] as const;
const TOPICS = [['trade'], ['health.covid19'], ['sovereignty.taiwan', 'sovereignty'], []] as const;

/** Month m (0-based) of 2023, day d. */
const day = (m: number, d: number) => `2023-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * Builds `months` articles between A and B (one a month, each a phone call with `perArticle` statements
 * alternating sides), one French article, one meeting of A and C, Statement i of the A-B articles is said
 * by A's official when i is even, and a meeting of B and C without statements; its kind cycles through KINDS and its topics through TOPICS.
 */
export async function buildFixture(opts: { months?: number; perArticle?: number } = {}): Promise<Fixture> {
  const months = opts.months ?? 6;
  const perArticle = opts.perArticle ?? 10;
  const tag = randomUUID().replace(/-/g, '').slice(0, 8);
  const up = tag.toUpperCase();
  const [A, B, C] = [`XA${up}`, `XB${up}`, `XC${up}`];
  const word = `zq${tag}`;
  const officials = { a: `off-a-${tag}`, b: `off-b-${tag}`, c: `off-c-${tag}` };
  const official = (id: string, name: string, country: string) => ({
    id, name, country, titles: ['foreign minister'], aliases: [name.split(' ')[0] ?? name], mentions: [],
  });
  const allOfficials = [official(officials.a, `Amira ${tag}`, A), official(officials.b, `Boris ${tag}`, B), official(officials.c, `Chen ${tag}`, C)];
  const items: Array<{ article: Article; extraction: Extraction }> = [];
  const statements: FixtureStatement[] = [];
  const events: Fixture['events'] = [];

  const addArticle = (id: string, date: string, language: string, eventType: string, pair: [string, string], speakers: [string, string], n: number) => {
    const eventId = `ev-${tag}-${id}`;
    events.push({ id: eventId, type: eventType, date, countries: [...pair] });
    const texts: string[] = [];
    const extracted: ExtractedStatement[] = [];
    let offset = 0;
    for (let i = 0; i < n; i += 1) {
      const side = i % 2;
      const text = `Statement ${i} of ${id}${i % 5 === 0 ? ` about ${word}` : ''} on the ${KINDS[i % KINDS.length]} side.`;
      const topics = [...TOPICS[i % TOPICS.length]!];
      const s = {
        id: `s${i}`,
        speaker: speakers[side]!,
        speakerCountry: pair[side]!,
        kind: KINDS[i % KINDS.length]!,
        text,
        start: offset,
        end: offset + text.length,
        topics,
        targets: [pair[1 - side]!],
      };
      extracted.push(s);
      texts.push(text);
      offset += text.length + 1;
      statements.push({
        id: statementId(`${tag}-${id}`, s.start, s.end), articleId: `${tag}-${id}`, date, kind: s.kind, speaker: s.speaker,
        speakerCountry: s.speakerCountry, targets: s.targets, topics, language, text,
      });
    }
    const articleId = `${tag}-${id}`;
    const article: Article = { id: articleId, url: `https://example.org/${articleId}`, source: 'Dyad test', title: `Talks ${id} ${word}`, language, publishedAt: date, text: texts.join(' ') };
    items.push({
      article,
      extraction: {
        article: { id: articleId, language, publishedAt: date, title: article.title ?? null, url: article.url ?? null },
        countries: pair.map((code) => ({ code, mentions: [] })),
        officials: allOfficials.filter((o) => speakers.includes(o.id)),
        topics: [],
        events: [{ id: eventId, type: eventType, date, participants: [...speakers], countries: [...pair] }],
        statements: extracted,
      },
    });
  };

  for (let m = 0; m < months; m += 1) addArticle(`ab${m}`, day(m, 10), 'en', 'phone_call', [A, B], [officials.a, officials.b], perArticle);
  addArticle('fr', day(months - 1, 20), 'fr', 'visit', [A, B], [officials.a, officials.b], 2);
  addArticle('ac', day(2, 5), 'en', 'meeting', [A, C], [officials.a, officials.c], 2);
  addArticle('bc', day(3, 7), 'en', 'meeting', [B, C], [officials.b, officials.c], 0);

  await writeArticles(items);
  const articles = items.map((i) => i.article.id);
  return {
    tag, A, B, C, officials, articles, events, statements, word,
    async cleanup() {
      await deleteArticles(articles);
      await runCypher('WRITE', 'UNWIND $codes AS code MATCH (c:Country {code: code}) DETACH DELETE c', { codes: [A, B, C] });
    },
  };
}
