// Splits an attributed sentence into the clauses a reader counts separately: before a new stance
// cue that follows a comma, a joining word ("and") or a joining clitic (Arabic "و"), before a
// participle that continues the speech ("adding that", "مضيفا أن"), and at the comma before a chained
// verb (zh "，推动…").
import type { Lexicon } from '../../lexicon/index.ts';
import type { Token } from '../recognize/index.ts';
import { isWordChar } from '../recognize/index.ts';
import { normalizeTerm } from '../normalize/index.ts';
import { foldedSet, foldedWords } from '../normalize/words.ts';

export interface Clause {
  start: number;
  end: number;
  /** A subject of its own that opens the clause ("..., pero Petro ha rechazado"): index into `subjects`. */
  subject?: number;
  /**
   * A later clause of a reported series ("reconoce que A, que B y que C"): the kind of the stance cue that
   * governs the whole series, for a clause without a cue of its own.
   */
  governing?: string;
  /** Opened by a chained verb (zh "，推动…"): without a stance cue of its own it keeps the kind of the clause before. */
  inherit?: boolean;
}

/** A span that can be the subject of a clause: a person, a title phrase, a side or an institution. */
export interface Subject {
  start: number;
  end: number;
  /** Where a person's name starts (after its title), for "title, Name, verb". */
  nameStart?: number;
}

const PUNCT = /[,;،؛，；:]\s*$/u;
const MIN_WORDS = 3;

const isStance = (t: Token) => t.senses.some((s) => s.type === 'kind' && s.kind !== 'inform');
const isSpeech = (t: Token) => t.senses.some((s) => s.type === 'participle' || s.type === 'reportVerb');
const isParticiple = (t: Token) => t.senses.some((s) => s.type === 'participle');
const isJoin = (t: Token) => t.senses.some((s) => s.type === 'joinWord');
const isBreak = (t: Token) => t.senses.some((s) => s.type === 'breakWord');
const isComplementizer = (t: Token) => t.senses.some((s) => s.type === 'complementizer');
const isOpener = (t: Token) => t.senses.some((s) => s.type === 'opener');

export function splitClauses(text: string, start: number, end: number, toks: Token[], lex: Lexicon, subjects: Subject[] = []): Clause[] {
  const joinPrefixes = new Set(lex.data.clause?.joinPrefixes ?? []);
  const noSplit = noSplitSet(lex);
  const relatives = foldedWords(lex, 'clause.relatives', (d) => d.clause?.relatives);
  const cuts: number[] = [];
  const pronouns = pronounSet(lex);
  const absolutes = foldedWords(lex, 'clause.absolutes', (d) => d.clause?.absolutes);
  const comps = foldedWords(lex, 'reporting.complementizers', (d) => d.reporting?.complementizers);
  const predicateJoins = foldedSet(lex, 'clause.predicateJoins', (d) => d.clause?.predicateJoins);
  const joins = foldedSet(lex, 'clause.joinWords', (d) => d.clause?.joinWords);
  // a joining word glued to a complementizer ("y que") or right before one ("and that")
  const seriesJoin = (k: number) => {
    const x = toks[k] as Token;
    if (!isJoin(x)) return false;
    const norm = normalizeTerm(x.text, lex.rules);
    // "y que": a joining word and a complementizer; "ainsi que" (as well as) is one conjunction
    if (comps.some((c) => norm.endsWith(' ' + c) && joins.has(norm.slice(0, -c.length - 1)))) return true;
    const next = toks[k + 1];
    return !!next && isComplementizer(next) && /^\s+$/.test(text.slice(x.end, next.start));
  };
  let seenComp = false;
  let governing: string | undefined;
  const cutGoverning = new Map<number, string>();
  const cutSubject = new Map<number, number>();
  let clauseStart = start;
  let seenCue = false;
  let seenSpeech = false;
  const inherits = new Set<number>();
  // unspaced scripts: where the last reporting verb of the clause ends; "王毅指出，今年是…10周年，中方将…": a stance
  // with a subject of its own after a comma opens a clause when three words or more of reported content without a
  // cue (and no adverbial frame: "依据…规定，") stand before that comma
  let speechEnd = -1;
  const reportedBefore = (at: number) => {
    if (lex.wordBoundaries || speechEnd < 0) return false;
    const comma = Math.max(...[...text.slice(speechEnd, at).matchAll(/[,;，；]/gu)].map((m) => speechEnd + (m.index ?? -1)));
    if (comma <= speechEnd || !/\p{L}/u.test(text.slice(comma + 1, at))) return false;
    const from = speechEnd + (/^[\s,，:：]*/u.exec(text.slice(speechEnd))?.[0].length ?? 0);
    const lastComma = Math.max(from, ...[...text.slice(from, comma).matchAll(/[,;，；]\s*/gu)].map((m) => from + (m.index ?? 0) + m[0].length));
    return comma > from && wordCount(text, from, comma, lex) >= MIN_WORDS && !isFrame(text.slice(lastComma, comma), lex);
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (t.start < start || t.start >= end) continue;
    const wordStart = t.prefix ? wordStartOf(text, t.start) : t.start;
    let cut = -1;
    let pending = -1;
    // a series of reported clauses: "reconoce que A, que B y que C", "said that A and that B"
    if (seenComp && (seriesJoin(i) || (isComplementizer(t) && /,\s*$/u.test(text.slice(clauseStart, wordStart)) && toks.some((_, k) => k > i && seriesJoin(k))))) {
      if (wordCount(text, clauseStart, wordStart, lex) >= MIN_WORDS) cut = wordStart;
      if (cut >= 0 && governing) cutGoverning.set(cut, governing);
    } else if (isBreak(t) && wordCount(text, clauseStart, wordStart, lex) >= MIN_WORDS) cut = wordStart;
    // a second content clause of the same verb, glued by a joining clitic: "أكد أن ... وأن ..."
    else if (isComplementizer(t) && t.prefix && joinPrefixes.has(t.prefix) && (seenCue || seenSpeech) && wordCount(text, clauseStart, wordStart, lex) >= MIN_WORDS) cut = wordStart;
    // a reporting verb opens a new clause only after a stance or an earlier verb ("said ..., adding"):
    // "Ван И, в свою очередь, заявил" and "El presidente, Donald Trump, anunció" stay one clause
    else if ((isParticiple(t) || (isSpeech(t) && (seenCue || seenSpeech))) || (isStance(t) && (seenCue || reportedBefore(wordStart)))) {
      const prev = toks[i - 1];
      const between = text.slice(Math.max(clauseStart, prev && prev.end <= t.start ? prev.end : clauseStart), wordStart);
      // a cue that never opens a clause ("mensonges et manipulations") may still close a second predicate
      if (!isParticiple(t) && !isSpeech(t) && noSplit.has(normalizeTerm(t.text, lex.rules))) { /* only a predicate join below */ }
      else if (t.prefix && joinPrefixes.has(t.prefix)) cut = wordStart;
      else if (prev && isJoin(prev) && prev.end <= t.start && /^\s*$/.test(text.slice(prev.end, wordStart))) {
        // two cues sharing one content clause ("China hopes and believes that ...") or closing one phrase
        // ("des mensonges et manipulations\"") stay one
        const before = toks[i - 2];
        const after = toks[i + 1];
        const paired = !!before && (isStance(before) || isSpeech(before)) && /^\s*$/.test(text.slice(before.end, prev.start)) &&
          ((!!after && isComplementizer(after) && /^\s*$/.test(text.slice(t.end, after.start))) || /^\s*[\p{P}]/u.test(text.slice(t.end, t.end + 2)));
        if (!paired) cut = prev.start;
      } else if (prev && isStance(t) && !isSpeech(prev) && takesComplement(prev, lex) && /^[\s,，:：]*$/u.test(text.slice(prev.end, wordStart))) {
        // "事实充分证明，坚持一个中国原则是…": the stance after the comma is the complement of a `complementVerbs` cue
      } else if (isStance(t) && !lex.wordBoundaries && inFrame(text, clauseStart, wordStart, end, lex)) {
        // "愿同中方一道，以签署联合声明为契机，加强…": a cue inside an adverbial frame between commas opens no clause
      } else if (PUNCT.test(between) || PUNCT.test(text.slice(clauseStart, wordStart))) cut = wordStart;
      else if (lex.cased && isStance(t) && !isParticiple(t) && subjectBefore(text, clauseStart, wordStart, toks, subjects, lex) >= 0) {
        // a new subject after a comma or a joining word: "..., pero Petro ha rechazado", "y el canciller X pidió"
        const k = subjectBefore(text, clauseStart, wordStart, toks, subjects, lex);
        const subj = subjects[k] as Subject;
        const join = toks.filter((x) => x.end <= subj.start && x.start >= clauseStart && isJoin(x)).pop();
        cut = join && /^\s*$/.test(text.slice(join.end, subj.start)) ? join.start : subj.start;
        pending = k;
      } else if (lex.cased && !isParticiple(t) && newSubjectCut(text, clauseStart, wordStart, toks, lex, isStance(t)) >= 0) {
        // a short new subject after a comma or a joining word: ", we will not", ", as he vowed", "and Somalia
        // will not accept", "but has declared"
        cut = newSubjectCut(text, clauseStart, wordStart, toks, lex, isStance(t));
      } else if ((isStance(t) || (lex.cased && relatives.length > 0 && isSpeech(t) && !isParticiple(t))) && (!lex.cased || relatives.length)) {
        // a subject between the comma and the cue ("，中方愿…", "، وهي اعتداء"); in cased languages a
        // relative word there (", a quien el domingo acusó", ", algo que considera"), before a stance or a
        // reporting verb (", que considera una vergüenza"): cut at the comma
        const span = text.slice(clauseStart, wordStart);
        const at = Math.max(...[...span.matchAll(/[,;،؛，；]\s*/gu)].map((m) => (m.index ?? -1) + m[0].length));
        const from = clauseStart + at;
        const opens = !lex.cased || relatives.some((r) => normalizeTerm(text.slice(from, from + r.length + 1), lex.rules).startsWith(r + ' '));
        if (at > 0 && opens && wordCount(text, from, wordStart, lex) <= 4 && !toks.some((x) => x.start >= from && x.start < wordStart && (isStance(x) || isSpeech(x)))) cut = from;
      }
      // a second predicate of the same subject ("a annoncé la rupture ... et a donné 48 heures ... pour quitter"):
      // the clause starts at its joining word when no other cue stands between it and this one
      if (cut < 0 && isStance(t) && predicateJoins.size) {
        const join = toks.filter((x, k) => k < i && x.start >= clauseStart && x.end <= wordStart && isJoin(x) && predicateJoins.has(normalizeTerm(x.text, lex.rules))).pop();
        if (join && !toks.some((x) => x.start >= join.end && x.start < wordStart && (isStance(x) || isSpeech(x)))) cut = join.start;
      }
      // "..., with Trump vowing to ...": a participle after its own subject and an absolute-construction word
      if (isParticiple(t) && lex.cased && absolutes.length) {
        const k = subjects.findIndex((x) => /^\s+$/.test(text.slice(x.end, wordStart)) && x.start > clauseStart);
        const subj = subjects[k];
        const lead = subj ? /,\s*([\p{L}]+)\s+$/u.exec(text.slice(Math.max(clauseStart, subj.start - 20), subj.start)) : null;
        if (subj && lead && absolutes.includes(normalizeTerm(lead[1] as string, lex.rules))) {
          cut = subj.start - (lead[0].length - lead[0].indexOf(lead[1] as string));
          pending = k;
        }
      }
      if (cut >= 0 && wordCount(text, clauseStart, cut, lex) < MIN_WORDS) cut = -1;
      // "..., su homólogo, Gustavo Petro, se negara": the name set off by commas right before the cue
      if (cut === wordStart && pending < 0 && lex.cased && isStance(t) && !isParticiple(t)) pending = appositiveBefore(text, wordStart, subjects);
      if (cut >= 0 && pending >= 0) cutSubject.set(cut, pending);
    }
    // a chained verb phrase or a new subject's predicate after a comma, with no stance cue of its own
    // ("中方愿同哈方加强合作，推动…", "承认A，B是…"): a new clause once the one before says something
    if (cut < 0 && isOpener(t) && !isStance(t) && (seenCue || seenSpeech)) {
      cut = chainedVerbCut(text, clauseStart, wordStart, toks, lex);
      if (cut > clauseStart) {
        inherits.add(cut);
        // it carries the stance of the clause before, so a further chained verb opens a clause too
        cuts.push(cut);
        clauseStart = cut;
        seenCue = true;
        seenSpeech = false;
        speechEnd = -1;
        continue;
      }
    }
    // a pronoun opening a stance of its own after a comma or a joining word: "... our sovereignty and we won't be
    // resiling", even when no cue came before
    if (cut < 0 && lex.cased && isStance(t) && !isParticiple(t) && !seenCue && pronouns.size && !noSplit.has(normalizeTerm(t.text, lex.rules))) {
      const c = newSubjectCut(text, clauseStart, wordStart, toks, lex, true, true);
      if (c >= 0 && wordCount(text, clauseStart, c, lex) >= MIN_WORDS) cut = c;
    }
    if (cut > clauseStart) {
      cuts.push(cut);
      clauseStart = cut;
      seenCue = isStance(t);
      seenSpeech = isSpeech(t);
      speechEnd = isSpeech(t) ? t.end : -1;
      continue;
    }
    if (isStance(t)) seenCue = true;
    if (isSpeech(t)) { seenSpeech = true; speechEnd = t.end; }
    if (isComplementizer(t) && (seenSpeech || seenCue) && !seenComp) {
      seenComp = true;
      // the stance cue this complementizer follows ("reconoce que"), if any
      const cue = toks.filter((x) => x.start >= clauseStart && x.end <= t.start && (isStance(x) || isSpeech(x))).pop();
      const sense = cue?.senses.find((x) => x.type === 'kind' && x.kind !== 'inform');
      governing = sense && sense.type === 'kind' ? sense.kind : undefined;
    }
  }
  const out: Clause[] = [];
  let s = start;
  for (const c of mergeCuts(cuts, commaCuts(text, start, end, lex), text, start, end, lex)) {
    let e = c;
    while (e > s && /[\s,;،؛，；:]/u.test(text[e - 1] as string)) e--;
    if (e > s) {
      const prev = out[out.length - 1];
      // a fragment, or a trailing attribution ("..., Trump wrote on his platform."), stays with what it closes
      if (prev && (wordCount(text, s, e, lex) < 3 || trailingAttribution(s, e, toks, text, lex))) prev.end = e;
      else {
        const clause: Clause = { start: s, end: e };
        if (cutSubject.has(s)) clause.subject = cutSubject.get(s) as number;
        if (cutGoverning.has(s)) clause.governing = cutGoverning.get(s) as string;
        if (inherits.has(s)) clause.inherit = true;
        out.push(clause);
      }
    }
    s = c;
  }
  return out;
}

/**
 * The subject standing right before a cue (at most one word between: an auxiliary, "ha rechazado"), itself
 * right after a comma or a joining word: its index in `subjects`, else -1.
 */
function subjectBefore(text: string, clauseStart: number, cueStart: number, toks: Token[], subjects: Subject[], lex: Lexicon): number {
  for (let k = subjects.length - 1; k >= 0; k--) {
    const subj = subjects[k] as Subject;
    if (subj.end > cueStart || subj.start <= clauseStart) continue;
    if (wordCount(text, subj.end, cueStart, lex) > 1 || /[\p{P}]/u.test(text.slice(subj.end, cueStart))) return -1;
    const before = text.slice(clauseStart, subj.start);
    const join = toks.filter((x) => x.end <= subj.start && x.start >= clauseStart && isJoin(x)).pop();
    if (join && /^\s*$/.test(text.slice(join.end, subj.start))) return k;
    return PUNCT.test(before) ? k : -1;
  }
  return -1;
}

/**
 * Where a clause opened by a chained verb starts: right after the last comma or semicolon before the verb,
 * when at most four words (a subject: "，两国关系成为…") stand between, with no cue among them, three words or
 * more stand before, and the comma does not follow a verb whose complement comes after it ("事实证明，A是…",
 * "他强调，A是…"). Else -1.
 */
function chainedVerbCut(text: string, clauseStart: number, verbStart: number, toks: Token[], lex: Lexicon): number {
  const span = text.slice(clauseStart, verbStart);
  const marks = [...span.matchAll(/[,;，；]\s*/gu)];
  const last = marks[marks.length - 1];
  if (!last) return -1;
  const comma = clauseStart + (last.index ?? 0);
  const from = comma + last[0].length;
  const head = toks.filter((x) => x.end <= comma && x.start >= clauseStart && (isStance(x) || isSpeech(x))).pop();
  if (head && /^\s*$/u.test(text.slice(head.end, comma)) && takesComplement(head, lex)) return -1;
  // an adverbial frame before the comma ("在…基础上，", "根据…，"): the verb after it is the clause's own
  const segStart = clauseStart + Math.max(0, ...marks.slice(0, -1).map((m) => (m.index ?? 0) + m[0].length));
  if (isFrame(text.slice(segStart, comma), lex)) return -1;
  if (wordCount(text, from, verbStart, lex) > 4 || wordCount(text, clauseStart, from, lex) < MIN_WORDS) return -1;
  if (toks.some((x) => x.start >= from && x.start < verbStart && (isStance(x) || isSpeech(x)))) return -1;
  return from;
}

/** A reporting verb, or a verb of `clause.complementVerbs` ("证明", "相信"): what follows its comma is its complement. */
function takesComplement(t: Token, lex: Lexicon): boolean {
  if (isSpeech(t)) return true;
  return foldedSet(lex, 'clause.complementVerbs', (d) => d.clause?.complementVerbs).has(normalizeTerm(t.text, lex.rules));
}

/** The stretch between the commas around `at` (unspaced scripts) is an adverbial frame of `clause.frames`. */
function inFrame(text: string, clauseStart: number, at: number, end: number, lex: Lexicon): boolean {
  const before = text.slice(clauseStart, at);
  const open = Math.max(...[...before.matchAll(/[,;，；]/gu)].map((m) => clauseStart + (m.index ?? -1) + 1));
  if (open <= clauseStart) return false;
  const close = /[,;，；。]/u.exec(text.slice(at, end));
  if (!close) return false;
  // only a frame closed by its own word ("…为契机", "…基础上"): one known by its head alone ("在…") may be a clause
  return isFrame(text.slice(open, at + close.index), lex, true);
}

const frameCache = new WeakMap<Lexicon, [string, string][]>();
/** A stretch that is an adverbial frame of `clause.frames` ("在…基础上", "根据…", "…以来"), not a clause. */
export function isFrame(span: string, lex: Lexicon, closed = false): boolean {
  let frames = frameCache.get(lex);
  if (!frames) {
    frames = (lex.data.clause?.frames ?? []).map((raw) => {
      const [head = '', tail = ''] = raw.split('…');
      return [normalizeTerm(head, lex.rules), normalizeTerm(tail, lex.rules)];
    });
    frameCache.set(lex, frames);
  }
  const norm = normalizeTerm(span.trim(), lex.rules);
  return frames.some(([head, tail]) => (head || tail) && (!closed || tail) && norm.startsWith(head) && norm.endsWith(tail));
}

/**
 * Where a clause opened by a comma or a joining word starts, when the few words between it and the cue are
 * a subject of their own: a `clause.pronouns` word (one word may stand before it, one after it: ", as he
 * vowed", "and it was noted"); a country name after a joining word ("and Somalia will not accept"; not "Kazakhstan
 * and Russia will"); a short phrase holding a country after a comma and a joining word (", and China-Kyrgyzstan
 * partnership will surely"); or a single word before a reporting verb after a joining word ("but has declared").
 * Else -1.
 */
function newSubjectCut(text: string, clauseStart: number, cueStart: number, toks: Token[], lex: Lexicon, stance: boolean, pronounOnly = false): number {
  const span = text.slice(clauseStart, cueStart);
  const comma = Math.max(...[...span.matchAll(/[,;]\s*/gu)].map((m) => clauseStart + (m.index ?? 0) + m[0].length), -1);
  const join = toks.filter((x) => x.start >= clauseStart && x.end <= cueStart && isJoin(x)).pop();
  const joinOpens = !!join && join.start >= comma;
  const from = joinOpens ? (join as Token).end : comma;
  if (from < 0) return -1;
  const gap = text.slice(from, cueStart);
  if (/[^\p{L}\p{M}\p{N}\s'’-]/u.test(gap)) return -1;
  if (toks.some((x) => x.start >= from && x.start < cueStart && (isStance(x) || isSpeech(x)))) return -1;
  const words = (gap.match(/[\p{L}\p{M}\p{N}'’-]+/gu) ?? []).map((w) => normalizeTerm(w, lex.rules));
  const at = joinOpens ? (join as Token).start : from;
  const commaJoin = joinOpens && /[,;]\s*$/u.test(text.slice(clauseStart, (join as Token).start));
  const pronouns = pronounSet(lex);
  const p = words.findIndex((w) => pronouns.has(w));
  // before a bare reporting verb only after a joining word: "and it was noted that", not "Asked ..., she said:"
  if (p >= 0 && p <= 1 && words.length - p <= 2 && (stance || joinOpens)) return at;
  if (pronounOnly || !words.length) return -1;
  // "..., the ministers agreed", "and both sides will": the two sides as a new subject, right before a stance cue
  const both = toks.find((x) => x.start >= from && x.end <= cueStart && x.senses.some((y) => y.type === 'bothSides'));
  if (stance && both && /^\s*$/u.test(text.slice(both.end, cueStart)) && words.length <= 4) return at;
  if (joinOpens && stance) {
    const country = toks.find((x) => x.start >= from && x.start < cueStart && x.senses.some((y) => y.type === 'country'));
    const before = toks.filter((x) => x.end <= (join as Token).start).pop();
    const listed = !!before && before.senses.some((y) => y.type === 'country') && /^\s*$/.test(text.slice(before.end, (join as Token).start));
    if (country && !listed && words.length <= 3 && wordCount(text, country.end, cueStart, lex) <= 1) return at;
    if (country && commaJoin && words.length <= 6) return at;
  }
  if (joinOpens && !stance && words.length === 1) return at;
  return -1;
}

const pronounSet = (lex: Lexicon) => foldedSet(lex, 'clause.pronouns', (d) => d.clause?.pronouns);

/** A name between commas that ends right before the cue ("Gustavo Petro, se negara"): its index, else -1. */
function appositiveBefore(text: string, cueStart: number, subjects: Subject[]): number {
  for (let k = subjects.length - 1; k >= 0; k--) {
    const subj = subjects[k] as Subject;
    if (subj.end > cueStart) continue;
    if (!/^\s*,\s*$/u.test(text.slice(subj.end, cueStart)) || subj.nameStart === undefined) return -1;
    return /,\s*$/u.test(text.slice(Math.max(0, subj.nameStart - 3), subj.nameStart)) ? k : -1;
  }
  return -1;
}

/**
 * Cuts after a comma that follows a clause-closing ending (tr "takip ettiğini, ...", "dikkati çekerek, ..."), and
 * before a one-word joining word that follows a `joinEndings` ending ("görüşme gerçekleştirdiğini ve ... inandığını").
 */
function commaCuts(text: string, start: number, end: number, lex: Lexicon): number[] {
  const lower = (list: string[] | undefined) => (list ?? []).map((e) => e.toLocaleLowerCase(lex.language));
  const endings = lower(lex.data.clause?.commaEndings);
  const joinEndings = lower(lex.data.clause?.joinEndings);
  if (!endings.length && !joinEndings.length) return [];
  const joins = (lex.data.clause?.joinWords ?? []).filter((w) => /^\p{L}+$/u.test(w)).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`([\\p{L}\\p{M}]+)[’']?[\\p{L}]*(\\s*,\\s*|\\s+(?=(?:${joins.join('|') || '(?!)'})\\s))`, 'gu');
  const out: number[] = [];
  for (const m of text.slice(start, end).matchAll(re)) {
    const word = (m[1] as string).toLocaleLowerCase(lex.language);
    const closing = (m[2] as string).includes(',') ? endings : joinEndings;
    if (closing.some((e) => word.length > e.length + 1 && word.endsWith(e))) out.push(start + (m.index ?? 0) + m[0].length);
  }
  return out;
}

/** The stance cuts, then each comma cut that leaves three words or more on both sides, in order, and the end. */
function mergeCuts(cuts: number[], extra: number[], text: string, start: number, end: number, lex: Lexicon): number[] {
  const all = [...cuts];
  for (const c of extra) {
    if (all.includes(c)) continue;
    const before = Math.max(start, ...all.filter((x) => x < c));
    const after = Math.min(end, ...all.filter((x) => x > c));
    if (wordCount(text, before, c, lex) >= MIN_WORDS && wordCount(text, c, after, lex) >= MIN_WORDS) all.push(c);
  }
  return [...all.sort((a, b) => a - b), end];
}

function trailingAttribution(start: number, end: number, toks: Token[], text: string, lex: Lexicon): boolean {
  const inside = toks.filter((t) => t.start >= start && t.end <= end);
  const verb = inside.findIndex((t) => isSpeech(t));
  if (verb < 0) return false;
  // "and supports the CSTO ..., Wang said": a stance before the verb is a clause of its own
  if (inside.slice(0, verb).some((t) => isStance(t))) return false;
  const after = inside.slice(verb + 1);
  if (after.some((t) => isStance(t) || t.senses.some((x) => x.type === 'complementizer'))) return false;
  // a stance verb after its own subject ("pero Ibarra ha rechazado la llegada") tells, it does not attribute
  if (isStance(inside[verb] as Token) && wordCount(text, start, (inside[verb] as Token).start, lex) >= 2) return false;
  // nor does a stance verb right after a joining word: a second predicate of the same subject ("... e apela a um
  // cessar-fogo", "поздравил X и пожелал ему счастья")
  const lead = normalizeTerm(text.slice(start, (inside[verb] as Token).start).replace(/^[\s\p{P}]+/u, '').trim(), lex.rules);
  if (isStance(inside[verb] as Token) && lead && foldedSet(lex, 'clause.joinWords', (d) => d.clause?.joinWords).has(lead)) return false;
  // verb-final languages close a content clause with the verb ("…desteklediğini ifade etti"): that clause is no attribution
  const before = inside.slice(0, verb);
  if (termCount(text, start, (inside[verb] as Token).start, before, lex) > 4) return false;
  const from = (inside[verb] as Token).end;
  if (termCount(text, from, end, after, lex) <= 6) return true;
  // past a comma after the subject comes its apposition or a participle ("…, a annoncé X, chef de la diplomatie,
  // emboîtant le pas à …"): the subject's words before that comma are what count
  const comma = text.slice(from, end).search(/[,，]/u);
  return comma > 0 && termCount(text, from, from + comma, after, lex) <= 6 && wordCount(text, from, from + comma, lex) >= 1;
}

/** Words after the verb, a matched term counting as one ("dijo el Ministerio de Relaciones Exteriores chino en un comunicado"). */
function termCount(text: string, from: number, to: number, toks: Token[], lex: Lexicon): number {
  let n = wordCount(text, from, to, lex);
  for (const t of toks) if (t.start >= from && t.end <= to) n -= Math.max(0, wordCount(text, t.start, t.end, lex) - 1);
  return n;
}

const noSplitSet = (lex: Lexicon) => foldedSet(lex, 'clause.noSplitCues', (d) => d.clause?.noSplitCues);

function wordStartOf(text: string, pos: number): number {
  while (pos > 0 && isWordChar(text[pos - 1])) pos--;
  return pos;
}

function wordCount(text: string, from: number, to: number, lex: Lexicon): number {
  // scripts without spaces: about two characters a word
  if (!lex.wordBoundaries) return Math.floor(text.slice(from, to).replace(/[\s\p{P}]/gu, '').length / 2);
  const m = text.slice(from, to).match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}
