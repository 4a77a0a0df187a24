// Who speaks in a sentence: a named official, a title phrase ("the Chinese foreign minister"),
// a pronoun or "for his part", a side/institution/country ("the Kyrgyz side", "Beijing said").
import type { Sense } from '../../lexicon/types.ts';
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

export function speakerCandidates(rec: Recognition, toks: Token[], from: number, to: number, index: PersonIndex): Candidate[] {
  const out: Candidate[] = [];
  for (let k = firstAt(index.mentions, from, (x) => x.m.start); k < index.mentions.length; k++) {
    const { m, p } = index.mentions[k] as { m: PersonMention; p: Person };
    if (m.start >= to) break;
    out.push({ start: m.groupStart, end: m.end, rank: 3, speaker: { person: p.key, country: p.country } });
  }
  for (let k = firstAt(index.titleRefs, from, (x) => x.start); k < index.titleRefs.length; k++) {
    const r = index.titleRefs[k] as PersonMention;
    if (r.start >= to) break;
    const key = `${rec.text.slice(r.start, r.end)}|${r.country}|${r.roles.join()}`;
    let p = index.resolved.get(key);
    if (p === undefined) {
      p = resolveTitleRef(r, rec.people, rec.text);
      // one answer per title phrase and article: who it names does not change between sentences
      index.resolved.set(key, p);
    }
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
      const s = t.senses.find((x) => x.type === 'country');
      if (s && s.type === 'country' && (s.form === 'side' || s.form === 'name' || s.form === 'capital')) {
        out.push({ start: t.start, end: t.end, rank: s.form === 'side' ? 2 : 0, speaker: { person: null, country: s.code }, via: s.form === 'side' ? 'side' : 'country' });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "the Chinese foreign minister" → the person of that country (and role) named in the article. */
export function resolveTitleRef(r: PersonMention, people: Person[], text = ''): Person | null {
  if (!r.country) {
    // "the king said": the person introduced earlier with that very title, else its only holder
    const title = text.slice(r.start, r.end).trim();
    const introduced = people.filter((p) => title && p.mentions.some((m) => m.start < r.start && text.slice(m.groupStart, m.end).includes(title)));
    if (introduced.length === 1) return introduced[0] as Person;
    const holders = people.filter((p) => p.roles.some((x) => r.roles.includes(x) && x !== 'other'));
    return holders.length === 1 ? (holders[0] as Person) : null;
  }
  const sameCountry = people.filter((p) => p.country === r.country);
  const sameRole = sameCountry.filter((p) => p.roles.some((x) => r.roles.includes(x)));
  return sameRole[0] ?? (sameCountry.length === 1 ? (sameCountry[0] as Person) : null);
}
