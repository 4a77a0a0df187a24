import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

// Uses the one-character forms the Chinese data declares as `short` (俄, 韩).
describe('recognize (one-character country forms)', () => {
  it('when two short forms stand together, then both countries are named', () => {
    const r = extract('俄韩两国外长举行会谈，双方表示支持。', { language: 'zh' });
    const codes = r.countries.map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['RU', 'KR']));
  });

  it('when a short form is part of an ordinary word, then no country is named', () => {
    const r = extract('他在大学学习俄语和文学。', { language: 'zh' });
    expect(r.countries).toEqual([]);
  });
});
