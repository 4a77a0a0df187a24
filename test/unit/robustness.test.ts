import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('robustness', () => {
  it.each([
    ['empty-ish', ' \n\t '],
    ['punctuation only', '،،،... ؟؟ !!! ———'],
    ['control characters', 'China\u0001\u0002 said \u200b\u200e it supports\uFFFD Kenya.'],
    ['lone surrogates', 'Beijing \ud800 said \udc00 China opposes'],
    ['a very long word', 'x'.repeat(200_000)],
    ['unknown script', 'ᚠᚢᚦᚨᚱᚲ ᚷᚹᚺᚾᛁ'],
  ])('when the text is %s, then extraction returns a valid result without throwing', (_name, text) => {
    const r = extract(text);
    expect(Array.isArray(r.statements)).toBe(true);
    expect(Array.isArray(r.countries)).toBe(true);
  });

  it('when the language has no data file, then the result is empty and says why', () => {
    const r = extract('Die Regierung sagte, sie unterstütze Kenia.', { language: 'xx' });
    expect(r.statements).toEqual([]);
    expect(r.diagnostics?.[0]?.message).toMatch(/no language data/);
  });
});
