// Finds lexicon terms in normalised text and maps them back to original offsets, checking word
// boundaries, clitic prefixes, endings and stems (rules 2-8 of src/lexicon/FORMAT.md).
import type { Lexicon } from '../../lexicon/index.ts';
import type { Sense } from '../../lexicon/types.ts';
import type { NormalizedText } from '../normalize/index.ts';

export interface Token {
  /** Original offsets, end exclusive. */
  start: number;
  end: number;
  /** Normalised offsets. */
  nStart: number;
  nEnd: number;
  text: string;
  senses: Sense[];
  /** The clitic glued before the term (normalised), or ''. */
  prefix: string;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD.test(ch);
}

export function matchTerms(original: string, norm: NormalizedText, lex: Lexicon): Token[] {
  const text = norm.text;
  const found: Token[] = [];
  for (const m of lex.automaton.matchInText(text)) {
    const entries = lex.terms.get(m.keyword);
    if (!entries) continue;
    const { begin, end } = m;
    let prefix = '';
    let leftOk = true;
    let exactRight = true;
    let suffixEnd = end;
    let stemEnd = end;
    let ending = '';
    if (lex.wordBoundaries) {
      if (begin > 0 && isWordChar(text[begin - 1])) {
        let ws = begin - 1;
        while (ws > 0 && isWordChar(text[ws - 1]) && begin - ws <= lex.maxAffix) ws--;
        const p = text.slice(ws, begin);
        leftOk = (ws === 0 || !isWordChar(text[ws - 1])) && lex.prefixes.has(p);
        if (leftOk) prefix = p;
      }
      if (!leftOk) continue;
      // a term that itself starts or ends mid-word (e.g. with an apostrophe) is fine as written
      if (end < text.length && isWordChar(text[end]) && isWordChar(text[end - 1])) {
        exactRight = false;
        let we = end;
        while (we < text.length && isWordChar(text[we])) we++;
        stemEnd = we;
        ending = text.slice(end, we);
        if (lex.suffixes.has(ending)) suffixEnd = we;
        else suffixEnd = -1;
      }
    }
    const senses: Sense[] = [];
    let tokenEnd = end;
    for (const e of entries) {
      // names take only clitics without the article and only the language's name endings,
      // so a surname never fires inside a common word ("سلام" in "السلامة")
      if (e.sense.type === 'official') {
        if (prefix && (prefix.length > 1 && lex.article && prefix.endsWith(lex.article.slice(-1)))) continue;
        if (!exactRight && !lex.nameSuffixes.has(text.slice(end, stemEnd))) continue;
        senses.push(e.sense);
        if (!exactRight) tokenEnd = Math.max(tokenEnd, stemEnd);
        continue;
      }
      // a plain word counts only as written, whole, and then stands for nothing (see pickLongest)
      if (e.sense.type === 'plain') {
        if (!prefix && exactRight) senses.push(e.sense);
        continue;
      }
      if (e.stem) {
        senses.push(e.sense);
        tokenEnd = Math.max(tokenEnd, stemEnd);
        continue;
      }
      // a bound form ("سيادت") stands only before an ending ("سيادتها")
      if (e.bound && (exactRight || suffixEnd < 0)) continue;
      // a kind of term with its own clitics and endings (ar verbs: no article, no nisba ending)
      const own = lex.senseAffixes.get(e.sense.type);
      if (own?.prefixes && prefix && !own.prefixes.has(prefix)) continue;
      if (own?.suffixes && !exactRight) {
        if (!own.suffixes.has(ending)) continue;
        senses.push(e.sense);
        tokenEnd = Math.max(tokenEnd, stemEnd);
        continue;
      }
      if (!exactRight && suffixEnd < 0) continue;
      if (e.acronym) {
        const s = norm.starts[begin] as number;
        const t = norm.ends[end - 1] as number;
        if (original.slice(s, t) !== e.acronym) continue;
      }
      senses.push(e.sense);
      if (!exactRight) tokenEnd = Math.max(tokenEnd, suffixEnd);
    }
    if (!senses.length) continue;
    const start = norm.starts[begin] as number;
    const stop = norm.ends[tokenEnd - 1] as number;
    found.push({ start, end: stop, nStart: begin, nEnd: tokenEnd, text: original.slice(start, stop), senses, prefix });
  }
  return pickLongest(found);
}

const senseKeys = new WeakMap<Sense, string>();
/** A sense's content as a string, to tell equal senses of two lexicon entries apart from different ones. */
function senseKey(sense: Sense): string {
  let key = senseKeys.get(sense);
  if (key === undefined) senseKeys.set(sense, (key = JSON.stringify(sense)));
  return key;
}

/**
 * Overlapping matches: the longest wins, then the earliest. Matches of exactly the same span are one
 * token with the senses of all ("tariffs" as a topic through tariff+s and as an event cue as written).
 * A span that is a plain word (`plainWords`) yields no token.
 */
function pickLongest(tokens: Token[]): Token[] {
  tokens.sort((a, b) => b.nEnd - b.nStart - (a.nEnd - a.nStart) || a.nStart - b.nStart);
  const taken: Token[] = [];
  const bySpan = new Map<string, Token>();
  const used = new Uint8Array(tokens.reduce((m, t) => Math.max(m, t.nEnd), 0) + 1);
  for (const t of tokens) {
    const same = bySpan.get(`${t.nStart}:${t.nEnd}`);
    if (same) {
      for (const s of t.senses) if (!same.senses.some((x) => x === s || senseKey(x) === senseKey(s))) same.senses.push(s);
      continue;
    }
    let free = true;
    for (let i = t.nStart; i < t.nEnd; i++) if (used[i]) { free = false; break; }
    if (!free) continue;
    for (let i = t.nStart; i < t.nEnd; i++) used[i] = 1;
    taken.push(t);
    bySpan.set(`${t.nStart}:${t.nEnd}`, t);
  }
  // a plain word blocks every reading of its span and of what lies inside it, and is no token itself
  return taken.filter((t) => !t.senses.some((s) => s.type === 'plain')).sort((a, b) => a.start - b.start);
}
