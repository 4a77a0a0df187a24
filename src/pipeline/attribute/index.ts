// Turns recognised sentences into attributed statements: who speaks (named official, title
// phrase, pronoun, "for his part", side or country), one statement per clause, its kind, topics
// and target countries. Reported speech continues over following sentences of the same paragraph.
import type { Lexicon } from '../../lexicon/index.ts';
import type { Recognition, Token } from '../recognize/index.ts';
import type { Sentence } from '../segment/index.ts';
import { normalizeTerm } from '../normalize/index.ts';
import { foldedSet, foldedWords } from '../normalize/words.ts';
import { isFrame, splitClauses } from './clauses.ts';
import { countryCode, indexPeople, isPlace, speakerCandidates, type Candidate, type Speaker } from './speaker.ts';

export interface RawStatement {
  speaker: string | null;
  speakerCountry: string | null;
  kind: string;
  start: number;
  end: number;
  topics: string[];
  /** Countries named in the clause (the speaker's own excluded). */
  countries: string[];
  /** Of those, the ones a stance cue acts on directly ("supports the CSTO", "condemns Israel"). */
  objects?: string[];
  /** Only reports what was discussed ("the two sides discussed trade"): no statement, but its topics are the article's. */
  agenda?: boolean;
}

/**
 * The longest stretch of text that can be only articles, adverbs, honorifics or a joining word: the tests of
 * such gaps fold the text, and the gap between a verb and an earlier candidate may be most of a sentence.
 */
const SHORT_GAP = 80;

export function attributeStatements(rec: Recognition, lex: Lexicon): RawStatement[] {
  const { text, sentences, tokens } = rec;
  const personByMention = indexPeople(rec);
  const out: RawStatement[] = [];
  const quoted = quoteMask(text);
  const articles = foldedSet(lex, 'articles', (d) => d.articles);
  /** Weekdays and relative days ("lundi", "hier"); only one-word ones can match a word. */
  const dayWords = foldedSet(lex, 'days', (d) => [...(d.dates?.weekdays ?? []).flat(), ...Object.keys(d.dates?.relative ?? {})]);
  // (longest first: "un communiqué officiel" before "un communiqué")
  const documents = foldedWords(lex, 'reporting.documents', (d) => d.reporting?.documents).toSorted((a, b) => b.length - a.length);
  const links = foldedWords(lex, 'titleLinks', (d) => d.titleLinks);
  /**
   * Only an article between a verb and who follows it ("a affirmé le ministre", "dijo el canciller"), or the
   * document that speaks for its issuer ("indique un communiqué du ministère algérien").
   */
  const article = (between: string) => {
    if (!lex.wordBoundaries || between.length > SHORT_GAP || !/^\s/u.test(between) || !/\s$/u.test(between)) return false;
    let words = normalizeTerm(between.trim(), lex.rules).split(/\s+/u);
    // the day may stand between the verb and its subject: ", a souligné dimanche le ministère", ", a déclaré lundi X"
    let days = 0;
    while (days < words.length && dayWords.has(words[days] as string)) days++;
    if (days) {
      words = words.slice(days);
      if (!words.length) return true;
    }
    if (words.length === 1) return articles.has(words[0] as string);
    const doc = documents.find((d) => words.join(' ').startsWith(d + ' '));
    if (!doc) return false;
    const rest = words.slice(doc.split(' ').length);
    return rest.length >= 1 && rest.length <= 2 && links.includes(rest[0] as string) && (rest.length === 1 || articles.has(rest[1] as string));
  };
  // words that may stand between a subject and its verb ("Путин сердечно поздравил", "Лавров, в частности, отметил")
  const adverbs = foldedWords(lex, 'speaker.adverbs', (d) => d.speaker?.adverbs).toSorted((a, b) => b.length - a.length);
  /** Only `speaker.adverbs` (and commas) between a subject and its verb. */
  const adverbial = (between: string) => {
    if (!adverbs.length || !lex.wordBoundaries || between.length > SHORT_GAP) return false;
    let rest = normalizeTerm(between, lex.rules).replace(/,/gu, ' ').trim().replace(/\s+/gu, ' ');
    if (!rest) return false;
    while (rest) {
      const a = adverbs.find((x) => rest === x || rest.startsWith(x + ' '));
      if (!a) return false;
      rest = rest.slice(a.length).trim();
    }
    return true;
  };
  const honorificSet = foldedSet(lex, 'honorifics', (d) => d.honorifics);
  /** Only honorifics between a verb and the person after it ("وصرح المستشار أحمد حافظ", "said Dr X"). */
  const honorific = (between: string) => between.length <= SHORT_GAP && /^\s+\S/u.test(between) && /\s$/u.test(between) && normalizeTerm(between.trim(), lex.rules).split(/\s+/u).every((w) => honorificSet.has(w.replace(/\.$/u, '')));
  const bothLeaders = foldedSet(lex, 'speaker.bothLeaders', (d) => d.speaker?.bothLeaders);
  const joinWords = foldedSet(lex, 'clause.joinWords', (d) => d.clause?.joinWords);
  const subjectFirst = !!lex.data.speaker?.subjectFirst;
  /** A wire dateline opening a sentence ("SEOUL, June 9 (Yonhap) -- ", "KIGALI | Xinhua | ", "MOGADISHU: "). */
  const dateline = (from: number, to: number) => DATELINE.exec(text.slice(from, to));
  /** Nothing but punctuation, a dateline and an article before `at` in its sentence. */
  const opensSentence = (from: number, at: number) => {
    let before = text.slice(from, at);
    const d = DATELINE.exec(text.slice(from, sentenceEnd(from)));
    if (d && at < from + d[0].length) return false;
    if (d) before = before.slice(d[0].length);
    before = before.replace(/^[\s\p{P}]+/u, '');
    return before === '' || (/\s$/u.test(before) && articles.has(normalizeTerm(before.trim(), lex.rules)));
  };
  const sentenceEnd = (from: number) => sentences.find((x) => x.start === from)?.end ?? text.length;
  /** The state of the capital a dateline names. */
  const datelineState = (from: number, to: number): string | null => {
    const d = dateline(from, to);
    if (!d) return null;
    const t = rec.tokens.find((x) => x.start >= from && x.end <= from + d[0].length && x.senses.some((y) => y.type === 'country' && y.form === 'capital'));
    const sense = t?.senses.find((y) => y.type === 'country' && y.form === 'capital');
    return sense && sense.type === 'country' ? sense.code : null;
  };
  /** Only a joining word ("y", "and") between two spans: "Honduras y China anunciaron". */
  const joined = (from: number, to: number) => {
    if (to - from > SHORT_GAP) return false;
    const between = text.slice(from, to).trim();
    return between.length > 0 && joinWords.has(normalizeTerm(between, lex.rules));
  };
  let ti = 0;
  let prev: Speaker | null = null;
  let prevParagraph = -1;
  let prevIndex = -1;
  const moodWords = foldedSet(lex, 'reporting.moodWords', (d) => d.reporting?.moodWords);
  let lastPerson: Speaker | null = null;
  let listOwner: Speaker | null = null;
  /** Who a line "Name, title:" introduces: the quotation that opens the next sentence is theirs. */
  let introOwner: Speaker | null = null;
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
      const who = pickAround(cands, verb, { lastPerson, prev: null, seen: speakersSeen, state: prev?.country ?? null }, text, joined, article, subjectFirst, adverbial, honorific);
      if (who && from !== close && trailing(from, to, verb)) absorbed.add(j + 1);
      return who;
    }
    return null;
  };
  const absorbed = new Set<number>();
  /**
   * Who reports what both sides said or agreed, in languages whose readouts speak by paragraph: the state of
   * the first official who spoke (the readout's own side), as a state, not as that person.
   */
  const readoutSide = (): Speaker | null => {
    if (!lex.data.speaker?.paragraphSpeech) return null;
    const country = (speakersSeen[0] ?? prev ?? lastPerson)?.country;
    return country ? { person: null, country } : null;
  };
  /**
   * What both sides did or said together with no one named who reports it ("Les deux diplomates ont souligné la
   * nécessité de …", "os dois lados anunciaram conjuntamente"): the article's lead person's, the first official
   * who spoke, else the first one named.
   */
  const leadPerson = (): Speaker | null => {
    if (speakersSeen[0]) return speakersSeen[0];
    let first: { start: number; p: (typeof rec.people)[number] } | null = null;
    for (const p of rec.people) {
      if (!p.known && !p.roles.some((x) => x !== 'other')) continue;
      const at = Math.min(...p.mentions.map((m) => m.start));
      if (!first || at < first.start) first = { start: at, p };
    }
    return first ? { person: first.p.key, country: first.p.country } : null;
  };
  /** An attribution sentence with nothing else in it: "Trump wrote on his platform." */
  const trailing = (from: number, to: number, verb: Token) =>
    !tokensOf(verb.end, to).some((t) => t.senses.some((x) => x.type === 'complementizer' || (x.type === 'kind' && x.kind !== 'inform'))) &&
    (text.slice(verb.end, to).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 8 &&
    from <= verb.start;
  /** Sentences already read, folded: a page repeats its headline ("Site - Headline", "Headline", "Headline"). */
  const seenBodies: string[] = [];
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as Sentence;
    const folded = normalizeTerm(text.slice(sentence.start, sentence.end), lex.rules).replace(/[\s\p{P}]+/gu, ' ').trim();
    const repeated = folded.split(' ').length >= 4 && seenBodies.some((b) => b === folded || b.endsWith(` ${folded}`));
    seenBodies.push(folded);
    if (repeated) continue;
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
    // the journalist reminding the reader ("pour rappel", "rappelons que"): background, no one speaks, and a
    // pronoun after it no longer points to the last speaker
    if (toks.some((t) => t.senses.some((s) => s.type === 'background') && !quoted[t.start])) {
      prev = null;
      lastPerson = null;
      for (const c of speakerCandidates(rec, toks, sentence.start, sentence.end, personByMention, lex)) {
        if (typeof c.speaker === 'object' && c.speaker.person) lastPerson = c.speaker;
      }
      continue;
    }
    const allCands = speakerCandidates(rec, toks, sentence.start, sentence.end, personByMention, lex, prev?.country ?? null);
    const outside = allCands.filter((c) => !quoted[c.start]);
    // with no one speaking yet, a quoted headline may still name its speaker
    const cands = outside;
    const opensQuoted = quoted[sentence.start] === 1 || quoted[sentence.start + 1] === 1;
    const inQuote = opensQuoted && quoted[Math.max(sentence.start, sentence.end - 2)] === 1;
    let verbs = toks.filter((t) => t.senses.some((s) => (s.type === 'reportVerb' || s.type === 'according') && !quoted[t.start]));
    // "据中方引述，沙法迪表示…": an "according to" closed by a comma names the source, the later verb its speaker
    if (verbs.length > 1) {
      const later = verbs.slice(1).some((v) => v.senses.some((x) => x.type === 'reportVerb'));
      verbs = verbs.filter((v) => !(later && v.senses.every((x) => x.type === 'according') && /^\s*[,，]/u.test(text.slice(v.end, v.end + 3))));
    }
    // "对于高市表示希望…，李在明回应，…": a verb inside the frame that opens the sentence is what is answered; the
    // framed words stay its own speaker's
    let framed: { end: number; speaker: Speaker | null } | null = null;
    if (!lex.wordBoundaries && verbs.length > 1) {
      const comma = /[,，]/u.exec(text.slice(sentence.start, sentence.end));
      const close = comma ? sentence.start + comma.index : -1;
      if (close > 0 && isFrame(text.slice(sentence.start, close), lex) && verbs.some((v) => v.start > close && v.senses.some((x) => x.type === 'reportVerb'))) {
        const inner = verbs.find((v) => v.start < close);
        if (inner) {
          framed = { end: close, speaker: pickAround(cands.filter((c) => c.end <= close), inner, { lastPerson, prev, seen: speakersSeen }, text, joined, article, subjectFirst, adverbial, honorific) };
          verbs = verbs.filter((v) => v.start > close);
        }
      }
    }
    // "王毅还表示，…", "乌外交部还称": a participle right after its own subject is the sentence's reporting verb
    if (!verbs.length) {
      verbs = toks.filter((t) => !quoted[t.start] && t.senses.some((s) => s.type === 'participle') &&
        cands.some((c) => c.rank >= 2 && c.end <= t.start && /^\s*$/u.test(text.slice(c.end, t.start))));
    }
    let verb = verbs[0];
    const hasCue = toks.some((t) => t.senses.some((s) => s.type === 'kind' && s.kind !== 'inform'));
    let speaker: Speaker | null = null;
    const quoteOwner = opensQuoted ? closingSpeaker(index) : null;
    const intro = introOwner;
    introOwner = null;
    if (quoteOwner) speaker = quoteOwner;
    // "Мария Захарова, официальный представитель МИД России:" on a line of its own, then the quotation
    else if (opensQuoted && intro) speaker = intro;
    else if (inQuote && prev) speaker = prev;
    else if (verb) {
      const ctx: { lastPerson: Speaker | null; prev: Speaker | null; seen: Speaker[]; picked?: Candidate } = { lastPerson, prev, seen: speakersSeen };
      speaker = pickAround(cands, verb, ctx, text, joined, article, subjectFirst, adverbial, honorific);
      // "En réaction, la Belgique a déclaré ..., a indiqué le ministre belge, X": when the first verb finds no
      // named subject, a later verb after a comma whose subject follows it attributes the sentence
      if (!ctx.picked || ctx.picked.rank < 2) {
        for (const v of verbs.slice(1).reverse()) {
          const afterComma = /,\s*(?:\p{Ll}{1,4}\s+)?$/u.test(text.slice(Math.max(0, v.start - 8), v.start));
          // "it was agreed in the meeting that ..., the spokesperson X said": a first verb with no subject at all
          // gives way to a later one whose named subject stands right before it
          if (!afterComma && ctx.picked) continue;
          // (not a participle on the person before the comma: "visant Emmanuel Macron, accusé par le diplomate de …")
          if (afterComma && cands.some((c) => c.rank >= 2 && /^\s*,\s*$/u.test(text.slice(c.end, v.start)))) continue;
          const late: typeof ctx = { lastPerson, prev, seen: speakersSeen };
          const who = pickAround(cands, v, late, text, joined, article, subjectFirst, adverbial, honorific);
          const named = !afterComma && !!late.picked && late.picked.end <= v.start && v.start - late.picked.end <= 3 && late.picked.rank >= 3;
          if (who && (who.person || who.country) && late.picked && (late.picked.start >= v.end || named) && late.picked.rank >= 2 && typeof late.picked.speaker === 'object') {
            speaker = who;
            ctx.picked = late.picked;
            verb = v;
            break;
          }
        }
      }
      // "the two presidents wished each other ..., the presidency said": both sides do the act, a later verb names who reports it
      for (let k = 1; bothPicked(ctx.picked) && k < verbs.length; k++) {
        verb = verbs[k] as Token;
        const retry: typeof ctx = { lastPerson, prev, seen: speakersSeen };
        const who = pickAround(cands.filter((c) => c.start >= (verbs[k - 1] as Token).end), verb, retry, text, joined, article, subjectFirst, adverbial, honorific);
        if (retry.picked) ctx.picked = retry.picked;
        else delete ctx.picked;
        speaker = retry.picked && !bothPicked(retry.picked) ? who : null;
      }
      // "双方表示，愿…" in a readout (paragraphSpeech): both sides speak, and no later verb names who reports it
      // (not both closing the sentence as its reporters: "…, the two countries said.")
      if (!speaker && bothPicked(ctx.picked)) speaker = readoutSide() ?? (/^[\s.]*$/u.test(text.slice(verb.end, verb.end + 3)) ? null : leadPerson());
      // "..., a rapporté la presse locale", "selon des sources diplomatiques": the media report it, no state speaks
      const media = verbs.filter((v) => cands.some((c) => c.speaker === 'none' && ((c.start >= v.end && c.start - v.end <= 3) || (c.end <= v.start && v.start - c.end <= 3))));
      if (media.length) {
        // "X, the Chilean minister, has asked for calm ..., local media report": a person opening the sentence
        // before a stance cue is its subject; the media closing it after a comma only relay what X said
        const last = media.length === 1 && media[0] === verbs[verbs.length - 1] ? media[0] : undefined;
        const tail = last && /,\s*(?:\p{Ll}{1,4}\s+)?$/u.test(text.slice(Math.max(0, last.start - 8), last.start)) ? last : undefined;
        const cue = tail ? toks.find((t) => t.end <= tail.start && t.senses.some((x) => x.type === 'kind' && x.kind !== 'inform')) : undefined;
        const opener = cue ? cands.find((c) => c.end <= cue.start && c.rank >= 3 && typeof c.speaker === 'object' && !!c.speaker.person && /^[\s\p{P}]*$/u.test(text.slice(sentence.start, c.start))) : undefined;
        if (!opener || typeof opener.speaker !== 'object') {
          prev = null;
          continue;
        }
        speaker = opener.speaker;
      }
      // "La partie chinoise espère ...", "La Chine soutient ..." inside the reported speech of a
      // Chinese official: a side or the country's name of the speaker's own state keeps the speaker
      const via = ctx.picked?.via;
      // (only with a stance verb: "the Chinese side said" / "o Itamaraty informou" is a new attribution)
      const stanceVerb = verb.senses.some((x) => x.type === 'kind' && x.kind !== 'inform');
      if (speaker && !speaker.person && stanceVerb && (via === 'side' || via === 'country') && prev?.person && prev.country === speaker.country &&
        sentence.paragraph === prevParagraph && !cands.some((c) => typeof c.speaker === 'object' && c.speaker.person)) speaker = prev;
    }
    // the items of a list announced with a colon ("Esas medidas incluyen:\n• Prohibición de viajar ...")
    // are the announcing speaker's, cue or not
    const item = BULLET.test(body);
    if (!speaker && item && listOwner) speaker = listOwner;
    // a headline's attribution: a speaker opening the sentence, then a colon ("الخارجية الروسية: لافروف يجري ...")
    if (!speaker && !verb) {
      const head = cands.find((c) => c.rank >= 2 && /^[\s\p{P}]*$/u.test(text.slice(sentence.start, c.start)) && /^[ \t]*:/u.test(text.slice(c.end, c.end + 4)));
      if (head && typeof head.speaker === 'object') speaker = head.speaker;
    }
    if (!speaker && hasCue) {
      const first = toks.find((t) => t.senses.some((s) => s.type === 'kind' && s.kind !== 'inform')) as Token;
      const subjects = cands.filter((c) => c.end <= first.start && typeof c.speaker === 'object' && c.rank >= 2);
      // cased (subject-first) languages: the first person of the sentence, else its first actor, is the subject
      // ("Le ministère rwandais a donné aux diplomates belges 48 heures pour quitter le pays"); uncased scripts keep the nearest
      let subject = lex.cased ? (subjects.find((c) => c.rank >= 3) ?? subjects[0]) : subjects[subjects.length - 1];
      // "Russia on Saturday imposed sanctions ...", "Beijing summoned Japan's ambassador ... to lodge a protest": a
      // state opening the sentence, its verb (a stance cue, or a summons or sanction cue) at most three words on,
      // is the sentence's subject, before a person named as its object
      // (after a wire dateline, "SEOUL, June 9 (Yonhap) -- The foreign ministry summoned ...": a ministry without
      // its state is the dateline city's, unless another state has been speaking)
      if (lex.cased) {
        const opener = cands.find((c) => c.end <= first.start && (c.rank === 0 || c.rank === 2) && (typeof c.speaker === 'object' || c.speaker === 'institution') &&
          opensSentence(sentence.start, c.start));
        const act = opener && toks.find((t) => t.start >= opener.end && t.start <= first.start &&
          t.senses.some((x) => (x.type === 'kind' && x.kind !== 'inform') || (x.type === 'event' && (x.eventType === 'summons' || x.eventType === 'sanction'))));
        const gap = opener && act ? text.slice(opener.end, act.start) : '';
        const state: string | null = opener?.speaker === 'institution' ? (((prev as Speaker | null) ?? (lastPerson as Speaker | null))?.country ?? datelineState(sentence.start, opener.start)) : null;
        if (opener && act && /^\s/u.test(gap) && !/[\p{P}]/u.test(gap) && wordsIn(gap) <= 3 && !cands.some((c) => c.start >= opener.end && c.start < act.start)) {
          if (typeof opener.speaker === 'object') subject = opener;
          else if (state) subject = { ...opener, speaker: { person: null, country: state } };
        }
      }
      // "Congratulating Cho on his inauguration, Kamikawa thanked ...": a sentence opening with its stance cue,
      // without a subject of its own, is the act of the subject that follows its first comma
      if (!subject && lex.cased && /^[\s\p{P}]*$/u.test(text.slice(sentence.start, first.start))) {
        const comma = text.indexOf(',', first.end);
        if (comma >= 0 && comma < sentence.end) {
          const next = cands.find((c) => c.start > comma);
          const between = text.slice(comma + 1, next?.start ?? comma + 1);
          if (next && typeof next.speaker === 'object' && next.rank >= 2 && (/^\s*$/u.test(between) || article(between))) subject = next;
        }
      }
      // inside an official's reported speech, "the Chinese side hopes" / "China supports" of the
      // speaker's own state is still that official speaking (same paragraph)
      const own = !!subject && typeof subject.speaker === 'object' && !!prev?.person && sentence.paragraph === prevParagraph &&
        ((!subject.speaker.person && subject.speaker.country === prev.country) ||
          // languages whose reported speech fills the paragraph (zh): "习近平主席同X举行会晤，必将…" is still the speaker's
          (!!subject.speaker.person && !!lex.data.speaker?.paragraphSpeech));
      if (subject && typeof subject.speaker === 'object' && !own) speaker = subject.speaker;
      else if (own) speaker = prev;
      else if (prev && sentence.paragraph === prevParagraph) speaker = prev;
      else if (prev && cands.some((c) => c.end <= first.start && typeof c.speaker === 'object' && c.speaker.country === prev?.country && c.speaker.country)) speaker = prev;
      // a sentence of a readout that opens with its stance verb has no subject of its own: the last speaker's
      // ("冻结其在境内的财产；禁止…" after a paragraph listing the companies)
      else if (prev && lex.data.speaker?.paragraphSpeech && /^[\s\p{P}]*$/u.test(text.slice(sentence.start, first.start))) speaker = prev;
      // "双方同意…" opening a paragraph of a readout: both sides agree, the readout's side reports it
      else if (cands.filter((c) => c.end <= first.start).pop()?.speaker === 'both') speaker = readoutSide();
    }
    // reported speech told by its mood (de Konjunktiv I: "Die Regierungen seien sich nähergekommen"): a sentence
    // with no reporting verb and no other person continues the speaker of the sentence before, in a new paragraph too
    if (!speaker && !verb && prev && moodWords.size && prevIndex >= index - 2 &&
      !cands.some((c) => typeof c.speaker === 'object' && !!c.speaker.person && c.speaker.person !== prev?.person) &&
      body.split(/[^\p{L}]+/u).some((w) => w && moodWords.has(normalizeTerm(w, lex.rules)))) speaker = prev;
    if (!item) listOwner = /:\s*$/u.test(body) ? speaker ?? prev : null;
    // a line that only names a person, ending with a colon, introduces what that person says next
    if (!verb && !hasCue && /:\s*$/u.test(body)) {
      const head = cands.find((c) => c.rank >= 3 && /^[\s\p{P}]*$/u.test(text.slice(sentence.start, c.start)));
      if (head && typeof head.speaker === 'object') introOwner = head.speaker;
    }
    // a pronoun in a later sentence points to the subject, the first person named ("X met Y ... . He said"),
    // not to the last one
    const subject = cands.find((c) => typeof c.speaker === 'object' && !!c.speaker.person)?.speaker;
    if (subject && typeof subject === 'object') lastPerson = subject;
    // nobody to attribute it to (a news agency, "sources"): not a statement of a state
    if (!speaker || (!speaker.person && !speaker.country)) {
      if (verb || hasCue) prev = null;
      continue;
    }
    if (speaker.person && !speakersSeen.some((s) => s.person === speaker?.person)) speakersSeen.push(speaker);
    prev = speaker;
    prevParagraph = sentence.paragraph;
    prevIndex = index;
    lastPerson = speaker.person ? speaker : lastPerson;
    // a clause with a subject of its own ("..., pero Petro ha rechazado") is that subject's, unless it is
    // the speaker's own side or state ("Wang said ..., and the Chinese side supports")
    const subjects = cands.filter((c) => typeof c.speaker === 'object' && c.rank >= 2);
    // "the two presidents wished each other a speedy recovery, said the Élysée": a state reporting what both
    // leaders did together reports its own leader's act (the only person of that state in the article)
    let said = speaker;
    if (!speaker.person && speaker.country && bothLeaders.size && cands.some((c) => c.speaker === 'both' && bothLeaders.has(normalizeTerm(text.slice(c.start, c.end), lex.rules)))) {
      const own = rec.people.filter((p) => p.country === speaker?.country && (p.known || p.roles.some((x) => x !== 'other')));
      if (own.length === 1) said = { person: (own[0] as (typeof own)[number]).key, country: speaker.country };
    }
    let before: RawStatement | null = null;
    for (const clause of splitClauses(text, sentence.start, sentence.end, toks, lex, subjects)) {
      const inClause = toks.filter((t) => t.start >= clause.start && t.end <= clause.end);
      const own = clause.subject !== undefined ? (subjects[clause.subject] as Candidate).speaker as Speaker : null;
      const who = framed?.speaker && clause.start < framed.end ? framed.speaker : own && (own.person || own.country !== speaker.country) ? own : said;
      const st = describeClause(inClause, who, clause.start, clause.end, text, lex);
      // "reconoce que A, que B y que C": B and C are recognised too
      if (st && st.kind === 'inform' && clause.governing) st.kind = clause.governing;
      // "apelou à consolidação ..., à expansão ... e ao reforço ...": an item of a list shares the verb that heads it
      if (st && before && before.kind !== 'inform' && clause.subject === undefined && listItem(inClause, clause.start, text, lex)) st.kind = before.kind;
      // a chained verb phrase shares the stance of the clause before ("中方愿…加强…，推动…")
      if (st && clause.inherit && st.kind === 'inform' && before) st.kind = before.kind;
      // "the ministers discussed X and Y", "he briefed him on Z": the agenda of a meeting, not a claim of
      // either side (unless a stance or what was said follows: "discussed X and agreed", "briefed him that
      // ..."); no statement, but what was discussed is still what the article is about
      const agenda = inClause.findIndex((t) => t.senses.some((x) => x.type === 'agenda'));
      if (st && agenda >= 0 && !inClause.some((t, k) => t.senses.some((x) => (x.type === 'kind' && x.kind !== 'inform') || (x.type === 'complementizer' && k > agenda)))) st.agenda = true;
      if (st) out.push(st);
      before = st;
    }
  }
  return out;
}

/**
 * A clause that opens (after at most a joining word) on a `clause.listItems` cue and has no reporting verb
 * before it: an infinitive or a noun continuing a list ("..., à expansão da cooperação", "e fortalecer ...").
 */
function listItem(toks: Token[], start: number, text: string, lex: Lexicon): boolean {
  const items = listItemSet(lex);
  if (!items.size) return false;
  const first = toks.find((t) => t.senses.some((s) => s.type === 'kind' && s.kind !== 'inform'));
  if (!first || !items.has(normalizeTerm(first.text, lex.rules))) return false;
  if (toks.some((t) => t.start < first.start && t.senses.some((s) => s.type === 'reportVerb' || s.type === 'participle'))) return false;
  return (text.slice(start, first.start).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 1;
}

const listItemSet = (lex: Lexicon) => foldedSet(lex, 'clause.listItems', (d) => d.clause?.listItems);

const DATELINE = /^[^\n]{0,40}?\p{Lu}{3,}\b[^\n]{0,40}(?:--|[—–|:])[ \t]*/u;
const wordsIn = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** A list item: a line opening with a bullet or a dash. */
const BULLET = /^\s*[•·▪◦●‣*–—-]\s+/u;

const OPEN = new Set(['“', '«', '„', '「', '『']);
const CLOSE = new Set(['”', '»', '」', '』']);

/** 1 for every character inside quotation marks (curly, guillemets, CJK, or straight pairs). */
function quoteMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length + 1);
  const open: string[] = [];
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    // German „…“: the English opening mark closes a low one, and so does a straight mark („…", typed on a keyboard)
    if ((ch === '“' || ch === '"') && open[open.length - 1] === '„') open.pop();
    else if (OPEN.has(ch)) open.push(ch);
    else if (CLOSE.has(ch)) open.pop();
    else if (ch === '"') straight = !straight;
    else if (ch === '\n' && straight) straight = false;
    if (open.length > 0 || straight) mask[i] = 1;
  }
  return mask;
}

const bothPicked = (c: Candidate | undefined) => c?.speaker === 'both';

function pickAround(cands: Candidate[], verb: Token, ctx: { lastPerson: Speaker | null; prev: Speaker | null; seen: Speaker[]; picked?: Candidate; state?: string | null }, text = '', joined: (from: number, to: number) => boolean = () => false, article: (between: string) => boolean = () => false, subjectFirst = false, adverbial: (between: string) => boolean = () => false, honorific: (between: string) => boolean = () => false): Speaker | null {
  /** A word that opens its clause: at the start, after punctuation, or after an article alone ("Le Kremlin"). */
  const opensClause = (at: number) => {
    const m = /(?:^|[\n.,;:!?«»"“”(])([ \t]*)(\S*[ \t]+)?$/u.exec(text.slice(Math.max(0, at - 40), at));
    return !!m && (!m[2] || article(' ' + m[2]));
  };
  const before = cands.filter((c) => c.end <= verb.start);
  // after a comma the subject follows the verb ("..., a rapporté la presse", "..., заявил Лавров"); "according to X": X
  const according = verb.senses.some((x) => x.type === 'according');
  // (an auxiliary may stand between: "», a affirmé le ministre", ", ha dicho el canciller")
  const inverted = according || /,\s*(?:\p{Ll}{1,4}\s+)?$/u.test(text.slice(Math.max(0, verb.start - 8), verb.start));
  // after the verb only what stands right next to it ("said Wang", Arabic "وأوضح وانغ أن"), or, when the subject
  // follows the verb, past an article (", a affirmé le ministre"; not the object of "a déclaré les diplomates
  // rwandais persona non grata") (past a comma or colon it is the content: zh "他指出，习近平将…")
  // an inverted verb may have "for his part" set off by commas before its subject ("», afirmó, por su parte, X")
  const aside = inverted ? cands.find((c) => c.speaker === 'forHisPart' && c.start >= verb.end && /^[ \t]*,[ \t]*$/u.test(text.slice(verb.end, c.start))) : undefined;
  const from = aside && /^[ \t]*,/u.test(text.slice(aside.end)) ? aside.end + (/^[ \t]*,/u.exec(text.slice(aside.end)) as RegExpExecArray)[0].length : verb.end;
  const after = cands.filter((c) => c !== aside && c.start >= from && (c.start - from <= 3 || honorific(text.slice(from, c.start)) || (inverted && article(text.slice(from, c.start)))) && !/[,，:：]/.test(text.slice(from, c.start)));
  // (past adverbs only: "Путин сердечно поздравил Лукашенко" is Putin's, not the object's after the verb)
  const touchingBefore = before.filter((c) => verb.start - c.end <= 3 || adverbial(text.slice(c.end, verb.start)));
  // "selon lui", "selon Pékin": whoever stands right after "according to" is the source
  // a bare country opening its clause right before the verb ("Moscou a accusé Kiev", "Le Portugal a convoqué
  // l'ambassadeur du Brésil"; an auxiliary may stand between)
  const countrySubject = (c: Candidate) => c.rank === 0 && (verb.start - c.end <= 2 || (/^[ \t]+\p{Ll}{1,4}[ \t]+$/u.test(text.slice(c.end, verb.start)) && opensClause(c.start)));
  // in subject-first order it is the subject, and a title right after the verb its object
  // (of two joined ones, "Honduras y China anunciaron", the first)
  const firstJoined = (c: Candidate) => before.filter((b) => b.rank === 0 && b.end <= c.start && joined(b.end, c.start)).pop() ?? c;
  const countryFirst = inverted || !after.some((c) => c.rank >= 2) ? [] : before.filter((c) => countrySubject(c) && /^[ \t]+(?:\p{Ll}{1,4}[ \t]+)?$/u.test(text.slice(c.end, verb.start))).slice(-1).map(firstJoined);
  // ("..., the two countries said.": both sides report what comes before together, no one of them by name)
  const closing = /^[\s.]*$/u.test(text.slice(verb.end, verb.end + 3));
  const touching = (inverted ? [...after, ...touchingBefore] : [...touchingBefore, ...countryFirst, ...after])
    .filter((c) => c.rank >= 2 || countryFirst.includes(c) || (c.speaker === 'both' && closing && touchingBefore.includes(c)) || (according && after.includes(c)));
  // "Rubio, days away from a trip pushing Trump's agenda, said": past an apposition, the subject is the first name
  const named = before.filter((c) => c.rank >= 3);
  const nearest = named[named.length - 1];
  const appositive = !!nearest && named.length > 1 && /,/.test(text.slice(nearest.end, verb.start)) && /,/.test(text.slice((named[0] as Candidate).end, nearest.start));
  // "Pompeo congratulated the Foreign Minister on his new position and reaffirmed ...": a verb right after a
  // joining word continues the predicate of the sentence's subject, not of the object named in between
  const lastWord = /(\S+)\s+$/u.exec(text.slice(Math.max(0, verb.start - 20), verb.start));
  const chained = !!nearest && named.length > 1 && !!lastWord && joined(verb.start - lastWord[0].length, verb.start) &&
    !/[,;:]/.test(text.slice((named[0] as Candidate).end, verb.start));
  // verb-final languages (`speaker.subjectFirst`, tr): the person who opens the sentence, set off by a comma, is
  // its subject, though others are named nearer the verb ("Erdoğan, ... Putin ile görüşme ... ifade etti")
  const lead = subjectFirst
    ? named.find((c) => /(?:^|[\n.!?])[ \t]*$/u.test(text.slice(Math.max(0, c.start - 20), c.start)) && /^[ \t]*,/u.test(text.slice(c.end, c.end + 3)))
    : undefined;
  const order = [
    ...touching,
    ...(lead ? [lead] : []),
    ...(appositive || chained ? named : [...named].reverse()),
    ...after.filter((c) => c.rank >= 3).slice(0, 1),
    ...before.filter((c) => c.rank === 2).reverse(),
    ...after.filter((c) => c.rank === 2).slice(0, 1),
    ...before.filter((c) => c.rank === 1).reverse(),
    ...after.filter((c) => c.rank === 1).slice(0, 1),
    // a bare country right before the verb; of two joined ones ("Honduras y China anunciaron") the first
    // (an auxiliary may stand between when the country opens its clause: "Moscou a accusé Kiev", "Le Kremlin
    // a salué", not "the events in Kazakhstan were expressed")
    ...before.filter(countrySubject).map(firstJoined),
    // verb-first languages: "قالت روسيا إن" (Russia said that), when no one is speaking yet
    ...(ctx.prev ? [] : after.filter((c) => c.rank === 0).slice(0, 1)),
  ];
  for (const c of order) {
    ctx.picked = c;
    // "the head of state" when two presidents are named: the one who has been speaking
    if (c.holders) {
      const holder = [ctx.prev, ctx.lastPerson].find((s) => !!s?.person && c.holders!.includes(s.person));
      if (holder) return holder;
    }
    if (typeof c.speaker === 'object') return c.speaker;
    if (c.speaker === 'pronoun') return ctx.lastPerson ?? ctx.prev;
    if (c.speaker === 'forHisPart') {
      const other = [...ctx.seen].reverse().find((s) => s.person !== ctx.prev?.person);
      return other ?? ctx.lastPerson;
    }
    if (c.speaker === 'both' || c.speaker === 'none') return null;
    if (c.speaker === 'same') return ctx.prev;
    if (c.speaker === 'institution') {
      // "The government said": the state whose official or institution has been speaking
      // (a quotation's attribution: the state of who spoke before it, not of the last person named)
      const country = ctx.state ?? (ctx.prev ?? ctx.lastPerson)?.country;
      if (country) return { person: null, country };
    }
  }
  return ctx.prev;
}

/**
 * Stances that act on what follows them ("supports the CSTO", "condemns Israel", "thanked China"); after
 * "hopes", "urges" or "will" the next name is who is asked or expected to act ("expects the UN to play its role").
 */
const ON_OBJECT = new Set(['support', 'oppose', 'accuse', 'thank', 'concern', 'threaten']);

function describeClause(toks: Token[], speaker: Speaker, start: number, end: number, text: string, lex: Lexicon): RawStatement | null {
  const endings = lex.data.speaker?.objectsBeforeCue ? (lex.data.speaker?.objectEndings ?? []).map((e) => e.replace(/’/g, "'")) : [];
  let kind: string | null = null;
  const topics: string[] = [];
  const countries: string[] = [];
  const objects: string[] = [];
  let stanceEnd = -1;
  for (const t of toks) {
    // "le conflit en RDC": the place of a war, no party to the statement
    const c = countryCode(t) && !isPlace(text, t.start, lex) ? countryCode(t) : null;
    // right after such a stance cue, at most one short word (an article) between: what the stance is about
    if (c && stanceEnd >= 0 && /^\s*(?:[\p{L}]{1,3}\s+)?$/u.test(text.slice(stanceEnd, t.start)) && !objects.includes(c)) objects.push(c);
    for (const s of t.senses) {
      if (s.type === 'kind' && !kind && s.kind !== 'inform') kind = s.kind;
      else if (s.type === 'topic' && !topics.includes(s.topic)) topics.push(s.topic);
    }
    stanceEnd = t.senses.some((s) => s.type === 'kind' && ON_OBJECT.has(s.kind)) ? t.end : -1;
    // verb-final languages: the object stands before the cue, with its case ending ("Gazze’de yaşanan insani trajedi")
    if (stanceEnd >= 0 && endings.length) {
      for (const o of toks) {
        const oc = countryCode(o);
        if (!oc || o.end > t.start || objects.includes(oc)) continue;
        const m = /^([’'][\p{L}]+)\s+((?:[\p{L}]+\s+){0,2})$/u.exec(text.slice(o.end, t.start));
        if (m && endings.includes((m[1] as string).replace(/’/g, "'").toLocaleLowerCase(lex.language))) objects.push(oc);
      }
    }
    if (c && c !== speaker.country && !countries.includes(c)) countries.push(c);
  }
  // "就X的错误言行提出严正交涉": the first cue stands in what the stance is about, after a `clause.topicMarkers` word;
  // the clause's last cue is its verb
  const markers = lex.data.clause?.topicMarkers ?? [];
  if (kind && markers.length) {
    const cues = toks.filter((t) => t.senses.some((x) => x.type === 'kind' && x.kind !== 'inform'));
    const first = cues[0] as Token;
    const last = cues[cues.length - 1] as Token;
    // the marker opens a phrase: at the clause's start, after punctuation or right after a recognised term ("中方就此",
    // "，就X的…"; not inside a word: 不针对, 成就)
    const opens = (at: number) => at === start || /[\s\p{P}]/u.test(text[at - 1] as string) || toks.some((t) => t.end === at);
    const marked = markers.some((m) => {
      const f = normalizeTerm(m, lex.rules);
      const lead = normalizeTerm(text.slice(start, first.start), lex.rules);
      for (let at = lead.indexOf(f); at >= 0; at = lead.indexOf(f, at + 1)) if (opens(start + at)) return true;
      return false;
    });
    if (last !== first && marked) {
      const sense = last.senses.find((x) => x.type === 'kind' && x.kind !== 'inform');
      if (sense && sense.type === 'kind') kind = sense.kind;
    }
  }
  const own = objects.filter((c) => c !== speaker.country);
  return { speaker: speaker.person, speakerCountry: speaker.country, kind: kind ?? 'inform', start, end, topics, countries, ...(own.length ? { objects: own } : {}) };
}
