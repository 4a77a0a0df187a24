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

  it('when China and its partner are written as one-character forms (中俄), then both countries are named', () => {
    expect(extract('中俄两国外长24日通电话，双方表示支持。', { language: 'zh' }).countries.map((c) => c.code)).toEqual(expect.arrayContaining(['CN', 'RU']));
  });

  it('when a day of the month stands before the capital (11日在京), then no country is read from it', () => {
    const codes = extract('秦刚11日在京出席仪式。', { language: 'zh' }).countries.map((c) => c.code);
    expect(codes).not.toContain('JP');
  });

  it('when 中 is part of an ordinary word (中心, 其中), then China is not named', () => {
    expect(extract('会议在展览中心举行，其中包括文化活动。', { language: 'zh' }).countries).toEqual([]);
  });
});
