// The language data, loaded once per process and compiled per language on first use.
import { compileLexicon, type Lexicon } from './compile.ts';
import { countryNamesFor, listLanguageFiles, readLanguageData, readOfficials } from './load.ts';
import type { GazetteerOfficial } from './types.ts';

export type { Lexicon } from './compile.ts';
export type * from './types.ts';

export interface Lexicons {
  languages: string[];
  get(language: string): Lexicon | null;
  officials: Map<string, GazetteerOfficial>;
}

let shared: Lexicons | null = null;

/** Every src/lexicon/<xx>.json present, plus the gazetteer; compiled lazily per language. */
export function loadLexicons(): Lexicons {
  if (shared) return shared;
  const languages = listLanguageFiles();
  const officials = readOfficials();
  const compiled = new Map<string, Lexicon>();
  shared = {
    languages,
    officials: new Map(officials.map((o) => [o.id, o])),
    get(language) {
      if (!languages.includes(language)) return null;
      let lex = compiled.get(language);
      if (!lex) {
        lex = compileLexicon({ data: readLanguageData(language), countryNames: countryNamesFor(language), officials });
        compiled.set(language, lex);
      }
      return lex;
    },
  };
  return shared;
}
