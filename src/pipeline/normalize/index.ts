// Folds text for matching only (case, diacritics, per-language letter variants) and keeps, for
// every folded character, where it came from, so matches map back to exact original offsets.

export interface NormalizeRules {
  map: Map<string, string>;
  drop: Set<string>;
}

export interface NormalizedText {
  text: string;
  /** For each UTF-16 unit of `text`: start offset in the original. */
  starts: Int32Array<ArrayBufferLike>;
  /** For each UTF-16 unit of `text`: end offset (exclusive) in the original. */
  ends: Int32Array<ArrayBufferLike>;
}

const COMBINING = /\p{M}/u;
const cache = new Map<string, string>();

function foldChar(ch: string, rules: NormalizeRules): string {
  const key = ch;
  const hit = cache.get(key);
  let out: string;
  if (hit !== undefined) out = hit;
  else {
    out = '';
    for (const c of ch.normalize('NFD')) if (!COMBINING.test(c)) out += c;
    out = out.toLowerCase().replace(/[’‘`´]/g, "'").replace(/\s/gu, ' ');
    if (cache.size < 50_000) cache.set(key, out);
  }
  if (rules.map.size || rules.drop.size) {
    let mapped = '';
    for (const c of out) {
      if (rules.drop.has(c)) continue;
      mapped += rules.map.get(c) ?? c;
    }
    out = mapped;
  }
  return out;
}

const termMemos = new WeakMap<NormalizeRules, Map<string, string>>();

/**
 * Folds a lexicon term exactly as `normalizeText` folds running text. Remembered per set of rules: the
 * stages fold the same cue lists and words for every clause.
 */
export function normalizeTerm(term: string, rules: NormalizeRules): string {
  let memo = termMemos.get(rules);
  if (!memo) termMemos.set(rules, (memo = new Map()));
  const hit = memo.get(term);
  if (hit !== undefined) return hit;
  let out = '';
  for (const ch of term) out += foldChar(ch, rules);
  if (memo.size >= 100_000) memo.clear();
  memo.set(term, out);
  return out;
}

const memos = new WeakMap<NormalizeRules, Map<string, string>>();

export function normalizeText(text: string, rules: NormalizeRules): NormalizedText {
  let memo = memos.get(rules);
  if (!memo) memos.set(rules, (memo = new Map()));
  const n = text.length;
  const starts = new Int32Array(n + 8);
  const ends = new Int32Array(n + 8);
  let parts = '';
  let chunk = '';
  let k = 0;
  let cap = n + 8;
  let s: Int32Array<ArrayBufferLike> = starts;
  let e: Int32Array<ArrayBufferLike> = ends;
  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i);
    // ASCII fast path: no diacritics, no per-language folding in ASCII (rules map non-ASCII letters)
    if (code < 128 && !rules.map.has(text[i] as string)) {
      // whitespace folds to a plain space so multi-word terms match across line breaks
      const c = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 96 ? "'" : code < 32 ? ' ' : (text[i] as string);
      if (k + 1 > cap) ({ s, e, cap } = grow(s, e, cap));
      chunk += c;
      s[k] = i;
      e[k] = i + 1;
      k++;
      i++;
      if (chunk.length > 4096) { parts += chunk; chunk = ''; }
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    const ch = width === 1 ? (text[i] as string) : text.slice(i, i + width);
    let folded = memo.get(ch);
    if (folded === undefined) {
      folded = foldChar(ch, rules);
      if (memo.size < 20_000) memo.set(ch, folded);
    }
    if (k + folded.length > cap) ({ s, e, cap } = grow(s, e, cap, folded.length));
    for (let j = 0; j < folded.length; j++) {
      s[k] = i;
      e[k] = i + width;
      k++;
    }
    chunk += folded;
    i += width;
  }
  parts += chunk;
  return { text: parts, starts: s.subarray(0, k), ends: e.subarray(0, k) };
}

function grow(s: Int32Array<ArrayBufferLike>, e: Int32Array<ArrayBufferLike>, cap: number, need = 1): { s: Int32Array<ArrayBufferLike>; e: Int32Array<ArrayBufferLike>; cap: number } {
  const next = Math.max(cap * 2, cap + need + 8);
  const s2 = new Int32Array(next);
  const e2 = new Int32Array(next);
  s2.set(s);
  e2.set(e);
  return { s: s2, e: e2, cap: next };
}
