// Officials the gazetteer lacks, found next to titles: "Kyrgyz Foreign Minister Ruslan Kazakbaev",
// "وزير الخارجية الصيني وانغ يي", "his Kyrgyz counterpart X", "X, Kyrgyzstan's foreign minister".
// Also title phrases without a name ("the Chinese foreign minister"), kept for coreference.
import type { Lexicon } from '../../lexicon/index.ts';
import type { Sense } from '../../lexicon/types.ts';
import { normalizeTerm } from '../normalize/index.ts';
import { foldedSet } from '../normalize/words.ts';
import { isWordChar, type Token } from './match.ts';

export interface PersonMention {
  start: number;
  end: number;
  text: string;
  /** Gazetteer id when known. */
  id: string | null;
  roles: string[];
  country: string | null;
  /** True when the mention is a title phrase alone ("the Chinese foreign minister"). */
  titleOnly: boolean;
  /** Where the title phrase (if any) starts, for statement spans. */
  groupStart: number;
}

const has = (t: Token | undefined, type: Sense['type']) => !!t && t.senses.some((s) => s.type === type);
const countryOf = (t: Token | undefined): string | null => {
  const s = t?.senses.find((x) => x.type === 'country');
  return s && s.type === 'country' && s.form !== 'capital' ? s.code : null;
};

const capitalOf = (t: Token | undefined): string | null => {
  const s = t?.senses.find((x) => x.type === 'country' && x.form === 'capital');
  return s && s.type === 'country' ? s.code : null;
};

export function findTitledPeople(text: string, tokens: Token[], lex: Lexicon): PersonMention[] {
  const byStart = new Map<number, number>();
  tokens.forEach((t, i) => byStart.set(t.start, i));
  const out: PersonMention[] = [];
  const links = new Set(lex.data.titleLinks ?? []);
  const hosts = new Set((lex.data.titleHosts ?? []).map((w) => w.toLowerCase()));
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!has(t, 'title') && !has(t, 'counterpart')) { i++; continue; }
    const roles: string[] = [];
    let country: string | null = null;
    let groupStart = t.start;
    // a country right before the title: "Kyrgyz Foreign Minister", "China's foreign minister"
    const prev = tokens[i - 1];
    if (prev && countryOf(prev) && onlyGlue(text.slice(prev.end, t.start))) {
      country = countryOf(prev);
      groupStart = prev.start;
    }
    let j = i;
    let pos = t.start;
    let official: Token | null = null;
    let nameFrom: number | null = null;
    let consumedEnd = t.end;
    for (;;) {
      const cur = tokens[j] as Token | undefined;
      if (!cur || cur.start !== pos) break;
      const title = cur.senses.find((s) => s.type === 'title');
      if (title && title.type === 'title') { if (!roles.includes(title.role)) roles.push(title.role); }
      else if (has(cur, 'counterpart')) { /* a counterpart behaves like a title */ }
      // scripts without spaces put the country before the title (尼加拉瓜外长蒙卡达): a country form right
      // after a title is the start of a transliterated name (蒙 + 卡达), not the title's country
      else if (countryOf(cur) && !has(cur, 'official') && (lex.wordBoundaries || !roles.length)) country = countryOf(cur);
      else if (has(cur, 'institution') && roles.includes('spokesperson')) { /* "spokesperson of the foreign ministry" */ }
      else if (has(cur, 'joinWord') && (has(tokens[j + 1], 'title') || has(tokens[j + 1], 'counterpart'))) { /* "X and Y Minister" */ }
      else if (has(cur, 'official')) {
        // a gazetteer surname or first name followed by another capitalised word is someone else's
        // full name ("Don Farrell" is not Don Pramudwinai)
        const shortOnly = cur.senses.every((s) => s.type !== 'official' || s.short);
        const next = wordAt(text, skipSpace(text, cur.end));
        const nextWord = next ? text.slice(next.start, next.end) : '';
        // uncased scripts: the next word goes on the name when no known term starts in it and it is no stop word
        // and has no article (تشو مينغ هاو, but not تبون الشفاء or تبون وماكرون)
        // (a stop word does not continue a name, though a line in capitals capitalises it: "PUTİN İLE")
        const continues = !!next && (lex.cased
          ? /^\p{Lu}/u.test(nextWord) && !isStop(nextWord, lex)
          : lex.wordBoundaries && !tokens.some((x) => x.start >= next.start && x.start < next.end) && !isStop(nextWord, lex) && !/\d/.test(nextWord) && !(lex.data.article && startsWithArticle(nextWord, lex)));
        if (!(shortOnly && continues)) official = cur;
        else nameFrom = cur.start; // the unknown full name starts at the shared surname
        break;
      }
      else break;
      consumedEnd = cur.end;
      pos = skipSpace(text, cur.end);
      // "Minister of Foreign Affairs of Kyrgyzstan": a linking word then a country, or the seat that stands for
      // its state ("le porte-parole du Kremlin", "du Quai d'Orsay")
      const w = wordAt(text, pos);
      if (w && links.has(text.slice(w.start, w.end).toLowerCase())) {
        const k = byStart.get(skipSpace(text, w.end));
        if (k !== undefined && countryOf(tokens[k])) { pos = (tokens[k] as Token).start; j = k; continue; }
        const seat = k !== undefined && !has(tokens[k], 'official') ? capitalOf(tokens[k]) : null;
        if (seat && roles.length) { country = seat; consumedEnd = (tokens[k as number] as Token).end; pos = skipSpace(text, consumedEnd); const after = byStart.get(pos); if (after === undefined) { j = k as number; break; } j = after; continue; }
      }
      // "encargada de negocios de Israel en España, Dana Erlich": the host state is not the envoy's; nor is the
      // capital that stands for it ("российского посла в Братиславе Алексея Федотова")
      if (w && hosts.has(text.slice(w.start, w.end).toLowerCase()) && roles.length) {
        const k = byStart.get(skipSpace(text, w.end));
        // the host may be named by its capital ("سفيرة كندا لدى موسكو X")
        if (k !== undefined && (countryOf(tokens[k]) || capitalOf(tokens[k])) && !has(tokens[k], 'official')) {
          consumedEnd = (tokens[k] as Token).end;
          pos = skipSpace(text, consumedEnd);
          const after = byStart.get(pos);
          if (after === undefined) { j = k; break; }
          j = after;
          continue;
        }
      }
      const k = byStart.get(pos);
      if (k === undefined) break;
      j = k;
    }
    // an honorific between the title and a known name: "وزير الخارجية الكويتي معالي الشيخ سالم ..."
    if (!official && roles.length && nameFrom === null) {
      const at = skipHonorifics(text, skipSpace(text, tokens[j]?.start === pos ? (tokens[j] as Token).end : pos), lex);
      const k = byStart.get(at);
      if (k !== undefined && k > j && has(tokens[k], 'official') && at - consumedEnd <= 30) { official = tokens[k] as Token; j = k; }
      // a gazetteer name in apposition, by its full name: "la ministre des Affaires étrangères française, Catherine Colonna"
      const comma = lex.cased && !official ? /^[ \t]*,[ \t]*/u.exec(text.slice(consumedEnd, consumedEnd + 8)) : null;
      const kc = comma ? byStart.get(skipHonorifics(text, consumedEnd + comma[0].length, lex)) : undefined;
      // (not a pairing list: "los ministros de Exteriores de Honduras, Eduardo Reina, y China, Qin Gang")
      const pairing = kc !== undefined && has(tokens[kc + 1], 'joinWord') && /^[ \t]*,[ \t]*$/u.test(text.slice((tokens[kc] as Token).end, (tokens[kc + 1] as Token).start));
      if (kc !== undefined && kc > j && !pairing && (tokens[kc] as Token).senses.some((x) => x.type === 'official' && !x.short)) { official = tokens[kc] as Token; j = kc; }
    }
    // comma apposition of a gazetteer name: "the foreign minister, Roberto Ampuero, said": the title is his
    // (closed by a comma or the sentence's end, so "the minister, Alvarado Pérez" stays someone else)
    if (!official && roles.length && nameFrom === null && lex.cased) {
      const m = /^[ \t]*,[ \t]*/u.exec(text.slice(consumedEnd, consumedEnd + 8));
      const k = m ? byStart.get(consumedEnd + m[0].length) : undefined;
      const cand = k !== undefined ? tokens[k] as Token : undefined;
      if (cand && k! > j && has(cand, 'official') && /^[ \t]*(?:,|[.;](?:\s|$)|$)/u.test(text.slice(cand.end, cand.end + 4))) {
        const ofCountry = !country || cand.senses.some((x) => x.type === 'official' && (lex.officials.get(x.id)?.country === country || (lex.officials.get(x.id)?.roles ?? []).some((r) => r.country === country)));
        if (ofCountry) { official = cand; j = k!; }
      }
    }
    const last = tokens[j] as Token;
    const groupEnd = official ? official.start : consumedEnd;
    if (official) {
      // namesakes (雷纳: Angela Rayner and Eduardo Enrique Reina): the one serving the title's state
      const serves = (x: Sense) => x.type === 'official' && !!country && (lex.officials.get(x.id)?.country === country || (lex.officials.get(x.id)?.roles ?? []).some((r) => r.country === country));
      const s = official.senses.find(serves) ?? official.senses.find((x) => x.type === 'official');
      out.push({ start: official.start, end: official.end, text: official.text, id: s && s.type === 'official' ? s.id : null, roles, country, titleOnly: false, groupStart });
      i = j + 1;
      continue;
    }
    const glued = tokens[j]?.start === pos && !(lex.wordBoundaries === false && roles.length && countryOnly(tokens[j]));
    const namePos = nameFrom ?? skipHonorifics(text, skipPortfolio(text, skipSpace(text, glued ? last.end : pos), lex), lex);
    // a title that names both sides ("الوزيران", "the two ministers") is followed by what they did, not by a name
    const both = has(t, 'bothSides') && roles.length === 1;
    let name = both ? null : lex.cased ? readCasedName(text, namePos, tokens, byStart, lex) : readUncasedName(text, namePos, tokens, byStart, lex);
    // comma apposition: "the Senegalese foreign minister, Ousmane Sarr, said": the name between commas
    if (!name && lex.cased && (roles.length || has(t, 'counterpart'))) name = readAppositiveName(text, consumedEnd, tokens, byStart, lex, country);
    // uncased scripts: the name between commas ("المتحدث باسم الرئاسة المصرية، بسام راضي، قد نشر")
    if (!name && !lex.cased && lex.wordBoundaries && !both && roles.length) {
      const m = /^[ \t]*[،,][ \t]*/u.exec(text.slice(consumedEnd, consumedEnd + 6));
      const inner = m ? readUncasedName(text, skipHonorifics(text, consumedEnd + m[0].length, lex), tokens, byStart, lex) : null;
      if (inner && /^[ \t]*[،,]/u.test(text.slice(inner.end, inner.end + 4))) name = inner;
    }
    if (name && roles.length + (has(t, 'counterpart') ? 1 : 0) > 0) {
      out.push({ start: name.start, end: name.end, text: text.slice(name.start, name.end), id: null, roles, country, titleOnly: false, groupStart });
    } else if (roles.length) {
      // apposition: "Ruslan Kazakbaev, Kyrgyzstan's foreign minister"
      const before = lex.cased ? readNameBeforeComma(text, groupStart, tokens, lex) : lex.wordBoundaries ? readUncasedNameBefore(text, groupStart, tokens, lex) : null;
      if (before) out.push({ ...before, text: text.slice(before.start, before.end), id: null, roles, country, titleOnly: false, groupStart: before.start });
      else out.push({ start: groupStart, end: Math.max(groupEnd, t.end), text: text.slice(groupStart, Math.max(groupEnd, t.end)), id: null, roles, country, titleOnly: true, groupStart });
    } else if (country && has(t, 'counterpart')) {
      // "avec son homologue français" and no name: a reference to that state's person, like a title
      out.push({ start: groupStart, end: Math.max(groupEnd, t.end), text: text.slice(groupStart, Math.max(groupEnd, t.end)), id: null, roles, country, titleOnly: true, groupStart });
    }
    i = Math.max(i + 1, j + (name ? 1 : 0));
  }
  return out;
}

/** Stop words are stored normalised (src/lexicon/FORMAT.md rule 1), so words are compared the same way. */
function isStop(word: string, lex: Lexicon): boolean {
  return lex.stopwords.has(normalizeTerm(word, lex.rules));
}

function onlyGlue(between: string): boolean {
  return /^(\s*|'s\s+|’s\s+|\s*-\s*)$/u.test(between);
}

function skipSpace(text: string, pos: number): number {
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\u00a0')) pos++;
  return pos;
}

interface Span { start: number; end: number }

export function wordAt(text: string, pos: number): Span | null {
  if (!isWordChar(text[pos])) return null;
  let end = pos;
  while (end < text.length && (isWordChar(text[end]) || ((text[end] === '-' || text[end] === "'" || text[end] === '’') && isWordChar(text[end + 1])))) end++;
  return { start: pos, end };
}

function readCasedName(text: string, pos: number, tokens: Token[], byStart: Map<number, number>, lex: Lexicon): Span | null {
  let start = -1;
  let end = -1;
  let words = 0;
  let p = pos;
  while (words < 4) {
    const w = wordAt(text, p);
    if (!w) break;
    const word = text.slice(w.start, w.end);
    const k = byStart.get(w.start);
    // a gazetteer surname may be part of another person's full name ("Penny Wong" vs Lawrence Wong)
    const known = k !== undefined && !(tokens[k] as Token).senses.every((s) => s.type === 'stopword' || (s.type === 'official' && s.short));
    const lower = word.toLowerCase();
    if (isStop(word, lex) && words > 0) break;
    if (/^\p{Lu}/u.test(word) && !known && !isStop(word, lex)) {
      if (start < 0) start = w.start;
      end = w.end;
      words++;
    } else if (words > 0 && lex.nameParticles.has(lower)) {
      // a particle must be followed by another capitalised word to count
    } else break;
    // an initial ("P.B. Jayasundera", "Antony J. Blinken") goes on with the name when a capitalised word follows
    const initial = lex.cased && /^\p{Lu}$/u.test(word) && text[w.end] === '.' && /^[ \t]*\p{Lu}/u.test(text.slice(w.end + 1, w.end + 4));
    p = skipSpace(text, initial ? w.end + 1 : w.end);
  }
  return start >= 0 ? { start, end } : null;
}

/** A title's portfolio (`titlePortfolios` word and the word after it: "للشؤون السياسية") between the title and the name. */
function skipPortfolio(text: string, pos: number, lex: Lexicon): number {
  const words = lex.data.titlePortfolios ?? [];
  if (!words.length) return pos;
  const w = wordAt(text, pos);
  if (!w || !words.some((x) => normalizeTerm(x, lex.rules) === normalizeTerm(text.slice(w.start, w.end), lex.rules))) return pos;
  const next = wordAt(text, skipSpace(text, w.end));
  return next && next.start > w.end ? skipSpace(text, next.end) : pos;
}

function skipHonorifics(text: string, pos: number, lex: Lexicon): number {
  const honorifics = new Set((lex.data.honorifics ?? []).map((h) => h.toLowerCase()));
  // honorifics of several words or with inner dots ("Son Excellence", "S.E.M."), longest first
  const phrases = [...honorifics].filter((h) => /[\s.]./u.test(h)).sort((a, b) => b.length - a.length);
  let adjectives = lex.cased ? 0 : 1;
  for (let n = 0; n < 3; n++) {
    const phrase = phrases.find((h) => text.slice(pos, pos + h.length).toLowerCase() === h && !isWordChar(text[pos + h.length]));
    if (phrase) { pos = skipSpace(text, pos + phrase.length); continue; }
    const w = wordAt(text, pos);
    if (!w) break;
    const word = text.slice(w.start, w.end);
    // uncased scripts: one adjective with the article may stand between title and name ("الفيدرالية")
    if (adjectives > 0 && lex.data.article && startsWithArticle(word, lex) && !isStop(word, lex)) {
      const next = wordAt(text, skipSpace(text, w.end));
      if (next && honorifics.has(text.slice(next.start, next.end).toLowerCase())) { adjectives--; pos = skipSpace(text, w.end); continue; }
    }
    if (!honorifics.has(word.replace(/\.$/, '').toLowerCase())) break;
    pos = skipSpace(text, text[w.end] === '.' ? w.end + 1 : w.end);
  }
  return pos;
}

/**
 * Scripts without capitals: two or three words up to a stop word, punctuation or a known term.
 * One word alone is too often a verb or an adjective, and a first word with the article is never a name.
 */
function readUncasedName(text: string, pos: number, tokens: Token[], byStart: Map<number, number>, lex: Lexicon): Span | null {
  if (!lex.wordBoundaries) return readUnspacedName(text, pos, tokens, byStart, lex);
  let start = -1;
  let end = -1;
  let p = pos;
  let count = 0;
  for (let words = 0; words < 3; words++) {
    const w = wordAt(text, p);
    if (!w || /\d/.test(text[w.start] as string)) break;
    // a known term ends the name, except another person's surname inside it (باكيت عثمان علييف)
    const k = byStart.get(w.start);
    if (k !== undefined && !surnameOnly(tokens[k] as Token, w)) break;
    // a term after a clitic ("وأعربت": و + a reporting verb) ends the name too
    if (k === undefined && count >= 2 && tokens.some((x) => x.start > w.start && x.start < w.end && x.senses.some((y) => y.type === 'reportVerb' || y.type === 'kind'))) break;
    const word = text.slice(w.start, w.end);
    if (isStop(word, lex) && !(count > 0 && asWrittenName(text, word, w, lex))) break;
    if (words === 0 && lex.data.article && startsWithArticle(word, lex)) return null;
    if (start < 0) start = w.start;
    end = w.end;
    count++;
    // particles do not count towards the three words (محمد بن سلمان آل سعود, أحمد قره إسماعيل أوغلو)
    if (count > 1 && lex.nameParticles.has(normalizeTerm(word, lex.rules))) words--;
    p = skipSpace(text, w.end);
    if (p === w.end) break;
  }
  return count >= 2 ? { start, end } : null;
}

/**
 * A name word that folds to a stop word (`nameWordsAsWritten`, ar "علي" and the preposition "على") is a name
 * word when written so inside a name, before a plain word with the article (a family name: "ضيف الله علي الفايز").
 */
function asWrittenName(text: string, word: string, w: Span, lex: Lexicon): boolean {
  if (!(lex.data.nameWordsAsWritten ?? []).includes(word)) return false;
  const next = wordAt(text, skipSpace(text, w.end));
  if (!next || next.start === w.end) return false;
  const nextWord = text.slice(next.start, next.end);
  return !!lex.data.article && nextWord.startsWith(lex.data.article) && !isStop(nextWord, lex);
}

/** A token that is nothing but a gazetteer surname or first name, spanning exactly one word. */
function surnameOnly(t: Token, w: Span): boolean {
  return t.start === w.start && t.end === w.end && shortOfficialOnly(t);
}

function shortOfficialOnly(t: Token): boolean {
  return t.senses.length > 0 && t.senses.every((s) => s.type === 'official' && s.short);
}

function startsWithArticle(word: string, lex: Lexicon): boolean {
  const article = lex.data.article ?? '';
  if (word.startsWith(article)) return true;
  for (const p of lex.prefixes) if (p.length <= 2 && word.startsWith(p + article)) return true;
  return word.startsWith(article.slice(-1).repeat(2));
}

const stopwordsByFirst = new WeakMap<Lexicon, Map<string, string[]>>();

/** Whether a stop word starts at `at` (compared normalised; only those starting with the folded character are tried). */
function stopwordAt(text: string, at: number, lex: Lexicon): boolean {
  let index = stopwordsByFirst.get(lex);
  if (!index) {
    index = new Map();
    for (const w of lex.stopwords) {
      if (!w) continue;
      const first = String.fromCodePoint(w.codePointAt(0)!);
      index.set(first, [...(index.get(first) ?? []), w]);
    }
    stopwordsByFirst.set(lex, index);
  }
  const code = text.codePointAt(at);
  if (code === undefined) return false;
  const folded = normalizeTerm(String.fromCodePoint(code), lex.rules);
  const candidates = index.get(folded.length ? String.fromCodePoint(folded.codePointAt(0)!) : '');
  if (!candidates) return false;
  for (const w of candidates) if (normalizeTerm(text.slice(at, at + w.length), lex.rules) === w) return true;
  return false;
}

const countryOnly = (t: Token | undefined) => !!t && t.senses.length > 0 && t.senses.every((s) => s.type === 'country' && s.form !== 'side');

function readUnspacedName(text: string, pos: number, tokens: Token[], byStart: Map<number, number>, lex: Lexicon): Span | null {
  let end = pos;
  // eight characters at most per part of a name (foreign names are parts joined by a dot, Taiwanese ‧)
  let part = 0;
  while (end < text.length && part < 8 && end - pos < 20) {
    const ch = text[end] as string;
    const dot = ch === '·' || ch === '•' || ch === '‧';
    // a digit is never part of a name: "温家宝3日在…", "发言人13日表示" (the day follows the name or the title)
    if (!(isWordChar(ch) || dot) || /\p{Nd}/u.test(ch)) break;
    part = dot ? 0 : part + 1;
    // a known term ends the name, except a country form inside a transliteration (蒙卡达 holds 蒙 and 卡达)
    // nor another official's surname that opens a part after the dot (保罗·雷森德·法里亚斯 holds 法里亚)
    // no name opens on a known term other than a country form or a surname ("外长会谈联合新闻稿" is no name)
    if (end === pos) {
      const first = byStart.get(pos);
      if (first !== undefined && !countryOnly(tokens[first]) && !shortOfficialOnly(tokens[first] as Token)) break;
    }
    const k = end > pos ? byStart.get(end) : undefined;
    const afterDot = end > pos && /[·•‧]/.test(text[end - 1] as string);
    if (k !== undefined && !countryOnly(tokens[k]) && !(afterDot && shortOfficialOnly(tokens[k] as Token))) break;
    // stop words are stored normalised (Traditional 與/對/於 fold like their Simplified forms)
    if (stopwordAt(text, end, lex)) break;
    end++;
  }
  return end - pos >= 2 ? { start: pos, end } : null;
}

function readNameBeforeComma(text: string, groupStart: number, tokens: Token[], lex: Lexicon): Span | null {
  const before = text.slice(Math.max(0, groupStart - 80), groupStart);
  // (the title after the comma may open with the language's article: "Wang Yi, the foreign minister")
  const m = /((?:[\p{L}'’-]+[ \t]+){0,5}\p{Lu}[\p{L}'’-]+),[ \t]*(?:([\p{L}'’]+)[ \t]+)?$/u.exec(before);
  if (!m || !m[1]) return null;
  if (m[2] && !(lex.data.articles ?? []).some((a) => normalizeTerm(a, lex.rules) === normalizeTerm(m[2] as string, lex.rules))) return null;
  // up to four Capitalised words, a lower-case particle between two of them ("Alberto van Klaveren",
  // "Ursula von der Leyen"); the name starts at its first Capitalised word
  const all = [...m[1].matchAll(/[^ \t]+/gu)];
  let from = all.length - 1;
  let caps = 1;
  for (let k = all.length - 2; k >= 0 && caps < 4; k--) {
    const w = (all[k] as RegExpMatchArray)[0];
    if (/^\p{Lu}/u.test(w)) { from = k; caps++; continue; }
    if (!lex.nameParticles.has(normalizeTerm(w, lex.rules))) break;
  }
  const words = all.slice(from).map((w) => w[0]);
  if (words.some((w) => /^\p{Lu}/u.test(w) && isStop(w, lex))) return null;
  const start = groupStart - (before.length - m.index) + ((all[from] as RegExpMatchArray).index ?? 0);
  const end = groupStart - (before.length - m.index) + m[1].length;
  // a state ends the sentence's first part ("... military cooperation with Russia, the ministers agreed"): no name
  if (tokens.some((t) => t.start < end && t.end > start && t.senses.some((x) => x.type === 'country'))) return null;
  // the end of a gazetteer name the text spells otherwise ("Cheikh Nawaf Al-Ahmad AL Jaber AL-SABAH, Emir"): that person's, no new one
  if (tokens.some((t) => t.start < end && t.end > start && has(t, 'official'))) return null;
  return { start, end };
}

/**
 * Uncased scripts with spaces put a title after the name ("وصرح سلطان محمد الشامسي مساعد وزير الخارجية"):
 * two or three plain words right before the title, opened by a reporting verb, punctuation or the line's
 * start (so that where the name begins is known), none a known term, a stop word or a number, and the first
 * without the article.
 */
function readUncasedNameBefore(text: string, groupStart: number, tokens: Token[], lex: Lexicon): Span | null {
  const covered = (a: number, b: number) => tokens.find((t) => t.start < b && t.end > a);
  const honorifics = foldedSet(lex, 'honorifics', (d) => d.honorifics);
  // a title after a clitic ("للسفير") has no name before it
  if (groupStart > 0 && isWordChar(text[groupStart - 1])) return null;
  let p = groupStart;
  // a name set off by a comma before its title, opened by an honorific or a reporting verb
  // ("وصرح المستشار أحمد حافظ، المتحدث الرسمي باسم ...")
  let comma = false;
  {
    let q = p;
    while (q > 0 && (text[q - 1] === ' ' || text[q - 1] === '\u00a0')) q--;
    if (q > 0 && (text[q - 1] === '،' || text[q - 1] === ',')) { comma = true; p = q - 1; }
  }
  let start = -1;
  let end = -1;
  let count = 0;
  for (;;) {
    let q = p;
    while (q > 0 && (text[q - 1] === ' ' || text[q - 1] === '\u00a0')) q--;
    if (q === p && p !== groupStart && !(comma && count === 0)) return null;
    if (q === 0 || !isWordChar(text[q - 1])) {
      // the line's start or punctuation opens the name (after a comma, only a verb or an honorific does)
      if (comma || (q > 0 && !/[\n.,:;!?،؛«"“(–-]/u.test(text[q - 1] as string))) return null;
      break;
    }
    let w = q;
    while (w > 0 && isWordChar(text[w - 1])) w--;
    const word = text.slice(w, q);
    if (count >= 2 && honorifics.has(normalizeTerm(word, lex.rules))) break;
    const t = covered(w, q);
    if (t || isStop(word, lex) || /\d/.test(word)) {
      // a reporting verb right before opens the name ("وصرح X ..."); anything else leaves its start unknown
      // (or an event verb: "استدعت X السفير الإيراني")
      if (!t || !t.senses.some((x) => x.type === 'reportVerb' || x.type === 'participle' || (x.type === 'event' && t.end === q))) return null;
      break;
    }
    if (count === 3) return null;
    if (end < 0) end = q;
    start = w;
    count++;
    p = w;
  }
  if (count < 2 || startsWithArticle(text.slice(start, text.indexOf(' ', start) < 0 ? end : Math.min(end, text.indexOf(' ', start))), lex)) return null;
  return { start, end };
}

/** "<title>, Ousmane Sarr, said": a capitalised name right after the title's comma, closed by a comma or the sentence's end. */
function readAppositiveName(text: string, titleEnd: number, tokens: Token[], byStart: Map<number, number>, lex: Lexicon, country: string | null): Span | null {
  const m = /^[ \t]*,[ \t]*/u.exec(text.slice(titleEnd, titleEnd + 8));
  if (!m) return null;
  // an honorific may open the apposition ("son homologue koweïtien, Son Excellence Monsieur X"); it marks a name
  const from = skipHonorifics(text, titleEnd + m[0].length, lex);
  const honoured = from > titleEnd + m[0].length;
  const name = readCasedName(text, from, tokens, byStart, lex);
  if (!name || !/\s/.test(text.slice(name.start, name.end))) return null;
  // a gazetteer name (even misspelt in part: "Abdelamdjid Tebboune") is left to the gazetteer
  // but a surname shared with a gazetteer official of another state ("Carmen Alvarado" under a Chilean
  // title) or a first name ("Martin Kessler") is the new person's
  for (let k = byStart.get(name.start) ?? 0; k < tokens.length && (tokens[k] as Token).start < name.end; k++) {
    const t = tokens[k] as Token;
    if (t.start < name.start) continue;
    for (const s of t.senses) {
      if (s.type !== 'official') continue;
      if (!s.short) return null;
      const theirs = lex.officials.get(s.id)?.country ?? null;
      if (t.end === name.end && (!country || theirs === country)) return null;
    }
  }
  // closed by a comma, or by the end of the sentence (", a indiqué le ministre belge des Affaires étrangères, Maxime Prévot.")
  return honoured || /^[ \t]*(?:,|[.;](?:\s|$)|$)/u.test(text.slice(name.end, name.end + 4)) ? name : null;
}
