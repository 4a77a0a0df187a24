import { describe, expect, it } from 'vitest';
import { extract, spanOf } from './helpers.ts';

const TEXT =
  'أجرى وزير الخارجية القيرغيزي أيبك تولونوف اليوم (الاثنين) محادثة هاتفية مع نظيره الصيني. ' +
  'وأكد تولونوف أن قيرغيزستان تدعم التعاون مع الصين، وتتطلع إلى زيادة الاستثمارات الصينية في بيشكيك.';

describe('recognize (Arabic)', () => {
  const result = extract(TEXT, { language: 'ar' });

  it('when countries appear with clitics, the article and gender endings, then they are all found', () => {
    const cn = result.countries.find((c) => c.code === 'CN');
    expect(cn?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['الصيني', 'الصين', 'الصينية']));
    for (const m of cn?.mentions ?? []) expect(spanOf(TEXT, m)).toBe(m.text);
  });

  it('when "وزير الخارجية القيرغيزي" precedes an unknown name, then the official is extracted with country and title', () => {
    const person = result.officials.find((o) => o.name === 'أيبك تولونوف');
    expect(person).toMatchObject({ country: 'KG', titles: ['foreign minister'] });
    expect(person?.mentions.length).toBe(2);
  });

  it('when the same unknown person is written in Arabic and in Latin letters, then both get the same id', () => {
    const en = extract('Kyrgyz Foreign Minister Aibek Tolonov said Kyrgyzstan supports trade with China.', { language: 'en' });
    const arId = result.officials.find((o) => o.name === 'أيبك تولونوف')?.id;
    expect(arId).toBeDefined();
    expect(en.officials.find((o) => o.name === 'Aibek Tolonov')?.id).toBe(arId);
  });

  it('when a word only looks like a surname inside a common word, then no official is invented', () => {
    const r = extract('وأكد الرئيس أن السلام والاستقرار يخدمان الشعبين.', { language: 'ar' });
    expect(r.officials).toEqual([]);
  });
});
