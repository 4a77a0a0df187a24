// The officials gazetteer is hand-written data that the recognizer trusts blindly,
// so every file under src/lexicon/officials is checked for shape before it can reach a run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../../src/lexicon/officials');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

const ROLES = new Set(['head_of_state', 'head_of_government', 'vice_president', 'deputy_head_of_government',
  'foreign_minister', 'deputy_foreign_minister', 'state_councilor', 'defense_minister', 'spokesperson',
  'secretary_general', 'high_representative', 'other']);
const ORGANISATIONS = new Set(['UN', 'EU', 'AU', 'NATO', 'ASEAN', 'SCO', 'GCC', 'OAS', 'OSCE', 'CIS', 'BRICS',
  'CSTO', 'EAEU', 'WHO', 'IAEA', 'OIC', 'ARAB', 'LAS', 'OPEC', 'G7', 'G20', 'WTO', 'IMF', 'CELAC', 'MERCOSUR']);
const LANGS = new Set(['en', 'ar', 'zh', 'fr', 'ru', 'es', 'de', 'pt', 'tr', 'fa']);
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MONTH = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

interface Role { role: string; country?: string; from: string; to: string | null }
interface Official {
  id: string; name: string; country: string; roles: Role[];
  names: Record<string, string[]>; short: Record<string, string[]>;
}

function load(file: string): Official[] {
  const parsed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { officials?: Official[] };
  return parsed.officials ?? [];
}

function problemsOf(o: Official): string[] {
  const p: string[] = [];
  if (!KEBAB.test(o.id)) p.push('id is not kebab-case');
  if (typeof o.name !== 'string' || o.name.trim() === '') p.push('no name');
  if (!countries.isValid(o.country) && !ORGANISATIONS.has(o.country)) p.push(`country ${o.country}`);
  if (!Array.isArray(o.roles) || o.roles.length === 0) p.push('no roles');
  for (const r of o.roles ?? []) {
    if (!ROLES.has(r.role)) p.push(`role ${r.role}`);
    if (r.country !== undefined && !countries.isValid(r.country) && !ORGANISATIONS.has(r.country)) p.push(`role ${r.role} country ${r.country}`);
    if (!MONTH.test(r.from)) p.push(`from ${r.from}`);
    if (r.to !== null && !MONTH.test(r.to)) p.push(`to ${r.to}`);
    if (r.to !== null && r.to < r.from.slice(0, r.to.length)) p.push(`role ${r.role} ends before it starts`);
  }
  if (!o.names?.['en']?.includes(o.name)) p.push('canonical name missing from names.en');
  for (const [field, table] of [['names', o.names], ['short', o.short]] as const) {
    for (const [lang, list] of Object.entries(table ?? {})) {
      if (!LANGS.has(lang)) p.push(`${field}.${lang} is not a known language`);
      if (!Array.isArray(list) || list.length === 0) p.push(`${field}.${lang} is empty`);
      else if (list.some((s) => typeof s !== 'string' || s.trim() !== s || s === '')) p.push(`${field}.${lang} has a blank or padded form`);
      else if (new Set(list).size !== list.length) p.push(`${field}.${lang} repeats a form`);
    }
  }
  for (const lang of Object.keys(o.short ?? {})) if (!o.names?.[lang]) p.push(`short.${lang} without names.${lang}`);
  return p.map((m) => `${o.id}: ${m}`);
}

describe('officials gazetteer', () => {
  it('when the folder is read, then it holds at least one gazetteer file', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('when %s is parsed, then every entry has a valid id, country, roles, dates and names', (file) => {
    const officials = load(file);
    expect(officials.length).toBeGreaterThan(0);
    expect(officials.flatMap(problemsOf)).toEqual([]);
  });

  it('when all files are read together, then no id is used twice', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of files) {
      for (const o of load(file)) {
        const before = seen.get(o.id);
        if (before) clashes.push(`${o.id} in ${before} and ${file}`);
        else seen.set(o.id, file);
      }
    }
    expect(clashes).toEqual([]);
  });
});
