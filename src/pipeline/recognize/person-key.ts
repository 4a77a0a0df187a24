// A script-independent key for a person's name, so the same unknown person written in Latin,
// Cyrillic, Arabic, Han or Hangul letters tends to get the same id. Each script is first read as plain
// Latin letters (Arabic and Cyrillic by their own tables, the rest through `transliteration`), then the
// spellings that languages use for one sound are folded into one class (shch/sch/chtch/ch/sh/zh/dj/j;
// kh/h; gh/g; gu+e/i; ph/f; v/f; p/b; z/s; c/k/q), vowels and glides are dropped and doubles collapse.
// Which words of a name make the key, and how, is data: src/lexicon/person-names.json.
import { createRequire } from 'node:module';
import { transliterate } from 'transliteration';

interface PersonNames {
  /** Countries whose people's names are written family name first in every script. */
  familyFirst: string[];
  /** Countries whose names Russian writes in the Palladius system (ж for r, цз for j/z, чж for zh). */
  palladius: string[];
  /** Articles that may stand before a surname and are not part of its key (al-Safadi, Safadi). */
  article: string[];
  /** Words that belong to the word after them (Ben Salem, von der Leyen, قره إسماعيل). */
  joinNext: string[];
  /** Words that belong to the word before them (جاويش أوغلو for Çavuşoğlu). */
  joinPrevious: string[];
  /** Words after a name that are not part of it (Jr, III, الثالث). */
  dropAtEnd: string[];
  /** How the people of some countries spell names, where it differs from the common reading (Turkish c = dj). */
  orthographies: Array<{
    name: string;
    countries: string[];
    endings?: string[];
    /** The press often drops the letters' marks (Vucic, Cavusoglu): s/š/c/č/ć/ş/ç are one class. */
    mergeSibilants?: boolean;
    latin?: Record<string, string>;
    cyrillic?: Record<string, string>;
  }>;
  /** How each script's letters read in Latin letters (arabic, cyrillic) and Latin letters that keep their sound (š -> sh). */
  letters: { arabic: Record<string, string>; cyrillic: Record<string, string>; latin: Record<string, string> };
  /** Spelling habits folded before the letters are read: ordered [pattern, replacement, why] triples per script. */
  spellings: Record<'arabic' | 'arabicPalladius' | 'cyrillic' | 'cyrillicPalladius', Array<[string, string, string?]>>;
}

const data = createRequire(import.meta.url)('../../lexicon/person-names.json') as PersonNames;
const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
const FAMILY_FIRST = new Set(data.familyFirst);
const PALLADIUS = new Set(data.palladius);
const ARTICLE = lower(data.article);
const JOIN_NEXT = lower(data.joinNext);
const JOIN_PREVIOUS = lower(data.joinPrevious);
const DROP_AT_END = lower(data.dropAtEnd);
const { arabic: ARABIC, cyrillic: CYRILLIC, latin: LATIN } = data.letters;
const spellings = (list: Array<[string, string, string?]>) => list.map(([pattern, to]) => ({ re: new RegExp(pattern, 'gu'), to }));
const SPELLINGS = {
  arabic: spellings(data.spellings.arabic),
  arabicPalladius: spellings(data.spellings.arabicPalladius),
  cyrillic: spellings(data.spellings.cyrillic),
  cyrillicPalladius: spellings(data.spellings.cyrillicPalladius),
};
const respell = (w: string, list: Array<{ re: RegExp; to: string }>) => list.reduce((x, s) => x.replace(s.re, s.to), w);

/** A one-pass rewrite of letter sequences, longest first; a key ending in $ only at the end of the word. */
interface Rewrite { re: RegExp; to: Map<string, string> }
function rewrite(map: Record<string, string> | undefined): Rewrite | undefined {
  if (!map) return undefined;
  const keys = Object.keys(map).sort((a, b) => b.length - a.length);
  const source = keys.map((k) => (k.startsWith('^') ? '^' : '') + escape(k.replace(/^\^|\$$/g, '')) + (k.endsWith('$') ? '$' : '')).join('|');
  return { re: new RegExp(source, 'gu'), to: new Map(keys.map((k) => [k.replace(/^\^|\$$/g, ''), map[k] as string])) };
}
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const apply = (w: string, r: Rewrite | undefined) => (r ? w.replace(r.re, (m) => r.to.get(m) ?? m) : w);

const ORTHOGRAPHY = new Map<string, { latin: Rewrite | undefined; cyrillic: Rewrite | undefined; merge: boolean }>();
for (const o of data.orthographies) for (const c of o.countries) ORTHOGRAPHY.set(c, { latin: rewrite(o.latin), cyrillic: rewrite(o.cyrillic), merge: !!o.mergeSibilants });
// surnames whose ending tells their language, in whatever country (Marchetti in France is read the Italian way)
const BY_ENDING = data.orthographies.flatMap((o) => (o.endings?.length && o.latin ? [{ ending: new RegExp(`(?:${o.endings.map(escape).join('|')})$`), latin: rewrite(o.latin) }] : []));

/** Names of this state are written family name first in every script (person-names.json `familyFirst`). */
export function familyFirst(country: string | null): boolean {
  return !!country && FAMILY_FIRST.has(country);
}

export function latin(name: string): string {
  return transliterate(name).replace(/\s+/g, ' ').trim();
}




const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const CYRILLIC_SCRIPT = /[\u0400-\u04FF]/;
const HAN_SCRIPT = /[\u3400-\u9FFF\uF900-\uFAFF]/;

interface Reading {
  /** Family-first names: every word is keyed, and the Chinese/Korean/Vietnamese sound folds apply. */
  east: boolean;
  palladius: boolean;
  /** The country's spelling of names, when it has one in the data. */
  country: string;
  latin: Rewrite | undefined;
  cyrillic: Rewrite | undefined;
  mergeSibilants: boolean;
}

function reading(country: string | null | undefined): Reading {
  const c = (country ?? '').toUpperCase();
  const o = ORTHOGRAPHY.get(c);
  return { east: FAMILY_FIRST.has(c), palladius: PALLADIUS.has(c), country: c, latin: o?.latin, cyrillic: o?.cyrillic, mergeSibilants: !!o?.merge };
}

/** Words as lower-case Latin letters a-z, run together. */
function plain(words: string, r: Reading): string {
  return words.split(/[\s\u200c]+/).map((w) => plainWord(w, r)).join('');
}

function plainWord(word: string, r: Reading): string {
  let w = word.normalize('NFC').toLowerCase();
  if (ARABIC_SCRIPT.test(w)) {
    w = w.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
    w = respell(w, SPELLINGS.arabic);
    if (r.palladius) w = respell(w, SPELLINGS.arabicPalladius);
    return [...w].map((ch) => ARABIC[ch] ?? '').join('');
  }
  if (CYRILLIC_SCRIPT.test(w)) {
    w = respell(apply(w, r.cyrillic), SPELLINGS.cyrillic);
    if (r.palladius) w = respell(w, SPELLINGS.cyrillicPalladius);
    return [...w].map((ch) => CYRILLIC[ch] ?? ch).join('').replace(/[^a-z]/g, '');
  }
  if (HAN_SCRIPT.test(w)) return transliterate(w).toLowerCase().split(/[^a-z]+/).map((syl) => hanSyllable(syl, r)).join('');
  const origin = BY_ENDING.find((b) => b.ending.test(w));
  w = apply(w, origin ? origin.latin : r.latin);
  w = [...w].map((ch) => LATIN[ch] ?? ch).join('');
  // German and Polish -ow, -ew are the -ov, -ev of other scripts; Mc is Mac
  return transliterate(w).toLowerCase().replace(/[^a-z]/g, '').replace(/(?<=[aeiou])w$/, 'v').replace(/^mc/, 'mk');
}

/**
 * A pinyin syllable of a name written in Han characters. In a Chinese transcription of a foreign name
 * w stands for v (韦 Ve-), a final ng for a nasal vowel or n (朗 -rão), x for s (西 -si-) but for sh
 * before another vowel (夏 -shcha-), and j for g (吉 Gi-);
 * (measured on the gazetteer's names: these readings agree with the other scripts more often than not).
 * A Chinese name keeps its pinyin.
 */
function hanSyllable(syl: string, r: Reading): string {
  if (r.east) return syl;
  return syl.replace(/^w/, 'v').replace(/ng$/, 'n').replace(/^xi(?=[aeou])/, 'sh').replace(/^x/, 's').replace(/^j/, 'g');
}

const keys = new Map<string, string>();

/** The key of one word (or of words run together), read the way people of `country` write names. */
export function phoneticKey(word: string, country?: string | null): string {
  const r = reading(country);
  const memo = `${r.country}|${word}`;
  const hit = keys.get(memo);
  if (hit !== undefined) return hit;
  const key = fold(plain(word, r), r);
  if (keys.size < 100_000) keys.set(memo, key);
  return key;
}

function fold(t: string, r: Reading): string {
  const first = t[0] ?? '';
  let k = t
    .replace(/gu(?=[eiy])/g, 'g') // Verechtchaguine, Vereshchaguin
    .replace(/(shch|schtsch|chtch|sch|tsch|tch|tsh|dzh|dj|ch|sh|zh|j)/g, 'J') // one class of hushing sounds
    .replace(/kh/g, 'h')
    // a final h is often not written in another script (Abdullah, Абдулла; Zadeh, زاده; Saleh, صالح, Салех)
    .replace(/(?<=.)h$/, '')
    .replace(/gh/g, r.east ? 'gh' : 'g') // but pinyin Fenghe, Zhanghanhui are ng-h
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd') // Hadhrami, Randhir
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's');
  if (r.east) {
    // pinyin, Wade-Giles, Palladius, Korean and Vietnamese romanisations: all sibilants and affricates are one
    // class, voicing is not kept apart (b/p, d/t, g/k), ng ends a syllable as n, v and w are glides
    k = k
      .replace(/hs|ts|tz|tr|[xqczs]/g, 'J')
      .replace(/ng(?![aeiou])/g, 'n')
      .replace(/g/g, 'k')
      .replace(/d/g, 't');
    // Chinese names are short: their vowels tell Wang Yi from Wang Wei, and pinyin, Palladius and Arabic
    // write them alike once reduced to three classes (a; o/u/w; i/y), e left out as Arabic leaves it out,
    // and ü after a sibilant read as u (Xu, Сюй, شو)
    if (r.palladius) k = k.replace(/J[iy]*[uwv]/g, 'Ju').replace(/a/g, 'A').replace(/[ouwv]/g, 'U').replace(/[iy]/g, 'I').replace(/e/g, '');
    else k = k.replace(/[vw]/g, '');
  } else {
    // Chinese transcriptions write r and l alike (鲁比奥 Rubio, 卡内尔 Canel)
    k = k.replace(/x/g, 'ks').replace(/ts|tz/g, 's').replace(/r/g, 'l');
    if (r.mergeSibilants) k = k.replace(/[Jz]/g, 's');
  }
  k = k
    .replace(/[aeiouyw]/g, '')
    .replace(/v/g, 'f')
    .replace(/p/g, 'b')
    .replace(/z/g, 's')
    .replace(/[qc]/g, 'k')
    .replace(/(.)\1+/g, '$1')
    .toLowerCase();
  // a name that starts with a vowel keeps it (Arabic script writes it as alif); romanised East Asian
  // syllables start with y or w where other scripts write the vowel, so there it is left out
  return !r.east && /[aeiou]/.test(first) ? `a${k}` : k;
}

export function slug(name: string): string {
  return latin(name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The words of a name, a name particle joined to its neighbour ("Ben Salem" is one word, as "Bensalem"). */
export function nameWords(name: string): string[] {
  const raw = name.split(/[\s·•・‧\-‐]+/).filter(Boolean);
  const out: string[] = [];
  let pending = '';
  for (const w of raw) {
    const low = w.toLowerCase();
    // joined by a zero-width non-joiner, so each part is still read as a word (the final ه of قره)
    if (JOIN_PREVIOUS.has(low) && out.length && !pending) { out[out.length - 1] += `\u200c${w}`; continue; }
    if (JOIN_NEXT.has(low)) { pending += `${w}\u200c`; continue; }
    out.push(pending + w);
    pending = '';
  }
  if (pending) out.push(pending.slice(0, -1));
  while (out.length > 1 && DROP_AT_END.has((out[out.length - 1] as string).toLowerCase())) out.pop();
  return out;
}

/** A surname without the article in front (al-Safadi, الصفدي, аль-Сафади -> Safadi). */
function withoutArticle(word: string): string {
  const low = word.toLowerCase();
  for (const a of ARTICLE) {
    if (word.length <= a.length + 2) continue;
    if (low.startsWith(`${a}-`)) return word.slice(a.length + 1);
    // Arabic writes the article joined to the word
    if (ARABIC_SCRIPT.test(a) && low.startsWith(a)) return word.slice(a.length);
  }
  return word;
}

/**
 * The id of a person the gazetteer does not know: country plus the key of the surname, or of the whole
 * name for people of countries whose names are written family name first (林浩然, Lin Haoran, Линь Хаожань).
 */
export function unknownOfficialId(name: string, country: string | null): string {
  const east = FAMILY_FIRST.has((country ?? '').toUpperCase());
  const words = nameWords(name).filter((w, i, all) => east || !(ARTICLE.has(w.toLowerCase()) && i < all.length - 1));
  const part = east ? words.join(' ') : withoutArticle(words[words.length - 1] ?? name);
  const key = phoneticKey(part, country) || slug(part) || 'x';
  return `${(country ?? 'xx').toLowerCase()}-${key}`;
}
