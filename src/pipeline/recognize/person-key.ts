// A script-independent key for a person's name, so the same unknown person written in Latin,
// Cyrillic or Arabic letters tends to get the same id: transliterate, drop vowels and glides,
// fold consonants that scripts confuse (v/f, p/b, q/k/c), collapse doubles.
import { transliterate } from 'transliteration';

export function latin(name: string): string {
  return transliterate(name).replace(/\s+/g, ' ').trim();
}

const keys = new Map<string, string>();

export function phoneticKey(word: string): string {
  const hit = keys.get(word);
  if (hit !== undefined) return hit;
  const key = computeKey(word);
  if (keys.size < 100_000) keys.set(word, key);
  return key;
}

function computeKey(word: string): string {
  const t = latin(word).toLowerCase().replace(/[^a-z]/g, '');
  const first = t[0] ?? '';
  const k = t
    .replace(/w$/, 'f') // German and Polish -ow is the -ov of other scripts
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/[aeiouyw]/g, '')
    .replace(/v/g, 'f')
    .replace(/p/g, 'b')
    .replace(/[qc]/g, 'k')
    .replace(/(.)\1+/g, '$1');
  // a name that starts with a vowel keeps it: Arabic script often writes it as alif
  return /[aeiou]/.test(first) ? `a${k}` : k;
}

export function slug(name: string): string {
  return latin(name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The id of a person the gazetteer does not know: country plus the key of the surname. */
export function unknownOfficialId(name: string, country: string | null): string {
  const words = name.split(/[\s·•・]+/).filter(Boolean);
  const last = words[words.length - 1] ?? name;
  const key = phoneticKey(last) || slug(last) || 'x';
  return `${(country ?? 'xx').toLowerCase()}-${key}`;
}
