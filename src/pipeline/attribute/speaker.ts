// Who speaks in a sentence: a named official, a title phrase ("the Chinese foreign minister"),
// a pronoun or "for his part", a side/institution/country ("the Kyrgyz side", "Beijing said").
import type { Lexicon } from '../../lexicon/index.ts';
import type { Sense } from '../../lexicon/types.ts';
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
  speaker: Speaker | 'pronoun' | 'forHisPart' | 'both';
  /** What names a country speaker: a side ("the Chinese side", 中方), an institution, or the country itself. */
  via?: 'side' | 'institution' | 'country';
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
  for (let k = firstAt(index.mentions, from, (x) => x.m.start); k < index.mentions.length; k++) {
    const { m, p } = index.mentions[k] as { m: PersonMention; p: Person };
    if (m.start >= to) break;
    if (lex && isObject(rec.text, m.groupStart, m.end, lex, p)) continue;
    out.push({ start: m.groupStart, end: m.end, rank: 3, speaker: { person: p.key, country: p.country } });
  }
  for (let k = firstAt(index.titleRefs, from, (x) => x.start); k < index.titleRefs.length; k++) {
    const r = index.titleRefs[k] as PersonMention;
    if (r.start >= to) break;
    const key = `${rec.text.slice(r.start, r.end)}|${r.country}|${r.roles.join()}|${r.country ? '' : current}`;
    let p = index.resolved.get(key);
    if (p === undefined) {
      p = resolveTitleRef(r, rec.people, rec.text, current);
      // one answer per title phrase and article: who it names does not change between sentences
      index.resolved.set(key, p);
    }
    if (lex && isObject(rec.text, r.start, r.end, lex, null)) continue;
    out.push({ start: r.start, end: r.end, rank: p ? 3 : 2, speaker: p ? { person: p.key, country: p.country } : { person: null, country: r.country } });
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (t.start < from || t.start >= to) continue;
    if (has(t, 'pronoun')) out.push({ start: t.start, end: t.end, rank: 1, speaker: 'pronoun' });
    else if (has(t, 'forHisPart')) out.push({ start: t.start, end: t.end, rank: 1, speaker: 'forHisPart' });
    else if (has(t, 'bothSides')) out.push({ start: t.start, end: t.end, rank: 1, speaker: 'both' });
    else if (has(t, 'sideWord') || has(t, 'institution')) {
      const prev = toks[i - 1];
      const next = toks[i + 1];
      const c = prev && t.start - prev.end <= 3 ? countryCode(prev, false) : null;
      const d = next && next.start - t.end <= 3 ? countryCode(next, false) : null;
      if (c || d) out.push({ start: c ? (prev as Token).start : t.start, end: d ? (next as Token).end : t.end, rank: 2, speaker: { person: null, country: (c ?? d) as string }, via: has(t, 'sideWord') ? 'side' : 'institution' });
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
  const kept = lex ? out.filter((c) => typeof c.speaker !== 'object' || c.rank < 2 || !isObject(rec.text, c.start, c.end, lex, null, true)) : out;
  return kept.sort((a, b) => a.start - b.start);
}

const fold = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'");

/**
 * A person (or title, side) in an oblique case or after an object marker is spoken to or about, never
 * the speaker: ru "министру ... Руслану Казакбаеву сообщила", tr "Erdoğan'a teşekkür etti", zh "对王毅表示".
 */
function isObject(text: string, start: number, end: number, lex: Lexicon, p: Person | null, markersOnly = false): boolean {
  const sp = lex.data.speaker;
  const markers = sp?.objectMarkers ?? [];
  if (markers.length) {
    const before = fold(text.slice(Math.max(0, start - 20), start));
    const spaced = lex.wordBoundaries;
    for (const w of markers) {
      const f = fold(w);
      if (spaced ? new RegExp(`(^|[^\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+$`, 'u').test(before) : before.endsWith(f)) return true;
    }
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

/** "the Chinese foreign minister" → the person of that country (and role) named in the article. */
export function resolveTitleRef(r: PersonMention, people: Person[], text = '', current: string | null = null): Person | null {
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
  return sameRole[0] ?? (sameCountry.length === 1 ? (sameCountry[0] as Person) : null);
}
