import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeTerm } from '../../src/pipeline/normalize/index.ts';
import { loadLexicons } from '../../src/lexicon/index.ts';

const plain = { map: new Map<string, string>(), drop: new Set<string>() };

describe('normalize', () => {
  it('when text has accents and capitals, then they fold and every character maps back to its place', () => {
    const text = 'Él visitó Bogotá';
    const n = normalizeText(text, plain);
    expect(n.text).toBe('el visito bogota');
    const at = n.text.indexOf('bogota');
    expect(text.slice(n.starts[at], n.ends[at + 5])).toBe('Bogotá');
  });

  it('when Arabic has hamza forms, harakat and tatweel, then they fold like the lexicon terms', () => {
    const ar = loadLexicons().get('ar')!;
    const text = 'أكّـد الوزيرُ';
    const n = normalizeText(text, ar.rules);
    expect(n.text).toBe(normalizeTerm('اكد الوزير', ar.rules));
    expect(n.starts.length).toBe(n.text.length);
  });

  it('when text has characters outside the BMP, then offsets stay UTF-16 indices', () => {
    const text = '😀 China';
    const n = normalizeText(text, plain);
    const at = n.text.indexOf('china');
    expect(text.slice(n.starts[at], n.ends[at + 4])).toBe('China');
  });
});
