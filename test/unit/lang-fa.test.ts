import { describe, expect, it } from 'vitest';
import { extract, spanOf } from './helpers.ts';

// Arabic ي/ك in some words, ZWNJ in others, a space in "رئيس جمهور": all must read the same.
const TEXT =
  'وزیر امور خارجه قرقیزستان علی رضایی روز دوشنبه در گفت‌وگوی تلفنی با همتای چینی خود درباره روابط دوجانبه رایزنی کرد. ' +
  'رئيس جمهور ايران گفت که تهران از اصل چین واحد حمایت می‌کند. ' +
  'سخنگوی وزارت امور خارجه نیز تحریم‌های یکجانبه را محکوم کرد.';

describe('Persian data', () => {
  const r = extract(TEXT, { language: 'fa' });

  it('when names are written with Arabic yeh or as adjectives (ايران، چینی), then the countries are found at their exact place', () => {
    expect(r.countries.map((c) => c.code)).toEqual(expect.arrayContaining(['IR', 'KG', 'CN']));
    for (const c of r.countries) for (const m of c.mentions) expect(spanOf(TEXT, m)).toBe(m.text);
  });

  it('when a title is followed by a country and a name (ezafe order), then the official has that country and role', () => {
    expect(r.officials.find((o) => o.name === 'علی رضایی')).toMatchObject({ country: 'KG', titles: ['foreign minister'] });
  });

  it('when the article says "گفت‌وگوی تلفنی" and "روز دوشنبه", then the main event is a phone call on that Monday', () => {
    expect(r.events[0]).toMatchObject({ type: 'phone_call', date: '2024-03-11' });
  });

  it('when the foreign ministry spokesperson speaks without naming a country, then Iran is the speaker and the kind follows the cue', () => {
    expect(r.statements.find((s) => s.text.includes('محکوم'))).toMatchObject({ speakerCountry: 'IR', kind: 'oppose' });
    expect(r.statements.find((s) => s.text.includes('حمایت'))).toMatchObject({ speakerCountry: 'IR', kind: 'support', topics: expect.arrayContaining(['sovereignty.taiwan']) });
  });
});
