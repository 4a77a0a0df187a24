// Turns recognition and attributed statements into the extraction contract: officials with
// stable ids, the main event (type, date, participants, countries, id from canonical facts),
// the countries the article is about as actors, topics, and statements with targets and ids.
import { createHash } from 'node:crypto';
import type { Article, Extraction, ExtractedEvent, ExtractedOfficial, ExtractedStatement, Mention } from '../../domain.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { RawStatement } from '../attribute/index.ts';
import { isPlace } from '../attribute/speaker.ts';
import { latin, type Person, type Recognition } from '../recognize/index.ts';
import { normalizeTerm } from '../normalize/index.ts';
import { foldedSet } from '../normalize/words.ts';
import { parsePublished } from './dates.ts';
import { mainEvent } from './event.ts';
import { onlyOblique } from '../attribute/speaker.ts';

export interface ResolveInput {
  article: Article;
  language: string;
  rec: Recognition;
  /** Recognition of the title, when the article has one. */
  titleRec: Recognition | null;
  statements: RawStatement[];
  lex: Lexicon;
  /** The publication day when the article's publishedAt lacks it but its address tells it. */
  publishedAt?: string | null;
  /** The publication year the address tells, for dates without their year when there is no publication day. */
  publishedYear?: number | null;
}

const hash = (s: string, n = 12) => createHash('sha1').update(s).digest('hex').slice(0, n);

export function resolveArticle({ article, language, rec, titleRec, statements: attributed, lex, publishedAt, publishedYear }: ResolveInput): Extraction {
  // the agenda of a meeting ("ont évoqué la coopération") is no statement, but it tells the article's topics
  const statements = attributed.filter((s) => !s.agenda);
  const published = parsePublished(article.publishedAt ?? publishedAt);
  const event = mainEvent(rec, titleRec, statements, published, lex, publishedYear ?? null);
  const speakerCountries = new Set(statements.map((s) => s.speakerCountry).filter((c): c is string => !!c));
  // a state named again is one the article is about; a name in a list of three or more ("partners
  // including the United States, the United Kingdom, France and Brazil") is a passing mention
  const listed = listedMentions(rec, lex);
  const mentionCount = new Map<string, number>();
  // and a name with its acronym in brackets ("the Caribbean Community (CARICOM)") is named once
  let prev: Recognition['countries'][number] | null = null;
  for (const c of [...rec.countries].sort((a, b) => a.start - b.start)) {
    const spelled = prev && prev.code === c.code && /^\s*\(\s*$/.test(rec.text.slice(prev.end, c.start));
    prev = c;
    if (!listed.has(c) && !spelled && !isPlace(rec.text, c.start, lex)) mentionCount.set(c.code, (mentionCount.get(c.code) ?? 0) + 1);
  }
  const eventCountries = new Set(event?.countries ?? []);
  const actors = new Set<string>([...eventCountries, ...speakerCountries]);
  for (const p of rec.people) if (p.country && statements.some((s) => s.speaker === p.key)) actors.add(p.country);
  const outStatements: ExtractedStatement[] = statements.map((s) => {
    let targets = s.countries.filter((c) => actors.has(c) || (mentionCount.get(c) ?? 0) >= 2 || !!s.objects?.includes(c));
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
      .filter((p) => p.known || lex.cased || p.mentions.length >= 2 || statements.some((s) => s.speaker === p.key) || !!event?.participants.includes(p.key) || surelyTitled(rec.text, p, lex))
      // a person named only in oblique cases who neither speaks nor takes part in the main event is talked
      // about ("a decree of President X", "earlier, he had a call with Y"), not one of the article's actors
      .filter((p) => statements.some((s) => s.speaker === p.key) || !!event?.participants.includes(p.key) || !onlyOblique(rec.text, p, lex))
      .map((p) => official(p, lex)),
    topics: articleTopics(rec, titleRec, attributed, event),
    events: event ? [event] : [],
    statements: outStatements,
  };
}

/** Country mentions that stand in a list of three or more, joined only by commas, articles and joining words. */
export function listedMentions(rec: Recognition, lex: Lexicon): Set<Recognition['countries'][number]> {
  const glue = new Set([...(lex.data.articles ?? []), ...(lex.data.clause?.joinWords ?? [])].map((w) => normalizeTerm(w, lex.rules).trim()));
  const joined = (gap: string): boolean => {
    if (/[.!?:;\n()]/.test(gap)) return false;
    const words = normalizeTerm(gap, lex.rules).split(/[\s,،，、]+/u).filter(Boolean);
    return words.length <= 3 && words.every((w) => glue.has(w));
  };
  const mentions = [...rec.countries].sort((a, b) => a.start - b.start);
  const listed = new Set<Recognition['countries'][number]>();
  let run: typeof mentions = [];
  const close = () => { if (new Set(run.map((m) => m.code)).size >= 3) for (const m of run) listed.add(m); };
  for (const m of mentions) {
    const last = run[run.length - 1];
    if (last && m.start >= last.end && joined(rec.text.slice(last.end, m.start))) run.push(m);
    else { close(); run = [m]; }
  }
  close();
  return listed;
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
  // what the sides discussed ("les deux responsables ont abordé la situation au Soudan"), in a sentence of an
  // `agenda` word, is what the article is about, whoever reports it; not an earlier meeting's agenda the
  // journalist recalls ("Rappelons que le dernier échange … Les deux chefs d'État avaient abordé …")
  let recalled = -1;
  for (const s of rec.sentences) {
    const inside = rec.tokens.filter((t) => t.start >= s.start && t.end <= s.end);
    if (inside.some((t) => t.senses.some((x) => x.type === 'background'))) recalled = s.paragraph;
    if (s.paragraph === recalled || !inside.some((t) => t.senses.some((x) => x.type === 'agenda'))) continue;
    for (const t of inside) for (const x of t.senses) if (x.type === 'topic') ids.add(x.topic);
  }
  // an interaction between two states is always, also, about their relationship
  if (event && event.countries.length >= 2) ids.add('relations');
  return [...ids].map((id) => ({ id, mentions: counts.get(id) ?? [] }));
}

/**
 * An unknown name read next to a title in an uncased script is less of a guess when an honorific stands right
 * before the name ("نائب وزير الخارجية المهندس X"): such a person is listed even when named once, not speaking
 * (those attending a meeting).
 */
function surelyTitled(text: string, p: Person, lex: Lexicon): boolean {
  const honorifics = foldedSet(lex, 'honorifics', (d) => d.honorifics);
  return p.mentions.some((m) => {
    if (m.titleOnly || !m.roles.some((r) => r !== 'other')) return false;
    const before = /([\p{L}\p{M}]+)[ \t\u00a0]+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
    return !!before && honorifics.has(normalizeTerm(before[1] as string, lex.rules));
  });
}
