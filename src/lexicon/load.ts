// Reads the shipped language data: every src/lexicon/<xx>.json, the officials gazetteer and
// the country names of i18n-iso-countries. The only I/O of extraction besides the input itself.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import type { GazetteerOfficial, LanguageData } from './types.ts';

export const LEXICON_DIR = fileURLToPath(new URL('.', import.meta.url));

export function listLanguageFiles(dir = LEXICON_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /^[a-z]{2}\.json$/.test(f))
    .map((f) => f.slice(0, 2))
    .sort();
}

export function readLanguageData(lang: string, dir = LEXICON_DIR): LanguageData {
  const data = JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as LanguageData;
  return { ...data, language: data.language || lang };
}

export function readOfficials(dir = join(LEXICON_DIR, 'officials')): GazetteerOfficial[] {
  if (!existsSync(dir)) return [];
  const seen = new Map<string, GazetteerOfficial>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    try {
      const parsed = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { officials?: GazetteerOfficial[] };
      for (const o of parsed.officials ?? []) if (o && typeof o.id === 'string' && !seen.has(o.id)) seen.set(o.id, o);
    } catch (error) {
      process.stderr.write(`dyad: skipping officials file ${f}: ${(error as Error).message}\n`);
    }
  }
  return [...seen.values()];
}

export function countryNamesFor(lang: string): Record<string, string[]> {
  const names = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
  return names ?? {};
}
