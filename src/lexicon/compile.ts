// Turns one language file (plus country names from i18n-iso-countries and the officials gazetteer)
// into a term index and one Aho-Corasick automaton over normalised text.
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import { normalizeTerm, type NormalizeRules } from '../pipeline/normalize/index.ts';
import type { CountryData, GazetteerOfficial, LanguageData, Sense } from './types.ts';

export interface TermSense {
  sense: Sense;
  /** Matches any continuation of the word (term written with a trailing `*`). */
  stem: boolean;
  /** For all-capital terms: the exact original spelling that must appear. */
  acronym: string | null;
  /** A form whose last letter changes before an ending (ar سيادة → سيادتها, `boundForms`): it needs an ending. */
  bound?: boolean;
}

export interface Lexicon {
  language: string;
  data: LanguageData;
  rules: NormalizeRules;
  wordBoundaries: boolean;
  cased: boolean;
  prefixes: Set<string>;
  suffixes: Set<string>;
  /** Per Sense type: the clitics and endings its terms may take, when the language restricts them (`senseAffixes`). */
  senseAffixes: Map<string, { prefixes: Set<string> | null; suffixes: Set<string> | null }>;
  maxAffix: number;
  nameSuffixes: Set<string>;
  /** The normalised article, or ''. */
  article: string;
  terms: Map<string, TermSense[]>;
  automaton: AhoCorasick;
  stopwords: Set<string>;
  nameParticles: Set<string>;
  datePatterns: RegExp[];
  officials: Map<string, GazetteerOfficial>;
  /** Country and organisation codes known to this lexicon. */
  organizations: Set<string>;
}

export interface CompileInput {
  data: LanguageData;
  countryNames: Record<string, string[]>;
  officials: GazetteerOfficial[];
  /** Builds the automaton over the term keys (the loader passes one that keeps it on disk). */
  buildAutomaton?: (keywords: string[]) => AhoCorasick;
}

const ACRONYM = /^[\p{Lu}][\p{Lu}\d.]+$/u;

export function compileLexicon({ data, countryNames, officials, buildAutomaton }: CompileInput): Lexicon {
  const rules: NormalizeRules = {
    map: new Map(Object.entries(data.normalize?.map ?? {})),
    drop: new Set([...(data.normalize?.drop ?? '')]),
  };
  const terms = new Map<string, TermSense[]>();
  const norm = (s: string) => normalizeTerm(s, rules).trim();
  const article = data.article ? norm(data.article) : '';

  const add = (raw: string, sense: Sense) => {
    if (typeof raw !== 'string') return;
    let term = raw.trim();
    if (!term) return;
    const stem = term.endsWith('*');
    if (stem) term = term.slice(0, -1);
    const acronym = !stem && ACRONYM.test(term) && term.replace(/\./g, '').length >= 2 ? term : null;
    const key = norm(term);
    if (!key) return;
    const put = (k: string) => {
      let list = terms.get(k);
      if (!list) terms.set(k, (list = []));
      if (!list.some((t) => t.stem === stem && t.acronym === acronym && sameSense(t.sense, sense))) list.push({ sense, stem, acronym });
    };
    put(key);
    if (article && sense.type !== 'plain' && key.startsWith(article) && key.length - article.length >= 3) put(key.slice(article.length));
    // "سيادة" is written "سيادت" before an ending ("سيادتها"): that form too, only with an ending
    for (const [last, before] of Object.entries(data.boundForms ?? {})) {
      if (stem || sense.type === 'plain' || !last || !term.endsWith(last)) continue;
      const bound = norm(term.slice(0, -last.length) + before);
      for (const k of [bound, ...(article && bound.startsWith(article) && bound.length - article.length >= 3 ? [bound.slice(article.length)] : [])]) {
        let list = terms.get(k);
        if (!list) terms.set(k, (list = []));
        if (!list.some((t) => t.bound && sameSense(t.sense, sense))) list.push({ sense, stem: false, acronym: null, bound: true });
      }
    }
  };

  const addCountry = (code: string, c: CountryData | undefined, extraNames: string[]) => {
    for (const n of extraNames) add(n, { type: 'country', code, form: 'name' });
    if (!c) return;
    for (const n of c.names ?? []) add(n, { type: 'country', code, form: 'name' });
    for (const n of c.adjectives ?? []) add(n, { type: 'country', code, form: 'adjective' });
    for (const n of c.demonyms ?? []) add(n, { type: 'country', code, form: 'demonym' });
    for (const n of c.capitals ?? []) add(n, { type: 'country', code, form: 'capital' });
    for (const n of c.short ?? []) add(n, { type: 'country', code, form: 'short' });
    for (const n of c.sides ?? []) add(n, { type: 'country', code, form: 'side' });
  };
  const codes = new Set([...Object.keys(countryNames), ...Object.keys(data.countries ?? {})]);
  for (const code of codes) {
    const names = (countryNames[code] ?? []).filter((n) => !/[,(]/.test(n));
    addCountry(code, data.countries?.[code], names);
  }
  const organizations = new Set(Object.keys(data.organizations ?? {}));
  for (const [code, c] of Object.entries(data.organizations ?? {})) addCountry(code, c, []);

  for (const [role, list] of Object.entries(data.titles ?? {})) for (const t of list) add(t, { type: 'title', role });
  for (const t of data.counterpart ?? []) add(t, { type: 'counterpart' });
  const sp = data.speaker ?? {};
  for (const t of sp.pronouns ?? []) add(t, { type: 'pronoun' });
  for (const t of sp.forHisPart ?? []) add(t, { type: 'forHisPart' });
  for (const t of sp.sideWords ?? []) add(t, { type: 'sideWord' });
  for (const t of sp.sideSuffixes ?? []) add(t, { type: 'sideSuffix' });
  for (const t of sp.institutions ?? []) add(t, { type: 'institution' });
  for (const t of sp.bothSides ?? []) add(t, { type: 'bothSides' });
  for (const t of sp.nonState ?? []) add(t, { type: 'nonState' });
  for (const t of sp.sameSource ?? []) add(t, { type: 'sameSource' });
  const rep = data.reporting ?? {};
  for (const t of rep.verbs ?? []) add(t, { type: 'reportVerb' });
  for (const t of rep.participles ?? []) add(t, { type: 'participle' });
  for (const t of rep.complementizers ?? []) add(t, { type: 'complementizer' });
  for (const t of rep.according ?? []) add(t, { type: 'according' });
  for (const t of rep.background ?? []) add(t, { type: 'background' });
  for (const [kind, list] of Object.entries(data.kinds ?? {})) for (const t of list) add(t, { type: 'kind', kind });
  for (const [topic, list] of Object.entries(data.topics ?? {})) for (const t of list) add(t, { type: 'topic', topic });
  for (const [eventType, list] of Object.entries(data.events ?? {})) for (const t of list) add(t, { type: 'event', eventType });
  for (const t of data.captions ?? []) add(t, { type: 'caption' });
  for (const t of data.plainWords ?? []) add(t, { type: 'plain' });
  for (const t of data.agenda ?? []) add(t, { type: 'agenda' });
  for (const t of data.places ?? []) add(t, { type: 'place' });
  const dates = data.dates ?? {};
  (dates.weekdays ?? []).forEach((list, day) => { for (const t of list ?? []) add(t, { type: 'weekday', day }); });
  (dates.months ?? []).forEach((list, month) => { for (const t of list ?? []) add(t, { type: 'month', month }); });
  for (const [t, offset] of Object.entries(dates.relative ?? {})) if (typeof offset === 'number') add(t, { type: 'relative', offset });
  const cl = data.clause ?? {};
  for (const t of cl.joinWords ?? []) add(t, { type: 'joinWord' });
  for (const t of cl.breakWords ?? []) add(t, { type: 'breakWord' });
  for (const t of cl.openers ?? []) add(t, { type: 'opener' });

  const officialMap = new Map<string, GazetteerOfficial>();
  const nameCases = compileNameCases(data.nameCases ?? []);
  const cased = data.cased ?? true;
  for (const o of officials) {
    officialMap.set(o.id, o);
    const full = new Set<string>(o.names?.[data.language] ?? []);
    // the language's own spellings are declined ("Руслану Казакбаеву"); borrowed English ones are not
    const own = new Set<string>([...full, ...(o.short?.[data.language] ?? [])]);
    if (cased) for (const n of [o.name, ...(o.names?.['en'] ?? [])]) full.add(n);
    for (const n of full) for (const f of own.has(n) ? declineName(n, nameCases) : [n]) add(f, { type: 'official', id: o.id, short: false });
    const shorts = o.short?.[data.language];
    for (const n of shorts ?? (cased ? (o.short?.['en'] ?? []) : [])) for (const f of shorts ? declineName(n, nameCases) : [n]) add(f, { type: 'official', id: o.id, short: true });
  }

  for (const t of data.exclude ?? []) {
    const key = norm(t);
    terms.delete(key);
    // and the form without the article that `add` indexed beside it ("الصحراء الغربية" and "صحراء الغربية")
    if (article && key.startsWith(article) && key.length - article.length >= 3) terms.delete(key.slice(article.length));
  }
  const prefixes = new Set((data.prefixes ?? []).map(norm).filter(Boolean));
  const suffixes = new Set((data.suffixes ?? []).map(norm).filter(Boolean));
  const senseAffixes = new Map<string, { prefixes: Set<string> | null; suffixes: Set<string> | null }>();
  for (const [type, a] of Object.entries(data.senseAffixes ?? {})) {
    const set = (list: string[] | undefined) => (Array.isArray(list) ? new Set(list.map(norm).filter(Boolean)) : null);
    senseAffixes.set(type, { prefixes: set(a?.prefixes), suffixes: set(a?.suffixes) });
  }
  const maxAffix = Math.max(0, ...[...prefixes, ...suffixes].map((a) => a.length));
  const datePatterns: RegExp[] = [];
  for (const p of dates.patterns ?? []) {
    try { datePatterns.push(new RegExp(p, 'gu')); } catch { /* a bad pattern in a data file is skipped, not fatal */ }
  }
  return {
    language: data.language,
    data,
    rules,
    wordBoundaries: data.wordBoundaries ?? true,
    cased,
    prefixes,
    suffixes,
    senseAffixes,
    maxAffix,
    nameSuffixes: new Set((data.nameSuffixes ?? []).map(norm).filter(Boolean)),
    article,
    terms,
    automaton: buildAutomaton ? buildAutomaton([...terms.keys()]) : new AhoCorasick([...terms.keys()]),
    stopwords: new Set((data.nameStopwords ?? []).map(norm)),
    nameParticles: new Set((data.nameParticles ?? []).map(norm)),
    datePatterns,
    officials: officialMap,
    organizations,
  };
}

/** A declension paradigm: the nominative ending, then the endings of each other case (a case may have several). */
type Paradigm = { nominative: string; cases: string[][] };

// endings are compared with the name as written (lower-cased, not normalised: й must stay й)
function compileNameCases(raw: Array<Array<string | string[]>>): Paradigm[] {
  const out: Paradigm[] = [];
  const low = (x: string) => x.trim().toLowerCase();
  for (const p of raw) {
    if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'string') continue;
    out.push({ nominative: low(p[0]), cases: p.slice(1).map((c) => (Array.isArray(c) ? c : [c]).filter((x) => typeof x === 'string').map(low)) });
  }
  return out;
}

/**
 * Every case form of a name (FORMAT.md `nameCases`): all its words in the same case, each word declined
 * by every paradigm whose nominative ending it has (the paradigm with the empty ending only when no other
 * fits), or left as written (foreign names that do not decline: "Хайко Маасом", "Ангелы Меркель").
 * The nominative form comes first.
 */
export function declineName(name: string, paradigms: Paradigm[]): string[] {
  if (!paradigms.length) return [name];
  const words = name.trim().split(/\s+/);
  const caseCount = Math.max(...paradigms.map((p) => p.cases.length));
  const formsOf = (word: string, k: number): string[] => {
    const lower = word.toLowerCase();
    const fits = (p: Paradigm) => lower.endsWith(p.nominative) && lower.length - p.nominative.length >= 2;
    let apply = paradigms.filter((p) => p.nominative && fits(p));
    if (!apply.length) apply = paradigms.filter((p) => !p.nominative && fits(p));
    const forms = new Set<string>([word]);
    for (const p of apply) {
      const stem = word.slice(0, word.length - p.nominative.length);
      for (const e of p.cases[k] ?? []) forms.add(stem + e);
    }
    return [...forms];
  };
  const out = new Set<string>([words.join(' ')]);
  for (let k = 0; k < caseCount; k++) {
    let combos: string[] = [''];
    for (const w of words) {
      const forms = formsOf(w, k);
      const next: string[] = [];
      for (const c of combos) for (const f of forms) next.push(c ? `${c} ${f}` : f);
      combos = next;
      if (combos.length > 64) break;
    }
    for (const c of combos) if (c.split(' ').length === words.length) out.add(c);
  }
  return [...out];
}

function sameSense(a: Sense, b: Sense): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
