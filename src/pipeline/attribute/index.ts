// Turns recognised sentences into attributed statements: who speaks (named official, title
// phrase, pronoun, "for his part", side or country), one statement per clause, its kind, topics
// and target countries. Reported speech continues over following sentences of the same paragraph.
import type { Lexicon } from '../../lexicon/index.ts';
import type { Person, Recognition, Token } from '../recognize/index.ts';
import { splitClauses } from './clauses.ts';
import { countryCode, speakerCandidates, type Candidate, type Speaker } from './speaker.ts';

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
  const personByMention = new Map<number, Person>();
  for (const p of rec.people) for (const m of p.mentions) personByMention.set(m.start, p);
  const out: RawStatement[] = [];
  let ti = 0;
  let prev: Speaker | null = null;
  let prevParagraph = -1;
  let lastPerson: Speaker | null = null;
  const speakersSeen: Speaker[] = [];
  for (const sentence of sentences) {
    while (ti < tokens.length && (tokens[ti] as Token).start < sentence.start) ti++;
    const toks: Token[] = [];
    for (let k = ti; k < tokens.length && (tokens[k] as Token).start < sentence.end; k++) toks.push(tokens[k] as Token);
    const cands = speakerCandidates(rec, toks, sentence.start, sentence.end, personByMention);
    const verb = toks.find((t) => t.senses.some((s) => s.type === 'reportVerb' || s.type === 'according'));
    const hasCue = toks.some((t) => t.senses.some((s) => s.type === 'kind' && s.kind !== 'inform'));
    let speaker: Speaker | null = null;
    if (verb) speaker = pickAround(cands, verb, { lastPerson, prev, seen: speakersSeen });
    if (!speaker && hasCue) {
      const first = toks.find((t) => t.senses.some((s) => s.type === 'kind' && s.kind !== 'inform')) as Token;
      const subject = cands.filter((c) => c.end <= first.start && typeof c.speaker === 'object' && c.rank >= 2).pop();
      if (subject && typeof subject.speaker === 'object') speaker = subject.speaker;
      else if (prev && sentence.paragraph === prevParagraph) speaker = prev;
      else if (prev && cands.some((c) => c.end <= first.start && typeof c.speaker === 'object' && c.speaker.country === prev?.country && c.speaker.country)) speaker = prev;
    }
    for (const c of cands) if (typeof c.speaker === 'object' && c.speaker.person) lastPerson = c.speaker;
    if (!speaker || (!speaker.person && !speaker.country)) {
      if (!verb && !hasCue) continue;
      if (!speaker) { prev = null; continue; }
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

function pickAround(cands: Candidate[], verb: Token, ctx: { lastPerson: Speaker | null; prev: Speaker | null; seen: Speaker[] }): Speaker | null {
  const before = cands.filter((c) => c.end <= verb.start);
  // after the verb only what stands right next to it ("said Wang", Arabic "وأوضح وانغ أن")
  const after = cands.filter((c) => c.start >= verb.end && c.start - verb.end <= 3);
  const order = [
    ...before.filter((c) => c.rank >= 3).reverse(),
    ...after.filter((c) => c.rank >= 3).slice(0, 1),
    ...before.filter((c) => c.rank === 2).reverse(),
    ...after.filter((c) => c.rank === 2).slice(0, 1),
    ...before.filter((c) => c.rank === 1).reverse(),
    ...after.filter((c) => c.rank === 1).slice(0, 1),
    ...before.filter((c) => c.rank === 0 && verb.start - c.end <= 2),
  ];
  for (const c of order) {
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
