// Turns recognised sentences into attributed statements: who speaks (named official, title
// phrase, pronoun, "for his part", side or country), one statement per clause, its kind, topics
// and target countries. Reported speech continues over following sentences of the same paragraph.
import type { Lexicon } from '../../lexicon/index.ts';
import type { Recognition, Token } from '../recognize/index.ts';
import type { Sentence } from '../segment/index.ts';
import { splitClauses } from './clauses.ts';
import { countryCode, indexPeople, speakerCandidates, type Candidate, type Speaker } from './speaker.ts';

export interface RawStatement {
  speaker: string | null;
  speakerCountry: string | null;
  kind: string;
  start: number;
  end: number;
  topics: string[];
  /** Countries named in the clause (the speaker's own excluded). */
  countries: string[];
}

export function attributeStatements(rec: Recognition, lex: Lexicon): RawStatement[] {
  const { text, sentences, tokens } = rec;
  const personByMention = indexPeople(rec);
  const out: RawStatement[] = [];
  const quoted = quoteMask(text);
  let ti = 0;
  let prev: Speaker | null = null;
  let prevParagraph = -1;
  let lastPerson: Speaker | null = null;
  const speakersSeen: Speaker[] = [];
  const tokensOf = (from: number, to: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as Token).start < from) lo = mid + 1;
      else hi = mid;
    }
    const found: Token[] = [];
    for (let k = lo; k < tokens.length && (tokens[k] as Token).start < to; k++) found.push(tokens[k] as Token);
    return found;
  };
  /** The attribution after a quotation's close: '"...," Trump wrote' or '«...», a déclaré X'. */
  const closingSpeaker = (index: number): Speaker | null => {
    for (let j = index; j < Math.min(sentences.length, index + 5); j++) {
      const s = sentences[j] as Sentence;
      let close = -1;
      for (let k = s.start; k < s.end; k++) if (quoted[k] === 1 && quoted[k + 1] === 0) { close = k + 1; break; }
      if (close < 0) continue;
      let from = close;
      let to = s.end;
      // the attribution may stand in the next "sentence": '..." Trump wrote on his platform.'
      const next = sentences[j + 1];
      if (/^[\s\p{P}]*$/u.test(text.slice(close, s.end)) && next) {
        from = next.start;
        to = next.end;
      }
      const after = tokensOf(from, to);
      const verb = after.find((t) => t.senses.some((x) => x.type === 'reportVerb') && t.start - from <= 60);
      if (!verb || after.some((t) => t.start < verb.start && t.senses.some((x) => x.type === 'complementizer'))) return null;
      const cands = speakerCandidates(rec, after, from, to, personByMention, lex);
      const who = pickAround(cands, verb, { lastPerson, prev: null, seen: speakersSeen }, text);
      if (who && from !== close && trailing(from, to, verb)) absorbed.add(j + 1);
      return who;
    }
    return null;
  };
  const absorbed = new Set<number>();
  /** An attribution sentence with nothing else in it: "Trump wrote on his platform." */
  const trailing = (from: number, to: number, verb: Token) =>
    !tokensOf(verb.end, to).some((t) => t.senses.some((x) => x.type === 'complementizer' || (x.type === 'kind' && x.kind !== 'inform'))) &&
    (text.slice(verb.end, to).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 8 &&
    from <= verb.start;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as Sentence;
    if (absorbed.has(index)) {
      const last = out[out.length - 1];
      if (last && /^[\s\p{P}]*$/u.test(text.slice(last.end, sentence.start))) last.end = sentence.end;
      continue;
    }
    // a lone attribution split off by the segmenter ('...bulunmaktadır.” denildi.'): part of the statement before it
    const lastOut = out[out.length - 1];
    const body = text.slice(sentence.start, sentence.end);
    const words = lex.wordBoundaries ? (body.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) : Math.floor(body.replace(/[\s\p{P}]/gu, '').length / 2);
    if (lastOut && words <= 2 &&
      /^[\s\p{P}]*$/u.test(text.slice(lastOut.end, sentence.start)) &&
      tokensOf(sentence.start, sentence.end).some((t) => t.senses.some((x) => x.type === 'reportVerb'))) {
      lastOut.end = sentence.end;
      continue;
    }
    while (ti < tokens.length && (tokens[ti] as Token).start < sentence.start) ti++;
    const toks: Token[] = [];
    for (let k = ti; k < tokens.length && (tokens[k] as Token).start < sentence.end; k++) toks.push(tokens[k] as Token);
    // people named inside a quotation are what the speaker talks about, not who speaks
    const allCands = speakerCandidates(rec, toks, sentence.start, sentence.end, personByMention, lex, prev?.country ?? null);
    const outside = allCands.filter((c) => !quoted[c.start]);
    // with no one speaking yet, a quoted headline may still name its speaker
    const cands = outside;
    const opensQuoted = quoted[sentence.start] === 1 || quoted[sentence.start + 1] === 1;
    const inQuote = opensQuoted && quoted[Math.max(sentence.start, sentence.end - 2)] === 1;
    const verb = toks.find((t) => t.senses.some((s) => (s.type === 'reportVerb' || s.type === 'according') && !quoted[t.start]));
    const hasCue = toks.some((t) => t.senses.some((s) => s.type === 'kind' && s.kind !== 'inform'));
    let speaker: Speaker | null = null;
    const quoteOwner = opensQuoted ? closingSpeaker(index) : null;
    if (quoteOwner) speaker = quoteOwner;
    else if (inQuote && prev) speaker = prev;
    else if (verb) {
      const ctx: { lastPerson: Speaker | null; prev: Speaker | null; seen: Speaker[]; picked?: Candidate } = { lastPerson, prev, seen: speakersSeen };
      speaker = pickAround(cands, verb, ctx, text);
      // "La partie chinoise espère ...", "La Chine soutient ..." inside the reported speech of a
      // Chinese official: a side or the country's name of the speaker's own state keeps the speaker
      const via = ctx.picked?.via;
      // (only with a stance verb: "the Chinese side said" / "o Itamaraty informou" is a new attribution)
      const stanceVerb = verb.senses.some((x) => x.type === 'kind' && x.kind !== 'inform');
      if (speaker && !speaker.person && stanceVerb && (via === 'side' || via === 'country') && prev?.person && prev.country === speaker.country &&
        sentence.paragraph === prevParagraph && !cands.some((c) => typeof c.speaker === 'object' && c.speaker.person)) speaker = prev;
    }
    // a headline's attribution: a speaker opening the sentence, then a colon ("الخارجية الروسية: لافروف يجري ...")
    if (!speaker && !verb) {
      const head = cands.find((c) => c.rank >= 2 && /^[\s\p{P}]*$/u.test(text.slice(sentence.start, c.start)) && /^[ \t]*:/u.test(text.slice(c.end, c.end + 4)));
      if (head && typeof head.speaker === 'object') speaker = head.speaker;
    }
    if (!speaker && hasCue) {
      const first = toks.find((t) => t.senses.some((s) => s.type === 'kind' && s.kind !== 'inform')) as Token;
      const subject = cands.filter((c) => c.end <= first.start && typeof c.speaker === 'object' && c.rank >= 2).pop();
      // inside an official's reported speech, "the Chinese side hopes" / "China supports" of the
      // speaker's own state is still that official speaking (same paragraph)
      const own = !!subject && typeof subject.speaker === 'object' && !subject.speaker.person && !!prev?.person &&
        subject.speaker.country === prev.country && sentence.paragraph === prevParagraph;
      if (subject && typeof subject.speaker === 'object' && !own) speaker = subject.speaker;
      else if (own) speaker = prev;
      else if (prev && sentence.paragraph === prevParagraph) speaker = prev;
      else if (prev && cands.some((c) => c.end <= first.start && typeof c.speaker === 'object' && c.speaker.country === prev?.country && c.speaker.country)) speaker = prev;
    }
    for (const c of cands) if (typeof c.speaker === 'object' && c.speaker.person) lastPerson = c.speaker;
    // nobody to attribute it to (a news agency, "sources"): not a statement of a state
    if (!speaker || (!speaker.person && !speaker.country)) {
      if (verb || hasCue) prev = null;
      continue;
    }
    if (speaker.person && !speakersSeen.some((s) => s.person === speaker?.person)) speakersSeen.push(speaker);
    prev = speaker;
    prevParagraph = sentence.paragraph;
    lastPerson = speaker.person ? speaker : lastPerson;
    for (const clause of splitClauses(text, sentence.start, sentence.end, toks, lex)) {
      const inClause = toks.filter((t) => t.start >= clause.start && t.end <= clause.end);
      const st = describeClause(inClause, speaker, clause.start, clause.end);
      if (st) out.push(st);
    }
  }
  return out;
}

const OPEN = new Set(['“', '«', '„', '「', '『']);
const CLOSE = new Set(['”', '»', '」', '』']);

/** 1 for every character inside quotation marks (curly, guillemets, CJK, or straight pairs). */
function quoteMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length + 1);
  const open: string[] = [];
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    // German „…“: the English opening mark closes a low one
    if (ch === '“' && open[open.length - 1] === '„') open.pop();
    else if (OPEN.has(ch)) open.push(ch);
    else if (CLOSE.has(ch)) open.pop();
    else if (ch === '"') straight = !straight;
    else if (ch === '\n' && straight) straight = false;
    if (open.length > 0 || straight) mask[i] = 1;
  }
  return mask;
}

function pickAround(cands: Candidate[], verb: Token, ctx: { lastPerson: Speaker | null; prev: Speaker | null; seen: Speaker[]; picked?: Candidate }, text = ''): Speaker | null {
  const before = cands.filter((c) => c.end <= verb.start);
  // after the verb only what stands right next to it ("said Wang", Arabic "وأوضح وانغ أن")
  const after = cands.filter((c) => c.start >= verb.end && c.start - verb.end <= 3);
  const touching = [...before.filter((c) => verb.start - c.end <= 3), ...after].filter((c) => c.rank >= 2);
  // "Rubio, days away from a trip pushing Trump's agenda, said": past an apposition, the subject is the first name
  const named = before.filter((c) => c.rank >= 3);
  const nearest = named[named.length - 1];
  const appositive = !!nearest && named.length > 1 && /,/.test(text.slice(nearest.end, verb.start)) && /,/.test(text.slice((named[0] as Candidate).end, nearest.start));
  const order = [
    ...touching,
    ...(appositive ? named : [...named].reverse()),
    ...after.filter((c) => c.rank >= 3).slice(0, 1),
    ...before.filter((c) => c.rank === 2).reverse(),
    ...after.filter((c) => c.rank === 2).slice(0, 1),
    ...before.filter((c) => c.rank === 1).reverse(),
    ...after.filter((c) => c.rank === 1).slice(0, 1),
    ...before.filter((c) => c.rank === 0 && verb.start - c.end <= 2),
    // verb-first languages: "قالت روسيا إن" (Russia said that), when no one is speaking yet
    ...(ctx.prev ? [] : after.filter((c) => c.rank === 0).slice(0, 1)),
  ];
  for (const c of order) {
    ctx.picked = c;
    if (typeof c.speaker === 'object') return c.speaker;
    if (c.speaker === 'pronoun') return ctx.lastPerson ?? ctx.prev;
    if (c.speaker === 'forHisPart') {
      const other = [...ctx.seen].reverse().find((s) => s.person !== ctx.prev?.person);
      return other ?? ctx.lastPerson;
    }
    if (c.speaker === 'both') return null;
  }
  return ctx.prev;
}

function describeClause(toks: Token[], speaker: Speaker, start: number, end: number): RawStatement | null {
  let kind: string | null = null;
  const topics: string[] = [];
  const countries: string[] = [];
  for (const t of toks) {
    for (const s of t.senses) {
      if (s.type === 'kind' && !kind && s.kind !== 'inform') kind = s.kind;
      else if (s.type === 'topic' && !topics.includes(s.topic)) topics.push(s.topic);
    }
    const c = countryCode(t);
    if (c && c !== speaker.country && !countries.includes(c)) countries.push(c);
  }
  return { speaker: speaker.person, speakerCountry: speaker.country, kind: kind ?? 'inform', start, end, topics, countries };
}
