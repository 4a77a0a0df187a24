import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';
import { unknownOfficialId } from '../../src/pipeline/recognize/person-key.ts';

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

// Fictional officials the gazetteer cannot know, each written the way the press of several languages writes them.
const PEOPLE: Array<{ who: string; country: string; names: string[] }> = [
  // family name first in every script; Russian writes Chinese in the Palladius system (ж for r, цз, чж)
  { who: 'a Chinese minister', country: 'CN', names: ['Zhou Minghao', '周明浩', 'Чжоу Минхао', 'تشو مينغ هاو'] },
  { who: 'a Chinese spokesman', country: 'CN', names: ['Lin Haoran', '林浩然', 'Линь Хаожань', 'لين هاو ران'] },
  { who: 'a Chinese envoy', country: 'CN', names: ['Xu Jianzhong', '徐建中', 'Сюй Цзяньчжун', 'شيوي جيان تشونغ'] },
  // sibilants and clusters: shch, chtch, sch, щ, شتش; gu + e/i; a final French e
  { who: 'a Russian minister', country: 'RU', names: ['Oleg Shcherbakov', 'Oleg Chtcherbakov', 'Oleg Scherbakov', 'Олег Щербаков', 'أوليغ شيرباكوف'] },
  { who: 'a Russian envoy', country: 'RU', names: ['Pavel Vereshchagin', 'Pavel Verechtchaguine', 'Pável Vereshchaguin', 'Павел Верещагин', 'بافيل فيريشاغين', '帕维尔·韦列夏金'] },
  // Turkish letters, and the Arabic press writing a Turkish compound surname in three words
  { who: 'a Turkish minister', country: 'TR', names: ['Ahmet Karaismailoğlu', 'Ahmet Karaismailoglu', 'Ахмет Караисмаилоглу', 'أحمد قره إسماعيل أوغلو'] },
  { who: 'a Turkish envoy', country: 'TR', names: ['Selim Çavuşlu', 'Selim Cavuslu', 'Селим Чавушлу'] },
  // Arabic: a surname in two words (بن سالم), the article, ث and a final ه, long vowels written or not
  { who: 'an Algerian minister', country: 'DZ', names: ['Karim Bensalem', 'Karim Ben Salem', 'Карим Бенсалем', 'كريم بن سالم'] },
  { who: 'a Jordanian minister', country: 'JO', names: ['Ziad al-Khasawneh', 'Ziad Khasawneh', 'Зияд аль-Хасауна', 'زياد الخصاونة'] },
  { who: 'an Egyptian minister', country: 'EG', names: ['Samir Abdullah', 'Самир Абдулла', 'سمير عبدالله'] },
  // a surname read the way of its language, whatever the country: Italian ch is k (Маркетти, ماركيتي)
  { who: 'a French minister with an Italian surname', country: 'FR', names: ['Hélène Marchetti', 'Элен Маркетти', 'هيلين ماركيتي'] },
  // national spellings: Spanish j, Polish w/cz/c, Serbian ć written or not
  { who: 'an Uruguayan minister', country: 'UY', names: ['Rosa Mujica', 'Роса Мухика', 'روسا موخيكا'] },
  { who: 'a Polish minister', country: 'PL', names: ['Tomasz Wiśniewicz', 'Томаш Вишневич', 'توماش فيشنيفيتش'] },
  { who: 'a Serbian minister', country: 'RS', names: ['Marko Jovanović', 'Marko Jovanovic', 'Марко Йованович', 'ماركو يوفانوفيتش'] },
  // the press drops the marks of č, ć, š (Vukcic): there s, c, č, ć, š are one class
  { who: 'a Montenegrin minister', country: 'ME', names: ['Ana Vukčić', 'Ana Vukcic', 'Ана Вукчич'] },
];

describe('unknownOfficialId (one person, one id in every script)', () => {
  for (const p of PEOPLE) {
    it(`when ${p.who} is written ${p.names.join(' / ')}, then every spelling gives one id`, () => {
      const ids = p.names.map((n) => unknownOfficialId(n, p.country));
      expect(new Set(ids).size, ids.join(' ')).toBe(1);
    });
  }

  it('when two different people of one country are named, then they keep different ids', () => {
    const pairs: [string, string, string][] = [
      ['RU', 'Oleg Shcherbakov', 'Oleg Sherstyuk'],
      ['RU', 'Ivan Petrov', 'Ivan Popov'],
      ['CN', 'Wang Yi', 'Wang Wei'],
      ['CN', 'Li Qiang', 'Liu Qing'],
      ['CN', '周明浩', '周明华'],
      ['TR', 'Murat Karaköse', 'Murat Karakaya'],
      ['DZ', 'Karim Bensalem', 'Karim Bensaid'],
      ['FR', 'Hélène Marchetti', 'Hélène Marchand'],
    ];
    for (const [country, a, b] of pairs) expect(unknownOfficialId(a, country), `${a} / ${b}`).not.toBe(unknownOfficialId(b, country));
  });

  it('when namesakes serve different countries, then the country keeps them apart', () => {
    expect(unknownOfficialId('Karim Bensalem', 'DZ')).not.toBe(unknownOfficialId('Karim Bensalem', 'TN'));
  });
});

describe('resolve (unknown officials across scripts, in articles)', () => {
  it('when a Chinese minister the gazetteer lacks is written in Han, Latin, Cyrillic and Arabic letters, then every article gives him one id', () => {
    const ids = [
      extract('中国外长周明浩表示，中方支持与俄罗斯开展贸易。', { language: 'zh' }),
      extract('Chinese Foreign Minister Zhou Minghao said China supports trade with Russia.', { language: 'en' }),
      extract('Министр иностранных дел Китая Чжоу Минхао заявил, что Китай поддерживает торговлю с Россией.', { language: 'ru' }),
      extract('وقال وزير الخارجية الصيني تشو مينغ هاو إن الصين تدعم التجارة مع روسيا.', { language: 'ar' }),
    ].map((x) => x.officials.find((o) => o.country === 'CN')?.id);
    expect(ids.every((id) => id !== undefined), ids.join(' ')).toBe(true);
    expect(new Set(ids).size, ids.join(' ')).toBe(1);
  });

  it('when the Arabic press writes a Turkish surname in three words, then the whole name is read and gets the Latin spelling\'s id', () => {
    const ar = extract('وقال وزير الخارجية التركي أحمد قره إسماعيل أوغلو إن تركيا تدعم التجارة مع الصين.', { language: 'ar' }).officials.find((o) => o.country === 'TR');
    const en = extract('Turkish Foreign Minister Ahmet Karaismailoğlu said Turkey supports trade with China.', { language: 'en' }).officials.find((o) => o.country === 'TR');
    expect(ar?.name).toBe('أحمد قره إسماعيل أوغلو');
    expect(ar?.id).toBe(en?.id);
  });

  it('when an Arabic name goes on past a word that is another official\'s surname, then the name is not cut there', () => {
    const o = extract('وقال وزير الخارجية القيرغيزي باكيت عثمان علييف إن قيرغيزستان تدعم تركيا.', { language: 'ar' }).officials.find((x) => x.country === 'KG');
    expect(o?.name).toBe('باكيت عثمان علييف');
  });

  it('when a Chinese transliteration holds another official\'s surname after its dot, then the name is not cut there and gets the Latin spelling\'s id', () => {
    const zh = extract('巴西外长保罗·雷森德·法里亚斯同土耳其外长穆拉特·卡拉科塞通电话。', { language: 'zh' }).officials;
    expect(zh.map((o) => o.name).sort()).toEqual(['保罗·雷森德·法里亚斯', '穆拉特·卡拉科塞']);
    const en = extract('Brazilian Foreign Minister Paulo Rezende Farias spoke with Turkish Foreign Minister Murat Karaköse.', { language: 'en' }).officials;
    expect(zh.map((o) => o.id).sort()).toEqual(en.map((o) => o.id).sort());
  });
});
