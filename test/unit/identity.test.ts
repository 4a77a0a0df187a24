import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

// A fictional Kyrgyz foreign minister the gazetteer cannot know, written by the press of five languages.
const SAMPLES: [string, string, string][] = [
  ['en', 'Kyrgyz Foreign Minister Azamat Toktogulov said Kyrgyzstan supports trade with China.', 'Azamat Toktogulov'],
  ['de', 'Der kirgisische Außenminister Azamat Toktogulow sagte, Kirgisistan unterstütze den Handel mit China.', 'Azamat Toktogulow'],
  ['ru', 'Министр иностранных дел Киргизии Азамат Токтогулов заявил, что Киргизия поддерживает торговлю с Китаем.', 'Азамат Токтогулов'],
  ['ar', 'وقال وزير الخارجية القيرغيزي عزامات توكتوغولوف إن قيرغيزستان تدعم التجارة مع الصين.', 'عزامات توكتوغولوف'],
  ['zh', '吉尔吉斯斯坦外长阿扎马特·托克托古洛夫表示，吉方支持与中国开展贸易。', '阿扎马特·托克托古洛夫'],
];

describe('resolve (one person, one id across scripts)', () => {
  it('when an unknown official is written in Latin, Cyrillic, Arabic and Chinese letters, then every article gives him the same id', () => {
    const ids = SAMPLES.map(([language, text, name]) => extract(text, { language }).officials.find((o) => o.name === name)?.id);
    expect(ids.every((id) => id !== undefined)).toBe(true);
    expect(new Set(ids).size).toBe(1);
  });
});

describe('resolve (a known person misspelled)', () => {
  it('when an article names a president in full and again with a first name spelled otherwise, then both are the one gazetteer person', () => {
    const text = 'French President Emmanuel Macron spoke on Saturday by phone with Algerian President Abdelmadjid Tebboune. ' +
      'Macron told his Algerian counterpart Abelmadjid Tebboune that the report would be ready in January.';
    const r = extract(text, { language: 'en', publishedAt: '2020-12-20' });
    expect(r.officials.filter((o) => o.country === 'DZ').map((o) => o.id)).toEqual(['abdelmadjid-tebboune']);
  });

  it('when the article never names the gazetteer person in full, then a namesake with a short surname stays someone else', () => {
    const text = 'Algerian Foreign Minister Karim Tebboune met French Foreign Minister Jean Dupont in Paris.';
    const r = extract(text, { language: 'en', publishedAt: '2020-12-20' });
    expect(r.officials.map((o) => o.id)).not.toContain('abdelmadjid-tebboune');
  });
});
