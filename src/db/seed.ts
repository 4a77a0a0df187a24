// Loads the reference data (countries, organisations, topics) that every article links to.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { TOPICS } from '../taxonomy/index.ts';
import { writeRows } from './run.ts';

const require = createRequire(import.meta.url);
const { organisations } = require('../taxonomy/organisations.json') as { organisations: Array<{ code: string; name: string }> };

/** The languages whose country names are stored on :Country nodes (and searched). */
export const NAME_LANGUAGES = ['en', 'ar', 'zh', 'fr', 'ru', 'es', 'de', 'pt', 'tr', 'fa'] as const;

export function countryRows() {
  const states = Object.keys(countries.getAlpha2Codes()).map((code) => {
    const names = NAME_LANGUAGES.flatMap((lang) => {
      const name = countries.getName(code, lang);
      return name ? [`${lang}:${name}`] : [];
    });
    return {
      code,
      kind: 'state',
      name: countries.getName(code, 'en') ?? code,
      names,
      nameText: names.map((n) => n.slice(n.indexOf(':') + 1)).join(' '),
    };
  });
  const orgs = organisations.map((o) => ({ code: o.code, kind: 'organisation', name: o.name, names: [`en:${o.name}`], nameText: `${o.code} ${o.name}` }));
  return [...states, ...orgs];
}

export async function seedReferenceData(): Promise<{ countries: number; topics: number }> {
  const [c] = await writeRows<{ countries: number }>('write/seed-countries', { rows: countryRows() });
  const [t] = await writeRows<{ topics: number }>('write/seed-topics', { rows: TOPICS });
  return { countries: c?.countries ?? 0, topics: t?.topics ?? 0 };
}
