import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/lexicon/index.ts';
import { normalizeText } from '../../src/pipeline/normalize/index.ts';
import { asciiDigits, findDates } from '../../src/pipeline/recognize/dates.ts';
import { recognize } from '../../src/pipeline/recognize/index.ts';
import { dateFromUrl, pickEventDate, resolveDate } from '../../src/pipeline/resolve/dates.ts';
import { segmentSentences } from '../../src/pipeline/segment/index.ts';
import { extract } from './helpers.ts';

const lexicons = loadLexicons();
function datesOf(text: string, language: string) {
  const lex = lexicons.get(language);
  if (!lex) throw new Error(`no lexicon ${language}`);
  return recognize(text, normalizeText(text, lex.rules), segmentSentences(text), lex).dates;
}
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const eventDate = (text: string, language: string, publishedAt: string | null) => extract(text, { language, publishedAt }).events[0]?.date ?? null;

describe('dates: digits and ordinals', () => {
  it('when digits are full-width, Arabic-Indic or Persian, then they read as ASCII at the same offsets', () => {
    expect(asciiDigits('２０２４年３月１１日')).toBe('2024年3月11日');
    expect(asciiDigits('١١ مارس ٢٠٢٤')).toBe('11 مارس 2024');
    expect(asciiDigits('۱۱ مارس ۲۰۲۴')).toBe('11 مارس 2024');
  });

  it('when a Chinese date is written in full-width digits, then it is a full date', () => {
    expect(datesOf('外交部长２０２４年３月１１日在北京会见来访的客人。', 'zh')).toContainEqual(expect.objectContaining({ kind: 'absolute', year: 2024, month: 3, day: 11 }));
  });

  it('when an Arabic or Persian date uses its own digits, then day and year are read', () => {
    expect(datesOf('استقبل الوزير في ١١ مارس ٢٠٢٤ نظيره.', 'ar')).toContainEqual(expect.objectContaining({ kind: 'absolute', year: 2024, month: 3, day: 11 }));
    expect(datesOf('وزیر در ۱۱ مارس ۲۰۲۴ با همتای خود دیدار کرد.', 'fa')).toContainEqual(expect.objectContaining({ kind: 'absolute', year: 2024, month: 3, day: 11 }));
  });

  it('when French writes the first of a month as "1er", then the day is 1', () => {
    expect(datesOf('Le ministre a reçu son homologue le 1er mars 2024 à Paris.', 'fr')).toContainEqual(expect.objectContaining({ kind: 'absolute', year: 2024, month: 3, day: 1 }));
  });

  it('when a page carries a year and month only ("2024-03"), then it is a month with a year, not a day', () => {
    expect(datesOf('date 2024-03 Le ministre a parlé.', 'fr')).toContainEqual(expect.objectContaining({ kind: 'absolute', year: 2024, month: 3, day: null }));
  });
});

describe('dates: a day without its month', () => {
  it('when a Chinese sentence names a day alone ("11日"), then it is that day of the publication month', () => {
    const dates = datesOf('外交部长王明11日在北京同来访的吉尔吉斯斯坦外长举行会谈。', 'zh');
    expect(dates).toContainEqual(expect.objectContaining({ kind: 'monthday', day: 11 }));
    expect(resolveDate({ start: 0, end: 1, kind: 'monthday', day: 11 }, day('2024-03-13'))).toBe('2024-03-11');
  });

  it('when the day named is after the publication day, then it is that day of the month before', () => {
    expect(resolveDate({ start: 0, end: 1, kind: 'monthday', day: 28 }, day('2024-03-02'))).toBe('2024-02-28');
    expect(resolveDate({ start: 0, end: 1, kind: 'monthday', day: 31 }, day('2024-03-02'))).toBe('2024-01-31');
  });

  it('when a day alone has no publication date to count from, then it stays unresolved', () => {
    expect(resolveDate({ start: 0, end: 1, kind: 'monthday', day: 11 }, null)).toBeNull();
  });

  it('when a Chinese date has month and day, then the day is not read a second time as a day alone', () => {
    const dates = datesOf('新华社北京3月11日电 外交部长王明11日会见客人。', 'zh');
    expect(dates.filter((d) => d.start < 10)).toEqual([expect.objectContaining({ kind: 'absolute', month: 3, day: 11 })]);
  });

  it('when Chinese writes "今（12）日", then the event is on that day', () => {
    expect(eventDate('中国外交部长王明今（12）日同吉尔吉斯斯坦外长通电话。', 'zh', '2024-03-12')).toBe('2024-03-12');
  });

  it('when Arabic writes "يوم 16 الجاري", then it is the 16th of the publication month', () => {
    expect(datesOf('استقبل وزير الخارجية يوم 10 الجاري نظيره القيرغيزي.', 'ar')).toContainEqual(expect.objectContaining({ kind: 'monthday', day: 10 }));
    expect(eventDate('أجرى وزير الخارجية الصيني وانغ مينغ يوم 10 الجاري اتصالا هاتفيا مع نظيره القيرغيزي.', 'ar', '2024-03-13')).toBe('2024-03-10');
  });

  it('when Spanish writes "el pasado día 10" or "el día 10 de marzo", then only the first is a day alone', () => {
    expect(datesOf('El ministro se reunió el pasado día 10 con su homólogo.', 'es')).toContainEqual(expect.objectContaining({ kind: 'monthday', day: 10 }));
    expect(datesOf('El ministro se reunió el día 10 de marzo con su homólogo.', 'es').some((d) => d.kind === 'monthday')).toBe(false);
  });
});

describe('dates: articles without publishedAt', () => {
  it('when a dateline has no year but the text has a full date, then the dateline takes that year', () => {
    const text = 'BEIJING, March 11 -- Chinese Foreign Minister Wang Ming held a phone call with Kyrgyz Foreign Minister Aibek Tolonov. The two ministers recalled the agreement signed on 5 March 2024.';
    expect(eventDate(text, 'en', null)).toBe('2024-03-11');
  });

  it('when the full date elsewhere is late in the year before, then a January dateline takes the next year', () => {
    const [jan] = datesOf('BEIJING, Jan. 3 -- The talks followed the meeting held on December 28, 2023.', 'en');
    expect(jan).toMatchObject({ kind: 'absolute', month: 1, day: 3, textYear: 2024 });
  });

  it('when a dateline has no year and the text gives none, then the date stays null', () => {
    expect(eventDate('BEIJING, March 11 -- Chinese Foreign Minister Wang Ming held a phone call with Kyrgyz Foreign Minister Aibek Tolonov.', 'en', null)).toBeNull();
  });

  it('when only a weekday tells the day and there is no publication date, then the date stays null', () => {
    expect(eventDate('Chinese Foreign Minister Wang Ming held a phone call on Monday with Kyrgyz Foreign Minister Aibek Tolonov.', 'en', null)).toBeNull();
  });

  it('when only a day of the month tells the day and there is no publication date, then the event keeps that day for other reports to match', () => {
    const event = extract('中国外长王明26日在北京同吉尔吉斯斯坦外长托洛诺夫举行会谈。', { language: 'zh', publishedAt: null }).events[0];
    expect(event).toMatchObject({ date: null, monthDay: 26 });
  });

  it('when a page address carries a dated path, then it gives the publication day; a year alone gives the year', () => {
    expect(dateFromUrl('https://news.example.org/world/2024/07/30/minister-recalls-envoy')).toEqual({ day: '2024-07-30', year: 2024 });
    expect(dateFromUrl('http://example.cn/n3/2020/1117/c90000-12345.html')).toEqual({ day: '2020-11-17', year: 2020 });
    expect(dateFromUrl('http://example.cn/2020-11/20/c_12345.htm')).toEqual({ day: '2020-11-20', year: 2020 });
    expect(dateFromUrl('https://example.com/world/2024/Jan/02/envoy-recalled-2647139.html')).toEqual({ day: '2024-01-02', year: 2024 });
    expect(dateFromUrl('https://example.com/leaders-talk-by-phone-2/2020/')).toEqual({ day: null, year: 2020 });
    expect(dateFromUrl('https://example.com/a/2020/13/40/')).toEqual({ day: null, year: 2020 });
    expect(dateFromUrl('https://example.com/show58943')).toBeNull();
    expect(dateFromUrl(null)).toBeNull();
  });

  it('when there is no publication date, then a dated page address stands in for it, and its year dates a day written without one', () => {
    const text = 'Le président algérien Karim Benali s\'est entretenu samedi au téléphone avec son homologue français.';
    expect(eventDate(text, 'fr', null)).toBeNull();
    expect(extract(text, { language: 'fr', publishedAt: null, url: 'https://news.example.dz/2020/12/20/entretien' }).events[0]).toMatchObject({ date: '2020-12-19', dateBasis: 'text' });
    const dayMonth = 'Ce samedi 19 décembre, le président algérien Karim Benali s\'est entretenu au téléphone avec son homologue français.';
    expect(extract(dayMonth, { language: 'fr', publishedAt: null, url: 'https://news.example.dz/entretien-telephonique/2020/' }).events[0]?.date).toBe('2020-12-19');
    expect(extract(dayMonth, { language: 'fr', publishedAt: '2021-12-20', url: 'https://news.example.dz/entretien-telephonique/2020/' }).events[0]?.date).toBe('2021-12-19');
  });

  it('when the text gives a full date for the event, then it is used without a publication date', () => {
    expect(eventDate('Le ministre algérien Karim Benali a eu un entretien téléphonique le 1er mars 2024 avec son homologue français.', 'fr', null)).toBe('2024-03-01');
  });
});

describe('dates: which date is the event\'s', () => {
  it('when the top holds only the page\'s stamp in figures, then a weekday further on tells the day, and the stamp alone dates it as the publication does', () => {
    const lead = 'date 2024-03-13 – Advertisement –\n\nKyrgyz Foreign Minister Aibek Tolonov has announced new border measures against Tajikistan.\n\n' +
      'The dispute over the border between the two countries has lasted for many years and has led to several clashes.\n\n' +
      'Tajikistan rejected the claim and called for talks between the two governments on the demarcation of the border.\n\n' +
      'Regional organisations have offered to help, and neighbouring states called for calm.\n\n';
    expect(extract(lead + 'On Monday, Tolonov said the measures were necessary.', { language: 'en', publishedAt: '2024-03-13' }).events[0]).toMatchObject({ date: '2024-03-11', dateBasis: 'text' });
    expect(extract(lead + 'Tolonov said the measures followed Sunday\'s vote in parliament.', { language: 'en', publishedAt: '2024-03-13' }).events[0]).toMatchObject({ date: '2024-03-13', dateBasis: 'published' });
  });

  it('when the dateline is written with the month\'s name, then it stays the event\'s day over a weekday further on', () => {
    const text = 'BEIJING, March 13 -- Chinese Foreign Minister Wang Ming held talks with Kyrgyz Foreign Minister Aibek Tolonov in Beijing.\n\n' +
      'The two sides signed a plan on trade, transport and investment for the next five years and agreed to meet again.\n\n' +
      'Both ministers praised the ties between the two countries, which established relations in 1992.\n\n' +
      'On Monday, Tolonov visited a factory in Xi\'an.';
    expect(eventDate(text, 'en', '2024-03-13')).toBe('2024-03-13');
  });

  it('when the event sentence also names an anniversary long ago, then the recent weekday is the event date', () => {
    const text = 'On Monday Chinese Foreign Minister Wang Ming and Kyrgyz Foreign Minister Aibek Tolonov held a phone call on the anniversary of the ties established on January 5, 1992.';
    expect(eventDate(text, 'en', '2024-03-13')).toBe('2024-03-11');
  });

  it('when a deadline after publication is the only other date, then it is never the event date', () => {
    const text = 'Chinese Foreign Minister Wang Ming held a phone call with Kyrgyz Foreign Minister Aibek Tolonov, and the new visa rules take effect on April 1, 2024.';
    expect(eventDate(text, 'en', '2024-03-13')).toBe('2024-03-13');
  });

  it('when candidates are a year-old date and a recent one, then the recent one wins; with no reference, the first', () => {
    const old = { start: 0, end: 1, kind: 'absolute' as const, year: 2023, month: 3, day: 1 };
    const recent = { start: 5, end: 6, kind: 'weekday' as const, day: 0 };
    expect(pickEventDate([old, recent], day('2024-03-13'))).toBe('2024-03-11');
    expect(pickEventDate([old, recent], null)).toBe('2023-03-01');
    expect(pickEventDate([{ ...old, year: 1992 }], day('2024-03-13'))).toBeNull();
  });

  it('when an article reports a month-old event by its date, then that date is kept', () => {
    expect(pickEventDate([{ start: 0, end: 1, kind: 'absolute', year: null, month: 1, day: 20 }], day('2024-03-13'))).toBe('2024-01-20');
  });
});

describe('dates: findDates directly', () => {
  it('when Russian writes "10-го числа", then it is a day alone', () => {
    const lex = lexicons.get('ru');
    if (!lex) throw new Error('no ru');
    expect(findDates('Встреча прошла 10-го числа в Москве.', [], lex)).toContainEqual(expect.objectContaining({ kind: 'monthday', day: 10 }));
  });
});

describe('dates: Chinese numerals', () => {
  it('when a Chinese date is written in Chinese numerals, then year, month and day are read', () => {
    expect(datesOf('本公报于二〇二四年三月十一日在北京签署。', 'zh')).toContainEqual(expect.objectContaining({ kind: 'absolute', year: 2024, month: 3, day: 11 }));
    expect(datesOf('双方于十二月二十四日举行会谈。', 'zh')).toContainEqual(expect.objectContaining({ kind: 'absolute', year: null, month: 12, day: 24 }));
    expect(datesOf('双方于二〇二〇年十一月卅日举行会谈。', 'zh')).toContainEqual(expect.objectContaining({ kind: 'absolute', year: 2020, month: 11, day: 30 }));
  });

  it('when Chinese numerals name no valid month or day, then no date is read', () => {
    expect(datesOf('他说了三月十三十日的事。', 'zh').filter((d) => d.kind === 'absolute')).toEqual([]);
  });
});

describe('dates: Arabic weekdays', () => {
  it('when Arabic writes "الاثنين الماضي", then it is the most recent Monday on or before publication', () => {
    expect(eventDate('أجرى وزير الخارجية الصيني وانغ مينغ الاثنين الماضي اتصالا هاتفيا مع نظيره القيرغيزي.', 'ar', '2024-03-13')).toBe('2024-03-11');
  });
});

describe('dates: publication dates', () => {
  it('when publishedAt is a feed date (RFC 2822), then its day is the reference', async () => {
    const { parsePublished } = await import('../../src/pipeline/resolve/dates.ts');
    expect(parsePublished('Mon, 11 Mar 2024 10:00:00 GMT')?.toISOString().slice(0, 10)).toBe('2024-03-11');
    expect(parsePublished('2024-03-11T23:30:00+08:00')?.toISOString().slice(0, 10)).toBe('2024-03-11');
    expect(parsePublished('not a date')).toBeNull();
  });
});

describe('dates: month names and numbers next to them', () => {
  it('when Arabic gives a month under both its names, then the year after the second belongs to the day before the first', () => {
    expect(datesOf('أجرى الوزير في 11 مارس/آذار 2024 اتصالا.', 'ar')).toEqual([expect.objectContaining({ kind: 'absolute', year: 2024, month: 3, day: 11 })]);
    expect(datesOf('أجرى الوزير في 11 آذار (مارس) 2024 اتصالا.', 'ar')).toEqual([expect.objectContaining({ kind: 'absolute', year: 2024, month: 3, day: 11 })]);
  });

  it('when a year stands before a month name ("in 2023 and Sep 3"), then its last digits are not read as the day', () => {
    expect(datesOf('Trade grew in 2023 and Sep 3, 2024 saw the new talks.', 'en')).toEqual([expect.objectContaining({ kind: 'absolute', year: 2024, month: 9, day: 3 })]);
  });

  it('when English or Spanish abbreviates a month without a period, then the date is read', () => {
    expect(datesOf('BEIJING, Mar 11 (Xinhua) -- The talks were held on 11 Mar 2024.', 'en')).toEqual([
      expect.objectContaining({ month: 3, day: 11, year: null, textYear: 2024 }),
      expect.objectContaining({ month: 3, day: 11, year: 2024 }),
    ]);
    expect(datesOf('La reunión fue el 11 de mar. de 2024.', 'es')).toContainEqual(expect.objectContaining({ year: 2024, month: 3, day: 11 }));
  });
});

describe('dates: Solar Hijri calendar', () => {
  it('when a Persian text gives a Solar Hijri date with its year, then it is converted to the Gregorian day', () => {
    expect(datesOf('وزیر خارجه در ۲۵ آبان ۱۳۹۹ با همتای خود گفتگو کرد.', 'fa')).toContainEqual(expect.objectContaining({ kind: 'absolute', year: 2020, month: 11, day: 15 }));
    expect(datesOf('این دیدار در ۱۰ دی‌ ۱۴۰۲ انجام شد.', 'fa')).toContainEqual(expect.objectContaining({ kind: 'absolute', year: 2023, month: 12, day: 31 }));
    expect(datesOf('در 1 فروردين 1403 نیز.', 'fa')).toContainEqual(expect.objectContaining({ kind: 'absolute', year: 2024, month: 3, day: 20 }));
  });
});

describe('dates: more relative days', () => {
  it('when Arabic says "أول أمس", then the event is two days before publication, not one', () => {
    expect(eventDate('أجرى وزير الخارجية الجزائري كريم بن علي أول أمس اتصالا هاتفيا مع نظيره الفرنسي.', 'ar', '2024-03-13')).toBe('2024-03-11');
  });

  it('when Turkish says "bu akşam" or English says "tonight", then the event is on the publication day', () => {
    expect(datesOf('Dışişleri Bakanı bu akşam mevkidaşıyla telefonda görüştü.', 'tr')).toContainEqual(expect.objectContaining({ kind: 'relative', offset: 0 }));
    expect(datesOf('The foreign minister spoke by phone tonight with his counterpart.', 'en')).toContainEqual(expect.objectContaining({ kind: 'relative', offset: 0 }));
  });
});
