// Splits text into sentences with offsets. A rule-based splitter: sentence-final punctuation
// of any script followed by space (or a full stop glued to a capitalised word: "le pays.La veille"), and line breaks; initials and one-letter abbreviations ("U.S.")
// do not end a sentence, nor does an ellipsis before a lower-case word. Faster than Intl.Segmenter and steadier across scripts.

export interface Sentence {
  start: number;
  end: number;
  /** 0-based paragraph number (paragraphs are separated by line breaks). */
  paragraph: number;
}

const FINAL = new Set(['.', '!', '?', '。', '！', '？', '؟', '…', '।']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', '」', '』', '】', '）']);
const NO_SPACE_FINAL = new Set(['。', '！', '？']);

export function segmentSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) out.push({ start: s, end: e, paragraph });
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i] as string;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      if (out.length && out[out.length - 1]!.paragraph === paragraph) paragraph++;
      continue;
    }
    if (!FINAL.has(ch)) continue;
    let j = i + 1;
    while (j < n && (FINAL.has(text[j] as string) || CLOSERS.has(text[j] as string))) j++;
    if (NO_SPACE_FINAL.has(ch)) {
      push(j);
      start = j;
      i = j - 1;
      continue;
    }
    // Arabic-script text glued after a stop, or a missing space after a full stop ("le pays.La veille"): the sentence still ends
    if (j < n && !/\s/.test(text[j] as string) && !gluedNextSentence(text, i, j) && !(ch === '.' && j === i + 1 && missingSpace(text, i))) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    // words left out of a quotation ("Nous allons lui dire (…) que nous …"): an ellipsis before a lower-case word goes on
    if (ch === '…' && /^[ \t]+\p{Ll}/u.test(text.slice(j, j + 3))) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(n);
  return out;
}

/**
 * Arabic-script web text often drops the space after a full stop ('...روبيو".وفي وقت سابق'). Such a
 * stop followed at once by an Arabic letter ends the sentence when a word of two letters or more (or a
 * closing quote) stands before it; a one-letter abbreviation ("د.محمد") does not.
 */
function gluedNextSentence(text: string, stop: number, next: number): boolean {
  if (!/\p{Script=Arabic}/u.test(text[next] as string) || !/\p{L}/u.test(text[next] as string)) return false;
  if (next > stop + 1 || CLOSERS.has(text[stop - 1] as string)) return true;
  let w = stop;
  while (w > 0 && /\p{L}/u.test(text[w - 1] as string)) w--;
  return stop - w >= 2;
}

function missingSpace(text: string, dot: number): boolean {
  if (!/\p{Ll}{2}$/u.test(text.slice(Math.max(0, dot - 2), dot)) || !/^\p{Lu}\p{Ll}/u.test(text.slice(dot + 1, dot + 3))) return false;
  // not inside a web address or a file name
  let w = dot;
  while (w > 0 && !/\s/.test(text[w - 1] as string)) w--;
  return !/[/@:]/.test(text.slice(w, dot));
}

function isAbbreviation(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && /[\p{L}.]/u.test(text[w - 1] as string)) w--;
  const word = text.slice(w, dot);
  if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  // Spanish plurals of doubled initials ("EE.UU.", "FF.AA."): the sentence goes on when a lowercase word follows
  if (/^(\p{Lu}{2}\.)+\p{Lu}{2}$/u.test(word)) return /^\s+\p{Ll}/u.test(text.slice(dot + 1, dot + 4));
  if (/^(Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sen|Rep|Gov|Prof|No|Jr|Sr|Mt|vs|etc|approx|Sept|Oct|Nov|Dec|Jan|Feb|Aug)$/.test(word)) {
    // a month abbreviation followed by a number is a date, not a sentence end
    return !/^[\s]*\p{Lu}/u.test(text.slice(dot + 1, dot + 3)) || /^(Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sen|Rep|Gov|Prof)$/.test(word);
  }
  // a day number followed by a dot is an ordinal date ("16. November"), not a sentence end
  if (/(^|[^\d])\d{1,2}$/.test(text.slice(Math.max(0, dot - 3), dot)) && /^\s+\p{L}/u.test(text.slice(dot + 1, dot + 4))) return true;
  return false;
}
