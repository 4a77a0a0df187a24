// The language data, loaded once per process and compiled per language on first use.
import path from 'node:path';
import { cachedAutomaton } from './automaton-cache.ts';
import { compileLexicon, type Lexicon } from './compile.ts';
import { countryNamesFor, listLanguageFiles, readLanguageData, readOfficials } from './load.ts';
import type { GazetteerOfficial } from './types.ts';
import { dyadHome } from '../paths.ts';

export type { Lexicon } from './compile.ts';
export type * from './types.ts';

export interface Lexicons {
  languages: string[];
  get(language: string): Lexicon | null;
  officials: Map<string, GazetteerOfficial>;
}

let shared: Lexicons | null = null;

/** Where compiled automatons are kept: DYAD_LEXICON_CACHE, or DYAD_HOME/cache/lexicon; 'off' builds them every time. */
function lexiconCacheDir(): string | null {
  const setting = process.env['DYAD_LEXICON_CACHE'];
  if (setting === 'off') return null;
  if (setting) return path.resolve(setting);
  try {
    return path.join(dyadHome(), 'cache', 'lexicon');
  } catch {
    return null; // configuration errors are reported by the commands that need it; extraction goes on uncached
  }
}

/** Every src/lexicon/<xx>.json present, plus the gazetteer; compiled lazily per language. */
export function loadLexicons(): Lexicons {
  if (shared) return shared;
  const languages = listLanguageFiles();
  const officials = readOfficials();
  const compiled = new Map<string, Lexicon>();
  const cacheDir = lexiconCacheDir();
  shared = {
    languages,
    officials: new Map(officials.map((o) => [o.id, o])),
    get(language) {
      if (!languages.includes(language)) return null;
      let lex = compiled.get(language);
      if (!lex) {
        const buildAutomaton = (keywords: string[]) => cachedAutomaton(keywords, cacheDir, language);
        lex = compileLexicon({ data: readLanguageData(language), countryNames: countryNamesFor(language), officials, buildAutomaton });
        compiled.set(language, lex);
      }
      return lex;
    },
  };
  return shared;
}
