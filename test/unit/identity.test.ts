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
