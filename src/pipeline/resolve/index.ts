// Turns recognition and attributed statements into the extraction contract: officials with
// stable ids, the main event (type, date, participants, countries, id from canonical facts),
// the countries the article is about as actors, topics, and statements with targets and ids.
import { createHash } from 'node:crypto';
import type { Article, Extraction, ExtractedEvent, ExtractedOfficial, ExtractedStatement, Mention } from '../../domain.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { RawStatement } from '../attribute/index.ts';
import { latin, type Person, type Recognition, type Token } from '../recognize/index.ts';
import { isoDay, parsePublished, pickEventDate, resolveDate } from './dates.ts';

export interface ResolveInput {
  article: Article;
  language: string;
  rec: Recognition;
  /** Recognition of the title, when the article has one. */
  titleRec: Recognition | null;
  statements: RawStatement[];
  lex: Lexicon;
}

const hash = (s: string, n = 12) => createHash('sha1').update(s).digest('hex').slice(0, n);
const NOT_PARTICIPANTS = new Set(['spokesperson']);
const TWO_PARTY = new Set(['phone_call', 'meeting', 'visit', 'message']);

export function resolveArticle({ article, language, rec, titleRec, statements, lex }: ResolveInput): Extraction {
  const published = parsePublished(article.publishedAt);
  const event = mainEvent(rec, titleRec, statements, datelineDate(rec, published) ?? published);
  const speakerCountries = new Set(statements.map((s) => s.speakerCountry).filter((c): c is string => !!c));
  const mentionCount = new Map<string, number>();
  for (const c of rec.countries) mentionCount.set(c.code, (mentionCount.get(c.code) ?? 0) + 1);
  const eventCountries = new Set(event?.countries ?? []);
  const actors = new Set<string>([...eventCountries, ...speakerCountries]);
  for (const p of rec.people) if (p.country && statements.some((s) => s.speaker === p.key)) actors.add(p.country);
  const outStatements: ExtractedStatement[] = statements.map((s) => {
    let targets = s.countries.filter((c) => actors.has(c) || (mentionCount.get(c) ?? 0) >= 2);
    if (!targets.length) targets = [...eventCountries].filter((c) => c !== s.speakerCountry);
    for (const t of targets) actors.add(t);
    return {
      id: hash(`${article.id}:${s.start}:${s.end}`),
      speaker: s.speaker,
      speakerCountry: s.speakerCountry,
      kind: s.kind,
      text: rec.text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      topics: s.topics,
      targets,
    };
  });
  return {
    article: {
      id: article.id,
      language,
      publishedAt: article.publishedAt ?? null,
      title: article.title ?? null,
      url: article.url ?? null,
      source: article.source ?? null,
    },
    countries: [...actors].map((code) => ({ code, mentions: rec.countries.filter((c) => c.code === code).map(mention) })),
    // a name read off an uncased script next to a title is a guess: keep it when the person acts or recurs
    officials: rec.people
      .filter((p) => p.known || p.country || p.roles.length)
      .filter((p) => p.known || lex.cased || p.mentions.length >= 2 || statements.some((s) => s.speaker === p.key) || !!event?.participants.includes(p.key))
      .map((p) => official(p, lex)),
    topics: articleTopics(rec, titleRec, statements, event),
    events: event ? [event] : [],
    statements: outStatements,
  };
}

function mention(m: { start: number; end: number; text: string }): Mention {
  return { start: m.start, end: m.end, text: m.text };
}

function official(p: Person, lex: Lexicon): ExtractedOfficial {
  const g = p.known ? lex.officials.get(p.key) : undefined;
  const aliases = new Set<string>();
  for (const m of p.mentions) if (!m.titleOnly) aliases.add(m.text);
  if (g) for (const n of [g.name, ...(g.names?.[lex.language] ?? []), ...(g.names?.['en'] ?? [])]) aliases.add(n);
  const longest = [...aliases].sort((a, b) => b.length - a.length)[0] ?? p.name;
  const name = g?.name ?? longest;
  if (!g) aliases.add(latin(name));
  aliases.delete(name);
  const roles = g ? [...new Set([...p.roles, ...(g.roles ?? []).filter((r) => r.to === null).map((r) => r.role)])] : p.roles;
  return {
    id: p.key,
    name,
    country: p.country,
    titles: roles.map((r) => r.replace(/_/g, ' ')),
    aliases: [...aliases],
    mentions: p.mentions.map(mention),
  };
}

function firstEventCue(tokens: Token[], from = 0, to = Infinity): { type: string; at: number } | null {
  for (const t of tokens) {
    if (t.start < from || t.start >= to) continue;
    const s = t.senses.find((x) => x.type === 'event');
    if (s && s.type === 'event') return { type: s.eventType, at: t.start };
  }
  return null;
}

function mainEvent(rec: Recognition, titleRec: Recognition | null, statements: RawStatement[], published: Date | null): ExtractedEvent | null {
  let type: string | null = null;
  let sentenceIdx = -1;
  let cueAt = -1;
  const titleCue = titleRec ? firstEventCue(titleRec.tokens) : null;
  if (titleCue) type = titleCue.type;
  // the first four sentences of substance: page furniture ("• 7/17/2021", "news-picture") skipped
  const lead = rec.sentences.map((_, i) => i).filter((i) => (rec.text.slice(rec.sentences[i]!.start, rec.sentences[i]!.end).match(/\p{L}/gu)?.length ?? 0) >= 15).slice(0, 4);
  for (const i of lead) {
    const s = rec.sentences[i]!;
    const cue = firstEventCue(rec.tokens, s.start, s.end);
    if (cue && (!type || cue.type === type)) { type ??= cue.type; sentenceIdx = i; cueAt = cue.at; break; }
  }
  if (!type) {
    const counts = new Map<string, number>();
    for (const t of rec.tokens) for (const s of t.senses) if (s.type === 'event') counts.set(s.eventType, (counts.get(s.eventType) ?? 0) + 1);
    type = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? (statements.length ? 'statement' : null);
  }
  if (!type) return null;
  const scope = rec.sentences[sentenceIdx >= 0 ? sentenceIdx : 0];
  let date: string | null = null;
  // in the event's sentence, the date expression nearest the event cue ("held a call on Monday")
  const near = rec.dates
    .filter((d) => scope && d.start >= scope.start && d.start < scope.end)
    .sort((a, b) => (cueAt < 0 ? a.start - b.start : Math.abs(a.start - cueAt) - Math.abs(b.start - cueAt)));
  // near the top, "on Thursday" tells the event's day; a full date there is more often the dateline
  const early = rec.dates
    .filter((d) => d.start < Math.max(rec.sentences[2]?.end ?? rec.text.length, 400))
    .sort((a, b) => Number(a.kind === 'absolute') - Number(b.kind === 'absolute') || a.start - b.start);
  date = pickEventDate([...near, ...early, ...(titleRec?.dates ?? [])], published);
  if (!date && published) date = isoDay(published);
  const participants: string[] = [];
  const inScope = (start: number) => !!scope && start >= scope.start && start < scope.end;
  for (const p of rec.people) {
    if (p.roles.every((r) => NOT_PARTICIPANTS.has(r)) && p.roles.length) continue;
    if (p.mentions.some((m) => inScope(m.start)) || (titleRec && titleRec.people.some((q) => q.key === p.key))) participants.push(p.key);
  }
  // a lead that names no one ("the two foreign ministers held a call"): the people who then speak
  if (participants.length < 2 && TWO_PARTY.has(type)) {
    for (const s of statements) if (s.speaker && !participants.includes(s.speaker) && participants.length < 2) participants.push(s.speaker);
  }
  const countries = new Set<string>();
  for (const p of rec.people) if (participants.includes(p.key) && p.country) countries.add(p.country);
  for (const c of rec.countries) if (inScope(c.start)) countries.add(c.code);
  for (const c of titleRec?.countries ?? []) countries.add(c.code);
  if (countries.size < 2) for (const s of statements) { if (s.speakerCountry) countries.add(s.speakerCountry); }
  const sortedCountries = [...countries].sort();
  const sortedParticipants = [...participants].sort();
  return {
    id: hash(`${type}|${date ?? ''}|${canonicalSides(rec, participants, countries).join(',')}`, 16),
    type,
    date,
    participants: sortedParticipants,
    countries: sortedCountries,
  };
}

/**
 * The two sides that identify an event across articles and languages: the states of its participants
 * when they name two or more, else the two most mentioned of its states. Third countries an article
 * happens to discuss ("the situation in Kazakhstan") stay out, so reports of one call agree.
 */
function canonicalSides(rec: Recognition, participants: string[], countries: Set<string>): string[] {
  const own = new Set(rec.people.filter((p) => participants.includes(p.key) && p.country).map((p) => p.country as string));
  if (own.size >= 2) return [...own].sort();
  const count = new Map<string, number>();
  for (const c of rec.countries) if (countries.has(c.code)) count.set(c.code, (count.get(c.code) ?? 0) + 1);
  const ranked = [...countries].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || a.localeCompare(b));
  const sides = new Set([...own, ...ranked]);
  return [...sides].slice(0, 2).sort();
}

/**
 * The date the article writes from: a full date near its start ("BEIJING, Nov. 16", "طشقند 16 يوليو 2021")
 * when it is not after publication. Weekdays and "today" are counted from it.
 */
function datelineDate(rec: Recognition, published: Date | null): Date | null {
  for (const d of rec.dates) {
    if (d.start > 400) break;
    if (d.kind !== 'absolute' || d.day === null) continue;
    const iso = resolveDate(d, published);
    if (!iso) continue;
    const at = parsePublished(iso) as Date;
    if (!published || (at.getTime() <= published.getTime() && published.getTime() - at.getTime() <= 31 * 86_400_000)) return at;
  }
  return null;
}

function articleTopics(rec: Recognition, titleRec: Recognition | null, statements: RawStatement[], event: ExtractedEvent | null): { id: string; mentions: Mention[] }[] {
  const counts = new Map<string, Mention[]>();
  for (const t of rec.tokens) for (const s of t.senses) if (s.type === 'topic') {
    const list = counts.get(s.topic) ?? [];
    list.push(mention(t));
    counts.set(s.topic, list);
  }
  const ids = new Set<string>();
  for (const s of statements) for (const t of s.topics) ids.add(t);
  for (const [id, list] of counts) if (list.length >= 2) ids.add(id);
  for (const t of titleRec?.tokens ?? []) for (const s of t.senses) if (s.type === 'topic') ids.add(s.topic);
  // the lead says what the article is about
  const leadEnd = rec.sentences[1]?.end ?? rec.text.length;
  for (const t of rec.tokens) {
    if (t.start >= leadEnd) break;
    for (const s of t.senses) if (s.type === 'topic') ids.add(s.topic);
  }
  // an interaction between two states is always, also, about their relationship
  if (event && event.countries.length >= 2) ids.add('relations');
  return [...ids].map((id) => ({ id, mentions: counts.get(id) ?? [] }));
}
