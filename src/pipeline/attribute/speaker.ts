// Who speaks in a sentence: a named official, a title phrase ("the Chinese foreign minister"),
// a pronoun or "for his part", a side/institution/country ("the Kyrgyz side", "Beijing said").
import type { Lexicon } from '../../lexicon/index.ts';
import type { Sense } from '../../lexicon/types.ts';
import { normalizeTerm } from '../normalize/index.ts';
import { foldedSet } from '../normalize/words.ts';
import { isWordChar } from '../recognize/index.ts';
import type { Person, PersonMention, Recognition, Token } from '../recognize/index.ts';

export interface Speaker {
  person: string | null;
  country: string | null;
}

export interface Candidate {
  start: number;
  end: number;
  rank: number;
  /**
   * 'none': media or an unnamed source ("la presse"), no state speaks; 'same': "the same source", the previous
   * speaker; 'institution': "the government", "the ministry" with no country named: the state already speaking.
   */
  speaker: Speaker | 'pronoun' | 'forHisPart' | 'both' | 'none' | 'same' | 'institution';
  /** What names a country speaker: a side ("the Chinese side", 中方), an institution, or the country itself. */
  via?: 'side' | 'institution' | 'country';
  /** A title with no country that several people of the article hold ("the head of state"): their keys. */
  holders?: string[];
  /** Where a person's name starts, after its title ("su homólogo, Gustavo Petro"). */
  nameStart?: number;
  /** A person or title phrase of an envoy of a known state (the `ambassador` role): who a summons calls in. */
  envoy?: boolean;
}

const has = (t: Token | undefined, type: Sense['type']) => !!t && t.senses.some((s) => s.type === type);
export const countryCode = (t: Token | undefined, allowCapital = true): string | null => {
  const s = t?.senses.find((x) => x.type === 'country');
  return s && s.type === 'country' && (allowCapital || s.form !== 'capital') ? s.code : null;
};

/** Speaker candidates inside [from, to): person mentions first-class, then sides, countries, pronouns. */
export interface PersonIndex {
  /** Person mentions sorted by start. */
  mentions: { m: PersonMention; p: Person }[];
  titleRefs: PersonMention[];
  resolved: Map<string, Person | null>;
}

export function indexPeople(rec: Recognition): PersonIndex {
  const mentions = rec.people.flatMap((p) => p.mentions.map((m) => ({ m, p }))).sort((a, b) => a.m.start - b.m.start);
  return { mentions, titleRefs: [...rec.titleRefs].sort((a, b) => a.start - b.start), resolved: new Map() };
}

function firstAt<T>(list: T[], from: number, start: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start(list[mid] as T) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `current`: the country of who spoke last, which settles a title that several people of the article hold. */
export function speakerCandidates(rec: Recognition, toks: Token[], from: number, to: number, index: PersonIndex, lex?: Lexicon, current: string | null = null): Candidate[] {
  const out: Candidate[] = [];
  // people named as the owner of an institution ("la administración Trump"): the institution speaks
  const absorbed = new Set<number>();
  for (let k = firstAt(index.mentions, from, (x) => x.m.start); k < index.mentions.length; k++) {
    const { m, p } = index.mentions[k] as { m: PersonMention; p: Person };
    if (m.start >= to) break;
    if (lex && isObject(rec.text, m.groupStart, m.end, lex, p)) continue;
    out.push({ start: m.groupStart, end: m.end, rank: 3, speaker: { person: p.key, country: p.country }, nameStart: m.start, ...(m.roles.includes('ambassador') ? { envoy: true } : {}) });
  }
  for (let k = firstAt(index.titleRefs, from, (x) => x.start); k < index.titleRefs.length; k++) {
    const r = index.titleRefs[k] as PersonMention;
    if (r.start >= to) break;
    const key = `${rec.text.slice(r.start, r.end)}|${r.country}|${r.roles.join()}|${r.country ? '' : current}`;
    let p = index.resolved.get(key);
    if (p === undefined) {
      // the title without its state's words ("ministre algérien de l'Énergie" → "ministre de l'Énergie")
      let bare = '';
      let at = r.start;
      for (const t of toks) if (t.start >= r.start && t.end <= r.end && countryCode(t)) { bare += rec.text.slice(at, t.start); at = t.end; }
      bare += rec.text.slice(at, r.end);
      p = resolveTitleRef(r, rec.people, rec.text, current, lex ? (q) => titleFits(bare, q, rec.text, lex) : undefined);
      // one answer per title phrase and article: who it names does not change between sentences
      index.resolved.set(key, p);
    }
    if (lex && isObject(rec.text, r.start, r.end, lex, null)) continue;
    if (afterInstitution(toks, r.start)) continue;
    // "el también secretario general del partido": another title of the person already named
    if (!p && lex && alsoBefore(rec.text, r.start, lex)) { out.push({ start: r.start, end: r.end, rank: 2, speaker: 'pronoun' }); continue; }
    let holders = !p && !r.country ? rec.people.filter((q) => q.roles.some((x) => r.roles.includes(x) && x !== 'other')).map((q) => q.key) : [];
    // a bare generic title ("a affirmé le ministre"): the people whose own title has that word
    // ("le chef de la diplomatie X", a foreign minister); one of them is who it names
    if (!p && !r.country && !holders.length && lex && r.roles.every((x) => x === 'other')) {
      const fitting = rec.people.filter((q) => q.mentions.some((m) => m.start < r.start) && titleFits(rec.text.slice(r.start, r.end), q, rec.text, lex));
      if (fitting.length === 1) p = fitting[0] as Person;
      else holders = fitting.map((q) => q.key);
    }
    out.push({ start: r.start, end: r.end, rank: p ? 3 : 2, speaker: p ? { person: p.key, country: p.country } : { person: null, country: r.country }, ...(holders.length ? { holders } : {}), ...(r.roles.includes('ambassador') && (p || r.country) ? { envoy: true } : {}) });
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (t.start < from || t.start >= to) continue;
    if (has(t, 'pronoun')) out.push({ start: t.start, end: t.end, rank: 1, speaker: 'pronoun' });
    else if (has(t, 'forHisPart')) out.push({ start: t.start, end: t.end, rank: 1, speaker: 'forHisPart' });
    else if (has(t, 'bothSides')) out.push({ start: t.start, end: t.end, rank: 1, speaker: 'both' });
    else if (has(t, 'nonState')) out.push({ start: t.start, end: t.end, rank: 2, speaker: 'none' });
    else if (has(t, 'sameSource')) out.push({ start: t.start, end: t.end, rank: 2, speaker: 'same' });
    else if (has(t, 'sideWord') || has(t, 'institution')) {
      const prev = toks[i - 1];
      const next = toks[i + 1];
      const c = prev && t.start - prev.end <= 3 ? countryCode(prev, false) : null;
      let d = next && next.start - t.end <= 3 ? countryCode(next, false) : null;
      let end = d ? (next as Token).end : t.end;
      const institution = has(t, 'institution');
      // "el Gobierno de Honduras", "el Ejecutivo de Tegucigalpa": a title link, then the state or its capital
      if (!c && !d && institution && next && lex && linked(rec.text, t.end, next.start, lex)) {
        d = countryCode(next);
        if (d) end = next.end;
      }
      // "la administración Trump", "el gobierno de Petro", "the Trump administration": the person's state
      let owner: { m: PersonMention; p: Person } | null = null;
      if (!c && !d && institution && lex) {
        // (not the institution inside a person's own title: "spokesperson of the government, X")
        const after = ({ m }: { m: PersonMention }) => m.groupStart >= t.end && m.start - t.end <= 5 && (m.start - t.end <= 1 || linked(rec.text, t.end, m.start, lex));
        const before = ({ m }: { m: PersonMention }) => m.end <= t.start && t.start - m.end <= 1 && m.groupStart >= from;
        owner = index.mentions.find((x) => after(x) || before(x)) ?? null;
        if (owner && owner.p.country) {
          d = owner.p.country;
          absorbed.add(owner.m.start);
          end = Math.max(end, owner.m.end);
        }
      }
      // "dijo el Ministerio de Asuntos Exteriores" after "el Ministerio de Asuntos Exteriores español": the one named before
      if (!c && !d && institution && lex) d = earlierInstitution(rec, t, lex);
      const start = c ? (prev as Token).start : owner ? Math.min(t.start, owner.m.groupStart) : t.start;
      if (c || d) out.push({ start, end, rank: 2, speaker: { person: null, country: (c ?? d) as string }, via: has(t, 'sideWord') ? 'side' : 'institution' });
      else if (institution) out.push({ start: t.start, end: t.end, rank: 2, speaker: 'institution', via: 'institution' });
    } else if (has(t, 'sideSuffix')) {
      const prev = toks[i - 1];
      const c = prev && prev.end === t.start ? countryCode(prev, false) : null;
      if (c) out.push({ start: (prev as Token).start, end: t.end, rank: 2, speaker: { person: null, country: c }, via: 'side' });
    } else {
      // a form that is both a name and an inflected adjective ("روسيا", also روسي + ا) speaks as the name
      const s = t.senses.find((x) => x.type === 'country' && (x.form === 'side' || x.form === 'name' || x.form === 'capital'));
      if (s && s.type === 'country') {
        out.push({ start: t.start, end: t.end, rank: s.form === 'side' ? 2 : 0, speaker: { person: null, country: s.code }, via: s.form === 'side' ? 'side' : 'country' });
      }
    }
  }
  const summoned = lex ? summonedObjects(rec.text, toks, from, to, out, lex) : new Set<Candidate>();
  const kept = (lex ? out.filter((c) => typeof c.speaker !== 'object' || c.rank < 2 || !isObject(rec.text, c.start, c.end, lex, null, true)) : out)
    .filter((c) => !(c.rank === 3 && absorbed.has(c.start)) && !summoned.has(c));
  // an institution inside a person's title ("spokesperson of the government X") is that person's title
  const people = kept.filter((c) => c.rank === 3);
  return kept
    .filter((c) => !(c.via === 'institution' && people.some((p) => p.start <= c.start && c.end <= p.end)))
    .sort((a, b) => a.start - b.start);
}

/**
 * Who a summons calls in is its object, never a speaker: the envoy named after a summons cue ("summoned the
 * Israeli chargé d'affaires", "استدعت الإمارات سفير إيران"), and, in a verb-first language
 * (`speaker.verbFirst`), every actor after the verb's subject ("استدعت وزارة الخارجية المصرية القائم بأعمال
 * السفارة القطرية": the Qatari embassy is summoned). Only up to a reporting verb, in the same sentence.
 */
function summonedObjects(text: string, toks: Token[], from: number, to: number, cands: Candidate[], lex: Lexicon): Set<Candidate> {
  const out = new Set<Candidate>();
  const cues = toks.filter((t) => t.start >= from && t.start < to && t.senses.some((x) => x.type === 'event' && x.eventType === 'summons'));
  for (const cue of cues) {
    const stop = toks.find((t) => t.start >= cue.end && t.start < to && t.senses.some((x) => x.type === 'reportVerb'))?.start ?? to;
    const after = cands.filter((c) => c.start >= cue.end && c.start < Math.min(stop, cue.end + 120) && typeof c.speaker === 'object').sort((a, b) => a.start - b.start);
    // the first actor no envoy precedes (an envoy right after the cue: no subject there, "تم استدعاء السفيرة
    // الكندية لدى روسيا"; a title phrase may open on the subject's own name: "استدعت الإمارات سفير إيران")
    const subject = after.find((c) => !c.envoy && !after.some((e) => e.envoy && e.end <= c.start)) ?? null;
    for (const c of after) {
      // (an actor of no known state names no one either way: "يستدعي فيها وزير الخارجية X المبعوث")
      const stated = typeof c.speaker === 'object' && (!!c.speaker.person || !!c.speaker.country);
      if (c.envoy || (lex.data.speaker?.verbFirst && stated && subject && c.start > subject.start && c.start >= subject.end)) out.add(c);
    }
    // the state named as the verb's subject is the one that summons, and speaks through the act ("استدعت الإمارات ...")
    if (lex.data.speaker?.verbFirst && subject && subject.rank === 0 && subject.via === 'country' && /^[\s\p{P}]*$/u.test(text.slice(cue.end, subject.start))) subject.rank = 2;
  }
  return out;
}

/** Does a bare title ("le ministre") fit a person: a word of it in one of the person's own titles (introduced or by role)? */
function titleFits(title: string, q: Person, text: string, lex: Lexicon): boolean {
  const articles = foldedSet(lex, 'articles', (d) => d.articles);
  const links = foldedSet(lex, 'titleLinks', (d) => d.titleLinks);
  const words = normalizeTerm(title, lex.rules).split(/[^\p{L}\p{N}']+/u).filter((w) => w && !articles.has(w) && !links.has(w));
  if (!words.length) return false;
  const has = (phrase: string) => {
    const ws = new Set(normalizeTerm(phrase, lex.rules).split(/[^\p{L}\p{N}']+/u));
    return words.every((w) => ws.has(w));
  };
  if (q.mentions.some((m) => m.groupStart < m.start && has(text.slice(m.groupStart, m.start)))) return true;
  return q.roles.some((role) => role !== 'other' && (lex.data.titles?.[role] ?? []).some(has));
}

/** "le ministère rwandais des Affaires étrangères": a title right after an institution (and its country) names the institution, not a person. */
function afterInstitution(toks: Token[], start: number): boolean {
  let k = toks.findIndex((t) => t.end > start) - 1;
  if (k < 0) k = toks.length - 1;
  let at = start;
  for (let n = 0; n < 2 && k >= 0; n++, k--) {
    const t = toks[k] as Token;
    if (at - t.end > 2) return false;
    if (has(t, 'institution')) return true;
    if (!has(t, 'country')) return false;
    at = t.start;
  }
  return false;
}

const fold = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'");

/**
 * Only a title link ("de", "of") between two terms: "el Gobierno de Honduras"; the institution's acronym in
 * brackets may stand before it ("el Ministerio de Relaciones Exteriores (Minex) de Guatemala").
 */
function linked(text: string, from: number, to: number, lex: Lexicon): boolean {
  const m = /^\s+(?:\([\p{L}\p{N}.\-]{1,12}\)\s+)?([\p{L}']+)\s+$/u.exec(text.slice(from, to));
  return !!m && (lex.data.titleLinks ?? []).some((w) => fold(w) === fold(m[1] as string));
}

/**
 * A bare institution ("dijo el Ministerio de Asuntos Exteriores") is the one of that name the article
 * introduced with its state before ("el Ministerio de Asuntos Exteriores español anunció").
 */
function earlierInstitution(rec: Recognition, t: Token, lex: Lexicon): string | null {
  const articles = (lex.data.articles ?? []).map(fold);
  const key = (x: Token) => {
    const text = fold(x.text);
    const article = articles.find((a) => text.startsWith(`${a} `));
    return article ? text.slice(article.length).trimStart() : text;
  };
  const want = key(t);
  const toks = rec.tokens;
  let k = firstAt(toks, t.start, (x) => x.start) - 1;
  for (; k >= 0; k--) {
    const u = toks[k] as Token;
    if (!u.senses.some((s) => s.type === 'institution') || key(u) !== want) continue;
    const prev = toks[k - 1];
    const next = toks[k + 1];
    const near = (a: number, b: number) => b - a <= 3 && /^[ \t]*$/u.test(rec.text.slice(a, b));
    const c = (prev && near(prev.end, u.start) ? countryCode(prev, false) : null) ?? (next && near(u.end, next.start) ? countryCode(next, false) : null) ??
      (next && linked(rec.text, u.end, next.start, lex) ? countryCode(next) : null);
    if (c) return c;
  }
  return null;
}

/** A country named as the place where something happens ("le conflit en RDC", "the war in Ukraine"): no party to it. */
export function isPlace(text: string, start: number, lex: Lexicon): boolean {
  const places = lex.data.places ?? [];
  if (!places.length) return false;
  const before = normalizeTerm(text.slice(Math.max(0, start - 40), start), lex.rules);
  return places.some((w) => {
    const f = normalizeTerm(w, lex.rules);
    const at = before.length - f.length - 1;
    return at >= 0 && before.startsWith(f, at) && /^\s$/u.test(before.slice(-1)) && (at === 0 || !isWordChar(before[at - 1]));
  });
}

/**
 * A person (or title, side) in an oblique case or after an object marker is spoken to or about, never
 * the speaker: ru "министру ... Руслану Казакбаеву сообщила", tr "Erdoğan'a teşekkür etti", zh "对王毅表示".
 */
const markerCache = new WeakMap<Lexicon, { folded: string[]; spaced: RegExp | null }>();
/** A language's `speaker.objectMarkers`, folded once; in spaced scripts one pattern for a marker as the last word. */
function objectMarkers(lex: Lexicon): { folded: string[]; spaced: RegExp | null } {
  let m = markerCache.get(lex);
  if (!m) {
    const folded = (lex.data.speaker?.objectMarkers ?? []).map(fold);
    const alternatives = folded.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    m = { folded, spaced: lex.wordBoundaries && folded.length ? new RegExp(`(?:^|[^\\p{L}])(?:${alternatives})\\s+$`, 'u') : null };
    markerCache.set(lex, m);
  }
  return m;
}

export function isObject(text: string, start: number, end: number, lex: Lexicon, p: Person | null, markersOnly = false): boolean {
  const sp = lex.data.speaker;
  const markers = objectMarkers(lex);
  if (markers.folded.length) {
    const before = fold(text.slice(Math.max(0, start - 20), start));
    if (markers.spaced ? markers.spaced.test(before) : markers.folded.some((f) => before.endsWith(f))) return true;
  }
  if (markersOnly) return false;
  const endings = sp?.objectEndings ?? [];
  if (!endings.length) return false;
  // the whole last word, with what is glued to it ("Erdoğan'a", "Казакбаеву")
  let e = end;
  while (e < text.length && (isWordChar(text[e]) || (/['’]/.test(text[e] as string) && isWordChar(text[e + 1])))) e++;
  let s = e;
  while (s > start && !/\s/.test(text[s - 1] as string)) s--;
  const word = fold(text.slice(s, e));
  // a gazetteer name whose own form ends like a case (Шойгу) is not inflected
  const g = p?.known ? lex.officials.get(p.key) : undefined;
  if (g && [g.name, ...Object.values(g.names ?? {}).flat()].some((n) => fold(n).split(/\s+/).pop() === word)) return false;
  return endings.some((x) => {
    const f = fold(x);
    return word.length >= f.length + 3 && word.endsWith(f);
  });
}

/**
 * A person the article names only in oblique cases, in a language whose names decline (`nameCases`): after
 * an object marker or with an object ending ("переговоры с госсекретарём Майком Помпео"), or, for a gazetteer
 * person, in a form other than the gazetteer's own nominative ("указы президента Садыра Жапарова"). Such a
 * person is never the subject of a sentence: talked about, not acting.
 */
export function onlyOblique(text: string, p: Person, lex: Lexicon): boolean {
  if (!lex.data.nameCases?.length || !p.mentions.length) return false;
  const g = p.known ? lex.officials.get(p.key) : undefined;
  const last = (n: string) => normalizeTerm(n, lex.rules).split(/\s+/).pop();
  const own = g ? new Set([...(g.names?.[lex.language] ?? []), ...(g.short?.[lex.language] ?? [])].map(last)) : null;
  return p.mentions.every((m) => {
    if (m.titleOnly) return false;
    if (isObject(text, m.groupStart, m.end, lex, p)) return true;
    const word = last(text.slice(m.start, m.end));
    return !!own?.size && !!word && !own.has(word);
  });
}

/** "the Chinese foreign minister" → the person of that country (and role) named in the article. */
export function resolveTitleRef(r: PersonMention, people: Person[], text = '', current: string | null = null, fits?: (p: Person) => boolean): Person | null {
  if (!r.country) {
    // "the king said": the person introduced earlier with that very title, else its only holder
    const title = text.slice(r.start, r.end).trim();
    const introduced = people.filter((p) => title && p.mentions.some((m) => m.start < r.start && text.slice(m.groupStart, m.end).includes(title)));
    if (introduced.length === 1) return introduced[0] as Person;
    const holders = people.filter((p) => p.roles.some((x) => r.roles.includes(x) && x !== 'other'));
    if (holders.length === 1) return holders[0] as Person;
    // several holders ("the prime minister said" in a report naming two): the one of the state whose
    // side was speaking ("the Somali government described ... . The prime minister said")
    const ours = holders.filter((p) => !!current && p.country === current);
    return ours.length === 1 ? (ours[0] as Person) : null;
  }
  const sameCountry = people.filter((p) => p.country === r.country);
  const sameRole = sameCountry.filter((p) => p.roles.some((x) => r.roles.includes(x)));
  // the only person of that state, unless a role of theirs says it is someone else ("le porte-parole du Quai
  // d'Orsay" is not the French foreign minister, "le ministre algérien de l'Énergie" not the Algerian president)
  const only = sameCountry.length === 1 ? (sameCountry[0] as Person) : null;
  const fitting = !!only && (!fits || only.roles.every((x) => x === 'other') || fits(only));
  return sameRole[0] ?? (fitting ? only : null);
}

/** Whether one of the language's `speaker.alsoTitle` words stands right before a title ("el también"). */
function alsoBefore(text: string, at: number, lex: Lexicon): boolean {
  const before = text.slice(Math.max(0, at - 30), at).toLowerCase().replace(/\s+$/u, '');
  return (lex.data.speaker?.alsoTitle ?? []).some((w) => {
    const x = w.toLowerCase();
    return before.endsWith(x) && (before.length === x.length || /[\s\p{P}]/u.test(before[before.length - x.length - 1] as string));
  });
}
