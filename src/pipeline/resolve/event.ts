// The main event of an article (the one it is about) and its id. The id must be the same for every
// report of one real event, in any language: it is derived from the event's class (a coarse type),
// its date and its two main sides, never from wording that reports differ on.
import { createHash } from 'node:crypto';
import type { ExtractedEvent } from '../../domain.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { RawStatement } from '../attribute/index.ts';
import { isObject, isPlace, resolveTitleRef } from '../attribute/speaker.ts';
import { normalizeTerm } from '../normalize/index.ts';
import { foldedWords } from '../normalize/words.ts';
import type { Person, Recognition, Token } from '../recognize/index.ts';
import { isoDay, parsePublished, pickEventDate, resolveDate } from './dates.ts';

const hash = (s: string, n = 12) => createHash('sha1').update(s).digest('hex').slice(0, n);
// two-letter codes that are organisations, not states (the output's codes for them)
const ORGANISATION_CODES = new Set(['UN', 'EU']);
const NOT_PARTICIPANTS = new Set(['spokesperson']);
const TWO_PARTY = new Set(['phone_call', 'meeting', 'visit', 'message']);

/**
 * The class of an event type, for its id. Reports of one event disagree on the precise type (a visit
 * reported as talks, an agreement signed during them, a call as a meeting; a recall reported as an
 * expulsion), but rarely on the class; two events of one class between the same two sides on one day
 * are rare. The event's `type` stays precise.
 */
const EVENT_CLASS: Record<string, string> = {
  phone_call: 'contact',
  meeting: 'contact',
  visit: 'contact',
  agreement: 'contact',
  message: 'message',
  summons: 'measure',
  sanction: 'measure',
  statement: 'statement',
};

export function eventClass(type: string): string {
  return EVENT_CLASS[type] ?? type;
}

/**
 * The id of an event: the same for every report of it that agrees on class, day and sides. Without a
 * day, the precise type stands in for the class: date-less reports of one pair then share an id only
 * when they also agree on the type (a call and a meeting months apart must not merge).
 */
export function eventId(type: string, date: string | null, sides: string[]): string {
  return hash(`${date ? eventClass(type) : type}|${date ?? ''}|${[...sides].sort().join(',')}`, 16);
}

function firstEventCue(tokens: Token[], from = 0, to = Infinity): { type: string; at: number } | null {
  for (const t of tokens) {
    if (t.start < from || t.start >= to) continue;
    const s = t.senses.find((x) => x.type === 'event');
    if (s && s.type === 'event') return { type: s.eventType, at: t.start };
  }
  return null;
}

/** Most specific first: within one class the more specific type wins (a call reported as "talks"). */
const SPECIFICITY = ['phone_call', 'summons', 'sanction', 'visit', 'message', 'meeting', 'agreement', 'statement'];
const rank = (type: string) => { const i = SPECIFICITY.indexOf(type); return i < 0 ? SPECIFICITY.length : i; };

function eventCues(tokens: Token[], from: number, to: number, text = '', attributive: string[] = []): { type: string; at: number }[] {
  const out: { type: string; at: number; describes: boolean }[] = [];
  for (const t of tokens) {
    if (t.start < from || t.start >= to) continue;
    const s = t.senses.find((x) => x.type === 'event');
    if (!s || s.type !== 'event') continue;
    // "同来华进行国事访问的X举行会谈": the visit describes X; the talks are the event
    const after = text.slice(t.end, t.end + 8).trimStart();
    out.push({ type: s.eventType, at: t.start, describes: attributive.some((w) => w && after.startsWith(w)) });
  }
  const telling = out.filter((c) => !c.describes);
  return (telling.length ? telling : out).map(({ type, at }) => ({ type, at }));
}

const fold = (s: string) => s.normalize('NFKC').replace(/[\s\p{P}]+/gu, ' ').trim().toLowerCase();

export function mainEvent(rec: Recognition, titleRec: Recognition | null, statements: RawStatement[], publishedAt: Date | null, lex: Lexicon, publishedYear: number | null = null): ExtractedEvent | null {
  // no publication day, but its year (from the page's address): dates the text gives without their year
  // and without a full date to take one from are of that year
  if (!publishedAt && publishedYear) {
    const ofYear = (r: Recognition): Recognition => ({ ...r, dates: r.dates.map((d) => (d.kind === 'absolute' && d.year === null && d.textYear === undefined ? { ...d, textYear: publishedYear } : d)) });
    rec = ofYear(rec);
    if (titleRec) titleRec = ofYear(titleRec);
  }
  const published = datelineDate(rec, publishedAt) ?? publishedAt;
  let type: string | null = null;
  let sentenceIdx = -1;
  let cueAt = -1;
  const titleCue = titleRec ? firstEventCue(titleRec.tokens) : null;
  if (titleCue) type = titleCue.type;
  const textOf = (i: number) => rec.text.slice(rec.sentences[i]!.start, rec.sentences[i]!.end);
  const title = titleRec ? fold(titleRec.text) : '';
  // a photo caption ("FILE PHOTO: ... during a meeting") never tells what the article is about
  const caption = (i: number) => rec.tokens.some((t) => t.start >= rec.sentences[i]!.start && t.start < rec.sentences[i]!.end && t.senses.some((x) => x.type === 'caption'));
  // the first four sentences of substance: page furniture ("• 7/17/2021", "news-picture"), captions
  // and the title repeated as the first line skipped
  // (two more, where a meeting of one state's own bodies in the lead may give way to what the state did next)
  const substance: number[] = [];
  for (let i = 0; i < rec.sentences.length && substance.length < 6; i++) {
    if ((textOf(i).match(/\p{L}/gu)?.length ?? 0) >= 15 && !caption(i) && (!title || fold(textOf(i)) !== title)) substance.push(i);
  }
  const lead = substance.slice(0, 4);
  const cuesOf = (i: number) => ({ i, cues: eventCues(rec.tokens, rec.sentences[i]!.start, rec.sentences[i]!.end, rec.text, lex.data.attributive) });
  const leadCues = lead.map(cuesOf);
  if (type) {
    // the lead sentence that tells the title's event (same class); a more specific type there wins
    const want = eventClass(type);
    for (const { i, cues } of leadCues) {
      const same = cues.filter((c) => eventClass(c.type) === want);
      if (!same.length) continue;
      const best = same.reduce((a, b) => (rank(b.type) < rank(a.type) ? b : a));
      // a summons and a sanction are two measures, not one told more or less precisely: the title's stands
      // ("expels a diplomat" whose lead tells how the envoy was summoned to hear it)
      if (rank(best.type) < rank(type) && want !== 'measure') type = best.type;
      sentenceIdx = i;
      cueAt = (same.find((c) => c.type === type) ?? same[0]!).at;
      break;
    }
  } else {
    // the first lead sentence with a cue; a bare "statement" gives way to a real interaction in the lead
    const first = leadCues.find((x) => x.cues.length);
    const real = leadCues.find((x) => x.cues.some((c) => c.type !== 'statement'));
    let pick = first && first.cues.every((c) => c.type === 'statement') && real ? real : first;
    // a meeting of one state's own bodies ("the cabinet, in its emergency meeting, ...") gives way to an
    // interaction between two states that a later lead sentence tells ("... and recalled its ambassador")
    if (pick && domesticMeeting(rec, pick.i, pick.cues, lex)) {
      const between = substance.map(cuesOf).find((x) => x.i > pick!.i && x.cues.some((c) => INTERACTIONS.has(c.type)) && statesOf(rec, x.i, lex).size >= 2);
      if (between) pick = { i: between.i, cues: between.cues.filter((c) => INTERACTIONS.has(c.type)) };
    }
    if (pick) {
      // the first cue; but a meeting cue yields to a call or a letter of the same sentence ("received a phone
      // call", "recebeu uma carta": the call or the letter, not a meeting)
      const real = pick.cues.filter((c) => c.type !== 'statement');
      let cue = real[0] ?? pick.cues[0]!;
      if (cue.type === 'meeting') cue = real.find((c) => c.type === 'phone_call') ?? real.find((c) => c.type === 'message') ?? cue;
      type = cue.type;
      sentenceIdx = pick.i;
      cueAt = cue.at;
    }
  }
  // the title says the type but no lead sentence has its class: the first lead sentence naming someone
  if (type && sentenceIdx < 0) sentenceIdx = lead.find((i) => rec.people.some((p) => p.mentions.some((m) => m.start >= rec.sentences[i]!.start && m.start < rec.sentences[i]!.end))) ?? -1;
  if (!type) {
    const counts = new Map<string, number>();
    for (const t of rec.tokens) for (const s of t.senses) if (s.type === 'event') counts.set(s.eventType, (counts.get(s.eventType) ?? 0) + 1);
    type = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? (!statements.length ? null : faceToFace(rec, statements, lex) ? 'meeting' : 'statement');
  }
  if (!type) return null;
  const scope = rec.sentences[sentenceIdx >= 0 ? sentenceIdx : 0];
  let date: string | null = null;
  const topEnd = Math.max(rec.sentences[2]?.end ?? rec.text.length, 400);
  // the page's own stamp ("date 2023-12-07", "• 7/17/2021"): a date in figures alone near the top that is
  // the reference day itself tells no more than the publication date, and dates the event as it would
  const stamps = rec.dates.filter((d) => d.kind === 'absolute' && d.start < topEnd && !/\p{L}/u.test(rec.text.slice(d.start, d.end)) && !!published && resolveDate(d, published) === isoDay(published));
  const dated = rec.dates.filter((d) => !stamps.includes(d));
  // in the event's sentence, the date expression nearest the event cue ("held a call on Monday")
  const near = dated
    .filter((d) => scope && d.start >= scope.start && d.start < scope.end)
    .sort((a, b) => (cueAt < 0 ? a.start - b.start : Math.abs(a.start - cueAt) - Math.abs(b.start - cueAt)));
  // near the top, "on Thursday" tells the event's day; a full date there is more often the dateline
  const early = dated
    .filter((d) => d.start < topEnd)
    .sort((a, b) => Number(a.kind === 'absolute') - Number(b.kind === 'absolute') || a.start - b.start);
  // no day at the top but the stamp: a weekday further on ("On Tuesday, the Venezuelan leader said"), unless
  // it describes a thing ("Sunday's referendum", the language's `dates.describing`)
  const describing = (lex.data.dates?.describing ?? []).map((w) => w.toLowerCase().replace(/[’‘]/g, "'"));
  // (the ending may be inside the matched word, through the language's `suffixes`, or right after it)
  const describes = (d: { start: number; end: number }) => {
    const around = rec.text.slice(d.start, d.end + 8).toLowerCase().replace(/[’‘]/g, "'");
    return describing.some((w) => around.startsWith(w, d.end - d.start) || (around.slice(0, d.end - d.start).endsWith(w)));
  };
  const later = stamps.length ? dated.filter((d) => d.kind === 'weekday' && d.start >= topEnd && !describes(d)) : [];
  const candidates = [...near, ...early, ...(titleRec?.dates ?? []), ...later];
  // the event's sentence announces it as to come ("effectuera une visite d'État vendredi", "le 3 juillet"):
  // its own dates may fall after the reference day
  const future = scope && announced(rec.text.slice(scope.start, scope.end), lex) ? near : [];
  date = pickEventDate(candidates, published, future);
  let dateBasis: 'text' | 'published' | undefined = date ? 'text' : undefined;
  if (!date && published) { date = isoDay(published); dateBasis = 'published'; }
  // no date at all: the weekday the text gives ("today (Monday)") still tells which report it can be
  const weekdayMention = date ? undefined : candidates.find((d) => d.kind === 'weekday');
  const weekday = weekdayMention?.kind === 'weekday' ? weekdayMention.day + 1 : undefined;
  // nor the day of the month ("宏都拉斯26日…"): the dated report must fall on it
  const monthDayMention = date ? undefined : candidates.find((d) => d.kind === 'monthday');
  const monthDay = monthDayMention?.kind === 'monthday' ? monthDayMention.day : undefined;
  const participants: string[] = [];
  const inScope = (start: number) => !!scope && start >= scope.start && start < scope.end;
  const eligible = rec.people.filter((p) => !(p.roles.length && p.roles.every((r) => NOT_PARTICIPANTS.has(r))));
  // the title names people by surname alone ("Call between Tebboune and Macron"): the article's people
  const titleText = titleRec ? titleRec.text : '';
  const surnames = (p: Person) => new Set(p.mentions.filter((m) => !m.titleOnly).map((m) => m.text.split(/\s+/).pop() ?? '').filter((w) => w.length >= 2));
  const inTitle = (p: Person) => !!titleRec && (titleRec.people.some((q) => q.key === p.key) || [...surnames(p)].some((w) => w.length >= (lex.wordBoundaries ? 3 : 2) && titleWord(titleText, w, lex.wordBoundaries)));
  for (const p of eligible) if (p.mentions.some((m) => inScope(m.start)) || !!titleRec?.people.some((q) => q.key === p.key)) participants.push(p.key);
  if (participants.length < 2) for (const p of eligible) if (!participants.includes(p.key) && inTitle(p)) participants.push(p.key);
  // the event's sentence names no one ("Honduras established relations with China on the 26th"): the
  // people of the next lead sentence with the same type, when it names both sides ("Qin Gang held
  // talks with Reina and signed the communique")
  if (!participants.length && sentenceIdx >= 0) {
    // (the first such sentence that names people of two states: "CCTV reported that the two established ties" names no one)
    for (const next of leadCues) {
      if (next.i <= sentenceIdx || !next.cues.some((c) => c.type === type)) continue;
      const s = rec.sentences[next.i]!;
      const named = eligible.filter((p) => p.mentions.some((m) => m.start >= s.start && m.start < s.end));
      if (new Set(named.map((p) => p.country).filter(Boolean)).size >= 2) { participants.push(...named.map((p) => p.key)); break; }
    }
  }
  // a summons has two ends: who summons (the speaker of the cue's statement, else the foreign minister of
  // that state) and the envoy summoned or recalled; the people the protest is about are not on it
  if (type === 'summons' && cueAt >= 0) {
    const st = statements.find((s) => s.start <= cueAt && cueAt < s.end);
    const roleOf = (key: string, role: string) => !!rec.people.find((q) => q.key === key)?.roles.includes(role);
    const envoys = participants.filter((k) => roleOf(k, 'ambassador'));
    // (a state speaking through its ministry: its foreign minister; through its government: its head of government)
    const official = (role: string) => eligible.find((p) => p.country === st?.speakerCountry && p.roles.includes(role))?.key ?? null;
    const summoner = st?.speaker ?? (st?.speakerCountry ? official('foreign_minister') ?? official('head_of_government') : null);
    if (summoner || envoys.length) participants.splice(0, participants.length, ...new Set([...(summoner ? [summoner] : []), ...envoys]));
  }
  // a sanction whose sentence names no one: who imposes it, the speaker of the cue's statement, or, when a
  // state speaks through its government or ministry, that state's foreign minister named in the article
  if (type === 'sanction' && !participants.length && cueAt >= 0) {
    const st = statements.find((s) => s.start <= cueAt && cueAt < s.end);
    const who = st?.speaker ?? (st?.speakerCountry ? eligible.find((p) => p.country === st.speakerCountry && p.roles.includes('foreign_minister'))?.key : undefined);
    if (who) participants.push(who);
  }
  // a summons: who summons and who is summoned stand next to a summons cue ("Albares will summon the
  // envoy", "يستدعي فيها وزير الخارجية X"); those the protest is about ("over remarks by Saar about
  // Sánchez") are not party to it
  if (type === 'summons') {
    const cues = rec.tokens.filter((t) => t.senses.some((x) => x.type === 'event' && x.eventType === 'summons'));
    const next = (m: { start: number; end: number; groupStart: number }) =>
      cues.some((c) => (m.end <= c.start && c.start - m.end <= 12) || (m.groupStart >= c.end && m.groupStart - c.end <= 12));
    // (nor who follows a `clause.topicMarkers` word: "就日本首相高市早苗的言论提出严正交涉")
    const markers = foldedWords(lex, 'clause.topicMarkers', (d) => d.clause?.topicMarkers);
    const about = (m: { groupStart: number }) => {
      const before = normalizeTerm(rec.text.slice(Math.max(0, m.groupStart - 4), m.groupStart), lex.rules).trimEnd();
      return markers.some((w) => before.endsWith(w));
    };
    const near = eligible.filter((p) => p.mentions.some((m) => !m.titleOnly && next(m) && !about(m)));
    if (near.length) participants.splice(0, participants.length, ...near.map((p) => p.key));
  }
  // a call has two ends: others its sentence names ("to prepare a summit between Putin and Trump") are
  // not on it; the two nearest the cue, of two states when the sentence allows, are
  if (type === 'phone_call' && participants.length > 2 && cueAt >= 0) {
    const distance = (key: string) => {
      const p = rec.people.find((q) => q.key === key)!;
      const inTitle = !!titleRec?.people.some((q) => q.key === key);
      return Math.min(...p.mentions.filter((m) => inScope(m.start)).map((m) => Math.abs(m.start - cueAt)), Infinity) - (inTitle ? 1e6 : 0);
    };
    const byDistance = [...participants].sort((a, b) => distance(a) - distance(b));
    const countryOf = (key: string) => rec.people.find((q) => q.key === key)?.country ?? null;
    const first = byDistance[0]!;
    const second = byDistance.slice(1).find((k) => !countryOf(k) || countryOf(k) !== countryOf(first)) ?? byDistance[1]!;
    participants.splice(0, participants.length, first, second);
  }
  // the other side named by a title or "counterpart" with its state ("a eu un déjeuner de travail avec son homologue
  // français"): the person of that state the article names
  if (participants.length < 2 && TWO_PARTY.has(type)) {
    const stateOf = (key: string) => rec.people.find((q) => q.key === key)?.country ?? null;
    for (const r of rec.titleRefs) {
      if (participants.length >= 2 || !r.country || !inScope(r.start)) continue;
      const p = resolveTitleRef(r, eligible, rec.text);
      if (p && !participants.includes(p.key) && !participants.some((k) => stateOf(k) === p.country)) participants.push(p.key);
    }
  }
  // a lead that names no one ("the two foreign ministers held a call"): the people who then speak
  if (participants.length < 2 && TWO_PARTY.has(type)) {
    for (const s of statements) if (s.speaker && !participants.includes(s.speaker) && participants.length < 2) participants.push(s.speaker);
  }
  const countries = new Set<string>();
  for (const p of rec.people) if (participants.includes(p.key) && p.country) countries.add(p.country);
  // (not the place of a war the event happens against: "dans un contexte de tensions autour du conflit en RDC")
  for (const c of rec.countries) if (inScope(c.start) && !isPlace(rec.text, c.start, lex)) countries.add(c.code);
  for (const c of titleRec?.countries ?? []) countries.add(c.code);
  if (countries.size < 2) for (const s of statements) { if (s.speakerCountry) countries.add(s.speakerCountry); }
  const sortedCountries = [...countries].sort();
  const sortedParticipants = [...participants].sort();
  const sides = canonicalSides(rec, titleRec, scope, participants, countries);
  return {
    id: eventId(type, date, sides),
    type,
    date,
    ...(dateBasis ? { dateBasis } : {}),
    ...(weekday ? { weekday } : {}),
    ...(monthDay ? { monthDay } : {}),
    participants: sortedParticipants,
    countries: sortedCountries,
  };
}

/** Event types that are an interaction between two states (a statement is one state's own act). */
const INTERACTIONS = new Set(['phone_call', 'meeting', 'visit', 'message', 'summons']);

/** The states a sentence names: its countries (not places nor organisations) and the states of its people. */
function statesOf(rec: Recognition, i: number, lex: Lexicon): Set<string> {
  const s = rec.sentences[i]!;
  const inside = (at: number) => at >= s.start && at < s.end;
  const out = new Set<string>();
  for (const c of rec.countries) if (inside(c.start) && /^[A-Z]{2}$/.test(c.code) && !ORGANISATION_CODES.has(c.code) && !isPlace(rec.text, c.start, lex)) out.add(c.code);
  for (const p of rec.people) if (p.country && p.mentions.some((m) => inside(m.start))) out.add(p.country);
  return out;
}

/**
 * A meeting of one state's own bodies: the sentence's cues tell a meeting (or a statement), it names an
 * institution of a state (the cabinet, the government: the language's `speaker.institutions`) and at most
 * one state ("مجلس الوزراء في اجتماعه الطارئ", "the cabinet, at its emergency session"). Talks between two
 * states name two, through their countries or their people.
 */
function domesticMeeting(rec: Recognition, i: number, cues: { type: string }[], lex: Lexicon): boolean {
  if (!cues.some((c) => c.type === 'meeting') || !cues.every((c) => c.type === 'meeting' || c.type === 'statement')) return false;
  const s = rec.sentences[i]!;
  const institution = rec.tokens.some((t) => t.start >= s.start && t.start < s.end && t.senses.some((x) => x.type === 'institution'));
  return institution && statesOf(rec, i, lex).size <= 1;
}

/**
 * An official telling an official of another state something, the addressee named as an object right
 * next to the reporting verb ("министру иностранных дел X сообщила посол Y", "проинформировал посла X",
 * "a déclaré à son homologue X"): the two met, though no word says "meeting".
 */
function faceToFace(rec: Recognition, statements: RawStatement[], lex: Lexicon): boolean {
  const verbs = rec.tokens.filter((t) => t.senses.some((x) => x.type === 'reportVerb'));
  const touching = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    (a.end <= b.start && /^\s*$/u.test(rec.text.slice(a.end, b.start))) || (b.end <= a.start && /^\s*$/u.test(rec.text.slice(b.end, a.start)));
  return statements.some((s) => {
    if (!s.speaker) return false;
    const own = rec.people.find((p) => p.key === s.speaker)?.country ?? s.speakerCountry;
    const sentence = rec.sentences.find((x) => x.start <= s.start && s.start < x.end);
    if (!own || !sentence) return false;
    const inSentence = (at: number) => at >= sentence.start && at < sentence.end;
    return rec.people.some((q) => q.key !== s.speaker && !!q.country && q.country !== own && q.mentions.some((m) =>
      inSentence(m.start) && isObject(rec.text, m.groupStart, m.end, lex, q) &&
      verbs.some((v) => inSentence(v.start) && touching({ start: m.groupStart, end: m.end }, v))));
  });
}

/**
 * The two sides that identify an event across articles and languages: the states of its participants
 * when they name two or more; else, in order, the states the title names, then those of the event's
 * sentence, then the most mentioned of its states (a state before an organisation). Reports put the
 * actors first ("Algeria recalls its ambassador from France over Morocco"); third countries an
 * article discusses ("the situation in Kazakhstan") come later or not at all, so reports of one call agree.
 */
export function canonicalSides(rec: Recognition, titleRec: Recognition | null, scope: { start: number; end: number } | undefined, participants: string[], countries: Set<string>): string[] {
  const own = new Set(rec.people.filter((p) => participants.includes(p.key) && p.country).map((p) => p.country as string));
  if (own.size >= 2) return [...own].sort();
  const count = new Map<string, number>();
  for (const c of rec.countries) if (countries.has(c.code)) count.set(c.code, (count.get(c.code) ?? 0) + 1);
  const ordered: string[] = [];
  for (const c of titleRec?.countries ?? []) ordered.push(c.code);
  for (const c of rec.countries) if (scope && c.start >= scope.start && c.start < scope.end) ordered.push(c.code);
  ordered.push(...[...countries].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || a.localeCompare(b)));
  const isState = (c: string) => /^[A-Z]{2}$/.test(c) && !ORGANISATION_CODES.has(c);
  const ranked = [...new Set([...ordered.filter(isState), ...ordered.filter((c) => !isState(c))])];
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

/** A surname in the title as a word (or anywhere, for scripts without spaces). */
function titleWord(title: string, word: string, wordBoundaries: boolean): boolean {
  if (!wordBoundaries) return title.includes(word);
  let at = title.indexOf(word);
  while (at >= 0) {
    const before = title[at - 1];
    const after = title[at + word.length];
    if (!(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after))) return true;
    at = title.indexOf(word, at + 1);
  }
  return false;
}

/** Does a sentence hold one of the language's `dates.future` words ("effectuera", "se rendra")? */
function announced(sentence: string, lex: Lexicon): boolean {
  const words = lex.data.dates?.future ?? [];
  if (!words.length) return false;
  const text = ` ${normalizeTerm(sentence, lex.rules).replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
  return words.some((w) => text.includes(` ${normalizeTerm(w, lex.rules).replace(/[^\p{L}\p{N}']+/gu, ' ')} `));
}
