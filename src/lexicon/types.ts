// The shapes of the language data files (see FORMAT.md) and of the gazetteer.

export interface CountryData {
  names?: string[];
  adjectives?: string[];
  demonyms?: string[];
  capitals?: string[];
  short?: string[];
  sides?: string[];
}

export interface LanguageData {
  /** Definite articles written as separate words (es "el", "la"): "el Ministerio" and "Ministerio" name the same institution. */
  articles?: string[];
  language: string;
  name?: string;
  wordBoundaries?: boolean;
  cased?: boolean;
  normalize?: { map?: Record<string, string>; drop?: string };
  prefixes?: string[];
  suffixes?: string[];
  /**
   * Per kind of term (a Sense type: "reportVerb", "participle", "title", ...): the clitics and endings such a
   * term may take, instead of `prefixes` / `suffixes` (ar verbs never take the article or a nisba ending:
   * "الرأي", "ذكرى", "تصفية" are no reporting verbs; "رئيسية" is no title).
   */
  senseAffixes?: Record<string, { prefixes?: string[]; suffixes?: string[] }>;
  article?: string;
  /** A term's last letter and the form it takes before an ending (ar `{"ة": "ت"}`: سيادة → سيادتها). */
  boundForms?: Record<string, string>;
  exclude?: string[];
  nameSuffixes?: string[];
  /** Declension of names: paradigms of [nominative ending, then one ending (or list) per other case]. */
  nameCases?: Array<Array<string | string[]>>;
  honorifics?: string[];
  /** Words opening a title's portfolio, skipped with the word after them before the name (ar "للشؤون"). */
  titlePortfolios?: string[];
  /** Name words that fold to a stop word but are names as written (ar "علي" vs "على"). */
  nameWordsAsWritten?: string[];
  /** Titles that are titles only right before a state (ar "المستشار"); elsewhere no title. */
  titlesBeforeCountry?: string[];
  titleLinks?: string[];
  /** Words before the state an envoy serves in ("en" in "embajador de Israel en España"): that state is skipped. */
  titleHosts?: string[];
  countries?: Record<string, CountryData>;
  organizations?: Record<string, CountryData>;
  titles?: Record<string, string[]>;
  counterpart?: string[];
  nameParticles?: string[];
  nameStopwords?: string[];
  speaker?: {
    pronouns?: string[];
    forHisPart?: string[];
    sideWords?: string[];
    sideSuffixes?: string[];
    institutions?: string[];
    bothSides?: string[];
    /** Those `bothSides` phrases that name the two leaders ("les deux présidents", "the two leaders"): what they did together, reported by one state, is that state's own leader's statement. */
    bothLeaders?: string[];
    /** Media and unnamed sources ("la presse", "des sources diplomatiques"): what they report is no state's statement. */
    nonState?: string[];
    /** "the same source", "la même source": the previous attribution speaks again. */
    sameSource?: string[];
    /** Words right before a title that make it a second title of someone already named (es "el también" in "el también secretario general del partido"): it speaks as the last person named. */
    alsoTitle?: string[];
    /** Endings of a person's last word that mark an object, never a speaker (ru dative "-у", tr "'a"). */
    objectEndings?: string[];
    /** Words right before a person, title or side that make it an object (zh 对/向/同/与). */
    objectMarkers?: string[];
    /** Reported speech runs to the end of the paragraph: a person named there without a reporting verb is talked about, not speaking. */
    paragraphSpeech?: boolean;
    /** Words that may stand between a subject and its reporting verb ("Путин сердечно поздравил", "Лавров также отметил"): the subject still touches the verb. */
    adverbs?: string[];
    /** Verb-final languages (tr): a country with a case ending right before a stance cue (at most two words between) is what the stance is about. */
    objectsBeforeCue?: boolean;
    /** Verb-first languages (ar): after a summons cue, actors of a known state after the verb's subject are summoned, never speakers. */
    verbFirst?: boolean;
    /** Verb-final languages (tr): the person who opens a sentence, set off by a comma, is its subject ("Erdoğan, ... Putin ile ... ifade etti"). */
    subjectFirst?: boolean;
  };
  reporting?: {
    verbs?: string[];
    participles?: string[];
    complementizers?: string[];
    according?: string[];
    /** A document that speaks for its issuer, between a verb and its subject ("indique un communiqué du ministère"): followed by a `titleLinks` word. */
    documents?: string[];
    /** The journalist's reminders of background ("pour rappel", "rappelons que"): such a sentence is no statement. */
    background?: string[];
    /** Verb forms of the reported-speech mood (de Konjunktiv I "sei", "habe", "werde"): a sentence holding one, with no reporting verb, continues the speaker before. */
    moodWords?: string[];
  };
  kinds?: Record<string, string[]>;
  topics?: Record<string, string[]>;
  events?: Record<string, string[]>;
  /** Words telling what was discussed ("discussed", "обсудили", "ont évoqué"): a clause with one and no stance cue reports the agenda, not a claim; its topics still count for the article. */
  agenda?: string[];
  /** Words right before a country that make it the place where something happens, not a party: a part of a country ("области", "region"; a `titleLinks` word between allowed) or a war in it ("conflit en"). */
  places?: string[];
  /** Marks of a photo caption or file picture ("FILE PHOTO:", "FOTO DE ARCHIVO"): such a sentence never decides the main event. */
  captions?: string[];
  /** Whole words that are no term, though a shorter term fits inside them after a clitic (ar "كان" is not ك + أن): matched exactly, they block every reading of their span. */
  plainWords?: string[];
  /** Words right after an event cue that make it describe a person rather than tell the event (zh 的 in 同来华进行国事访问的X举行会谈): such a cue yields to another cue of its sentence. */
  attributive?: string[];
  dates?: {
    weekdays?: string[][];
    months?: string[][];
    relative?: Record<string, number | null>;
    patterns?: string[];
    /** What right after a weekday makes it describe a thing, not tell a day (en "'s": "Sunday's referendum"). */
    describing?: string[];
    /** Words in the event's sentence that announce it as to come (fr "effectuera", "se rendra"): its weekday is the next one. */
    future?: string[];
  };
  clause?: {
    joinWords?: string[];
    joinPrefixes?: string[];
    breakWords?: string[];
    noSplitCues?: string[];
    /** Word endings that close a clause when a comma follows (tr "...ettiğini," "...belirterek,"): a new clause starts after the comma. */
    commaEndings?: string[];
    /** Word endings that close a clause when a one-word `joinWords` word follows (tr "gerçekleştirdiğini ve ..."). */
    joinEndings?: string[];
    /** Joining words that open a second predicate of the same subject (fr "et a", "et de"): a stance cue later in that predicate cuts the clause there. */
    predicateJoins?: string[];
    /** Cased languages: relative words between a comma and the cue of a new clause (es "a quien"). */
    relatives?: string[];
    /** Cues that, opening a clause that continues a list, take the kind of the clause before (pt "à expansão", "fortalecer"). */
    listItems?: string[];
    /** Verbs that open a new clause after a comma though they carry no stance (zh 推动, 是): a chained verb phrase, or a new subject's predicate; without a cue of its own the clause keeps the kind of the one before. */
    openers?: string[];
    /** Adverbial frames ("在…基础上", "根据…", "…以来"): a comma after one is no boundary before an opener. */
    frames?: string[];
    /** Words that open what a stance is about before its verb (zh 就, 针对: "就X的错误言行提出严正交涉"): a cue after one yields to the clause's last cue. */
    topicMarkers?: string[];
    /** Cues whose complement follows a comma ("事实证明，…", "相信，…", "愿同各方一道，…"): that comma is no boundary before an opener. */
    complementVerbs?: string[];
    /** Cased languages: personal pronouns that open a new clause as its subject after a comma or a joining word (en "we", "it"). */
    pronouns?: string[];
    /** Cased languages: words that open an absolute construction after a comma (en "with": ", with Trump vowing to ..."): the person before the participle speaks it. */
    absolutes?: string[];
  };
}

export interface OfficialRole {
  role: string;
  /** The state or organisation served in this role when it is not the official's own (NATO, EU, BRICS). */
  country?: string;
  from?: string | null;
  to?: string | null;
}

export interface GazetteerOfficial {
  id: string;
  name: string;
  country: string;
  roles?: OfficialRole[];
  names?: Record<string, string[]>;
  short?: Record<string, string[]>;
}

/** What a recognised term stands for. One surface form may stand for several things. */
export type Sense =
  | { type: 'country'; code: string; form: 'name' | 'adjective' | 'demonym' | 'capital' | 'short' | 'side' }
  | { type: 'official'; id: string; short: boolean }
  | { type: 'title'; role: string }
  | { type: 'counterpart' }
  | { type: 'pronoun' }
  | { type: 'forHisPart' }
  | { type: 'sideWord' }
  | { type: 'sideSuffix' }
  | { type: 'institution' }
  | { type: 'bothSides' }
  | { type: 'nonState' }
  | { type: 'sameSource' }
  | { type: 'background' }
  | { type: 'reportVerb' }
  | { type: 'participle' }
  | { type: 'complementizer' }
  | { type: 'according' }
  | { type: 'kind'; kind: string }
  | { type: 'topic'; topic: string }
  | { type: 'event'; eventType: string }
  | { type: 'caption' }
  | { type: 'agenda' }
  | { type: 'place' }
  | { type: 'weekday'; day: number }
  | { type: 'month'; month: number }
  | { type: 'relative'; offset: number }
  | { type: 'joinWord' }
  | { type: 'breakWord' }
  | { type: 'opener' }
  | { type: 'stopword' }
  | { type: 'plain' };

export type SenseType = Sense['type'];
