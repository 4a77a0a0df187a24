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
  language: string;
  name?: string;
  wordBoundaries?: boolean;
  cased?: boolean;
  normalize?: { map?: Record<string, string>; drop?: string };
  prefixes?: string[];
  suffixes?: string[];
  article?: string;
  exclude?: string[];
  nameSuffixes?: string[];
  honorifics?: string[];
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
    /** Endings of a person's last word that mark an object, never a speaker (ru dative "-у", tr "'a"). */
    objectEndings?: string[];
    /** Words right before a person, title or side that make it an object (zh 对/向/同/与). */
    objectMarkers?: string[];
  };
  reporting?: { verbs?: string[]; participles?: string[]; complementizers?: string[]; according?: string[] };
  kinds?: Record<string, string[]>;
  topics?: Record<string, string[]>;
  events?: Record<string, string[]>;
  /** Marks of a photo caption or file picture ("FILE PHOTO:", "FOTO DE ARCHIVO"): such a sentence never decides the main event. */
  captions?: string[];
  /** Words right after an event cue that make it describe a person rather than tell the event (zh 的 in 同来华进行国事访问的X举行会谈): such a cue yields to another cue of its sentence. */
  attributive?: string[];
  dates?: {
    weekdays?: string[][];
    months?: string[][];
    relative?: Record<string, number | null>;
    patterns?: string[];
  };
  clause?: { joinWords?: string[]; joinPrefixes?: string[]; breakWords?: string[]; noSplitCues?: string[]; relatives?: string[] };
}

export interface OfficialRole {
  role: string;
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
  | { type: 'reportVerb' }
  | { type: 'participle' }
  | { type: 'complementizer' }
  | { type: 'according' }
  | { type: 'kind'; kind: string }
  | { type: 'topic'; topic: string }
  | { type: 'event'; eventType: string }
  | { type: 'caption' }
  | { type: 'weekday'; day: number }
  | { type: 'month'; month: number }
  | { type: 'relative'; offset: number }
  | { type: 'joinWord' }
  | { type: 'breakWord' }
  | { type: 'stopword' };

export type SenseType = Sense['type'];
