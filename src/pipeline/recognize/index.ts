// Recognises what the lexicon knows in an article: countries, organisations, officials (gazetteer
// and title patterns), titles, reporting verbs, kind/topic/event cues and date expressions.
import type { Lexicon } from '../../lexicon/index.ts';
import type { GazetteerOfficial } from '../../lexicon/types.ts';
import { normalizeTerm } from '../normalize/index.ts';
import { foldedSet } from '../normalize/words.ts';
import type { NormalizedText } from '../normalize/index.ts';
import type { Sentence } from '../segment/index.ts';
import { findDates, type DateMention } from './dates.ts';
import { isWordChar, matchTerms, type Token } from './match.ts';
import { findTitledPeople, type PersonMention } from './names.ts';
import { familyFirst, latin, nameWords, phoneticKey, unknownOfficialId } from './person-key.ts';

export type { Token } from './match.ts';
export type { DateMention } from './dates.ts';
export type { PersonMention } from './names.ts';
export { isWordChar } from './match.ts';
export { phoneticKey, unknownOfficialId, latin, slug } from './person-key.ts';

export interface CountryMention {
  code: string;
  start: number;
  end: number;
  text: string;
  form: string;
}

/** A person in the article: the gazetteer id or a derived id, and every mention. */
export interface Person {
  key: string;
  known: boolean;
  name: string;
  country: string | null;
  roles: string[];
  mentions: PersonMention[];
}

export interface Recognition {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  countries: CountryMention[];
  people: Person[];
  /** Title phrases without a name, for coreference ("the Chinese foreign minister"). */
  titleRefs: PersonMention[];
  dates: DateMention[];
}

export function recognize(text: string, norm: NormalizedText, sentences: Sentence[], lex: Lexicon, publishedAt: string | null = null): Recognition {
  const found = titlesBeforeCountry(text, withMiddleInitials(text, norm, outsideAddresses(text, keepShortsInCompounds(matchTerms(text, norm, lex))), lex), lex);
  const titled = findTitledPeople(text, found, lex);
  const people = collectPeople(text, found, titled, lex, publishedAt);
  const tokens = dropPlaces(text, dropCountriesInNames(found, people), lex);
  const countries: CountryMention[] = [];
  for (const t of tokens) {
    const s = t.senses.find((x) => x.type === 'country');
    if (s && s.type === 'country') countries.push({ code: s.code, start: t.start, end: t.end, text: t.text, form: s.form });
  }
  return {
    text,
    sentences,
    tokens,
    countries,
    people,
    titleRefs: titled.filter((p) => p.titleOnly),
    dates: findDates(text, tokens, lex),
  };
}

/**
 * Cased scripts: a gazetteer full name written with middle initials ("Antony J. Blinken", "Michael R. Pompeo")
 * is that official, one token over the whole name; the words inside it are no other term.
 */
function withMiddleInitials(text: string, norm: NormalizedText, tokens: Token[], lex: Lexicon): Token[] {
  if (!lex.cased) return tokens;
  const added: Token[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{M}.])(\p{Lu}[\p{L}\p{M}'’-]+)((?:[ \t]+\p{Lu}\.)+)[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+)/gu)) {
    const senses = (lex.terms.get(normalizeTerm(`${m[1]} ${m[3]}`, lex.rules).trim()) ?? []).flatMap((e) => (e.sense.type === 'official' && !e.sense.short ? [e.sense] : []));
    if (!senses.length) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const nStart = norm.starts.indexOf(start);
    const nEnd = norm.ends.lastIndexOf(end) + 1;
    added.push({ start, end, nStart, nEnd, text: m[0], senses, prefix: '' });
  }
  if (!added.length) return tokens;
  const kept = tokens.filter((t) => !added.some((a) => t.start < a.end && t.end > a.start));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Titles that are titles only before a state (`titlesBeforeCountry`, ar "المستشار": "المستشار الألماني" is the
 * German chancellor, "المستشار أحمد حافظ" a rank): elsewhere the word is no title (list it among the honorifics).
 */
function titlesBeforeCountry(text: string, tokens: Token[], lex: Lexicon): Token[] {
  const article = lex.data.article ? normalizeTerm(lex.data.article, lex.rules) : '';
  const bare = (w: string) => (article && w.startsWith(article) ? w.slice(article.length) : w);
  const words = new Set((lex.data.titlesBeforeCountry ?? []).map((w) => bare(normalizeTerm(w, lex.rules))));
  if (!words.size) return tokens;
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    if (!t.senses.some((s) => s.type === 'title') || !words.has(bare(normalizeTerm(t.text, lex.rules)))) { out.push(t); return; }
    const next = tokens[i + 1];
    const country = !!next && /^[ \t\u00a0]*$/u.test(text.slice(t.end, next.start)) && next.senses.some((s) => s.type === 'country' && s.form !== 'capital');
    if (country) { out.push(t); return; }
    const senses = t.senses.filter((s) => s.type !== 'title');
    if (senses.length) out.push({ ...t, senses });
  });
  return out;
}

/** Words inside a web address ("https://site/le-rwanda-decide-de-rompre...") are no mention, cue or verb. */
function outsideAddresses(text: string, tokens: Token[]): Token[] {
  const spans = [...text.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>"«»“”]+/giu)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  if (!spans.length) return tokens;
  return tokens.filter((t) => !spans.some(([s, e]) => t.start >= s && t.start < e));
}

/**
 * One-character country forms (zh 中, 吉, 俄) count only inside compounds: next to another such form
 * (中吉, 中俄美), or right before a side suffix, side word, title, institution or country (中方, 俄外长).
 */
function keepShortsInCompounds(tokens: Token[]): Token[] {
  const isShort = (t: Token | undefined) => !!t && t.senses.length > 0 && t.senses.every((s) => s.type === 'country' && s.form === 'short');
  const joins = (t: Token | undefined) =>
    !!t && t.senses.some((s) => s.type === 'sideSuffix' || s.type === 'sideWord' || s.type === 'title' || s.type === 'institution' || s.type === 'country');
  return tokens.filter((t, i) => {
    if (!isShort(t)) return true;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    return (!!prev && prev.end === t.start && isShort(prev)) || (!!next && next.start === t.end && (isShort(next) || joins(next)));
  });
}

function collectPeople(text: string, tokens: Token[], titled: PersonMention[], lex: Lexicon, publishedAt: string | null): Person[] {
  const people = new Map<string, Person>();
  const tokenAt = new Map(tokens.map((t) => [t.start, t]));
  // a name read next to a title ("Hamza Abdi Barre, Prime Minister of ...") that is a gazetteer full name as written
  const spelled = (m: PersonMention) => {
    const t = tokenAt.get(m.start);
    if (!t || t.end !== m.end) return null;
    const ids = [...new Set(t.senses.flatMap((s) => (s.type === 'official' && !s.short ? [s.id] : [])))];
    return ids.length === 1 ? ids[0]! : null;
  };
  const covered = new Set<number>();
  const inside = new Uint8Array(text.length);
  const fullIds = new Set<string>();
  for (const t of tokens) for (const s of t.senses) if (s.type === 'official' && !s.short) fullIds.add(s.id);
  const unknownKey = (m: PersonMention) => spelled(m) ?? gazetteerByKey(m.text, m.country, lex) ?? namedInFull(m, fullIds, lex) ?? unknownOfficialId(caseless(m.text, lex), m.country);
  const addMention = (key: string, known: boolean, m: PersonMention, name: string) => {
    let p = people.get(key);
    if (!p) {
      const g = known ? lex.officials.get(key) : undefined;
      // the roles the gazetteer says the person holds now count like titles seen in the text
      const current = (g?.roles ?? []).filter((r) => r.to === null).map((r) => r.role);
      p = { key, known, name: g?.name ?? name, country: g ? countryAt(g, publishedAt) : m.country, roles: [...new Set(current)], mentions: [] };
      people.set(key, p);
    }
    if (!p.country && m.country) p.country = m.country;
    for (const r of m.roles) if (!p.roles.includes(r)) p.roles.push(r);
    if (!covered.has(m.start)) p.mentions.push(m);
    covered.add(m.start);
    for (let i = m.start; i < m.end && i < inside.length; i++) inside[i] = 1;
  };
  const unknownByText = new Map<string, string>();
  const mentionedStates = new Set(tokens.flatMap((t) => t.senses.flatMap((s) => (s.type === 'country' ? [s.code] : []))));
  const introduced = titled.filter((m) => !m.titleOnly && !m.id && /\s/.test(m.text));
  const shortOnly = (m: PersonMention) => {
    const t = tokenAt.get(m.start);
    return !!t && t.senses.every((s) => s.type !== 'official' || s.short) && !fullIds.has(m.id ?? '');
  };
  for (const m of titled) {
    if (m.titleOnly) continue;
    // "Foreign Minister Wong" after "Penny Wong": the person the article introduced, not a namesake
    const namesake = m.id && shortOnly(m) ? introduced.find((u) => u.text.endsWith(m.text)) : undefined;
    // a surname under a title of another state is someone else ("Honduran FM Reina" is not Angela Rayner)
    const served = m.id ? lex.officials.get(m.id) : undefined;
    const foreign = !!served && !!m.country && !serves(served, m.country);
    if (namesake) addMention(unknownKey(namesake), false, { ...m, id: null, country: m.country ?? namesake.country }, namesake.text);
    else if (foreign) {
      const key = unknownKey({ ...m, id: null });
      addMention(key, false, { ...m, id: null }, m.text);
      unknownByText.set(m.text, key);
    }
    else if (m.id) {
      // a surname several officials share: the one whose full name the article uses
      const t = tokenAt.get(m.start);
      // (among those serving the title's state, when the title names one)
      const ids = (t?.senses ?? []).flatMap((x) => (x.type === 'official' ? [x.id] : [])).filter((x) => !m.country || serves(lex.officials.get(x), m.country));
      const id = ids.find((x) => fullIds.has(x)) ?? ids.find((x) => people.has(x)) ?? m.id;
      addMention(id, true, { ...m, id }, m.text);
    }
    else {
      const key = unknownKey(m);
      addMention(key, !lex.officials.has(key) ? false : true, m, m.text);
    }
  }
  for (const t of tokens) {
    if (covered.has(t.start)) continue;
    const senses = t.senses.filter((s) => s.type === 'official');
    if (!senses.length) continue;
    // a surname shared by several officials: prefer the one whose full name the article uses
    // a surname alone counts only for a person the article introduced (full name or title), so
    // short names never fire on common words that happen to spell them
    const same = unknownByText.get(t.text);
    if (same) {
      addMention(same, false, { start: t.start, end: t.end, text: t.text, id: null, roles: [], country: null, titleOnly: false, groupStart: t.start }, t.text);
      continue;
    }
    const namesake = senses.every((s) => s.type !== 'official' || s.short) ? introduced.find((u) => u.text.endsWith(` ${t.text}`)) : undefined;
    if (namesake) {
      addMention(unknownKey(namesake), false, { start: t.start, end: t.end, text: t.text, id: null, roles: [], country: null, titleOnly: false, groupStart: t.start }, namesake.text);
      continue;
    }
    // a surname alone that the gazetteer also lists as a name (zh 哈里斯): without a title or a fuller
    // name in the article, it names the official only while he or she is in office (哈里斯 in late 2025 is not the
    // US vice-president).
    // Scripts without spaces: glued to Latin letters or digits it is part of a brand or a model (L3哈里斯)
    const glued = !lex.wordBoundaries && /[A-Za-z0-9]/.test(text[t.start - 1] ?? '');
    const bareAndIdle = (id: string) => !people.has(id) && isBareSurname(t.text, id, lex) &&
      (glued || (!tokens.some((u) => u !== t && u.senses.some((x) => x.type === 'official' && x.id === id && !x.short) && !isBareSurname(u.text, id, lex)) && !inOffice(lex.officials.get(id), publishedAt)));
    // scripts without spaces also honour a person with the title after the name (卡斯特罗总统, 王毅外长):
    // a surname right before a title of a role the official has held is introduced by it
    const next = !lex.wordBoundaries ? tokens.find((u) => u.start === t.end) : undefined;
    const titledAfter = (id: string) => !!next && next.senses.some((x) => x.type === 'title' && (lex.officials.get(id)?.roles ?? []).some((r) => r.role === x.role));
    // namesakes (Xiomara and Raúl Castro): the one whose state the article names first
    const named = (s: (typeof senses)[number]) => (s.type === 'official' && mentionedStates.has(lex.officials.get(s.id)?.country ?? '') ? 0 : 1);
    const ordered = senses.length > 1 ? [...senses].sort((a, b) => named(a) - named(b)) : senses;
    const pick = ordered.find((s) => s.type === 'official' && (!s.short || fullIds.has(s.id) || people.has(s.id) || titledAfter(s.id)) && !bareAndIdle(s.id));
    if (!pick || pick.type !== 'official') continue;
    const chosen = pick;
    addMention(chosen.id, true, { start: t.start, end: t.end, text: t.text, id: chosen.id, roles: [], country: null, titleOnly: false, groupStart: t.start }, t.text);
  }
  // later mentions by surname alone of a person introduced with a title
  const tokenStarts = new Set(tokens.map((t) => t.start));
  for (const p of people.values()) {
    const surnames = new Set<string>();
    for (const m of p.mentions) {
      const words = m.text.split(/\s+/);
      // (family name first: "Xing Haiming" ... "Xing expressed")
      if (words.length > 1) surnames.add((familyFirst(p.country) && !p.known && lex.cased ? words[0] : words[words.length - 1]) ?? '');
      // scripts without spaces: an unknown name seen again whole (陈立表示), or its part after the dot
      if (!lex.wordBoundaries && !p.known && m.text.length >= 2 && !m.titleOnly) {
        surnames.add(m.text);
        const dot = m.text.split(/[·•‧]/).pop() ?? '';
        if (dot.length >= 2 && dot !== m.text) surnames.add(dot);
      }
    }
    const named = new Set(p.mentions.map((m) => m.text));
    // a surname first seen in an oblique case is found in the others too (Казакбаеву → Казакбаев, Казакбаевым)
    for (const surname of [...surnames]) {
      const stem = caseless(surname, lex);
      if (stem === surname) continue;
      surnames.add(stem);
      for (const e of lex.nameSuffixes) surnames.add(stem + e);
    }
    for (const surname of surnames) {
      if (surname.length < 2) continue;
      for (const at of findWord(text, surname, lex)) {
        if (covered.has(at) || inside[at] || (tokenStarts.has(at) && !named.has(surname))) continue;
        addMention(p.key, p.known, { start: at, end: at + surname.length, text: text.slice(at, at + surname.length), id: null, roles: [], country: null, titleOnly: false, groupStart: at }, surname);
      }
    }
  }
  for (const p of people.values()) p.mentions.sort((a, b) => a.start - b.start);
  inferCountries([...people.values()], dropCountriesInNames(tokens, [...people.values()]), text, lex);
  return [...people.values()].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

/** The official serves that state or organisation, as his or her own or in one of the roles. */
function serves(o: GazetteerOfficial | undefined, country: string): boolean {
  return !!o && (o.country === country || (o.roles ?? []).some((r) => r.country === country));
}

/**
 * A country right after a word for a part of it (`places`: "в Ульяновской области России", "the Kursk region
 * of Russia", a `titleLinks` word between allowed) names where something happened: no mention of a party.
 */
function dropPlaces(text: string, tokens: Token[], lex: Lexicon): Token[] {
  if (!lex.data.places?.length) return tokens;
  const links = foldedSet(lex, 'titleLinks', (d) => d.titleLinks);
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    const before = tokens[i - 1];
    const gap = before ? text.slice(before.end, t.start) : '';
    const place = !!before && before.senses.some((s) => s.type === 'place') && (/^\s+$/u.test(gap) || (/^\s+\S+\s+$/u.test(gap) && links.has(normalizeTerm(gap.trim(), lex.rules))));
    if (!place || !t.senses.some((s) => s.type === 'country')) return void out.push(t);
    const senses = t.senses.filter((s) => s.type !== 'country');
    if (senses.length) out.push({ ...t, senses });
  });
  return out;
}

/** A country form inside a person's name is part of the name (zh 蒙卡达 holds 蒙 and 卡达). */
function dropCountriesInNames(tokens: Token[], people: Person[]): Token[] {
  const named = people.flatMap((p) => p.mentions.filter((m) => !m.titleOnly));
  return tokens.filter((t) => !(t.senses.every((s) => s.type === 'country') && named.some((m) => m.start <= t.start && t.end <= m.end)));
}

/** The text is one of the official's surname forms (`short`) in this language. */
function isBareSurname(text: string, id: string, lex: Lexicon): boolean {
  const shorts = lex.officials.get(id)?.short?.[lex.language] ?? [];
  const key = normalizeTerm(text, lex.rules);
  return shorts.some((s) => normalizeTerm(s, lex.rules) === key);
}

/**
 * Whether the official held a role around the publication date: from a month before a term starts to
 * three months after it ends. Unknown date or no roles: assumed in office.
 */
function inOffice(o: GazetteerOfficial | undefined, publishedAt: string | null): boolean {
  const at = publishedAt ? monthIndex(publishedAt) : null;
  if (!o || at === null || !o.roles?.length) return true;
  return o.roles.some((r) => {
    const from = r.from ? monthIndex(r.from) : null;
    const to = r.to ? monthIndex(r.to, true) : null;
    return (from === null || at >= from - 1) && (to === null || at <= to + 3);
  });
}

/** The state or organisation the official serves at the publication date: a role's own `country`, else the official's. */
function countryAt(o: GazetteerOfficial, publishedAt: string | null): string {
  const at = publishedAt ? monthIndex(publishedAt) : null;
  const roles = o.roles ?? [];
  const held = (r: (typeof roles)[number]) => {
    if (at === null) return r.to === null || r.to === undefined;
    const from = r.from ? monthIndex(r.from) : null;
    const to = r.to ? monthIndex(r.to, true) : null;
    return (from === null || at >= from) && (to === null || at <= to);
  };
  return roles.find((r) => r.country && held(r))?.country ?? o.country;
}

/** "2025-01" or "2025" (its first month, or its last with `end`) as a month count; null when unreadable. */
function monthIndex(s: string, end = false): number | null {
  const m = /^(\d{4})(?:-(\d{1,2}))?/.exec(s);
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : end ? 12 : 1;
  return Number(m[1]) * 12 + month - 1;
}

/**
 * A titled person whose country the text does not state next to the title ("Foreign Minister Penny
 * Wong met Wang Yi") serves, most likely, the most mentioned state that no other person there serves.
 */
function inferCountries(people: Person[], tokens: Token[], text: string, lex: Lexicon): void {
  const counts = new Map<string, number>();
  for (const t of tokens) for (const s of t.senses) if (s.type === 'country' && /^[A-Z]{2}$/.test(s.code)) counts.set(s.code, (counts.get(s.code) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  // a title without its state ("وزير الخارجية سامح شكري", "the foreign minister") is the home state's: when the
  // article so titles a known official, another person titled without a state serves the same state
  const bare = (m: PersonMention) => !m.country && tokens.some((t) => t.senses.some((s) => s.type === 'title') && (Math.abs(t.start - m.end) <= 3 || Math.abs(m.start - t.end) <= 3) && !countryNear(t));
  const countryNear = (t: Token) => tokens.some((u) => u !== t && u.senses.some((s) => s.type === 'country') && (Math.abs(u.start - t.end) <= 3 || Math.abs(t.start - u.end) <= 3));
  const homes = new Set(people.filter((p) => p.known && p.country && p.mentions.some(bare)).map((p) => p.country));
  const home = homes.size === 1 ? [...homes][0] ?? null : null;
  for (const p of people) {
    if (p.country) continue;
    if (home && p.mentions.some((m) => m.roles.length && !m.country)) { p.country = home; if (!p.known) p.key = unknownOfficialId(caseless(p.name, lex), p.country); continue; }
    const first = p.mentions.find((m) => m.roles.length) ?? p.mentions[0];
    if (!first) continue;
    // the sentence (roughly) of the mention with the title
    const from = Math.max(text.lastIndexOf('.', first.start), text.lastIndexOf('\n', first.start), 0);
    let to = text.slice(first.end).search(/[.\n]/);
    to = to < 0 ? text.length : first.end + to;
    const taken = new Set(people.filter((q) => q !== p && q.country && q.mentions.some((m) => m.start >= from && m.start < to)).map((q) => q.country));
    // a country glued to a title or "counterpart" belongs to that other person ("Chinese counterpart")
    const titled = (i: number) => [tokens[i - 1], tokens[i + 1]].some((n) => n && Math.min(Math.abs(n.start - (tokens[i] as Token).end), Math.abs((tokens[i] as Token).start - n.end)) <= 3 && n.senses.some((s) => s.type === 'title' || s.type === 'counterpart'));
    const near = tokens
      .filter((t, i) => t.start >= from && t.start < to && !titled(i))
      .flatMap((t) => t.senses.map((s) => (s.type === 'country' && s.form !== 'capital' && /^[A-Z]{2}$/.test(s.code) ? { code: s.code, d: Math.abs(t.start - first.start) } : null)))
      .filter((x): x is { code: string; d: number } => !!x && !taken.has(x.code))
      .sort((a, b) => a.d - b.d);
    p.country = near[0]?.code ?? ranked.find((c) => !taken.has(c)) ?? null;
    if (p.country && !p.known) p.key = unknownOfficialId(caseless(p.name, lex), p.country);
  }
}

/**
 * A name with the case ending of its last word taken off (the language's `nameSuffixes`, in languages with
 * `nameCases`), so one unknown
 * person seen as "Азаматом Токтогуловым" and as "Азамат Токтогулов" gets one id. Endings are short
 * vowels or end in a vowel and a consonant; a stem of fewer than three letters is kept whole.
 */
function caseless(name: string, lex: Lexicon): string {
  // only where names decline in every case (`nameCases`): a German genitive s is not taken off "Maas"
  if (!lex.nameSuffixes.size || !lex.data.nameCases?.length) return name;
  const cut = name.search(/[\p{L}\p{M}]+$/u);
  if (cut < 0) return name;
  const last = name.slice(cut);
  const low = last.toLowerCase();
  let best = 0;
  for (const e of lex.nameSuffixes) if (e.length > best && low.endsWith(e) && low.length - e.length >= 3) best = e.length;
  return best ? name.slice(0, name.length - best) : name;
}

function findWord(text: string, word: string, lex: Lexicon): number[] {
  const out: number[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at < 0) break;
    from = at + word.length;
    if (!lex.wordBoundaries) { out.push(at); continue; }
    const before = text[at - 1];
    const after = text[at + word.length];
    if (isWordChar(after)) continue;
    if (isWordChar(before)) {
      let ws = at;
      while (ws > 0 && isWordChar(text[ws - 1])) ws--;
      if (!lex.prefixes.has(text.slice(ws, at))) continue;
    }
    out.push(at);
  }
  return out;
}

/**
 * An unknown name that is a gazetteer person in another spelling: same country and the same key for the
 * whole name; or the same surname key when that key is long enough not to collide (تشو vs Yang Jiechi) and,
 * for a name of several words, the same initial too, so namesakes (a Zhao Minghui, a Mao Ning) stay apart.
 */
function gazetteerByKey(name: string, country: string | null, lex: Lexicon): string | null {
  if (!country) return null;
  const { full, surname } = keyIndex(lex);
  const whole = full.get(fullKey(name, country));
  if (whole) return whole;
  const key = unknownOfficialId(name, country);
  if (key.length - country.length - 1 < 4) return null;
  const words = name.split(/[\s·•・]+/).filter(Boolean);
  const candidates = surname.get(key) ?? [];
  const fitting = words.length < 2 ? candidates : candidates.filter((c) => c.initial === initialOf(name));
  const ids = new Set(fitting.map((c) => c.id));
  return ids.size === 1 ? [...ids][0]! : null;
}

/**
 * A name of several words in another spelling ("Abelmadjid Tebboune") of the one gazetteer person the
 * article also names in full ("Abdelmadjid Tebboune"): same surname key and initial, of the title's state
 * when it names one. Short surname keys are accepted here, the full name in the article vouching for them.
 */
function namedInFull(m: PersonMention, fullIds: Set<string>, lex: Lexicon): string | null {
  const words = m.text.split(/[\s·•・]+/).filter(Boolean);
  if (words.length < 2) return null;
  const { surname } = keyIndex(lex);
  const ids = new Set<string>();
  for (const id of fullIds) {
    const o = lex.officials.get(id);
    if (!o || (m.country && !serves(o, m.country))) continue;
    if ((surname.get(unknownOfficialId(caseless(m.text, lex), o.country)) ?? []).some((c) => c.id === id && c.initial === initialOf(m.text))) ids.add(id);
  }
  return ids.size === 1 ? [...ids][0]! : null;
}

function fullKey(name: string, country: string): string {
  return `${country.toLowerCase()}:${nameWords(name).map((w) => phoneticKey(w, country)).join('-')}`;
}

const initialOf = (name: string) => latin(name).toLowerCase().replace(/[^a-z ]/g, '').trim()[0] ?? '';

interface KeyIndex {
  full: Map<string, string>;
  surname: Map<string, Array<{ id: string; initial: string }>>;
}
const keyIndexes = new WeakMap<Lexicon, KeyIndex>();
/** The keys of one official's spellings: the same whatever the language, so computed once per process. */
const officialKeys = new WeakMap<GazetteerOfficial, Array<{ full: string; surname: string; initial: string }>>();

function keysOf(o: GazetteerOfficial): Array<{ full: string; surname: string; initial: string }> {
  let keys = officialKeys.get(o);
  if (!keys) {
    keys = [o.name, ...Object.values(o.names ?? {}).flat()].map((s) => ({ full: fullKey(s, o.country), surname: unknownOfficialId(s, o.country), initial: initialOf(s) }));
    officialKeys.set(o, keys);
  }
  return keys;
}

/** Built once per lexicon: the derived keys of every spelling of every gazetteer official. */
function keyIndex(lex: Lexicon): KeyIndex {
  let index = keyIndexes.get(lex);
  if (index) return index;
  index = { full: new Map(), surname: new Map() };
  for (const o of lex.officials.values()) {
    for (const k of keysOf(o)) {
      if (!index.full.has(k.full)) index.full.set(k.full, o.id);
      const list = index.surname.get(k.surname) ?? [];
      list.push({ id: o.id, initial: k.initial });
      index.surname.set(k.surname, list);
    }
  }
  keyIndexes.set(lex, index);
  return index;
}
